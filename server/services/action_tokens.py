"""Mailed single-use secrets (activation, password reset, e-mail change), stored as hashes.

The same token is the link's ``token=`` and the code a user pastes into the application.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from server import clock
from server.db.models import ActionToken, User
from server.errors import Problem
from server.i18n import N_
from server.services.tokens import new_token, token_hash

ACTIVATION = "activation"
RESET = "reset"
EMAIL_CHANGE = "email_change"


def issue(
    db: Session,
    *,
    user: User,
    kind: str,
    ttl: timedelta,
    payload: dict[str, str] | None = None,
) -> str:
    """A new token of ``kind``; earlier unused ones of the same kind stop working."""
    revoke(db, user_id=user.id, kind=kind)
    token = new_token()
    now = clock.now(db)
    db.add(
        ActionToken(
            kind=kind,
            token_hash=token_hash(token),
            user_id=user.id,
            payload=payload or {},
            created_at=now,
            expires_at=now + ttl,
        )
    )
    db.flush()
    return token


def find(db: Session, *, kind: str, token: str) -> tuple[ActionToken, User]:
    """The live token and its account; refuses unknown or used (400) and expired (410) ones."""
    row = db.scalar(
        select(ActionToken).where(
            ActionToken.token_hash == token_hash(token.strip()), ActionToken.kind == kind
        )
    )
    user = db.get(User, row.user_id) if row is not None else None
    if row is None or row.used_at is not None or user is None:
        raise Problem(
            400,
            "token_invalid",
            "This link or code is not valid, or it was already used.",
            errors={"token": N_("Not a valid link or code.")},
        )
    if row.expires_at <= clock.now(db):
        raise Problem(
            410,
            "token_expired",
            "This link or code has expired; ask for a new one.",
            errors={"token": N_("The link or code has expired.")},
        )
    return row, user


def use(db: Session, row: ActionToken) -> None:
    row.used_at = clock.now(db)


def revoke(db: Session, *, user_id: int, kind: str) -> None:
    db.execute(
        update(ActionToken)
        .where(
            ActionToken.user_id == user_id,
            ActionToken.kind == kind,
            ActionToken.used_at.is_(None),
        )
        .values(used_at=clock.now(db))
    )


def pending_payload(db: Session, *, user_id: int, kind: str) -> dict[str, str] | None:
    """The payload of the user's newest live token of ``kind`` (e.g. a pending new e-mail)."""
    row = db.scalar(
        select(ActionToken)
        .where(
            ActionToken.user_id == user_id,
            ActionToken.kind == kind,
            ActionToken.used_at.is_(None),
            ActionToken.expires_at > clock.now(db),
        )
        .order_by(ActionToken.id.desc())
        .limit(1)
    )
    return dict(row.payload) if row is not None else None
