"""Support and Virus Lab requests as their customer sees them (W1–W8, V1–V4, R1–R3, R5)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Path, Query
from pydantic import BaseModel, BeforeValidator, ConfigDict, EmailStr, Field
from sqlalchemy.orm import Session

from server.api.deps import CurrentUser, Db, MaybeUser, State
from server.db.models import Attachment, Message, StatusChange, SupportRequest
from server.errors import Problem, problem_response
from server.services import (
    messages,
    pagination,
    request_facets,
    request_reads,
    support_requests,
)
from server.services.request_states import reopen_until
from server.services.support_requests import Filer

router = APIRouter(prefix="/api/v1/requests", tags=["requests"])

# -- bodies ----------------------------------------------------------------------------------


def _blank_to_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


# PostgreSQL text cannot hold NUL, and ids are 32-bit: refuse both as input, not fail on them.
NO_NUL = r"^[^\x00]*$"
MAX_ID = 2**31 - 1
DbId = Annotated[int, Field(ge=1, le=MAX_ID)]
RequestId = Annotated[int, Path(ge=1, le=MAX_ID)]
OptionalEmail = Annotated[EmailStr | None, BeforeValidator(_blank_to_none)]
Ids = Annotated[list[DbId], Field(default_factory=list, max_length=50)]


class Strict(BaseModel):
    """Unknown fields (sender, owner, status, priority, internal, …) are refused, not ignored."""

    model_config = ConfigDict(extra="forbid")


class SupportCreate(Strict):
    type: str = Field(
        max_length=40, pattern=NO_NUL, description="Request type code, see the catalog"
    )
    product_id: DbId
    product_version: str = Field(
        "", max_length=40, pattern=r"^(\d+(\.\d+)+)?$", description="Full dotted version"
    )
    os: str = Field("", max_length=200, pattern=NO_NUL)
    description: str = Field(max_length=20_000, pattern=NO_NUL)
    email: OptionalEmail = Field(None, description="Default for accounts: the account's e-mail")
    country: str = Field(max_length=2, pattern=NO_NUL, description="ISO 3166-1 alpha-2")
    city: str = Field("", max_length=200, pattern=NO_NUL)
    company: str = Field("", max_length=200, pattern=NO_NUL)
    attachment_ids: Ids
    sysinfo_attachment_id: DbId | None = None
    trail: dict[str, Any] | None = Field(None, description="The wizard's step trail, kept as sent")
    captcha_id: str | None = Field(
        None, max_length=64, pattern=NO_NUL, description="Anonymous callers only"
    )
    captcha_answer: str | None = Field(None, max_length=32, pattern=NO_NUL)


class ViruslabCreate(Strict):
    type: Literal["malware", "false_positive"]
    description: str = Field(max_length=20_000, pattern=NO_NUL)
    product_id: DbId
    last_db_update: date | None = None
    email: OptionalEmail = None
    sample_attachment_ids: Annotated[list[DbId], Field(min_length=1, max_length=20)]
    captcha_id: str | None = Field(None, max_length=64, pattern=NO_NUL)
    captcha_answer: str | None = Field(None, max_length=32, pattern=NO_NUL)


class MessageCreate(Strict):
    body: str = Field(min_length=1, max_length=20_000, pattern=NO_NUL)
    attachment_ids: Ids


class Rating(Strict):
    helped: bool
    comment: str = Field("", max_length=2_000, pattern=NO_NUL)


# -- answers ---------------------------------------------------------------------------------


class ProductRef(BaseModel):
    id: int
    name: str


class RequestSummary(BaseModel):
    id: int
    number: str
    kind: str
    type: str
    product: ProductRef | None
    status: str
    created_at: datetime
    updated_at: datetime


class MyRequestSummary(RequestSummary):
    unread: bool = Field(description="Changed since the customer last opened it")
    has_attachments: bool = Field(description="Files the customer may see are attached")


class RequestPage(BaseModel):
    items: list[MyRequestSummary]
    next_cursor: str | None
    counts: dict[str, dict[str, int]] | None = Field(
        None,
        description="First page only: all my requests by status, type and kind, and "
        "how many are unread (`unread.all`), whatever the filters",
    )


class AttachmentMeta(BaseModel):
    id: int
    filename: str
    content_type: str
    size: int
    sha256: str
    purpose: str
    message_id: int | None
    created_at: datetime


class StatusEntry(BaseModel):
    from_status: str | None
    to_status: str
    at: datetime


class RequestDetail(RequestSummary):
    product_version: str
    os: str
    description: str
    email: str
    country: str
    city: str
    company: str
    last_db_update: date | None
    sysinfo_attachment_id: int | None
    helped: bool | None
    resolved_at: datetime | None
    closed_at: datetime | None
    reopen_until: datetime | None
    history: list[StatusEntry]
    attachments: list[AttachmentMeta]
    message_count: int


class MessageOut(BaseModel):
    id: int
    sender: str
    body: str
    created_at: datetime
    attachments: list[AttachmentMeta]


# -- conversions, shared with the staff router -------------------------------------------


def summary_fields(request: SupportRequest, product_name: str | None) -> dict[str, Any]:
    product = (
        ProductRef(id=request.product_id, name=product_name)
        if request.product_id is not None and product_name is not None
        else None
    )
    return {
        "id": request.id,
        "number": request.number,
        "kind": request.kind,
        "type": request.type,
        "product": product,
        "status": request.status,
        "created_at": request.created_at,
        "updated_at": request.updated_at,
    }


def attachment_meta(att: Attachment) -> dict[str, Any]:
    return {
        "id": att.id,
        "filename": att.filename,
        "content_type": att.content_type,
        "size": att.size,
        "sha256": att.sha256,
        "purpose": att.purpose,
        "message_id": att.message_id,
        "created_at": att.created_at,
    }


def history_entry(change: StatusChange) -> StatusEntry:
    return StatusEntry(from_status=change.from_status, to_status=change.to_status, at=change.at)


def detail_fields(view: support_requests.RequestView, state: State) -> dict[str, Any]:
    r = view.request
    return {
        **summary_fields(r, view.product_name),
        "product_version": r.product_version,
        "os": r.os,
        "description": r.description,
        "email": r.email,
        "country": r.country,
        "city": r.city,
        "company": r.company,
        "last_db_update": r.last_db_update,
        "sysinfo_attachment_id": r.sysinfo_attachment_id,
        "helped": None if r.rating is None else bool(r.rating),
        "resolved_at": r.resolved_at,
        "closed_at": r.closed_at,
        "reopen_until": reopen_until(r, state.settings.reopen_window),
        "history": [history_entry(c) for c in view.history],
        "message_count": view.message_count,
    }


def _detail(db: Session, state: State, request: SupportRequest) -> RequestDetail:
    view = support_requests.view(db, request=request, staff=False)
    return RequestDetail(
        **detail_fields(view, state),
        attachments=[AttachmentMeta(**attachment_meta(a)) for a in view.attachments],
    )


def _message_out(message: Message, files: list[Attachment]) -> MessageOut:
    return MessageOut(
        id=message.id,
        sender=message.sender,
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
        return problem_response(exc.status, exc.code, exc.detail, exc.errors)
    return RequestSummary(**summary_fields(request, support_requests.product_name(db, request)))


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
            last_db_update=body.last_db_update,
            email=str(body.email) if body.email else None,
            sample_attachment_ids=body.sample_attachment_ids,
        ),
    )


@router.get("", response_model=RequestPage)
def list_mine(
    user: CurrentUser,
    db: Db,
    status: Annotated[list[str] | None, Query(description="Repeat for several")] = None,
    type: Annotated[list[str] | None, Query()] = None,
    kind: Annotated[list[str] | None, Query()] = None,
    q: Annotated[str, Query(max_length=200, description="Number or words")] = "",
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=pagination.MAX_LIMIT)] = pagination.DEFAULT_LIMIT,
) -> RequestPage:
    rows, next_cursor = support_requests.list_mine(
        db,
        user=user,
        statuses=status or (),
        types=type or (),
        kinds=kind or (),
        q=q,
        cursor=cursor,
        limit=limit,
    )
    files = request_facets.with_files(db, [r.id for r, _ in rows])
    return RequestPage(
        items=[
            MyRequestSummary(
                **summary_fields(r, name),
                unread=request_reads.is_unread(r),
                has_attachments=r.id in files,
            )
            for r, name in rows
        ],
        next_cursor=next_cursor,
        counts=None if cursor else request_facets.counts(db, user_id=user.id),
    )


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
) -> MessageOut:
    request = support_requests.get_own(db, user=user, request_id=request_id, for_update=True)
    posted = messages.post_customer(
        db,
        settings=state.settings,
        request=request,
        user=user,
        body=body.body,
        attachment_ids=body.attachment_ids,
    )
    request_reads.mark_read(request)
    return _message_out(posted.message, posted.attachments)


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
