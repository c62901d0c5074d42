"""Append to the event log that the Server-Sent Events stream reads.

Written in the same transaction as the change it reports, so a client never sees an event
for a change that was rolled back. With PostgreSQL a NOTIFY on ``NOTIFY_CHANNEL``, sent by
the table's insert trigger and delivered at commit, wakes the stream workers; with SQLite
they poll.
"""

from __future__ import annotations

from typing import Any

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
    # Inserted with the transaction's next flush (no flush of its own: nothing needs its id
    # before the commit); on PostgreSQL the insert's trigger sends the NOTIFY.
    db.add(event)
    return event
