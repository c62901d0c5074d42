"""Licenses held by an account and their devices: added codes, public views, key mails."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from server.schemas.common import NO_NUL

Text200 = StringConstraints(strip_whitespace=True, max_length=200, pattern=NO_NUL)


class ProductRef(BaseModel):
    id: int
    slug: str
    name: str


class LicenseOut(BaseModel):
    id: int = Field(description="This account's holding of the license")
    code: str = Field(description="Masked: only the first and last groups are shown")
    product: ProductRef
    added_at: datetime
    expires_at: datetime
    days_left: int
    seats_used: int
    seats_total: int
    status: Literal["active", "expired", "blocked"]


class LicenseAdded(LicenseOut):
    renews: int | None = Field(
        None, description="Id of the license of the same product this newer code renews (K6)"
    )


class AddCode(BaseModel):
    code: str = Field(
        max_length=100,
        description="XXXXX-XXXXX-XXXXX-XXXXX in any case, with or without spaces and hyphens",
    )


class RemoveCode(BaseModel):
    i_agree: bool = Field(False, strict=True, description="Must be true: the user confirmed")


class DeviceIn(BaseModel):
    name: Annotated[str, Text200, StringConstraints(min_length=1)]
    os: Annotated[str, Text200] = ""


class DeviceOut(BaseModel):
    id: int
    name: str
    os: str
    activated_at: datetime
    last_seen_at: datetime = Field(description="When the product on the device last reported in")


class KeyMailed(BaseModel):
    sent_to: str
