"""Attachments: files up to the form limit sent in a form, and downloads of stored files.

Larger files go by resumable upload (``server/api/uploads.py``) and end up here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine, Iterator
from typing import Annotated, Any, BinaryIO, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, File, Form, Header, Path, Request, Response, UploadFile
from fastapi.responses import StreamingResponse
from fastapi.routing import APIRoute

from server.api import answers
from server.api.deps import Db, MaybeUser, State
from server.schemas.attachments import AttachmentPublic
from server.schemas.common import MAX_ID
from server.services import attachment_access, uploads
from server.services.attachment_access import ANON_HEADER, Owner
from server.services.storage import for_settings, read_chunks

# Room for the multipart framing (boundaries, part headers, the purpose field).
FORM_OVERHEAD = 64 * 1024


class _FormSizedRoute(APIRoute):
    """Refuses a form far over the file limit from its Content-Length, before any of it
    is read, parsed or spooled to disk."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def sized(request: Request) -> Response:
            limit = request.app.state.service.settings.form_file_limit
            declared = request.headers.get("content-length", "")
            if declared.isascii() and declared.isdigit() and int(declared) > limit + FORM_OVERHEAD:
                raise uploads.form_too_large(limit)
            return await handler(request)

        return sized


router = APIRouter(prefix="/api/v1/attachments", tags=["attachments"], route_class=_FormSizedRoute)


async def caller(
    user: MaybeUser,
    anonymous_token: Annotated[
        str | None,
        Header(
            alias=ANON_HEADER,
            description="Without an account: a random secret of at least 32 characters "
            "that the client keeps; files uploaded with it are readable only with it.",
        ),
    ] = None,
) -> Owner:
    return attachment_access.owner_of(user=user, anonymous_token=anonymous_token)


Uploader = Annotated[Owner, Depends(caller)]
AttachmentId = Annotated[int, Path(ge=1, le=MAX_ID)]


@router.post("", status_code=201, response_model=AttachmentPublic)
def upload(
    file: Annotated[UploadFile, File(description="The file, up to the form limit (2 MB).")],
    state: State,
    db: Db,
    owner: Uploader,
    purpose: Annotated[Literal["file", "sample", "sysinfo"], Form()] = "file",
) -> Response:
    att = uploads.store_form_file(
        db,
        storage=for_settings(state.settings),
        owner=owner,
        stream=file.file,
        filename=file.filename,
        content_type=file.content_type,
        purpose=purpose,
        limit=state.settings.form_file_limit,
    )
    return answers.built(AttachmentPublic.model_validate(att), 201)


@router.get("/{attachment_id}/meta", response_model=AttachmentPublic)
def meta(attachment_id: AttachmentId, db: Db, owner: Uploader) -> AttachmentPublic:
    att = attachment_access.readable(db, attachment_id=attachment_id, owner=owner)
    return AttachmentPublic.model_validate(att)


def content_disposition(filename: str) -> str:
    """RFC 6266: an ASCII fallback for old clients and the exact name in UTF-8."""
    fallback = re.sub(r"[^A-Za-z0-9._ ()-]", "_", filename) or "file"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def _stream(handle: BinaryIO) -> Iterator[bytes]:
    with handle:
        yield from read_chunks(handle, 256 * 1024)


@router.get(
    "/{attachment_id}",
    response_class=StreamingResponse,
    responses={200: {"content": {"application/octet-stream": {}}, "description": "The file."}},
)
def download(
    attachment_id: AttachmentId, state: State, db: Db, owner: Uploader
) -> StreamingResponse:
    att = attachment_access.readable(db, attachment_id=attachment_id, owner=owner)
    handle = for_settings(state.settings).open(att.storage_key)
    return StreamingResponse(
        _stream(handle),
        media_type=att.content_type,
        headers={
            "Content-Length": str(att.size),
            "Content-Disposition": content_disposition(att.filename),
            "X-Content-Type-Options": "nosniff",
            # Opened in a browser after all, a stored page runs nothing as our origin.
            "Content-Security-Policy": "sandbox; default-src 'none'",
            "Cache-Control": "private, no-store",
        },
    )
