"""Engines and sessions: SQLite in WAL mode by default, PostgreSQL through psycopg.

SQLite lets many readers run beside one writer, but a transaction that reads and then
writes can fail at once with "database is locked" when another writer got in between.
So writing requests take the write lock up front (``BEGIN IMMEDIATE`` on a second engine)
and wait for it, while reads stay concurrent.

Writers of one process queue on a Python lock before ``BEGIN IMMEDIATE``: SQLite's own
busy handler polls with sleeps of up to 100 ms, so under load a waiting writer slept long
after the lock was free (create-request p95 400 ms with 8 clients); the Python lock hands
over the moment the holder commits. Other processes on the same file still meet the busy
handler.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from server.clock import INFO_KEY, SYSTEM, Clock


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


# How long a writer queues in-process before it goes to SQLite's busy handler anyway (the
# same as the busy timeout), so a lock lost with a broken connection cannot stop writes.
_WRITER_QUEUE_TIMEOUT = 30.0


def _sqlite_engine(url: str, *, immediate: bool, clock: Clock) -> Engine:
    engine = create_engine(
        url,
        execution_options={INFO_KEY: clock},
        connect_args={"check_same_thread": False, "timeout": 30},
        pool_size=10,
        max_overflow=20,
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy issues BEGIN itself (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    if not immediate:

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            # Straight to the driver: through SQLAlchemy's execution the statement cost
            # more CPU than the transaction's own query, on every request.
            conn.connection.dbapi_connection.execute("BEGIN")

        return engine

    writer = threading.Lock()  # released by whichever thread ends the transaction
    holding = "pc_holds_writer_lock"

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn: Any) -> None:
        conn.info[holding] = writer.acquire(timeout=_WRITER_QUEUE_TIMEOUT)
        try:
            conn.connection.dbapi_connection.execute("BEGIN IMMEDIATE")
        except BaseException:
            _release(conn)
            raise

    def _release(conn: Any) -> None:
        if conn.info.pop(holding, False):
            writer.release()

    # These events fire before SQLAlchemy ends the transaction; end it here first (its
    # own commit or rollback is then a no-op), so the next writer never meets the lock.
    @event.listens_for(engine, "commit")
    def _commit(conn: Any) -> None:
        try:
            conn.connection.dbapi_connection.commit()
        finally:
            _release(conn)

    @event.listens_for(engine, "rollback")
    def _rollback(conn: Any) -> None:
        try:
            conn.connection.dbapi_connection.rollback()
        finally:
            _release(conn)

    return engine


def _use_wal(url: str) -> None:
    """Switch the file to WAL once, before any pool exists: the mode is stored in the file,
    and switching needs the database to itself, which a busy pool would not allow."""
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": 30})
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    engine.dispose()


# A pooled PostgreSQL connection is checked with a round trip only when it sat idle this
# long (seconds). Checking every checkout (SQLAlchemy's ``pool_pre_ping``) cost about 0.2 ms
# of CPU per transaction. A connection that broke sooner (PostgreSQL restarted) fails its
# request with 503 and Retry-After (``server/errors.py``), and SQLAlchemy then replaces
# every connection the pool holds.
PING_AFTER_IDLE = 10.0
_IDLE_SINCE = "pc_idle_since"


def _ping_when_idle(engine: Engine) -> None:
    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_conn: Any, record: Any) -> None:
        record.info[_IDLE_SINCE] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get(_IDLE_SINCE)
        if since is None or time.monotonic() - since < PING_AFTER_IDLE:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_conn)
        except Exception:
            alive = False
        if not alive:  # the pool drops it and checks out another (SQLAlchemy's recipe)
            raise DisconnectionError("an idle connection was lost")


@dataclass
class Database:
    url: str
    reader: sessionmaker[Session]
    writer: sessionmaker[Session]
    engines: tuple[Engine, ...]
    clock: Clock = SYSTEM

    @classmethod
    def connect(cls, url: str, *, clock: Clock = SYSTEM) -> Database:
        """Engines and sessions that carry ``clock`` (see ``server/clock.py``)."""
        if is_sqlite(url):
            _use_wal(url)
            read = _sqlite_engine(url, immediate=False, clock=clock)
            write = _sqlite_engine(url, immediate=True, clock=clock)
            return cls(url, _factory(read, clock), _factory(write, clock), (read, write), clock)
        engine = create_engine(
            url,
            pool_size=20,
            max_overflow=20,
            execution_options={INFO_KEY: clock},
        )
        _ping_when_idle(engine)
        factory = _factory(engine, clock)
        return cls(url, factory, factory, (engine,), clock)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.writer() as db, db.begin():
            yield db

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.reader() as db, db.begin():
            yield db

    def dispose(self) -> None:
        for engine in self.engines:
            engine.dispose()


def _factory(engine: Engine, clock: Clock) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False, info={INFO_KEY: clock})
