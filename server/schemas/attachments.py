"""Stored files as their uploader and a request's readers see them."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class AttachmentPublic(BaseModel):  # what an upload answers, before a request claims it
    model_config = ConfigDict(from_attributes=True)

    id: int
    filename: str
    size: int
    sha256: str
    content_type: str
    purpose: str
    created_at: datetime


class AttachmentMeta(BaseModel):  # a file as part of a request or a message
    id: int
    filename: str
    content_type: str
    size: int
    sha256: str
    purpose: str
    message_id: int | None
    created_at: datetime
