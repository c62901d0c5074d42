"""The shapes of the service's answers, as the client reads them.

Resources are ``TypedDict``s over the JSON as sent (timestamps stay ISO-8601 strings; the
GUI formats them): no parsing cost, and a field the service adds later does no harm.
Small client-side values (captcha image, event, page) are dataclasses.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, NotRequired, TypedDict, TypeVar


class Health(TypedDict):
    status: str
    version: str
    vendor: str


class Registered(TypedDict, total=False):
    email: str
    customer_id: str


class Profile(TypedDict):
    """``GET /me`` (A5) — what the account shows about itself."""

    email: str
    customer_id: str
    role: Literal["customer", "staff"]
    name: str
    country: str
    city: str
    address: str
    phone: str
    company: str
    company_address: str
    company_admin_email: str
    news_subscribed: bool
    language: str
    customer_type: Literal["home", "business", "corporate"]
    totp_enabled: bool
    email_otp_enabled: bool
    pending_email: str | None
    created_at: str


class ProfileChanges(TypedDict, total=False):
    """The A5 fields ``PATCH /me`` accepts; give only those that change."""

    name: str
    country: str
    city: str
    address: str
    phone: str
    company: str
    company_address: str
    company_admin_email: str
    news_subscribed: bool
    language: str


class TotpEnrolment(TypedDict):
    secret: str
    otpauth_uri: str


class Product(TypedDict):
    id: int
    slug: str
    name: str
    versions: list[str]
    corporate: bool


class RequestType(TypedDict):
    code: str
    title: str
    description: str
    skippable: bool


class RequestTypes(TypedDict):
    support: list[RequestType]
    viruslab: list[RequestType]
    content_warning: str


class Country(TypedDict):
    code: str
    name: str


class Catalog(TypedDict):
    vendor_name: str
    products: list[Product]
    request_types: RequestTypes
    countries: list[Country]


class ProductRef(TypedDict):
    id: int
    slug: str
    name: str


class License(TypedDict):
    """One of my licenses (K1); ``id`` is my holding of it, ``code`` is masked."""

    id: int
    code: str
    product: ProductRef
    added_at: str
    expires_at: str
    days_left: int
    seats_used: int
    seats_total: int
    status: Literal["active", "expired", "blocked"]
    renews: NotRequired[int | None]


class Device(TypedDict):
    id: int
    name: str
    os: str
    activated_at: str
    last_seen_at: str


class Attachment(TypedDict):
    id: int
    filename: str
    size: int
    sha256: str
    content_type: str
    purpose: str
    message_id: NotRequired[int | None]
    created_at: NotRequired[str]


class RequestProduct(TypedDict):
    id: int
    name: str


class RequestSummary(TypedDict):
    """A line of "My requests" (R1); also what filing a request answers."""

    id: int
    number: str
    kind: Literal["support", "viruslab"]
    type: str
    product: RequestProduct | None
    status: str
    created_at: str
    updated_at: str


class MyRequestSummary(RequestSummary):
    """A line of the customer's own list: changed since last opened; files attached."""

    unread: bool
    has_attachments: bool


class StatusEntry(TypedDict):
    from_status: str | None
    to_status: str
    at: str


class RequestDetail(RequestSummary):
    """``GET /requests/{id}`` (R2): the whole request with its status history."""

    product_version: str
    os: str
    description: str
    email: str
    country: str
    city: str
    company: str
    last_db_update: str | None
    sysinfo_attachment_id: int | None
    helped: bool | None
    resolved_at: str | None
    closed_at: str | None
    reopen_until: str | None
    history: list[StatusEntry]
    attachments: list[Attachment]
    message_count: int
    follow_up_of: str | None  # the number of the request this one follows up
    follow_ups: list[str]  # numbers of the requests that follow this one up


class Message(TypedDict):
    id: int
    sender: Literal["customer", "staff", "system"]
    body: str
    created_at: str
    attachments: list[Attachment]


class QueueItem(RequestSummary):
    """A line of the helpdesk's queue (H1): whose it is, and when staff should answer."""

    priority: str  # low | normal | high
    assignee_id: int | None
    owner_id: int | None
    email: str
    due_at: str | None  # null: nobody waits for staff
    unread: bool  # the customer filed it or spoke since this staff member last opened it


class StaffAttachment(Attachment):
    internal: bool


class StaffMessage(TypedDict):
    id: int
    sender: Literal["customer", "staff", "system"]
    author_id: int | None
    internal: bool
    body: str
    created_at: str
    attachments: list[StaffAttachment]


class Requester(TypedDict):
    id: int
    customer_id: str
    email: str
    name: str


class EarlierReport(TypedDict):
    """The same customer's previous request with a GetSystemInfo report."""

    request_id: int
    number: str
    created_at: str
    attachment_id: int


class StaffRequestDetail(RequestDetail):
    """``GET /staff/requests/{id}``: everything, internal notes and the step trail too."""

    priority: str  # low | normal | high
    assignee_id: int | None
    owner: Requester | None
    trail: dict[str, Any] | None
    attachments: list[StaffAttachment]  # type: ignore[misc]
    messages: list[StaffMessage]
    allowed_statuses: list[str]
    due_at: str | None
    earlier_report: EarlierReport | None
    unread: bool  # as in the queue; false once read by opening it


class Member(TypedDict):
    id: int
    name: str
    email: str
    customer_id: str


class Present(TypedDict):
    """Another staff member with the request open; ``typing``: writing a reply."""

    id: int
    name: str
    email: str
    typing: bool


class CannedReply(TypedDict):
    id: int
    title: str
    body: str
    updated_at: str


@dataclass(frozen=True)
class Captcha:
    id: str
    png: bytes
    expires_in: int = 0

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Captcha:
        return cls(
            id=str(data["id"]),
            png=base64.b64decode(data["image_png_base64"]),
            expires_in=int(data.get("expires_in") or 0),
        )


T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a cursor-paged list; pass ``next_cursor`` back for the next one."""

    items: list[T]
    next_cursor: str | None = None
    # The first page of My requests: counts by status, type and kind, and ``unread.all``.
    counts: dict[str, dict[str, int]] | None = None


@dataclass(frozen=True)
class Event:
    """One Server-Sent Event: ``kind`` such as ``request.status``, ``data`` its JSON object."""

    id: str
    kind: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Download:
    filename: str
    content_type: str
    content: bytes
