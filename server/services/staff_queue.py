"""The helpdesk side: the queue of every request, assignment and status moves by staff."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.config import Settings
from server.db.models import Product, SupportRequest, User
from server.errors import Problem, not_found
from server.services import events, pagination
from server.services.request_states import move
from server.services.support_requests import filtered

PRIORITIES = ("low", "normal", "high")


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
        errors={"assignee_id": "Use 'me', 'none' or a staff member's id."},
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
    cursor: str | None = None,
    limit: int = pagination.DEFAULT_LIMIT,
) -> tuple[list[tuple[SupportRequest, str | None]], str | None]:
    """Every request, newest activity first (``ix_requests_queue`` serves status filters)."""
    stmt: Any = select(SupportRequest, Product.name).outerjoin(
        Product, Product.id == SupportRequest.product_id
    )
    stmt = filtered(stmt, statuses=statuses, types=types, kinds=kinds, q=q)
    if product_id is not None:
        stmt = stmt.where(SupportRequest.product_id == product_id)
    if priority:
        if priority not in PRIORITIES:
            raise Problem(
                422,
                "validation_error",
                "Some fields are not valid.",
                errors={"priority": "Use one of: " + ", ".join(PRIORITIES) + "."},
            )
        stmt = stmt.where(SupportRequest.priority == priority)
    who = parse_assignee(assignee, me=staff)
    if who == "none":
        stmt = stmt.where(SupportRequest.assignee_id.is_(None))
    elif isinstance(who, int):
        stmt = stmt.where(SupportRequest.assignee_id == who)
    rows, next_cursor = pagination.page(
        db,
        stmt,
        updated_col=SupportRequest.updated_at,
        id_col=SupportRequest.id,
        cursor=cursor,
        limit=limit,
        key=lambda row: (row[0].updated_at, row[0].id),
    )
    return [(row[0], row[1]) for row in rows], next_cursor


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
                errors={"assignee_id": "Not a staff member."},
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
