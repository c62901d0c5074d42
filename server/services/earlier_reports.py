"""The same customer's previous GetSystemInfo report (H4), so staff can see at once what
changed on the customer's computer between two requests."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.db.models import SupportRequest


def earlier_report(db: Session, request: SupportRequest) -> SupportRequest | None:
    """The newest request filed before ``request`` by the same customer (the same account,
    or the same e-mail address without one) that carries a report."""
    stmt = select(SupportRequest).where(
        SupportRequest.sysinfo_attachment_id.is_not(None),
        SupportRequest.id != request.id,
        SupportRequest.created_at <= request.created_at,
    )
    if request.owner_id is not None:
        stmt = stmt.where(SupportRequest.owner_id == request.owner_id)
    elif request.email:
        stmt = stmt.where(
            SupportRequest.owner_id.is_(None),
            func.lower(SupportRequest.email) == request.email.lower(),
        )
    else:
        return None
    stmt = stmt.order_by(SupportRequest.created_at.desc(), SupportRequest.id.desc()).limit(1)
    return db.scalars(stmt).first()
