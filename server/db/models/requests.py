"""Support and Virus Lab requests, their conversation and status history."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Computed, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, utcnow


class SupportRequest(Base):
    __tablename__ = "requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # human number, e.g. "TS-000123"
    kind: Mapped[str] = mapped_column(String(10))  # support | viruslab
    type: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    status: Mapped[str] = mapped_column(String(32))
    priority: Mapped[str] = mapped_column(String(8), default="normal")  # low | normal | high
    # high > normal > low for sorting, kept by the database itself (a generated column, so no
    # writer can forget it; an index on an expression is not one Alembic can compare).
    priority_rank: Mapped[int] = mapped_column(
        Computed("CASE priority WHEN 'high' THEN 2 WHEN 'normal' THEN 1 ELSE 0 END", persisted=True)
    )
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"), default=None)
    product_version: Mapped[str] = mapped_column(String(40), default="")
    os: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text)
    email: Mapped[str] = mapped_column(String(254))
    # The filer's language (their account's, else their application's), for the mails about
    # the request: a requester without an account follows it only through them.
    language: Mapped[str] = mapped_column(String(8), default="en")
    country: Mapped[str] = mapped_column(String(2), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    company: Mapped[str] = mapped_column(String(200), default="")
    last_db_update: Mapped[date | None] = mapped_column(Date, default=None)
    # Virus Lab: the name the product detects a false positive under, and each sample in the
    # encrypted archive as the customer's client listed it ({name, size, sha256}).
    detection_name: Mapped[str] = mapped_column(String(200), default="")
    samples: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, default=None)
    sysinfo_attachment_id: Mapped[int | None] = mapped_column(default=None)
    trail: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    rating: Mapped[int | None] = mapped_column(default=None)  # 1 helped, 0 did not
    # The customer's earlier request this one follows up (same owner, checked on filing).
    follow_up_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("requests.id", ondelete="SET NULL"), default=None, index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    # What the customer has seen: the request is unread while ``updated_at`` is later.
    customer_read_at: Mapped[datetime | None] = mapped_column(default=None)
    # Since when the customer has waited for an answer from staff (filed, or replied after
    # the last public staff reply); None while the ball is with the customer or it is done.
    # The queue's "overdue" view and its time left are measured from it.
    awaiting_since: Mapped[datetime | None] = mapped_column(default=None)
    # The customer's last word: filed, a message, a status move (reopen, close). The staff
    # queue shows a request bold to each staff member who has not opened it since.
    customer_active_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        Index("ix_requests_owner_updated", "owner_id", "updated_at", "id"),
        # My requests' filter counts read this alone (grouped in its order, unread from
        # its last three columns), not the owner's rows: 60 ms for 20,000 rows before.
        Index(
            "ix_requests_owner_facets",
            "owner_id",
            "status",
            "type",
            "kind",
            "updated_at",
            "created_at",
            "customer_read_at",
        ),
        Index("ix_requests_queue", "status", "updated_at", "id"),
        # The staff queue's views in newest-activity order: walked in order, filtered.
        Index("ix_requests_updated", "updated_at", "id"),
        Index("ix_requests_assignee", "assignee_id", "updated_at", "id"),  # "mine"
        Index("ix_requests_assignee_id", "assignee_id", "id"),  # sorted by assignee
        # "unassigned" and "overdue" walk only their own rows in newest-activity order,
        # not every request past the ones that do not qualify.
        Index(
            "ix_requests_unassigned_updated",
            "updated_at",
            "id",
            sqlite_where=text("assignee_id IS NULL"),
            postgresql_where=text("assignee_id IS NULL"),
        ),
        Index(
            "ix_requests_awaiting_updated",
            "updated_at",
            "id",
            sqlite_where=text("awaiting_since IS NOT NULL"),
            postgresql_where=text("awaiting_since IS NOT NULL"),
        ),
        # The staff queue sorted by response (due = awaiting_since + the response time).
        Index("ix_requests_awaiting", "awaiting_since", "id"),
        Index("ix_requests_priority_rank", "priority_rank", "id"),  # ... and by priority
        # The unassigned by priority (triage), and by id (the assignee sort's first group):
        # PostgreSQL does not walk (assignee_id, id) in id order for IS NULL.
        Index(
            "ix_requests_unassigned_priority",
            "priority_rank",
            "id",
            sqlite_where=text("assignee_id IS NULL"),
            postgresql_where=text("assignee_id IS NULL"),
        ),
        Index(
            "ix_requests_unassigned_id",
            "id",
            sqlite_where=text("assignee_id IS NULL"),
            postgresql_where=text("assignee_id IS NULL"),
        ),
    )


class StaffRead(Base):
    """When a staff member last opened a request, as the customer's last word they saw
    (``customer_active_at`` then): unread for them while the customer has spoken since."""

    __tablename__ = "staff_reads"

    staff_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    read_up_to: Mapped[datetime]


class Message(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    sender: Mapped[str] = mapped_column(String(10))  # customer | staff | system
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class StatusChange(Base):
    __tablename__ = "status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[str | None] = mapped_column(String(32), default=None)
    to_status: Mapped[str] = mapped_column(String(32))
    by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class CannedReply(Base):
    """A reply staff insert often; ``{name}`` and ``{number}`` are filled in by the client."""

    __tablename__ = "canned_replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class StaffPresence(Base):
    """Who of the staff has a request open, and whether they are writing a reply; kept in
    the database so every worker sees it, and short-lived (``Settings.presence_ttl``)."""

    __tablename__ = "staff_presence"

    request_id: Mapped[int] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    typing: Mapped[bool] = mapped_column(Boolean, default=False)
    expires_at: Mapped[datetime] = mapped_column(index=True)
