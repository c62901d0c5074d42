"""Licenses (activation codes), their holders and the devices using their seats."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from server.db.base import Base, utcnow


class License(Base):
    __tablename__ = "licenses"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(23), unique=True)  # XXXXX-XXXXX-XXXXX-XXXXX
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    seats: Mapped[int] = mapped_column()
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    blacklisted: Mapped[bool] = mapped_column(Boolean, default=False)
    blacklist_reason: Mapped[str] = mapped_column(String(200), default="")


class LicenseHolding(Base):
    """An account's use of a code: one seat each; ``removed_at`` frees it."""

    __tablename__ = "license_holdings"

    id: Mapped[int] = mapped_column(primary_key=True)
    license_id: Mapped[int] = mapped_column(ForeignKey("licenses.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    removed_at: Mapped[datetime | None] = mapped_column(default=None)

    __table_args__ = (Index("ix_holdings_active", "license_id", "removed_at"),)


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(primary_key=True)
    holding_id: Mapped[int] = mapped_column(
        ForeignKey("license_holdings.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    os: Mapped[str] = mapped_column(String(200), default="")
    activated_at: Mapped[datetime] = mapped_column(default=utcnow)
    # When the product on the device last reported in (activation counts as the first time).
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    deactivated_at: Mapped[datetime | None] = mapped_column(default=None)
