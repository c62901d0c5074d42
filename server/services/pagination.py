"""Keyset (cursor) paging on (sort column, id), in either direction.

Offsets get slower with every page and skip or repeat rows when rows move; a keyset cursor
seeks straight into the index and stays stable while requests are updated. The cursor is
opaque to clients: url-safe base64 of the sort it was made for and the last row's key, so a
cursor of one sort is never read as a position in another.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_
from sqlalchemy.orm import InstrumentedAttribute, Session

from server.errors import Problem
from server.i18n import N_

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
NEWEST_FIRST = "-updated"


@dataclass(frozen=True)
class Cursor:
    sort: str
    value: Any  # a timezone-aware datetime for time sorts, else a string
    id: int


@dataclass(frozen=True)
class SortKey:
    """What a page is ordered by: ``name`` (as the client says it, ``-`` first for
    descending), the column or expression, and whether its values are times."""

    name: str
    column: ColumnElement[Any] | InstrumentedAttribute[Any]
    is_time: bool = False

    @property
    def descending(self) -> bool:
        return self.name.startswith("-")


def _invalid() -> Problem:
    return Problem(
        422,
        "invalid_cursor",
        "The paging cursor is not valid; start again from the first page.",
        errors={"cursor": N_("Not a cursor from this service.")},
    )


def encode(value: Any, row_id: int, sort: str = NEWEST_FIRST) -> str:
    shown = value.isoformat() if isinstance(value, datetime) else value
    raw = json.dumps({"s": sort, "v": shown, "i": row_id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).rstrip(b"=").decode()


def decode(cursor: str | None, *, sort: str = NEWEST_FIRST, is_time: bool = True) -> Cursor | None:
    """The position a client sent back: a cursor we did not make answers 422, one made for
    another sort 400 (the client changed the sort and kept an old cursor)."""
    if not cursor:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        made_for = str(data["s"])
        row_id = int(data["i"])
        raw = data["v"]
        if not isinstance(raw, str) or not 0 < row_id < 2**63:
            raise ValueError("not a position")
        value: Any = raw
        if made_for == sort and is_time:
            value = datetime.fromisoformat(raw)
            if value.tzinfo is None:
                raise ValueError("not a position")
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise _invalid() from None
    if made_for != sort:
        raise Problem(
            400,
            "cursor_sort_mismatch",
            "The paging cursor was made for another sort; start again from the first page.",
            errors={"cursor": N_("Made for sort {made_for!r}, not {sort!r}.")},
            params={"made_for": made_for, "sort": sort},
        )
    return Cursor(made_for, value, row_id)


def page(
    db: Session,
    stmt: Select,
    *,
    id_col: InstrumentedAttribute[int],
    cursor: str | None,
    limit: int,
    key: Callable[[Any], tuple[Any, int]],
    sort: SortKey | None = None,
    updated_col: InstrumentedAttribute[datetime] | None = None,
) -> tuple[Sequence[Any], str | None]:
    """One page of ``stmt`` in ``sort`` order (newest activity first by default, on
    ``updated_col``) with ties broken by id in the same direction, and the cursor of the
    next page (None at the end). ``key`` gives a row's (sort value, id).

    ``col <= v AND (col < v OR id < i)`` rather than a row-value comparison: both SQLite
    and PostgreSQL turn the first term into an index seek.
    """
    if sort is None:
        assert updated_col is not None, "a sort or the updated column"
        sort = SortKey(NEWEST_FIRST, updated_col, is_time=True)
    col = sort.column
    after = decode(cursor, sort=sort.name, is_time=sort.is_time)
    if after is not None:
        if sort.descending:
            stmt = stmt.where(and_(col <= after.value, or_(col < after.value, id_col < after.id)))
        else:
            stmt = stmt.where(and_(col >= after.value, or_(col > after.value, id_col > after.id)))
    limit = max(1, min(limit, MAX_LIMIT))
    order = (col.desc(), id_col.desc()) if sort.descending else (col.asc(), id_col.asc())
    rows = db.execute(stmt.order_by(*order).limit(limit + 1)).all()
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last_value, last_id = key(rows[-1])
    return rows, encode(last_value, last_id, sort.name)
