"""Registration by e-mail (A1): the account waits for activation from the mailed link or code.

Whether an address is registered is never revealed: a second registration answers the same
and mails the address's owner instead.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock, i18n
from server.db.models import User
from server.services import account_mail, accounts, action_tokens, captcha, mail_budget, throttle
from server.services.account_mail import Outbox
from server.services.new_password import require_acceptable
from server.services.passwords import hash_password
from server.services.sessions import TokenPair, start_session
from server.state import ServiceState


def register(
    db: Session,
    *,
    state: ServiceState,
    email: str,
    password: str,
    password_confirm: str,
    captcha_id: str,
    captcha_answer: str,
    source: str,
    outbox: Outbox,
) -> None:
    """Checks in this order: the source's budget, the password, the captcha (spent)."""
    throttle.spend_source_budget(db, settings=state.settings, action="register", source=source)
    email = accounts.normalize_email(email)
    require_acceptable(password, password_confirm, email=email)
    captcha.check(db, captcha_id=captcha_id, answer=captcha_answer)
    existing = db.scalar(select(User).where(User.email == email))
    if existing is not None:
        hash_password(password)  # the same work as a new account, so timing tells nothing
        token = None
        if not existing.is_active:
            token = action_tokens.issue(
                db, user=existing, kind=action_tokens.ACTIVATION, ttl=state.settings.activation_ttl
            )
        mail_budget.spend(db, settings=state.settings, to=email, account_id=None)
        account_mail.registration_attempt(
            outbox, state, to=email, activation_token=token, lang=existing.language
        )
        return
    mail_budget.spend(db, settings=state.settings, to=email, account_id=None)
    # The new account reads what its registrant's application asked for.
    user = accounts.create_user(
        db, email=email, password=password, language=i18n.current_language()
    )
    token = action_tokens.issue(
        db, user=user, kind=action_tokens.ACTIVATION, ttl=state.settings.activation_ttl
    )
    account_mail.activation(outbox, state, to=email, token=token, lang=user.language)


def activate(db: Session, *, state: ServiceState, token: str) -> User:
    """Activate the account named by the token; the token is spent."""
    row, user = action_tokens.find(db, kind=action_tokens.ACTIVATION, token=token)
    action_tokens.use(db, row)
    if not user.is_active:
        user.is_active = True
        user.activated_at = clock.now(db)
    return user


def activate_and_sign_in(
    db: Session, *, state: ServiceState, token: str, user_agent: str
) -> TokenPair:
    user = activate(db, state=state, token=token)
    return start_session(db, settings=state.settings, user=user, user_agent=user_agent)


def resend_activation(
    db: Session, *, state: ServiceState, email: str, source: str, outbox: Outbox
) -> None:
    """A fresh activation mail for an account still waiting; silent for any other address."""
    throttle.spend_source_budget(db, settings=state.settings, action="resend", source=source)
    user = db.scalar(select(User).where(User.email == accounts.normalize_email(email)))
    if user is None or user.is_active:
        return
    if not mail_budget.allows(db, settings=state.settings, to=user.email, account_id=user.id):
        return
    token = action_tokens.issue(
        db, user=user, kind=action_tokens.ACTIVATION, ttl=state.settings.activation_ttl
    )
    account_mail.activation(outbox, state, to=user.email, token=token, lang=user.language)
