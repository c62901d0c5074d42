"""Accounts: creation, lookup by e-mail or Customer ID, the customer type."""

from __future__ import annotations

import secrets

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server import clock
from server.db.models import User
from server.services.passwords import hash_password

# Customer IDs avoid letters that read like digits (O/0, I/1).
_CID_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def normalize_email(email: str) -> str:
    return email.strip().lower()


def new_customer_id(db: Session) -> str:
    while True:
        cid = "".join(secrets.choice(_CID_ALPHABET) for _ in range(10))
        if db.scalar(select(User.id).where(User.customer_id == cid)) is None:
            return cid


def find_by_login(db: Session, login: str) -> User | None:
    """A login is an e-mail address or a Customer ID (any case)."""
    login = login.strip()
    if "@" in login:
        return db.scalar(select(User).where(User.email == normalize_email(login)))
    return db.scalar(select(User).where(User.customer_id == login.upper()))


def email_taken(db: Session, email: str) -> bool:
    return (
        db.scalar(
            select(func.count()).select_from(User).where(User.email == normalize_email(email))
        )
        or 0
    ) > 0


def create_user(
    db: Session,
    *,
    email: str,
    password: str,
    role: str = "customer",
    active: bool = False,
    name: str = "",
    language: str = "en",
) -> User:
    now = clock.now(db)
    user = User(
        customer_id=new_customer_id(db),
        email=normalize_email(email),
        password_hash=hash_password(password),
        role=role,
        is_active=active,
        activated_at=now if active else None,
        created_at=now,
        name=name,
        language=language,
    )
    db.add(user)
    db.flush()
    return user
