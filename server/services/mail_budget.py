"""How many mails one account may make the service send, and one address may receive.

Every mail counts against the address it goes to and, when an account caused it, against
that account, per ``mail_window``. A mail the caller asked for (a request confirmation,
an e-mail change link) is refused with 429 past the budget; a mail whose refusal would
tell a stranger whether an account exists, or that must not stop its change (a reset
link, a security notice), is left unsent instead.
"""

from __future__ import annotations

import hashlib

from sqlalchemy.orm import Session

from server.config import Settings
from server.services import throttle


def _keys(settings: Settings, to: str, account_id: int | None) -> list[tuple[str, int]]:
    address = hashlib.sha256(to.strip().lower().encode()).hexdigest()[:40]
    keys = [(f"mail:to:{address}", settings.mail_recipient_budget)]
    if account_id is not None:
        keys.append((f"mail:acct:{account_id}", settings.mail_account_budget))
    return keys


def _wait(db: Session, settings: Settings, to: str, account_id: int | None) -> int:
    # All budgets or none: a refusal by one spends nothing of the other.
    wait = throttle.spend_all(
        db, budgets=_keys(settings, to, account_id), window=settings.mail_window
    )
    return max(wait, 1) if wait else 0


def spend(db: Session, *, settings: Settings, to: str, account_id: int | None) -> None:
    """Count one mail, or refuse the call that would send it (429 ``too_many_mails``)."""
    wait = _wait(db, settings, to, account_id)
    if wait:
        raise throttle.too_many(
            "too_many_mails",
            "Too many mails were sent to this address or for this account; try again in "
            "{seconds} seconds.",
            wait,
        )


def allows(db: Session, *, settings: Settings, to: str, account_id: int | None) -> bool:
    """Count one mail; False (send nothing, refuse nothing) past the budget."""
    return _wait(db, settings, to, account_id) == 0
