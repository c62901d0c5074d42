"""What each staff member has read of the queue (H5): bold until opened, across sessions.

A request is unread for a staff member while the customer's last word
(``customer_active_at``: filing, a message, a reopen or close) is later than what that
member last saw when opening it. Only the customer makes a request unread: a colleague's
reply or internal note, an assignment, a status move by staff never do — staff hear of
those live — and opening a request (``GET /staff/requests/{id}``) reads it for the one who
opened it only.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from server.db.models import StaffRead, SupportRequest, User


def with_unread(stmt: Select, *, staff_id: int) -> Select:
    """``stmt`` with an ``unread`` column for ``staff_id``: a LEFT JOIN on the
    (staff_id, request_id) primary key, one index probe per row of the page."""
    return stmt.outerjoin(
        StaffRead,
        and_(StaffRead.staff_id == staff_id, StaffRead.request_id == SupportRequest.id),
    ).add_columns(unread_condition().label("unread"))


def unread_condition() -> ColumnElement[bool]:
    return or_(
        StaffRead.read_up_to.is_(None),
        SupportRequest.customer_active_at > StaffRead.read_up_to,
    )


def is_unread(db: Session, *, request: SupportRequest, staff: User) -> bool:
    seen = db.scalar(
        select(StaffRead.read_up_to).where(
            StaffRead.staff_id == staff.id, StaffRead.request_id == request.id
        )
    )
    return seen is None or request.customer_active_at > seen


def mark_read(db: Session, *, request: SupportRequest, staff: User) -> None:
    """Seen up to the customer's last word as this read found it (not the clock's now, so
    a word committed after the read is later and unread). An upsert, so two windows of one
    member opening the request at once cannot collide.

    ``db`` must be a writing session: opening is a GET, whose own session only reads (on
    SQLite a read transaction that turns into a write can fail with "database is locked").
    """
    values: dict[str, Any] = {
        "staff_id": staff.id,
        "request_id": request.id,
        "read_up_to": request.customer_active_at,
    }
    insert = pg_insert if db.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = insert(StaffRead).values(**values)
    db.execute(
        stmt.on_conflict_do_update(
            index_elements=[StaffRead.staff_id, StaffRead.request_id],
            set_={"read_up_to": stmt.excluded.read_up_to},
        )
    )
