"""Abuse protection state: captchas, lock-outs and rate budgets, idempotent replays."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, utcnow


class Captcha(Base):
    __tablename__ = "captchas"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    answer_hash: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column()
    used_at: Mapped[datetime | None] = mapped_column(default=None)


class Throttle(Base):
    """Failures or hits counted per key ("signin:acct:42", "register:src:127.0.0.1")."""

    __tablename__ = "throttles"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    count: Mapped[int] = mapped_column(default=0)
    window_start: Mapped[datetime] = mapped_column(default=utcnow)
    locks: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)


class IdempotentReply(Base):
    """The first answer to a create, replayed for a retry with the same key."""

    __tablename__ = "idempotent_replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(120))  # who: "user:42" or "anon:<ip>"
    key: Mapped[str] = mapped_column(String(200))
    route: Mapped[str] = mapped_column(String(200))
    body_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[int] = mapped_column()
    body: Mapped[bytes] = mapped_column(LargeBinary)
    headers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # While the first call runs: which call holds the key, renewed while it runs, so that
    # the claim of a process that died is taken over once it is older than the lease.
    claimant: Mapped[str] = mapped_column(String(32), default="")
    claimed_at: Mapped[datetime | None] = mapped_column(default=None)

    __table_args__ = (Index("uq_idempotent_scope_key", "scope", "key", unique=True),)
