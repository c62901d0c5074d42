"""Append-only event log that feeds the Server-Sent Events stream."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, utcnow


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(40))  # request.status | request.message | ...
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), default=None
    )
    # The customer who owns the request (None for anonymous requests).
    owner_id: Mapped[int | None] = mapped_column(default=None)
    # Staff-only events (internal notes) are never sent to customers.
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    # Ids are never reused (SQLite would reuse the highest after a delete), so a stream
    # resumed after id N can never miss a later event that took an old number.
    __table_args__ = (
        Index("ix_events_owner_id", "owner_id", "id"),
        {"sqlite_autoincrement": True},
    )
