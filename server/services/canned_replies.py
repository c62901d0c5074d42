"""Canned replies (H5): answers the helpdesk gives often, kept by the service so every
staff member has the same ones. ``{name}`` and ``{number}`` in a body are filled in by the
client with the customer's name and the request number when inserted."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.db.models import CannedReply, User
from server.errors import not_found


def all_replies(db: Session) -> list[CannedReply]:
    return list(db.scalars(select(CannedReply).order_by(CannedReply.title, CannedReply.id)))


def add(db: Session, *, title: str, body: str, by: User) -> CannedReply:
    reply = CannedReply(title=title.strip(), body=body, updated_by=by.id, updated_at=clock.now(db))
    db.add(reply)
    db.flush()
    return reply


def edit(db: Session, *, reply_id: int, title: str, body: str, by: User) -> CannedReply:
    reply = db.get(CannedReply, reply_id)
    if reply is None:
        raise not_found("canned reply")
    reply.title, reply.body = title.strip(), body
    reply.updated_by, reply.updated_at = by.id, clock.now(db)
    return reply


def remove(db: Session, *, reply_id: int) -> None:
    reply = db.get(CannedReply, reply_id)
    if reply is None:
        raise not_found("canned reply")
    db.delete(reply)
