"""Short-lived staff presence on a request (H5): "Anna has it open", "Anna is replying".

A staff client renews its presence every few seconds while the request is open; a row not
renewed within ``Settings.presence_ttl`` no longer counts. A change others should hear of
at once (someone arrives, starts or stops writing, leaves) is an internal event, so other
staff clients learn of it from the event stream instead of waiting for their next renewal.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from server import clock
from server.db.models import StaffPresence, SupportRequest, User
from server.services import events


def others(db: Session, *, request: SupportRequest, me: User) -> list[tuple[User, bool]]:
    """The other staff members present, with whether each is writing a reply."""
    now = clock.now(db)
    rows = db.execute(
        select(User, StaffPresence.typing)
        .join(StaffPresence, StaffPresence.user_id == User.id)
        .where(
            StaffPresence.request_id == request.id,
            StaffPresence.user_id != me.id,
            StaffPresence.expires_at > now,
        )
        .order_by(User.name, User.email)
    ).all()
    return [(user, bool(typing)) for user, typing in rows]


def here(db: Session, *, request: SupportRequest, me: User, typing: bool, ttl: timedelta) -> None:
    """Note (or renew) that ``me`` has the request open, writing or not."""
    now = clock.now(db)
    row = db.get(StaffPresence, (request.id, me.id))
    news = row is None or row.expires_at <= now or row.typing != typing
    if row is None:
        db.add(
            StaffPresence(request_id=request.id, user_id=me.id, typing=typing, expires_at=now + ttl)
        )
    else:
        row.typing, row.expires_at = typing, now + ttl
    db.execute(delete(StaffPresence).where(StaffPresence.expires_at <= now - ttl))
    if news:
        _tell(db, request=request, me=me, state="replying" if typing else "viewing")


def gone(db: Session, *, request: SupportRequest, me: User) -> None:
    row = db.get(StaffPresence, (request.id, me.id))
    if row is not None:
        db.delete(row)
        _tell(db, request=request, me=me, state="gone")


def _tell(db: Session, *, request: SupportRequest, me: User, state: str) -> None:
    events.emit(
        db,
        kind="request.presence",
        request=request,
        payload={"user_id": me.id, "name": me.name or me.email, "state": state},
        internal=True,
    )
