"""The signed-in user's own account (A5, A6): profile fields, e-mail and password changes.

A new e-mail address takes effect only when confirmed from a link mailed to it; the old
address is told afterwards. A password change ends the user's other sessions.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import pycountry
from sqlalchemy import select
from sqlalchemy.orm import Session

from server.db.models import User
from server.errors import Problem
from server.i18n import N_
from server.services import account_mail, accounts, action_tokens, mail_budget, sessions
from server.services.account_mail import Outbox
from server.services.customer_type import customer_type
from server.services.new_password import require_acceptable
from server.services.passwords import hash_password
from server.services.two_factor import require_password
from server.state import ServiceState

# What PATCH /me may change; everything else about an account has its own rule and route.
EDITABLE = (
    "name",
    "country",
    "city",
    "address",
    "phone",
    "company",
    "company_address",
    "company_admin_email",
    "news_subscribed",
    "language",
)


def is_country(code: str) -> bool:
    return len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None


def view(db: Session, *, user: User) -> dict[str, Any]:
    pending = action_tokens.pending_payload(db, user_id=user.id, kind=action_tokens.EMAIL_CHANGE)
    created: datetime = user.created_at
    return {
        "email": user.email,
        "customer_id": user.customer_id,
        "role": user.role,
        **{name: getattr(user, name) for name in EDITABLE},
        "customer_type": customer_type(db, user_id=user.id),
        "totp_enabled": user.totp_enabled,
        "email_otp_enabled": user.email_otp_enabled,
        "pending_email": (pending or {}).get("new_email"),
        "created_at": created,
    }


def update(db: Session, *, user: User, changes: Mapping[str, Any]) -> None:
    """Apply the given editable fields (already validated by the route's model)."""
    for name, value in changes.items():
        if name not in EDITABLE:
            continue
        if name == "country":
            value = value.upper()
            if value and not is_country(value):
                raise Problem(
                    422,
                    "validation_error",
                    "Some fields are not valid.",
                    errors={"country": N_("Not an ISO 3166 two-letter country code.")},
                )
        if name == "company_admin_email":
            value = accounts.normalize_email(value)
        setattr(user, name, value)


def request_email_change(
    db: Session,
    *,
    state: ServiceState,
    user: User,
    new_email: str,
    password: str,
    outbox: Outbox,
) -> None:
    """Mail a confirmation link to the new address; the account keeps its address until then.

    An address that already belongs to an account is not revealed: the answer is the same
    and its owner is told instead.
    """
    require_password(user, password)
    new_email = accounts.normalize_email(new_email)
    if new_email == user.email:
        raise Problem(
            422,
            "validation_error",
            "Some fields are not valid.",
            errors={"new_email": N_("This is already your address.")},
        )
    mail_budget.spend(db, settings=state.settings, to=new_email, account_id=user.id)
    owner = db.scalar(select(User).where(User.email == new_email))
    if owner is not None:
        account_mail.email_in_use(outbox, state, to=new_email, lang=owner.language)
        return
    token = action_tokens.issue(
        db,
        user=user,
        kind=action_tokens.EMAIL_CHANGE,
        ttl=state.settings.email_change_ttl,
        payload={"new_email": new_email},
    )
    account_mail.email_change(outbox, state, to=new_email, token=token, lang=user.language)


def confirm_email_change(db: Session, *, state: ServiceState, token: str, outbox: Outbox) -> User:
    row, user = action_tokens.find(db, kind=action_tokens.EMAIL_CHANGE, token=token)
    new_email = row.payload.get("new_email", "")
    taken = db.scalar(select(User.id).where(User.email == new_email, User.id != user.id))
    if not new_email or taken is not None:
        raise Problem(
            409,
            "email_taken",
            "This address was registered by another account meanwhile; choose another.",
        )
    action_tokens.use(db, row)
    old_email, user.email = user.email, new_email
    if mail_budget.allows(db, settings=state.settings, to=old_email, account_id=user.id):
        account_mail.email_changed(
            outbox, state, to=old_email, new_email=new_email, lang=user.language
        )
    return user


def change_password(
    db: Session,
    *,
    user: User,
    current_password: str,
    new_password: str,
    new_password_confirm: str,
    keep_session: int | None,
) -> None:
    require_password(user, current_password, field="current_password")
    require_acceptable(
        new_password,
        new_password_confirm,
        email=user.email,
        field="new_password",
        confirm_field="new_password_confirm",
    )
    user.password_hash = hash_password(new_password)
    sessions.end_all_sessions(db, user_id=user.id, keep=keep_session)
