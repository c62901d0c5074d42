"""Support and Virus Lab requests as their customer sees them (W1–W8, V1–V4, R1–R3, R5)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, cast

from fastapi import APIRouter, Header, Query, Response
from sqlalchemy.orm import Session

from server.api import answers
from server.api.deps import CurrentUser, Db, MaybeUser, State
from server.api.params import Filter, RequestId
from server.api.request_fields import attachment_meta, detail_fields, summary_fields
from server.db.models import Attachment, Message, SupportRequest
from server.errors import Problem, render
from server.schemas.attachments import AttachmentMeta
from server.schemas.messages import MessageCreate, MessageOut, Sender
from server.schemas.requests import (
    MyRequestSummary,
    Rating,
    RequestDetail,
    RequestPage,
    RequestSummary,
    SupportCreate,
    ViruslabCreate,
)
from server.services import (
    messages,
    pagination,
    request_facets,
    request_reads,
    request_sorts,
    support_requests,
)
from server.services.support_requests import Filer

router = APIRouter(prefix="/api/v1/requests", tags=["requests"])


def _detail(db: Session, state: State, request: SupportRequest) -> RequestDetail:
    view = support_requests.view(db, request=request, staff=False)
    return RequestDetail(
        **detail_fields(view, state),
        attachments=[AttachmentMeta(**attachment_meta(a)) for a in view.attachments],
    )


def _message_out(message: Message, files: list[Attachment]) -> MessageOut:
    return MessageOut(
        id=message.id,
        sender=cast(Sender, message.sender),  # the column holds only these
        body=message.body,
        created_at=message.created_at,
        attachments=[AttachmentMeta(**attachment_meta(a)) for a in files],
    )


def _file(db: Session, create: Callable[[], SupportRequest]) -> Any:
    """Create, keeping a wrongly answered captcha spent: that refusal is answered without
    raising, so the transaction (holding only the spent captcha) commits."""
    try:
        request = create()
    except Problem as exc:
        if exc.code != "captcha_invalid":
            raise
        return render(exc)
    summary = RequestSummary(**summary_fields(request, support_requests.product_name(db, request)))
    return answers.built(summary, 201)


AnonToken = Annotated[
    str | None,
    Header(
        alias="X-Anonymous-Token",
        max_length=200,
        description="Anonymous callers: the token their uploads were made with",
    ),
]

# -- routes ----------------------------------------------------------------------------------


@router.post("/support", response_model=RequestSummary, status_code=201)
def create_support(
    body: SupportCreate, state: State, db: Db, user: MaybeUser, anon_token: AnonToken = None
) -> Any:
    filer = Filer(user, anon_token, body.captcha_id, body.captcha_answer)
    return _file(
        db,
        lambda: support_requests.create_support(
            db,
            settings=state.settings,
            mailer=state.mailer,
            filer=filer,
            type_code=body.type,
            product_id=body.product_id,
            product_version=body.product_version,
            os=body.os,
            description=body.description,
            email=str(body.email) if body.email else None,
            country=body.country,
            city=body.city,
            company=body.company,
            attachment_ids=body.attachment_ids,
            sysinfo_attachment_id=body.sysinfo_attachment_id,
            trail=body.trail,
            follow_up_of=body.follow_up_of,
        ),
    )


@router.post("/viruslab", response_model=RequestSummary, status_code=201)
def create_viruslab(
    body: ViruslabCreate, state: State, db: Db, user: MaybeUser, anon_token: AnonToken = None
) -> Any:
    filer = Filer(user, anon_token, body.captcha_id, body.captcha_answer)
    return _file(
        db,
        lambda: support_requests.create_viruslab(
            db,
            settings=state.settings,
            mailer=state.mailer,
            filer=filer,
            type_code=body.type,
            description=body.description,
            product_id=body.product_id,
            product_version=body.product_version,
            last_db_update=body.last_db_update,
            email=str(body.email) if body.email else None,
            sample_attachment_ids=body.sample_attachment_ids,
            detection_name=body.detection_name,
            samples=[entry.model_dump() for entry in body.samples],
        ),
    )


@router.get("", response_model=RequestPage)
def list_mine(
    user: CurrentUser,
    db: Db,
    status: Filter = None,
    type: Filter = None,
    kind: Filter = None,
    q: Annotated[str, Query(max_length=200, description="Number or words")] = "",
    sort: Annotated[
        request_sorts.SortName,
        Query(
            description="The column to order by, `-` first for descending (newest activity "
            "first by default); ties by id. A cursor is good only for the sort it was made "
            "for: another answers 400 `cursor_sort_mismatch`."
        ),
    ] = "-updated",
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=pagination.MAX_LIMIT)] = pagination.DEFAULT_LIMIT,
) -> Response:
    rows, next_cursor = support_requests.list_mine(
        db,
        user=user,
        statuses=status or (),
        types=type or (),
        kinds=kind or (),
        q=q,
        sort=sort,
        cursor=cursor,
        limit=limit,
    )
    page = RequestPage(
        items=[
            MyRequestSummary(
                **summary_fields(r, name),
                unread=request_reads.is_unread(r),
                has_attachments=has_files,
            )
            for r, name, has_files in rows
        ],
        next_cursor=next_cursor,
        counts=None if cursor else request_facets.counts(db, user_id=user.id),
    )
    return answers.built(page)


@router.get("/{request_id}", response_model=RequestDetail)
def get_one(request_id: RequestId, user: CurrentUser, state: State, db: Db) -> RequestDetail:
    request = support_requests.get_own(db, user=user, request_id=request_id)
    return _detail(db, state, request)


@router.get("/{request_id}/messages", response_model=list[MessageOut])
def list_messages(request_id: RequestId, user: CurrentUser, db: Db) -> list[MessageOut]:
    request = support_requests.get_own(db, user=user, request_id=request_id)
    return [
        _message_out(m, files)
        for m, files in messages.conversation(db, request=request, include_internal=False)
    ]


@router.post("/{request_id}/messages", response_model=MessageOut, status_code=201)
def post_message(
    request_id: RequestId, body: MessageCreate, user: CurrentUser, state: State, db: Db
) -> Response:
    request = support_requests.get_own(db, user=user, request_id=request_id, for_update=True)
    posted = messages.post_customer(
        db,
        settings=state.settings,
        request=request,
        user=user,
        body=body.body,
        attachment_ids=body.attachment_ids,
    )
    return answers.built(_message_out(posted.message, posted.attachments), 201)


@router.post("/{request_id}/read", status_code=204)
def mark_read(request_id: RequestId, user: CurrentUser, db: Db) -> None:
    """The customer opened the request: it is no longer unread (until it changes)."""
    request = support_requests.get_own(db, user=user, request_id=request_id, for_update=True)
    request_reads.mark_read(request)


@router.post("/{request_id}/close", response_model=RequestDetail)
def close(request_id: RequestId, user: CurrentUser, state: State, db: Db) -> RequestDetail:
    request = support_requests.get_own(db, user=user, request_id=request_id, for_update=True)
    support_requests.close(db, settings=state.settings, user=user, request=request)
    request_reads.mark_read(request)
    return _detail(db, state, request)


@router.post("/{request_id}/reopen", response_model=RequestDetail)
def reopen(request_id: RequestId, user: CurrentUser, state: State, db: Db) -> RequestDetail:
    request = support_requests.get_own(db, user=user, request_id=request_id, for_update=True)
    support_requests.reopen(db, settings=state.settings, user=user, request=request)
    request_reads.mark_read(request)
    return _detail(db, state, request)


@router.post("/{request_id}/rate", response_model=RequestDetail)
def rate(
    request_id: RequestId, body: Rating, user: CurrentUser, state: State, db: Db
) -> RequestDetail:
    request = support_requests.get_own(db, user=user, request_id=request_id, for_update=True)
    support_requests.rate(db, user=user, request=request, helped=body.helped, comment=body.comment)
    request_reads.mark_read(request)
    return _detail(db, state, request)
