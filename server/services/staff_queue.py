"""The helpdesk side: the queue of every request, assignment and status moves by staff."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Literal, NamedTuple, get_args

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.config import Settings
from server.db.models import Product, SupportRequest, User
from server.errors import Problem, not_found
from server.i18n import N_
from server.services import events, pagination, request_sorts, staff_reads, staff_sorts
from server.services.request_states import DONE, move
from server.services.support_requests import filtered

PRIORITIES = ("low", "normal", "high")


class QueueRow(NamedTuple):
    request: SupportRequest
    product_name: str | None
    unread: bool  # for the staff member asking


# The saved views (H5): what a helpdesk member looks at first.
ViewName = Literal["all", "mine", "unassigned", "waiting", "overdue"]
VIEWS: tuple[str, ...] = get_args(ViewName)


def due_at(request: SupportRequest, response_time: timedelta) -> datetime | None:
    """When staff should have answered (None while nobody waits for staff)."""
    if request.awaiting_since is None:
        return None
    return request.awaiting_since + response_time


def _in_view(stmt: Any, view: str, *, staff: User, now: datetime, response_time: timedelta) -> Any:
    if view == "mine":
        return stmt.where(
            SupportRequest.assignee_id == staff.id, SupportRequest.status.not_in(DONE)
        )
    if view == "unassigned":
        return stmt.where(SupportRequest.assignee_id.is_(None), SupportRequest.status.not_in(DONE))
    if view == "waiting":
        return stmt.where(SupportRequest.status == "waiting_for_customer")
    if view == "overdue":
        return stmt.where(SupportRequest.awaiting_since < now - response_time)
    return stmt


def parse_assignee(value: str | None, *, me: User) -> int | str | None:
    """``me`` → the caller's id, ``none`` → unassigned (returned as "none"), digits → that id."""
    if value is None or value == "":
        return None
    if value == "me":
        return me.id
    if value == "none":
        return "none"
    if value.isdigit():
        return int(value)
    raise Problem(
        422,
        "validation_error",
        "Some fields are not valid.",
        errors={"assignee_id": N_("Use 'me', 'none' or a staff member's id.")},
    )


def queue(
    db: Session,
    *,
    staff: User,
    statuses: Sequence[str] = (),
    types: Sequence[str] = (),
    kinds: Sequence[str] = (),
    product_id: int | None = None,
    priority: str | None = None,
    assignee: str | None = None,
    q: str = "",
    view: str = "all",
    response_time: timedelta = timedelta(hours=8),
    sort: str = request_sorts.DEFAULT,
    cursor: str | None = None,
    limit: int = pagination.DEFAULT_LIMIT,
) -> tuple[list[QueueRow], str | None]:
    """Every request in a saved view, filtered, in ``sort`` order (one of
    ``staff_sorts.SORTS``; newest activity first by default, ``ix_requests_queue`` serves
    status filters), each with whether ``staff`` has read it since the customer's last word."""
    stmt: Any = select(SupportRequest, Product.name).outerjoin(
        Product, Product.id == SupportRequest.product_id
    )
    stmt = staff_reads.with_unread(stmt, staff_id=staff.id)
    stmt = filtered(stmt, statuses=statuses, types=types, kinds=kinds, q=q)
    stmt = _in_view(stmt, view, staff=staff, now=clock.now(db), response_time=response_time)
    if product_id is not None:
        stmt = stmt.where(SupportRequest.product_id == product_id)
    if priority:
        if priority not in PRIORITIES:
            raise Problem(
                422,
                "validation_error",
                "Some fields are not valid.",
                errors={"priority": N_("Use one of: {choices}.")},
                params={"choices": ", ".join(PRIORITIES)},
            )
        stmt = stmt.where(SupportRequest.priority == priority)
    who = parse_assignee(assignee, me=staff)
    if who == "none":
        stmt = stmt.where(SupportRequest.assignee_id.is_(None))
    elif isinstance(who, int):
        stmt = stmt.where(SupportRequest.assignee_id == who)
    rows, next_cursor = staff_sorts.page(
        db, stmt, sort, id_col=SupportRequest.id, cursor=cursor, limit=limit
    )
    return [QueueRow(row[0], row[1], bool(row.unread)) for row in rows], next_cursor


def get_any(db: Session, *, request_id: int, for_update: bool = False) -> SupportRequest:
    stmt = select(SupportRequest).where(SupportRequest.id == request_id)
    if for_update:
        stmt = stmt.with_for_update()
    request = db.scalar(stmt)
    if request is None:
        raise not_found("request")
    return request


def members(db: Session) -> list[User]:
    """Staff accounts that can be assigned requests."""
    return list(
        db.scalars(
            select(User)
            .where(User.role == "staff", User.is_active.is_(True))
            .order_by(User.name, User.email)
        )
    )


def assign(db: Session, *, request: SupportRequest, assignee_id: int | None, by: User) -> None:
    """Give the request to a staff member, or back to the queue (None). Staff-only news."""
    if assignee_id is not None:
        target = db.get(User, assignee_id)
        if target is None or target.role != "staff" or not target.is_active:
            raise Problem(
                422,
                "not_staff",
                "Requests can be assigned only to an active staff member.",
                errors={"assignee_id": N_("Not a staff member.")},
            )
    request.assignee_id = assignee_id
    events.emit(
        db,
        kind="request.assigned",
        request=request,
        payload={"assignee_id": assignee_id, "by": by.id},
        internal=True,
    )


def change_status(
    db: Session, *, settings: Settings, request: SupportRequest, staff: User, to: str
) -> None:
    move(
        db,
        request=request,
        to=to,
        actor="staff",
        by_user_id=staff.id,
        reopen_window=settings.reopen_window,
    )


def set_priority(db: Session, *, request: SupportRequest, priority: str, by: User) -> None:
    """Staff business like assignment: the customer's "last update" does not move."""
    if priority not in PRIORITIES:
        raise Problem(
            422,
            "validation_error",
            "Some fields are not valid.",
            errors={"priority": N_("Use one of: {choices}.")},
            params={"choices": ", ".join(PRIORITIES)},
        )
    request.priority = priority
    events.emit(
        db,
        kind="request.priority",
        request=request,
        payload={"priority": priority, "by": by.id},
        internal=True,
    )
