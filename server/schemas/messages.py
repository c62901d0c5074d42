"""A request's conversation as its customer writes and reads it."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from server.schemas.attachments import AttachmentMeta
from server.schemas.common import NO_NUL, Ids, Strict

Sender = Literal["customer", "staff", "system"]


class MessageCreate(Strict):
    body: str = Field(min_length=1, max_length=20_000, pattern=NO_NUL)
    attachment_ids: Ids


class MessageOut(BaseModel):
    id: int
    sender: Sender
    body: str
    created_at: datetime
    attachments: list[AttachmentMeta]
