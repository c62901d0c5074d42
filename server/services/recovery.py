"""Forgotten password or Customer ID (A4): mailed to the account's address.

The answer is the same whether or not the login or address is registered.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.db.models import User
from server.services import (
    account_mail,
    accounts,
    action_tokens,
    mail_budget,
    sessions,
    signin,
    throttle,
)
from server.services.account_mail import Outbox
from server.services.new_password import require_acceptable
from server.services.passwords import hash_password
from server.state import ServiceState


def request_reset(
    db: Session, *, state: ServiceState, login: str, source: str, outbox: Outbox
) -> None:
    """Mail a reset link and code to the account named by e-mail or Customer ID."""
    throttle.spend_source_budget(db, settings=state.settings, action="reset", source=source)
    user = accounts.find_by_login(db, login)
    if user is None:
        return
    if not mail_budget.allows(db, settings=state.settings, to=user.email, account_id=user.id):
        return
    token = action_tokens.issue(
        db, user=user, kind=action_tokens.RESET, ttl=state.settings.reset_ttl
    )
    account_mail.password_reset(outbox, state, to=user.email, token=token, lang=user.language)


def check_reset_token(db: Session, *, token: str) -> User:
    """The account a live reset token names (for the reset page's form)."""
    return action_tokens.find(db, kind=action_tokens.RESET, token=token)[1]


def confirm_reset(db: Session, *, token: str, password: str, password_confirm: str) -> None:
    """Set the new password and end every session.

    Following the mailed link proves the mailbox, so a still inactive account is activated
    and the account's sign-in lock-out is lifted.
    """
    row, user = action_tokens.find(db, kind=action_tokens.RESET, token=token)
    require_acceptable(password, password_confirm, email=user.email)
    action_tokens.use(db, row)
    user.password_hash = hash_password(password)
    if not user.is_active:
        user.is_active = True
        user.activated_at = clock.now(db)
    sessions.end_all_sessions(db, user_id=user.id)
    throttle.clear(db, key=signin.account_key(user.id))


def remind_customer_id(
    db: Session, *, state: ServiceState, email: str, source: str, outbox: Outbox
) -> None:
    throttle.spend_source_budget(db, settings=state.settings, action="forgot-id", source=source)
    user = db.scalar(select(User).where(User.email == accounts.normalize_email(email)))
    if user is not None and mail_budget.allows(
        db, settings=state.settings, to=user.email, account_id=user.id
    ):
        account_mail.customer_id_reminder(
            outbox, state, to=user.email, customer_id=user.customer_id, lang=user.language
        )
