"""What the My requests list shows beside each page: counts to filter by, and which of the
page's requests carry files the customer may see."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.db.models import Attachment, SupportRequest
from server.services.request_reads import unread_condition


def counts(db: Session, *, user_id: int) -> dict[str, dict[str, int]]:
    """The owner's requests by status, by type and by kind, and how many are unread — over
    all of them, so a filter shows how many it would find before it is chosen."""
    mine = SupportRequest.owner_id == user_id
    found: dict[str, dict[str, int]] = {}
    for name, column in (
        ("status", SupportRequest.status),
        ("type", SupportRequest.type),
        ("kind", SupportRequest.kind),
    ):
        rows = db.execute(select(column, func.count()).where(mine).group_by(column))
        found[name] = {str(value): int(n) for value, n in rows}
    unread = db.scalar(select(func.count()).where(mine, unread_condition())) or 0
    found["unread"] = {"all": int(unread)}
    return found


def with_files(db: Session, request_ids: Sequence[int]) -> set[int]:
    """Those of ``request_ids`` with at least one attachment that is not internal."""
    if not request_ids:
        return set()
    rows = db.scalars(
        select(Attachment.request_id)
        .where(Attachment.request_id.in_(list(request_ids)), Attachment.internal.is_(False))
        .distinct()
    )
    return {int(r) for r in rows if r is not None}
