"""A request's conversation: customer replies, staff replies and staff-only internal notes.

A customer's reply may move the request (waiting_for_customer → open; resolved → open
within the reopen window). Internal notes never reach the customer: not in the list, not
in the count, not in the event stream, and they leave the customer's "last update" alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.config import Settings
from server.db.models import Attachment, Message, SupportRequest, User
from server.errors import Problem
from server.i18n import N_
from server.services import attachments, events, notifications, request_reads
from server.services.mail import Mailer
from server.services.request_states import move

# Customer reply in these statuses moves the request back to the experts.
_REPLY_REOPENS = {"waiting_for_customer": "open", "resolved": "open"}


@dataclass(frozen=True)
class Posted:
    message: Message
    attachments: list[Attachment]


def conversation(
    db: Session, *, request: SupportRequest, include_internal: bool
) -> list[tuple[Message, list[Attachment]]]:
    """The messages oldest first, each with its files."""
    stmt = select(Message).where(Message.request_id == request.id)
    if not include_internal:
        stmt = stmt.where(Message.internal.is_(False))
    messages = list(db.scalars(stmt.order_by(Message.created_at, Message.id)))
    files: dict[int, list[Attachment]] = {m.id: [] for m in messages}
    if messages:
        for att in db.scalars(
            select(Attachment).where(Attachment.message_id.in_(list(files))).order_by(Attachment.id)
        ):
            if att.message_id is not None and (include_internal or not att.internal):
                files[att.message_id].append(att)
    return [(m, files[m.id]) for m in messages]


def _closed(request: SupportRequest) -> Problem:
    return Problem(
        409,
        "request_closed",
        "Request {number} is closed; file a new request and quote its number.",
        params={"number": request.number},
    )


def _add(
    db: Session,
    *,
    request: SupportRequest,
    author: User,
    sender: str,
    body: str,
    internal: bool,
    attachment_ids: Sequence[int],
) -> Posted:
    if not body.strip():
        raise Problem(
            422,
            "validation_error",
            "Some fields are not valid.",
            errors={"body": N_("Write a message.")},
        )
    now = clock.now(db)
    message = Message(
        request_id=request.id,
        author_id=author.id,
        sender=sender,
        internal=internal,
        body=body.strip(),
        created_at=now,
    )
    db.add(message)
    db.flush()
    files = attachments.claim(
        db,
        attachment_ids=attachment_ids,
        owner_id=author.id,
        anon_owner=None,
        request_id=request.id,
        message_id=message.id,
    )
    for att in files:
        att.internal = internal
    if not internal:
        request.updated_at = now
    if not internal:
        # Who the request waits for: staff after a customer's word, the customer after ours.
        if sender == "customer" and request.awaiting_since is None:
            request.awaiting_since = message.created_at
        elif sender == "staff":
            request.awaiting_since = None
    if sender == "customer":
        request.customer_active_at = now  # news for every staff member until they open it
        # Their own word is nothing new to the customer; set here, before the event's
        # flush, so the request is written once.
        request_reads.mark_read(request)
    events.emit(
        db,
        kind="request.message",
        request=request,
        payload={"message_id": message.id, "sender": sender, "internal": internal},
        internal=internal,
    )
    return Posted(message, files)


def post_customer(
    db: Session,
    *,
    settings: Settings,
    request: SupportRequest,
    user: User,
    body: str,
    attachment_ids: Sequence[int],
) -> Posted:
    if request.status == "closed":
        raise _closed(request)
    to = _REPLY_REOPENS.get(request.status) if request.kind == "support" else None
    if to is not None:
        # First, so a reply past the reopen window is refused before anything is written.
        move(
            db,
            request=request,
            to=to,
            actor="customer",
            by_user_id=user.id,
            reopen_window=settings.reopen_window,
        )
    return _add(
        db,
        request=request,
        author=user,
        sender="customer",
        body=body,
        internal=False,
        attachment_ids=attachment_ids,
    )


def post_staff(
    db: Session,
    *,
    settings: Settings,
    mailer: Mailer,
    request: SupportRequest,
    staff: User,
    body: str,
    internal: bool,
    attachment_ids: Sequence[int],
) -> Posted:
    """A public reply is mailed to the requester (the only channel for anonymous ones)."""
    if request.status == "closed" and not internal:
        raise _closed(request)
    posted = _add(
        db,
        request=request,
        author=staff,
        sender="staff",
        body=body,
        internal=internal,
        attachment_ids=attachment_ids,
    )
    if not internal:
        notifications.staff_replied(
            db, settings=settings, mailer=mailer, request=request, message=posted.message
        )
    return posted
