"""What the My requests list shows beside each page: counts to filter by, and which of the
page's requests carry files the customer may see."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, case, func, select
from sqlalchemy.orm import Session

from server.db.models import Attachment, SupportRequest
from server.services.request_reads import unread_condition

# Built once: building them cost more CPU than running them, on every visit to the list.
_COUNTS = (
    select(
        SupportRequest.status,
        SupportRequest.type,
        SupportRequest.kind,
        func.count(),
        func.sum(case((unread_condition(), 1), else_=0)),
    )
    .where(SupportRequest.owner_id == bindparam("owner_id"))
    .group_by(SupportRequest.status, SupportRequest.type, SupportRequest.kind)
)
_WITH_FILES = (
    select(Attachment.request_id)
    .where(
        Attachment.request_id.in_(bindparam("request_ids", expanding=True)),
        Attachment.internal.is_(False),
    )
    .distinct()
)


def counts(db: Session, *, user_id: int) -> dict[str, dict[str, int]]:
    """The owner's requests by status, by type and by kind, and how many are unread — over
    all of them, so a filter shows how many it would find before it is chosen.

    One pass over the owner's rows, grouped by all three (a few dozen groups), summed up
    here: four queries, one per facet, cost four scans and most of a list's time."""
    rows = db.execute(_COUNTS, {"owner_id": user_id})
    found: dict[str, dict[str, int]] = {"status": {}, "type": {}, "kind": {}}
    total_unread = 0
    for status, type_, kind, n, unread_n in rows:
        for name, value in (("status", status), ("type", type_), ("kind", kind)):
            found[name][str(value)] = found[name].get(str(value), 0) + int(n)
        total_unread += int(unread_n or 0)
    found["unread"] = {"all": total_unread}
    return found


def with_files(db: Session, request_ids: Sequence[int]) -> set[int]:
    """Those of ``request_ids`` with at least one attachment that is not internal."""
    if not request_ids:
        return set()
    rows = db.scalars(_WITH_FILES, {"request_ids": list(request_ids)})
    return {int(r) for r in rows if r is not None}
