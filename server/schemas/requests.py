"""Support and Virus Lab requests as their customer files and reads them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, EmailStr, Field

from server.schemas.attachments import AttachmentMeta
from server.schemas.common import NO_NUL, DbId, Ids, Strict


def _blank_to_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


OptionalEmail = Annotated[EmailStr | None, BeforeValidator(_blank_to_none)]


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
    follow_up_of: str | None = Field(
        None,
        max_length=20,
        pattern=NO_NUL,
        description="The number of the caller's own earlier request this one follows up "
        "(signed-in callers only)",
    )
    captcha_id: str | None = Field(
        None, max_length=64, pattern=NO_NUL, description="Anonymous callers only"
    )
    captcha_answer: str | None = Field(None, max_length=32, pattern=NO_NUL)


class SampleEntry(Strict):
    """One sample inside the encrypted archive, as the customer's client listed it."""

    name: str = Field(min_length=1, max_length=255, pattern=NO_NUL)
    size: int = Field(ge=0)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class ViruslabCreate(Strict):
    type: Literal["malware", "false_positive"]
    description: str = Field(max_length=20_000, pattern=NO_NUL)
    product_id: DbId
    last_db_update: date | None = None
    email: OptionalEmail = None
    detection_name: str = Field(
        "",
        max_length=200,
        pattern=NO_NUL,
        description="False positives: the name the product detects the file under",
    )
    sample_attachment_ids: Annotated[list[DbId], Field(min_length=1, max_length=20)]
    samples: list[SampleEntry] = Field(
        default_factory=list,
        max_length=100,
        description="The files in the archives with their SHA-256; each must be in them",
    )
    captcha_id: str | None = Field(None, max_length=64, pattern=NO_NUL)
    captcha_answer: str | None = Field(None, max_length=32, pattern=NO_NUL)


class Rating(Strict):
    helped: bool
    comment: str = Field("", max_length=2_000, pattern=NO_NUL)


class RequestProduct(BaseModel):
    id: int
    name: str


class RequestSummary(BaseModel):
    id: int
    number: str
    kind: Literal["support", "viruslab"]
    type: str
    product: RequestProduct | None
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
    follow_up_of: str | None = Field(description="The number of the request this follows up")
    follow_ups: list[str] = Field(description="Numbers of the requests that follow this one up")
    detection_name: str = ""
    samples: list[SampleEntry] = Field(default_factory=list, description="Virus Lab samples")
