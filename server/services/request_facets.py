"""What the My requests list shows beside each page: counts to filter by, and which of the
page's requests carry files the customer may see."""

from __future__ import annotations

from sqlalchemy import bindparam, case, exists, func, select
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
# A column of the page's own statement, looked up on ``attachments.request_id`` for the
# rows shown only, instead of a second statement for the page's ids.
HAS_VISIBLE_FILES = (
    exists()
    .where(Attachment.request_id == SupportRequest.id, Attachment.internal.is_(False))
    .correlate(SupportRequest)
    .label("has_files")
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
