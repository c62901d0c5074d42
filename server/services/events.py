"""Append to the event log that the Server-Sent Events stream reads.

Written in the same transaction as the change it reports, so a client never sees an event
for a change that was rolled back. With PostgreSQL a NOTIFY (delivered at commit) wakes the
stream workers; with SQLite they poll.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from server.db.models import Event, SupportRequest

NOTIFY_CHANNEL = "pc_events"


def emit(
    db: Session,
    *,
    kind: str,
    request: SupportRequest,
    payload: dict[str, Any],
    internal: bool = False,
) -> Event:
    event = Event(
        kind=kind,
        request_id=request.id,
        owner_id=request.owner_id,
        internal=internal,
        payload={"request_id": request.id, "number": request.number, **payload},
    )
    db.add(event)
    db.flush()
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text("SELECT pg_notify(:ch, :id)"), {"ch": NOTIFY_CHANNEL, "id": str(event.id)})
    return event
