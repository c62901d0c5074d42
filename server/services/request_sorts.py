"""The orders a customer's list can be paged in: a column of the list, ``-`` first for
descending. Each pairs the SQL expression the keyset seeks on with how a fetched row gives
that value back for the next cursor (the product's name may be missing: it sorts as "")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, get_args

from sqlalchemy import func

from server.db.models import Product, SupportRequest
from server.services.pagination import SortKey

SortName = Literal[
    "-updated",
    "updated",
    "-created",
    "created",
    "-number",
    "number",
    "-status",
    "status",
    "-type",
    "type",
    "-product",
    "product",
]
SORTS: tuple[str, ...] = get_args(SortName)
DEFAULT = "-updated"

# column name -> (expression, is a time, the value of a (request, product name) row)
_COLUMNS: dict[str, tuple[Any, bool, Callable[[Any], Any]]] = {
    "updated": (SupportRequest.updated_at, True, lambda row: row[0].updated_at),
    "created": (SupportRequest.created_at, True, lambda row: row[0].created_at),
    "number": (SupportRequest.number, False, lambda row: row[0].number),
    "status": (SupportRequest.status, False, lambda row: row[0].status),
    "type": (SupportRequest.type, False, lambda row: row[0].type),
    "product": (func.coalesce(Product.name, ""), False, lambda row: row[1] or ""),
}


def sort_key(name: str) -> tuple[SortKey, Callable[[Any], tuple[Any, int]]]:
    """The pagination sort for ``name`` and the row key that makes its cursors."""
    column, is_time, value = _COLUMNS[name.removeprefix("-")]
    return SortKey(name, column, is_time=is_time), lambda row: (value(row), row[0].id)
