"""The orders the staff queue can be paged in: every column of the customer's list
(``request_sorts``) and the helpdesk's own — priority, assignee and response — which a
customer's list has no business sorting by.

Each staff sort adds its value to the row as ``sort_value``, so the cursor of the next page
is made from exactly what the SQL ordered by.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, get_args

from sqlalchemy import Select, case, func
from sqlalchemy.orm import aliased

from server.db.models import SupportRequest, User
from server.services import request_sorts
from server.services.pagination import SortKey

StaffOnly = Literal["-priority", "priority", "-assignee", "assignee", "-response", "response"]
SortName = request_sorts.SortName | StaffOnly
SORTS: tuple[str, ...] = (*request_sorts.SORTS, *get_args(StaffOnly))

# high > normal > low: ascending is low first, descending (the useful one) high first.
PRIORITY_RANK = case(
    (SupportRequest.priority == "high", 2),
    (SupportRequest.priority == "normal", 1),
    else_=0,
)
_Assignee = aliased(User, name="assignee")
# What the client shows for an assignee (the name, else the e-mail), case-insensitively;
# unassigned is "", so it comes first ascending and last descending.
ASSIGNEE_NAME = func.lower(func.coalesce(func.nullif(_Assignee.name, ""), _Assignee.email, ""))


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
