"""Keyset (cursor) paging on (updated_at desc, id desc).

Offsets get slower with every page and skip or repeat rows when rows move; a keyset cursor
seeks straight into the index and stays stable while requests are updated. The cursor is
opaque to clients: url-safe base64 of the last row's key.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, or_
from sqlalchemy.orm import InstrumentedAttribute, Session

from server.errors import Problem

DEFAULT_LIMIT = 20
MAX_LIMIT = 100


@dataclass(frozen=True)
class Cursor:
    updated_at: datetime
    id: int


def encode(updated_at: datetime, row_id: int) -> str:
    raw = json.dumps({"u": updated_at.isoformat(), "i": row_id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).rstrip(b"=").decode()


def decode(cursor: str | None) -> Cursor | None:
    """The position a client sent back; a cursor we did not make answers 422."""
    if not cursor:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        when = datetime.fromisoformat(data["u"])
        row_id = int(data["i"])
        if when.tzinfo is None or not 0 < row_id < 2**63:
            raise ValueError("not a position")
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise Problem(
            422,
            "invalid_cursor",
            "The paging cursor is not valid; start again from the first page.",
            errors={"cursor": "Not a cursor from this service."},
        ) from None
    return Cursor(when, row_id)


def page(
    db: Session,
    stmt: Select,
    *,
    updated_col: InstrumentedAttribute[datetime],
    id_col: InstrumentedAttribute[int],
    cursor: str | None,
    limit: int,
    key: Callable[[Any], tuple[datetime, int]],
) -> tuple[Sequence[Any], str | None]:
    """One page of ``stmt`` newest first, and the cursor of the next page (None at the end).

    ``updated_at <= u AND (updated_at < u OR id < i)`` rather than a row-value comparison:
    both SQLite and PostgreSQL turn the first term into an index seek.
    """
    after = decode(cursor)
    if after is not None:
        stmt = stmt.where(
            and_(
                updated_col <= after.updated_at,
                or_(updated_col < after.updated_at, id_col < after.id),
            )
        )
    limit = max(1, min(limit, MAX_LIMIT))
    rows = db.execute(stmt.order_by(updated_col.desc(), id_col.desc()).limit(limit + 1)).all()
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last_updated, last_id = key(rows[-1])
    return rows, encode(last_updated, last_id)
