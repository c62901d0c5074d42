"""Sign-in sessions: access tokens named after a session, refresh tokens rotated on use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.config import Settings
from server.db.models import AuthSession, User
from server.errors import Problem
from server.services.tokens import make_access_token, new_token, token_hash


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int


def start_session(
    db: Session, *, settings: Settings, user: User, user_agent: str = ""
) -> TokenPair:
    now = clock.now(db)
    refresh = new_token()
    auth = AuthSession(
        user_id=user.id,
        refresh_hash=token_hash(refresh),
        expires_at=now + settings.refresh_ttl,
        user_agent=user_agent[:200],
    )
    db.add(auth)
    db.flush()
    return _pair(settings, auth.id, refresh, now)


def _pair(settings: Settings, session_id: int, refresh: str, now: datetime) -> TokenPair:
    expires = now + settings.access_ttl
    return TokenPair(
        access_token=make_access_token(settings.token_secret, session_id, expires),
        refresh_token=refresh,
        expires_in=int(settings.access_ttl.total_seconds()),
    )


def refresh_session(db: Session, *, settings: Settings, refresh_token: str) -> TokenPair:
    now = clock.now(db)
    auth = db.scalar(
        select(AuthSession).where(AuthSession.refresh_hash == token_hash(refresh_token))
    )
    if auth is None or auth.revoked_at is not None or auth.expires_at <= now:
        raise Problem(401, "invalid_refresh_token", "Your sign-in has expired; sign in again.")
    user = db.get(User, auth.user_id)
    if user is None or not user.is_active:
        raise Problem(401, "invalid_refresh_token", "Your sign-in has expired; sign in again.")
    refresh = new_token()
    auth.refresh_hash = token_hash(refresh)
    return _pair(settings, auth.id, refresh, now)


def end_session(db: Session, *, session_id: int) -> None:
    auth = db.get(AuthSession, session_id)
    if auth is not None and auth.revoked_at is None:
        auth.revoked_at = clock.now(db)


def end_all_sessions(db: Session, *, user_id: int, keep: int | None = None) -> None:
    now = clock.now(db)
    for auth in db.scalars(
        select(AuthSession).where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
    ):
        if auth.id != keep:
            auth.revoked_at = now
