"""PostgreSQL LISTEN for the event log: one connection per worker process.

``events.emit`` sends ``NOTIFY pc_events`` in the writer's transaction, so the note
arrives when that transaction commits. This listener only says "look again"; the
hub reads the rows itself, which is why a lost note (while reconnecting) costs at
most one safety poll and never an event.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import psycopg
from sqlalchemy.engine import make_url

from server.services.events import NOTIFY_CHANNEL

log = logging.getLogger(__name__)

# A quiet connection is probed this often, so a dead one is noticed and replaced.
PROBE_EVERY = 30.0
RETRY_FIRST, RETRY_MAX = 0.5, 10.0


def libpq_conninfo(sqlalchemy_url: str) -> str:
    """``postgresql+psycopg://…`` as the plain libpq URL psycopg connects with."""
    url = make_url(sqlalchemy_url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


async def listen(
    sqlalchemy_url: str,
    *,
    on_notify: Callable[[], None],
    on_state: Callable[[bool], None],
) -> None:
    """Call ``on_notify`` for every NOTIFY until cancelled, reconnecting with back-off.

    ``on_state(True)`` is called once LISTEN is in place (the caller should then read
    whatever committed while nobody listened), ``on_state(False)`` when the connection
    is lost.
    """
    conninfo = libpq_conninfo(sqlalchemy_url)
    delay = RETRY_FIRST
    while True:
        try:
            conn = await psycopg.AsyncConnection.connect(conninfo, autocommit=True)
            async with conn:
                await conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                delay = RETRY_FIRST
                on_state(True)
                while True:
                    async for _ in conn.notifies(timeout=PROBE_EVERY):
                        on_notify()
                    await conn.execute("SELECT 1")  # raises on a dead connection
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            on_state(False)
            log.warning("event listener lost PostgreSQL (%s); retrying in %.1fs", exc, delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, RETRY_MAX)
