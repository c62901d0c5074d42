"""tus 1.0 resumable uploads for files over the form limit (W3's large attachments, V3's
samples). The protocol lives in ``server/services/tus.py``.

POST and PATCH are ``async``: a body may take hours to arrive, and a thread-pool route
would hold a worker thread all that time; the storage and database steps still run in the
thread pool. No route here takes ``Db``: its transaction (on SQLite, the write lock) would
stay open while the body streams in.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Request, Response
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException

from server.api.deps import State, optional_user
from server.errors import Problem
from server.services import attachment_access, tus
from server.services.attachment_access import ANON_HEADER, Owner
from server.services.tus import TUS_VERSION


class _TusRoute(APIRoute):
    """Every answer of these routes, errors included, carries Tus-Resumable."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def tus_handler(request: Request) -> Response:
            try:
                response = await handler(request)
            except Problem as exc:
                exc.headers.setdefault("Tus-Resumable", TUS_VERSION)
                raise
            except StarletteHTTPException as exc:
                exc.headers = {**(exc.headers or {}), "Tus-Resumable": TUS_VERSION}
                raise
            response.headers.setdefault("Tus-Resumable", TUS_VERSION)
            return response

        return tus_handler


router = APIRouter(prefix="/api/v1/uploads", tags=["uploads"], route_class=_TusRoute)

OptionalHeader = Annotated[str | None, Header()]
# The raw body is read as a stream, so it is described in words rather than as a schema
# (schema-driven clients have no serializer for application/offset+octet-stream).
_BODY_NOTE = f"The body, if any, is raw bytes sent as Content-Type: {tus.OFFSET_STREAM}."


def uploader(
    request: Request,
    state: State,
    anonymous_token: Annotated[
        str | None,
        Header(
            alias=ANON_HEADER,
            description="Without an account: the client's random secret (32+ characters).",
        ),
    ] = None,
) -> Owner:
    """Who is calling, read in a short transaction of its own."""
    with state.db.read() as db:
        user = optional_user(request, state, db)
    return attachment_access.owner_of(user=user, anonymous_token=anonymous_token)


Uploader = Annotated[Owner, Depends(uploader)]


@router.options("", status_code=204, summary="What this tus server supports")
def discover(state: State) -> Response:
    return Response(
        status_code=204,
        headers={
            "Tus-Version": TUS_VERSION,
            "Tus-Extension": ",".join(tus.EXTENSIONS),
            "Tus-Max-Size": str(state.settings.tus_max_size),
            "Tus-Checksum-Algorithm": ",".join(tus.CHECKSUMS),
        },
    )


def _declared_length(request: Request) -> int | None:
    value = request.headers.get("content-length", "")
    return int(value) if value.isascii() and value.isdigit() else None


@router.post(
    "",
    status_code=201,
    summary="Create an upload (optionally with its first bytes)",
    description=_BODY_NOTE,
)
async def create(
    request: Request,
    state: State,
    owner: Uploader,
    tus_resumable: OptionalHeader = None,
    upload_length: OptionalHeader = None,
    upload_metadata: Annotated[
        str | None, Header(description="filename, filetype, purpose (file|sample|sysinfo)")
    ] = None,
    upload_checksum: OptionalHeader = None,
) -> Response:
    tus.require_version(tus_resumable)
    length = tus.parse_size(upload_length, "Upload-Length")
    meta = tus.parse_metadata(upload_metadata)
    declared = _declared_length(request)
    with_body = request.headers.get("content-type") is not None and declared != 0
    if with_body:
        tus.require_offset_stream(request.headers.get("content-type"))
    checksum = tus.parse_checksum(upload_checksum) if with_body else None
    progress = await tus.create(state=state, owner=owner, length=length, meta=meta)
    location = str(request.url_for("upload_status", upload_id=progress.id))
    if with_body:
        try:
            progress = await tus.append(
                state=state,
                owner=owner,
                upload_id=progress.id,
                offset=0,
                checksum=checksum,
                declared=declared,
                body=tus.body_chunks(request),
            )
        except Problem as exc:
            exc.headers.setdefault("Location", location)  # the upload exists; resume it
            raise
    return Response(
        status_code=201, headers={"Location": location, **tus.progress_headers(progress)}
    )


@router.head("/{upload_id}", name="upload_status", summary="Where an upload stands")
def status(
    upload_id: str, state: State, owner: Uploader, tus_resumable: OptionalHeader = None
) -> Response:
    tus.require_version(tus_resumable)
    progress = tus.head(state=state, owner=owner, upload_id=upload_id)
    return Response(
        status_code=200,
        headers={
            **tus.progress_headers(progress),
            "Upload-Length": str(progress.length),
            "Upload-Metadata": tus.metadata_header(progress.meta),
            "Cache-Control": "no-store",
        },
    )


@router.patch(
    "/{upload_id}",
    status_code=204,
    summary="Send bytes from Upload-Offset on",
    description=_BODY_NOTE,
)
async def transfer(
    upload_id: str,
    request: Request,
    state: State,
    owner: Uploader,
    tus_resumable: OptionalHeader = None,
    upload_offset: OptionalHeader = None,
    upload_checksum: OptionalHeader = None,
) -> Response:
    tus.require_version(tus_resumable)
    tus.require_offset_stream(request.headers.get("content-type"))
    offset = tus.parse_size(upload_offset, "Upload-Offset")
    checksum = tus.parse_checksum(upload_checksum)
    progress = await tus.append(
        state=state,
        owner=owner,
        upload_id=upload_id,
        offset=offset,
        checksum=checksum,
        declared=_declared_length(request),
        body=tus.body_chunks(request),
    )
    return Response(status_code=204, headers=tus.progress_headers(progress))


@router.delete("/{upload_id}", status_code=204, summary="Abandon an upload (termination)")
def terminate(
    upload_id: str, state: State, owner: Uploader, tus_resumable: OptionalHeader = None
) -> Response:
    tus.require_version(tus_resumable)
    tus.terminate(state=state, owner=owner, upload_id=upload_id)
    return Response(status_code=204)
