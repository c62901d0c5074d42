"""Lock-outs with back-off and per-source budgets, counted in the ``throttles`` table.

Two kinds of counter share one row shape:
- a lock-out key counts failures; ``threshold`` failures within the window lock the key for
  ``base * 2**locks`` (capped), so repeated locks back off. Never permanent: every lock ends,
  and the back-off is forgotten after a quiet period as long as the longest lock.
- a budget key counts calls per window; past the budget the caller waits for the window.

A refused call must still count, while the request's own transaction is rolled back on a
refusal; ``committed_even_if_refused`` gives such routes a transaction that is committed
before the refusal is raised.
"""

from __future__ import annotations

import functools
import hashlib
import math
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import bindparam, case, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ReturningInsert

from server import clock
from server.config import Settings
from server.db.models import Throttle
from server.db.session import Database
from server.errors import Problem


@contextmanager
def committed_even_if_refused(database: Database) -> Iterator[Session]:
    """A write transaction whose work is kept when the body raises a ``Problem``.

    Only for code that writes nothing but counters (failures, spent captchas, attempts)
    before it may refuse.
    """
    refused: Problem | None = None
    with database.write() as db:
        try:
            yield db
        except Problem as exc:
            refused = exc
    if refused is not None:
        raise refused


def _seconds(delta: timedelta) -> int:
    return max(1, math.ceil(delta.total_seconds()))


def login_key(login: str) -> str:
    """A key for a login that names no account, so unknown logins lock like known ones."""
    return "signin:login:" + hashlib.sha256(login.strip().lower().encode()).hexdigest()[:40]


def _row(db: Session, key: str) -> Throttle:
    """The key's row, created when missing and locked for this transaction: one upsert
    that returns the row (its no-op update takes the row lock), instead of an insert and
    a locking select."""
    values = {"key": key, "count": 0, "window_start": clock.now(db), "locks": 0}
    dialect = db.get_bind().dialect.name
    if dialect in ("postgresql", "sqlite"):
        insert = (postgresql if dialect == "postgresql" else sqlite).insert
        stmt = insert(Throttle).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=[Throttle.key], set_={"key": stmt.excluded.key}
        ).returning(Throttle)
        found = db.scalar(stmt, execution_options={"populate_existing": True})
        assert found is not None
        return found
    if db.get(Throttle, key) is None:
        db.add(Throttle(**values))
        db.flush()
    row = db.scalar(
        select(Throttle)
        .where(Throttle.key == key)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    assert row is not None
    return row


def locked_for(db: Session, *, key: str) -> int:
    """Seconds until the key's lock ends; 0 when it is not locked."""
    until = db.scalar(select(Throttle.locked_until).where(Throttle.key == key))
    now = clock.now(db)
    if until is None or until <= now:
        return 0
    return _seconds(until - now)


def fail(
    db: Session,
    *,
    key: str,
    threshold: int,
    base: timedelta,
    cap: timedelta,
    window: timedelta,
) -> int:
    """Count a failure; the seconds of the lock it starts, or 0."""
    now = clock.now(db)
    row = _row(db, key)
    if row.locked_until is not None and now - row.locked_until >= cap:
        row.locks = 0  # a quiet period as long as the longest lock forgets the back-off
    if now - row.window_start >= window:
        row.count, row.window_start = 0, now
    row.count += 1
    if row.count < max(1, threshold):
        return 0
    duration = min(base * (2 ** min(row.locks, 30)), cap)
    row.locked_until = now + duration
    row.locks += 1
    row.count, row.window_start = 0, now
    return _seconds(duration)


def clear(db: Session, *, key: str) -> None:
    db.execute(delete(Throttle).where(Throttle.key == key))


def spend(db: Session, *, key: str, budget: int, window: timedelta) -> int:
    """Count one call against the budget; 0 when allowed, else seconds until the next window."""
    return spend_all(db, budgets=[(key, budget)], window=window)


def count(db: Session, *, key: str, window: timedelta) -> int:
    """Count one event; how many the key has seen in its current window."""
    now = clock.now(db)
    row = _row(db, key)
    if now - row.window_start >= window:
        row.count, row.window_start = 0, now
    row.count += 1
    return row.count


def spend_all(db: Session, *, budgets: list[tuple[str, int]], window: timedelta) -> int:
    """Count one call against every ``(key, budget)``, or against none: 0 when all allow
    it, else the seconds until the first refusing budget's next window.

    An upsert per key (PostgreSQL's or SQLite's, the two the service runs on) counts it
    and returns the count, its row locked until the commit; a refusal then takes the
    counts back. That is one statement where reading, checking and writing each row took
    three; mailing a confirmation spends two budgets.
    """
    now = clock.now(db)
    upsert = _upsert(db.get_bind().dialect.name)
    counted = []
    # In key order, so two callers spending the same keys lock them in the same order.
    for key, budget in sorted(budgets):
        n, start = db.execute(upsert, {"key": key, "now": now, "horizon": now - window}).one()
        counted.append((budget, n, start))
    for budget, n, start in counted:
        if n > budget:
            db.execute(
                update(Throttle)
                .where(Throttle.key.in_([k for k, _ in budgets]))
                .values(count=Throttle.count - 1),
                execution_options={"synchronize_session": False},
            )
            return _seconds(start + window - now)
    return 0


@functools.cache
def _upsert(dialect: str) -> ReturningInsert[int, datetime]:
    """Built once with named parameters, so SQLAlchemy compiles it once."""
    table = Throttle.__table__
    stamp = table.c.window_start.type
    insert = (postgresql if dialect == "postgresql" else sqlite).insert
    stmt = insert(table).values(
        key=bindparam("key"), count=1, window_start=bindparam("now", type_=stamp), locks=0
    )
    over = table.c.window_start <= bindparam("horizon", type_=stamp)
    return stmt.on_conflict_do_update(
        index_elements=[table.c.key],
        set_={
            "count": case((over, 1), else_=table.c.count + 1),
            "window_start": case((over, bindparam("now", type_=stamp)), else_=table.c.window_start),
        },
    ).returning(table.c.count, table.c.window_start)


def recent(db: Session, *, key: str, window: timedelta) -> int:
    """How many events the key has seen in its current window (nothing is counted)."""
    row = db.scalar(select(Throttle).where(Throttle.key == key))
    if row is None or clock.now(db) - row.window_start >= window:
        return 0
    return row.count


def too_many(code: str, detail: str, seconds: int) -> Problem:
    """``detail`` may name ``{seconds}``."""
    return Problem(
        429,
        code,
        detail,
        headers={"Retry-After": str(seconds)},
        extra={"retry_after": seconds},
        params={"seconds": seconds},
    )


def spend_source_budget(db: Session, *, settings: Settings, action: str, source: str) -> None:
    """Registration, resets, resends and reminders: ``source_budget`` per source per window."""
    wait = spend(
        db,
        key=f"{action}:src:{source}",
        budget=settings.source_budget,
        window=settings.source_window,
    )
    if wait:
        raise too_many(
            "too_many_requests",
            "Too many requests from your network; try again in {seconds} seconds.",
            wait,
        )


def forget_stale(db: Session, *, settings: Settings) -> int:
    """Drop rows whose window and lock are long over; they would count nothing any more."""
    horizon = clock.now(db) - max(settings.source_window, settings.lockout_max) * 2
    result = db.execute(
        delete(Throttle).where(
            Throttle.window_start < horizon,
            (Throttle.locked_until.is_(None)) | (Throttle.locked_until < horizon),
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)
