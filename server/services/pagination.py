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
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, or_
from sqlalchemy.orm import InstrumentedAttribute, Session

from server.errors import Problem
from server.i18n import N_
from server.schemas.common import MAX_ID

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
NEWEST_FIRST = "-updated"


@dataclass(frozen=True)
class Cursor:
    sort: str
    value: Any  # a timezone-aware datetime for time sorts, an int for ranks, else a string;
    # None for a row in the tail of a ``nulls_last`` sort
    id: int


@dataclass(frozen=True)
class SortKey:
    """What a page is ordered by: ``name`` (as the client says it, ``-`` first for
    descending), the column or expression, whether its values are times or integers (else
    strings), and whether rows without a value come last in both directions."""

    name: str
    column: ColumnElement[Any] | InstrumentedAttribute[Any]
    is_time: bool = False
    is_int: bool = False
    nulls_last: bool = False

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
    """``value`` is a datetime, a string, an int or (a ``nulls_last`` tail) None."""
    shown = value.isoformat() if isinstance(value, datetime) else value
    raw = json.dumps({"s": sort, "v": shown, "i": row_id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).rstrip(b"=").decode()


def decode(
    cursor: str | None,
    *,
    sort: str = NEWEST_FIRST,
    is_time: bool = True,
    is_int: bool = False,
    nullable: bool = False,
) -> Cursor | None:
    """The position a client sent back: a cursor we did not make answers 422, one made for
    another sort 400 (the client changed the sort and kept an old cursor). The value must
    have the sort's type, so a forged one never reaches SQL as the wrong type."""
    if not cursor:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        made_for = str(data["s"])
        row_id = int(data["i"])
        raw = data["v"]
        if not 0 < row_id <= MAX_ID:  # an int4 id: larger fails in PostgreSQL
            raise ValueError("not a position")
        value: Any = raw
        if made_for != sort:
            pass
        elif raw is None:
            if not nullable:
                raise ValueError("not a position")
        elif is_int:
            if type(raw) is not int or not -(2**31) < raw < 2**31:
                raise ValueError("not a position")
        elif not isinstance(raw, str):
            raise ValueError("not a position")
        elif is_time:
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


# Statements built for a caller-named ``shape``: building one cost more CPU than running it
# (SQLAlchemy caches the compiled form, not the construction), and a list is read on every
# visit. Shapes are few (sort x cursor or not), so the dict stays small.
_BUILT: dict[Hashable, Select] = {}


def page(
    db: Session,
    stmt: Select | Callable[[], Select],
    *,
    id_col: InstrumentedAttribute[int],
    cursor: str | None,
    limit: int,
    key: Callable[[Any], tuple[Any, int]],
    sort: SortKey | None = None,
    updated_col: InstrumentedAttribute[datetime] | None = None,
    shape: Hashable | None = None,
    params: dict[str, Any] | None = None,
) -> tuple[Sequence[Any], str | None]:
    """One page of ``stmt`` in ``sort`` order (newest activity first by default, on
    ``updated_col``) with ties broken by id in the same direction, and the cursor of the
    next page (None at the end). ``key`` gives a row's (sort value, id).

    With ``shape``, ``stmt`` may be a builder whose values are all bound parameters
    (``params``): the page's statement is then built once per shape and sort.

    ``col <= v AND (col < v OR id < i)`` rather than a row-value comparison: both SQLite
    and PostgreSQL turn the first term into an index seek.
    """
    if sort is None:
        assert updated_col is not None, "a sort or the updated column"
        sort = SortKey(NEWEST_FIRST, updated_col, is_time=True)
    after = decode(
        cursor,
        sort=sort.name,
        is_time=sort.is_time,
        is_int=sort.is_int,
        nullable=sort.nulls_last,
    )
    limit = max(1, min(limit, MAX_LIMIT))
    bound = dict(params or {})
    if after is not None:
        bound.update(after_value=after.value, after_id=after.id)
    if sort.nulls_last:
        base = stmt() if callable(stmt) else stmt
        rows = _nulls_last(db, base, sort, id_col, after, limit, bound)
    else:
        built = _BUILT.get((shape, sort.name, after is not None)) if shape is not None else None
        if built is None:
            built = stmt() if callable(stmt) else stmt
            if after is not None:
                built = built.where(_beyond(sort, id_col))
            built = built.order_by(*_order(sort, id_col)).limit(bindparam("page_limit"))
            if shape is not None:
                _BUILT[(shape, sort.name, after is not None)] = built
        rows = list(db.execute(built, {**bound, "page_limit": limit + 1}).all())
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last_value, last_id = key(rows[-1])
    return rows, encode(last_value, last_id, sort.name)


def _order(sort: SortKey, id_col: InstrumentedAttribute[int]) -> tuple[Any, Any]:
    col = sort.column
    return (col.desc(), id_col.desc()) if sort.descending else (col.asc(), id_col.asc())


def _beyond(sort: SortKey, id_col: InstrumentedAttribute[int]) -> ColumnElement[bool]:
    """After the cursor's row: its value and id are the parameters ``after_value`` and
    ``after_id``."""
    col = sort.column
    v = bindparam("after_value", type_=col.type)
    i = bindparam("after_id", type_=id_col.type)
    if sort.descending:
        return and_(col <= v, or_(col < v, id_col < i))
    return and_(col >= v, or_(col > v, id_col > i))


def _nulls_last(
    db: Session,
    stmt: Select,
    sort: SortKey,
    id_col: InstrumentedAttribute[int],
    after: Cursor | None,
    limit: int,
    bound: dict[str, Any],
) -> list[Any]:
    """Rows with a value in ``sort`` order, then the rows without one by id, whichever the
    direction. Two plain queries rather than ``NULLS LAST``: each walks an index on
    (column, id) on both backends (PostgreSQL cannot scan one backwards as ``DESC NULLS
    LAST``, SQLite not at all), and the second runs only when the first runs out."""
    col = sort.column
    rows: list[Any] = []
    if after is None or after.value is not None:
        head = stmt.where(col.is_not(None))
        if after is not None:
            head = head.where(_beyond(sort, id_col))
        rows = list(db.execute(head.order_by(*_order(sort, id_col)).limit(limit + 1), bound).all())
    if len(rows) <= limit:
        tail = stmt.where(col.is_(None))
        if after is not None and after.value is None:
            tail = tail.where(id_col < after.id if sort.descending else id_col > after.id)
        by_id = id_col.desc() if sort.descending else id_col.asc()
        rows += db.execute(tail.order_by(by_id).limit(limit + 1 - len(rows)), bound).all()
    return rows
