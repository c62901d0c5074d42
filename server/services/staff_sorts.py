"""The orders the staff queue can be paged in: every column of the customer's list
(``request_sorts``) and the helpdesk's own — priority, assignee and response — which a
customer's list has no business sorting by.

Each staff sort adds its value to the row as ``sort_value``, so the cursor of the next page
is made from exactly what the SQL ordered by. Priority and response walk an index; the
assignee's name is in another table, so that sort walks the assignees in name order, each
one's requests by id on ``ix_requests_assignee_id`` (a handful of index seeks instead of
sorting every request in the view).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import groupby
from typing import Any, Literal, get_args

from sqlalchemy import Select, func, text
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from server.db.models import SupportRequest, User
from server.services import pagination, request_sorts
from server.services.pagination import SortKey

StaffOnly = Literal["-priority", "priority", "-assignee", "assignee", "-response", "response"]
SortName = request_sorts.SortName | StaffOnly
SORTS: tuple[str, ...] = (*request_sorts.SORTS, *get_args(StaffOnly))

# high > normal > low: ascending is low first, descending (the useful one) high first.
PRIORITY_RANK = SupportRequest.priority_rank
_Assignee = aliased(User, name="assignee")
# What the client shows for an assignee (the name, else the e-mail), case-insensitively;
# unassigned is "", so it comes first ascending and last descending.
ASSIGNEE_NAME = func.lower(func.coalesce(func.nullif(_Assignee.name, ""), _Assignee.email, ""))


# Distinct assignee ids by a recursive skip scan (min() past the last one is an index seek),
# then their names; ordered like ASSIGNEE_NAME.
_ASSIGNEES = text(
    """
    WITH RECURSIVE seen(id) AS (
        SELECT min(assignee_id) FROM requests
        UNION ALL
        SELECT (SELECT min(r.assignee_id) FROM requests r WHERE r.assignee_id > seen.id)
        FROM seen WHERE seen.id IS NOT NULL
    )
    SELECT lower(coalesce(nullif(u.name, ''), u.email, '')) AS shown, u.id
    FROM seen JOIN users u ON u.id = seen.id
    ORDER BY shown, u.id
    """
)


def sort(stmt: Select, name: str) -> tuple[Select, SortKey, Callable[[Any], tuple[Any, int]]]:
    """``stmt`` ready for ``name`` (a join it needs, its value as ``sort_value``), the
    pagination sort, and the row key that makes its cursors."""
    column = name.removeprefix("-")
    if column in ("priority", "assignee", "response"):
        if column == "priority":
            key = SortKey(name, PRIORITY_RANK, is_int=True)
        elif column == "assignee":
            stmt = stmt.outerjoin(_Assignee, _Assignee.id == SupportRequest.assignee_id)
            key = SortKey(name, ASSIGNEE_NAME)
        else:
            # Due at awaiting_since + the service's response time, the same for every
            # request: the order of awaiting_since. Nobody waits (no due time): last.
            key = SortKey(name, SupportRequest.awaiting_since, is_time=True, nulls_last=True)
        stmt = stmt.add_columns(key.column.label("sort_value"))
        return stmt, key, lambda row: (row.sort_value, row[0].id)
    order, row_key = request_sorts.sort_key(name)
    return stmt, order, row_key


def page(
    db: Session,
    stmt: Select,
    name: str,
    *,
    id_col: InstrumentedAttribute[int],
    cursor: str | None,
    limit: int,
) -> tuple[Sequence[Any], str | None]:
    """One page of ``stmt`` in the staff sort ``name`` and the next page's cursor."""
    stmt, order, key = sort(stmt, name)
    if name.removeprefix("-") != "assignee":
        return pagination.page(
            db, stmt, sort=order, id_col=id_col, cursor=cursor, limit=limit, key=key
        )
    after = pagination.decode(cursor, sort=name, is_time=False)
    limit = max(1, min(limit, pagination.MAX_LIMIT))
    descending = name.startswith("-")
    rows: list[Any] = []
    for group_name, ids in _assignee_groups(db, descending=descending, after=after):
        part = stmt.where(
            SupportRequest.assignee_id.is_(None) if not ids else SupportRequest.assignee_id.in_(ids)
        )
        if after is not None and group_name == after.value:
            part = part.where(id_col < after.id if descending else id_col > after.id)
        by_id = id_col.desc() if descending else id_col.asc()
        rows += db.execute(part.order_by(by_id).limit(limit + 1 - len(rows))).all()
        if len(rows) > limit:
            rows = rows[:limit]
            last_value, last_id = key(rows[-1])
            return rows, pagination.encode(last_value, last_id, name)
    return rows, None


def _assignee_groups(
    db: Session, *, descending: bool, after: pagination.Cursor | None
) -> list[tuple[str, list[int]]]:
    """Every assignee of some request as (shown name, the user ids shown so) in sort order,
    with the unassigned as ("", []), from the cursor's group on.

    The assignees are found by skipping along ``ix_requests_assignee_id`` (each step the
    next larger id: one index seek, on both backends whatever their statistics) — a few
    dozen seeks, where "which users have requests" as EXISTS per user was at the mercy of
    the planner (SQLite once scanned every request for every customer)."""
    found = db.execute(_ASSIGNEES).all()
    named = [(n, [uid for _, uid in members]) for n, members in groupby(found, lambda r: r[0])]
    groups = [("", []), *named]  # "" before any name (a name is never empty: else e-mail)
    if descending:
        groups.reverse()
    if after is not None:
        value = str(after.value)
        at = next((n for n, g in enumerate(groups) if g[0] == value), None)
        if at is None:  # renamed since that page: the next by Python's order, near enough
            at = next(
                (n for n, g in enumerate(groups) if (g[0] < value if descending else g[0] > value)),
                len(groups),
            )
        groups = groups[at:]
    return groups
