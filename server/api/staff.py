"""The helpdesk's routes (H1–H2): the queue, assignment, replies and notes, status moves.

For customers these routes do not exist (404), like any object that is not theirs.
"""

from __future__ import annotations

from typing import Annotated, cast

from fastapi import APIRouter, Query, Response
from sqlalchemy.orm import Session

from server.api.deps import Db, Staff, State
from server.api.params import Filter, RequestId
from server.api.request_fields import attachment_meta, detail_fields, summary_fields
from server.db.models import Attachment, CannedReply, Message, SupportRequest, User
from server.schemas.common import MAX_ID
from server.schemas.messages import Sender
from server.schemas.staff import (
    Assignment,
    CannedReplyIn,
    CannedReplyOut,
    EarlierReport,
    Member,
    PresenceNote,
    Present,
    PriorityMove,
    QueueItem,
    QueuePage,
    Requester,
    StaffAttachment,
    StaffMessage,
    StaffReply,
    StaffRequestDetail,
    StatusMove,
)
from server.services import (
    canned_replies,
    earlier_reports,
    messages,
    pagination,
    presence,
    staff_queue,
    staff_reads,
    staff_sorts,
    support_requests,
)
from server.services.request_states import allowed_moves

router = APIRouter(prefix="/api/v1/staff", tags=["staff"])


def _staff_attachment(att: Attachment) -> StaffAttachment:
    return StaffAttachment(**attachment_meta(att), internal=att.internal)


def _staff_message(message: Message, files: list[Attachment]) -> StaffMessage:
    return StaffMessage(
        id=message.id,
        sender=cast(Sender, message.sender),  # the column holds only these
        author_id=message.author_id,
        internal=message.internal,
        body=message.body,
        created_at=message.created_at,
        attachments=[_staff_attachment(a) for a in files],
    )


def _detail(
    db: Session, state: State, request: SupportRequest, staff: User, unread: bool | None = None
) -> StaffRequestDetail:
    """``unread``: as the caller just made it, else read from the database."""
    view = support_requests.view(db, request=request, staff=True)
    owner = db.get(User, request.owner_id) if request.owner_id else None
    conversation = messages.conversation(db, request=request, include_internal=True)
    earlier = earlier_reports.earlier_report(db, request) if request.sysinfo_attachment_id else None
    return StaffRequestDetail(
        **detail_fields(view, state),
        priority=request.priority,
        assignee_id=request.assignee_id,
        owner=Requester(
            id=owner.id, customer_id=owner.customer_id, email=owner.email, name=owner.name
        )
        if owner
        else None,
        trail=request.trail,
        attachments=[_staff_attachment(a) for a in view.attachments],
        messages=[_staff_message(m, files) for m, files in conversation],
        allowed_statuses=allowed_moves(request.kind, request.status, "staff"),
        due_at=staff_queue.due_at(request, state.settings.response_time),
        earlier_report=EarlierReport(
            request_id=earlier.id,
            number=earlier.number,
            created_at=earlier.created_at,
            attachment_id=earlier.sysinfo_attachment_id,
        )
        if earlier is not None and earlier.sysinfo_attachment_id is not None
        else None,
        unread=staff_reads.is_unread(db, request=request, staff=staff)
        if unread is None
        else unread,
    )


@router.get("/requests", response_model=QueuePage)
def queue(
    staff: Staff,
    state: State,
    db: Db,
    view: Annotated[
        staff_queue.ViewName,
        Query(description="A saved view: all, mine, unassigned (and open), waiting, overdue"),
    ] = "all",
    sort: Annotated[
        staff_sorts.SortName,
        Query(
            description="A column, `-` first for descending (newest activity first by "
            "default); ties by id. `priority` ranks low < normal < high; `assignee` by the "
            "staff member's name (else e-mail), unassigned as empty; `response` by the "
            "moment the answer is due, requests nobody waits on last in either direction."
        ),
    ] = "-updated",
    status: Filter = None,
    type: Filter = None,
    kind: Filter = None,
    product_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    priority: Annotated[str | None, Query(max_length=8)] = None,
    assignee_id: Annotated[
        str | None, Query(max_length=20, description="'me', 'none' or a staff id")
    ] = None,
    q: Annotated[str, Query(max_length=200)] = "",
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=pagination.MAX_LIMIT)] = pagination.DEFAULT_LIMIT,
) -> QueuePage:
    rows, next_cursor = staff_queue.queue(
        db,
        staff=staff,
        statuses=status or (),
        types=type or (),
        kinds=kind or (),
        product_id=product_id,
        priority=priority,
        assignee=assignee_id,
        q=q,
        view=view,
        response_time=state.settings.response_time,
        sort=sort,
        cursor=cursor,
        limit=limit,
    )
    response_time = state.settings.response_time
    return QueuePage(
        items=[
            QueueItem(
                **summary_fields(r, name),
                priority=r.priority,
                assignee_id=r.assignee_id,
                owner_id=r.owner_id,
                email=r.email,
                due_at=staff_queue.due_at(r, response_time),
                unread=unread,
            )
            for r, name, unread in rows
        ],
        next_cursor=next_cursor,
    )


@router.get("/requests/{request_id}", response_model=StaffRequestDetail)
def get_one(
    request_id: RequestId,
    staff: Staff,
    state: State,
    db: Db,
    mark_read: Annotated[
        bool,
        Query(
            description="Opening the request reads it for the caller (no longer bold in "
            "their queue); false fetches it without, e.g. to refresh a queue line."
        ),
    ] = True,
) -> StaffRequestDetail:
    request = staff_queue.get_any(db, request_id=request_id)
    if mark_read:
        with state.db.write() as writing:  # this GET's own session only reads
            staff_reads.mark_read(writing, request=request, staff=staff)
    return _detail(db, state, request, staff, unread=False if mark_read else None)


@router.post("/requests/{request_id}/assign", response_model=StaffRequestDetail)
def assign(
    request_id: RequestId, body: Assignment, staff: Staff, state: State, db: Db
) -> StaffRequestDetail:
    request = staff_queue.get_any(db, request_id=request_id, for_update=True)
    staff_queue.assign(db, request=request, assignee_id=body.assignee_id, by=staff)
    return _detail(db, state, request, staff)


@router.post("/requests/{request_id}/messages", response_model=StaffMessage, status_code=201)
def post_message(
    request_id: RequestId, body: StaffReply, staff: Staff, state: State, db: Db
) -> StaffMessage:
    request = staff_queue.get_any(db, request_id=request_id, for_update=True)
    posted = messages.post_staff(
        db,
        settings=state.settings,
        mailer=state.mailer,
        request=request,
        staff=staff,
        body=body.body,
        internal=body.internal,
        attachment_ids=body.attachment_ids,
    )
    return _staff_message(posted.message, posted.attachments)


@router.post("/requests/{request_id}/status", response_model=StaffRequestDetail)
def change_status(
    request_id: RequestId, body: StatusMove, staff: Staff, state: State, db: Db
) -> StaffRequestDetail:
    request = staff_queue.get_any(db, request_id=request_id, for_update=True)
    staff_queue.change_status(
        db, settings=state.settings, request=request, staff=staff, to=body.status
    )
    return _detail(db, state, request, staff)


@router.get("/members", response_model=list[Member])
def members(staff: Staff, db: Db) -> list[Member]:
    return [
        Member(id=u.id, name=u.name, email=u.email, customer_id=u.customer_id)
        for u in staff_queue.members(db)
    ]


@router.post("/requests/{request_id}/priority", response_model=StaffRequestDetail)
def change_priority(
    request_id: RequestId, body: PriorityMove, staff: Staff, state: State, db: Db
) -> StaffRequestDetail:
    request = staff_queue.get_any(db, request_id=request_id, for_update=True)
    staff_queue.set_priority(db, request=request, priority=body.priority, by=staff)
    return _detail(db, state, request, staff)


def _present(db: Session, request: SupportRequest, staff: User) -> list[Present]:
    return [
        Present(id=u.id, name=u.name, email=u.email, typing=typing)
        for u, typing in presence.others(db, request=request, me=staff)
    ]


@router.put("/requests/{request_id}/presence", response_model=list[Present])
def note_presence(
    request_id: RequestId, body: PresenceNote, staff: Staff, state: State, db: Db
) -> list[Present]:
    """I have the request open (renew every few seconds); answers who else has."""
    request = staff_queue.get_any(db, request_id=request_id)
    presence.here(
        db, request=request, me=staff, typing=body.typing, ttl=state.settings.presence_ttl
    )
    return _present(db, request, staff)


@router.delete("/requests/{request_id}/presence", status_code=204)
def leave(request_id: RequestId, staff: Staff, db: Db) -> Response:
    presence.gone(db, request=staff_queue.get_any(db, request_id=request_id), me=staff)
    return Response(status_code=204)


def _canned(reply: CannedReply) -> CannedReplyOut:
    return CannedReplyOut(
        id=reply.id, title=reply.title, body=reply.body, updated_at=reply.updated_at
    )


@router.get("/canned-replies", response_model=list[CannedReplyOut])
def list_canned(staff: Staff, db: Db) -> list[CannedReplyOut]:
    return [_canned(r) for r in canned_replies.all_replies(db)]


@router.post("/canned-replies", response_model=CannedReplyOut, status_code=201)
def add_canned(body: CannedReplyIn, staff: Staff, db: Db) -> CannedReplyOut:
    return _canned(canned_replies.add(db, title=body.title, body=body.body, by=staff))


@router.put("/canned-replies/{reply_id}", response_model=CannedReplyOut)
def edit_canned(reply_id: RequestId, body: CannedReplyIn, staff: Staff, db: Db) -> CannedReplyOut:
    return _canned(
        canned_replies.edit(db, reply_id=reply_id, title=body.title, body=body.body, by=staff)
    )


@router.delete("/canned-replies/{reply_id}", status_code=204)
def remove_canned(reply_id: RequestId, staff: Staff, db: Db) -> Response:
    canned_replies.remove(db, reply_id=reply_id)
    return Response(status_code=204)
