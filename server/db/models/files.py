"""Stored files (attachments) and resumable tus uploads that become them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, utcnow


class Attachment(Base):
    """A finished file. Until linked to a request it is reachable only by its uploader."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Owner: an account, or an anonymous upload session (opaque token hash).
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None, index=True
    )
    anon_owner: Mapped[str | None] = mapped_column(String(64), default=None)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("requests.id", ondelete="CASCADE"), default=None, index=True
    )
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), default=None)
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    storage_key: Mapped[str] = mapped_column(String(200))
    # sample: a Virus Lab sample zip; sysinfo: a GetSystemInfo report; file otherwise
    purpose: Mapped[str] = mapped_column(String(16), default="file")
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Upload(Base):
    """A tus 1.0 upload in progress."""

    __tablename__ = "uploads"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), default=None, index=True
    )
    anon_owner: Mapped[str | None] = mapped_column(String(64), default=None)
    length: Mapped[int] = mapped_column(BigInteger)
    offset: Mapped[int] = mapped_column(BigInteger, default=0)
    meta: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id"), default=None)
