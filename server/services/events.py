"""Append to the event log that the Server-Sent Events stream reads.

Written in the same transaction as the change it reports, so a client never sees an event
for a change that was rolled back. With PostgreSQL a NOTIFY on ``NOTIFY_CHANNEL``, sent by
the table's insert trigger and delivered at commit, wakes the stream workers; with SQLite
they poll.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
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
) -> int:
    """Append one event for ``request`` (which is in the database already); its id.

    A plain insert on the transaction's connection, not an object for the unit of work:
    nothing reads an event back in the transaction that writes it, and the unit of work's
    bookkeeping cost more than the statement. On PostgreSQL the insert's trigger sends the
    NOTIFY."""
    result = db.connection().execute(
        _INSERT,
        {
            "kind": kind,
            "request_id": request.id,
            "owner_id": request.owner_id,
            "internal": internal,
            "payload": {"request_id": request.id, "number": request.number, **payload},
        },
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


_INSERT = insert(Event)  # its columns from the parameters given; created_at by default
