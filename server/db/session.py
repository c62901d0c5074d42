"""Engines and sessions: SQLite in WAL mode by default, PostgreSQL through psycopg.

SQLite lets many readers run beside one writer, but a transaction that reads and then
writes can fail at once with "database is locked" when another writer got in between.
So writing requests take the write lock up front (``BEGIN IMMEDIATE`` on a second engine)
and wait for it, while reads stay concurrent.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from server.clock import INFO_KEY, SYSTEM, Clock


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


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

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _use_wal(url: str) -> None:
    """Switch the file to WAL once, before any pool exists: the mode is stored in the file,
    and switching needs the database to itself, which a busy pool would not allow."""
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": 30})
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    engine.dispose()


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
            pool_pre_ping=True,
            execution_options={INFO_KEY: clock},
        )
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
