"""Throw-away databases: a SQLite file, or a fresh PostgreSQL database on 127.0.0.1:5432."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

PG_HOST = os.environ.get("PC_TEST_PG_HOST", "127.0.0.1")
PG_PORT = int(os.environ.get("PC_TEST_PG_PORT", "5432"))
PG_USER = os.environ.get("PC_TEST_PG_USER", "postgres")

_pg_reason: str | None = None
_pg_checked = False


def postgres_unavailable() -> str | None:
    """Why PostgreSQL tests cannot run here, or None when a server answers."""
    global _pg_checked, _pg_reason
    if not _pg_checked:
        _pg_checked = True
        try:
            with psycopg.connect(
                host=PG_HOST, port=PG_PORT, user=PG_USER, dbname="postgres", connect_timeout=3
            ):
                pass
        except Exception as exc:
            _pg_reason = f"PostgreSQL at {PG_HOST}:{PG_PORT} (user {PG_USER}) not reachable: {exc}"
    return _pg_reason


@contextmanager
def temporary_database(backend: str, folder: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{folder / f'db-{uuid.uuid4().hex[:8]}.sqlite3'}"
        return
    name = f"pc_test_{uuid.uuid4().hex[:12]}"
    admin = dict(host=PG_HOST, port=PG_PORT, user=PG_USER, dbname="postgres", autocommit=True)
    with psycopg.connect(**admin) as conn:  # type: ignore[arg-type]
        conn.execute(f'CREATE DATABASE "{name}"')
        # A throw-away database need not wait for the disk at each commit; nothing here
        # tests durability (here a commit waited about 2 ms for the disk, 0.1 ms without).
        conn.execute(f'ALTER DATABASE "{name}" SET synchronous_commit TO off')
    try:
        yield f"postgresql+psycopg://{PG_USER}@{PG_HOST}:{PG_PORT}/{name}"
    finally:
        with psycopg.connect(**admin) as conn:  # type: ignore[arg-type]
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
