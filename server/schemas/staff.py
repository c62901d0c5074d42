"""The helpdesk's view of requests: the queue, replies and notes, assignment, status moves."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from server.schemas.attachments import AttachmentMeta
from server.schemas.common import NO_NUL, DbId, Ids, Strict
from server.schemas.messages import Sender
from server.schemas.requests import RequestDetail, RequestSummary


class StaffReply(Strict):
    body: str = Field(min_length=1, max_length=20_000, pattern=NO_NUL)
    internal: bool = False
    attachment_ids: Ids


class Assignment(Strict):
    assignee_id: DbId | None = Field(description="A staff member's id, or null to unassign")


class StatusMove(Strict):
    status: str = Field(max_length=32, pattern=NO_NUL)


class PriorityMove(Strict):
    priority: str = Field(max_length=8, pattern=NO_NUL, description="low, normal or high")


class QueueItem(RequestSummary):
    priority: str
    assignee_id: int | None
    owner_id: int | None
    email: str
    due_at: datetime | None = Field(
        description="When staff should have answered the waiting customer (null: nobody waits)"
    )
    unread: bool = Field(
        description="The customer filed it or spoke (message, reopen, close) since the "
        "caller last opened it"
    )


class QueuePage(BaseModel):
    items: list[QueueItem]
    next_cursor: str | None


class StaffAttachment(AttachmentMeta):
    internal: bool


class StaffMessage(BaseModel):
    id: int
    sender: Sender
    author_id: int | None
    internal: bool
    body: str
    created_at: datetime
    attachments: list[StaffAttachment]


class Requester(BaseModel):
    id: int
    customer_id: str
    email: str
    name: str


class EarlierReport(BaseModel):
    """The same customer's previous request with a GetSystemInfo report."""

    request_id: int
    number: str
    created_at: datetime
    attachment_id: int


class StaffRequestDetail(RequestDetail):
    priority: str
    assignee_id: int | None
    owner: Requester | None
    trail: dict[str, Any] | None
    attachments: list[StaffAttachment]  # type: ignore[assignment]
    messages: list[StaffMessage]
    allowed_statuses: list[str]
    due_at: datetime | None
    earlier_report: EarlierReport | None
    unread: bool = Field(description="As in the queue; false once read by this GET")


class Member(BaseModel):
    id: int
    name: str
    email: str
    customer_id: str


class PresenceNote(Strict):
    typing: bool = False


class Present(BaseModel):
    """Another staff member who has the request open (``typing``: writing a reply)."""

    id: int
    name: str
    email: str
    typing: bool


class CannedReplyIn(Strict):
    title: str = Field(min_length=1, max_length=200, pattern=NO_NUL)
    body: str = Field(min_length=1, max_length=20_000, pattern=NO_NUL)


class CannedReplyOut(BaseModel):
    id: int
    title: str
    body: str
    updated_at: datetime
