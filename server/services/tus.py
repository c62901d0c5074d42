"""tus 1.0 resumable uploads (https://tus.io/protocols/resumable-upload) over
``server/services/uploads.py``.

Extensions: creation, creation-with-upload, checksum (sha1, sha256), termination,
expiration. A body is streamed from the socket to storage in batches; progress is recorded
only after the bytes are synced, so a connection cut at any point resumes from what is
really stored. With Upload-Checksum a body counts only whole and verified: a cut or a
mismatch leaves the offset where it was. Transfers to one upload are serialised by a file
lock; no database transaction stays open while bytes move.

We do not use the ``tuspyserver`` package: it has no checksum extension, keeps upload state
in JSON side files instead of our ``uploads`` table, and its ``auth`` hook never sees which
upload is touched, so it cannot enforce per-account ownership.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Protocol

import anyio
from anyio.streams.memory import MemoryObjectReceiveStream
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request

from server.errors import Problem
from server.i18n import N_
from server.services import uploads
from server.services.attachment_access import Owner
from server.services.storage import Storage, Writer, for_settings
from server.services.uploads import Progress
from server.state import ServiceState

TUS_VERSION = "1.0.0"
EXTENSIONS = ("creation", "creation-with-upload", "checksum", "termination", "expiration")
OFFSET_STREAM = "application/offset+octet-stream"

# A PATCH waits this long for a transfer still holding the upload (say, one whose client
# was just cut off and is recording what it stored) before answering 423.
LOCK_WAIT = 10.0
# HEAD waits less: past it, it answers the last recorded offset.
HEAD_WAIT = 5.0
# A body that sends nothing for this long counts as cut, so a dead client frees the upload.
IDLE_TIMEOUT = 60.0
WRITE_BATCH = 1024 * 1024
PIPELINE_DEPTH = 4  # batches received ahead of the one being stored
CHECKPOINT = 8 * 1024 * 1024
PURGE_BATCH = 50


class _Hash(Protocol):
    def update(self, data: bytes, /) -> None: ...

    def digest(self) -> bytes: ...


CHECKSUMS: dict[str, Callable[[], _Hash]] = {"sha1": hashlib.sha1, "sha256": hashlib.sha256}


class TransferCut(Exception):
    """The client went away, or went silent, in the middle of a body."""


# -- headers ------------------------------------------------------------------------------


def _bad_header(header: str, detail: str) -> Problem:
    return Problem(
        400, "header_invalid", detail, errors={header: detail}, params={"header": header}
    )


def require_version(value: str | None) -> None:
    if value != TUS_VERSION:
        raise Problem(
            412,
            "tus_version_unsupported",
            "This service speaks tus {version}; send Tus-Resumable: {version}.",
            headers={"Tus-Version": TUS_VERSION},
            params={"version": TUS_VERSION},
        )


def parse_size(value: str | None, header: str) -> int:
    text = (value or "").strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 18):
        raise _bad_header(header, N_("{header} must be a whole number of bytes."))
    return int(text)


def parse_metadata(value: str | None) -> dict[str, str]:
    """``key base64value`` pairs separated by commas; the value may be missing."""
    meta: dict[str, str] = {}
    for pair in (value or "").split(","):
        if not pair.strip():
            continue
        parts = pair.strip().split(" ")
        if len(parts) > 2 or not parts[0].isascii():
            raise _bad_header("Upload-Metadata", "Upload-Metadata is malformed.")
        try:
            decoded = base64.b64decode(parts[1] if len(parts) == 2 else "", validate=True)
            meta[parts[0]] = decoded.decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise _bad_header(
                "Upload-Metadata", "Upload-Metadata values must be base64 of UTF-8 text."
            ) from None
    return meta


def metadata_header(meta: dict[str, str]) -> str:
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in meta.items())


class Checksum:
    def __init__(self, algorithm: str, digest: bytes) -> None:
        self.algorithm = algorithm
        self.digest = digest

    def new(self) -> _Hash:
        return CHECKSUMS[self.algorithm]()


def parse_checksum(value: str | None) -> Checksum | None:
    if value is None or not value.strip():
        return None
    algorithm, _, encoded = value.strip().partition(" ")
    if algorithm not in CHECKSUMS:
        raise Problem(
            400,
            "checksum_algorithm_unsupported",
            "Upload-Checksum algorithms supported: {algorithms}.",
            params={"algorithms": ", ".join(CHECKSUMS)},
        )
    try:
        digest = base64.b64decode(encoded.strip(), validate=True)
    except binascii.Error:
        raise _bad_header("Upload-Checksum", "Upload-Checksum must be base64.") from None
    return Checksum(algorithm, digest)


def require_offset_stream(content_type: str | None) -> None:
    if (content_type or "").split(";")[0].strip().lower() != OFFSET_STREAM:
        raise Problem(
            415,
            "unsupported_media_type",
            "Send upload bytes as Content-Type: {content_type}.",
            params={"content_type": OFFSET_STREAM},
        )


def http_date(value: datetime) -> str:
    return format_datetime(value.astimezone(UTC), usegmt=True)


def progress_headers(p: Progress) -> dict[str, str]:
    headers = {"Upload-Offset": str(p.offset), "Upload-Expires": http_date(p.expires_at)}
    if p.attachment_id is not None and p.sha256:
        headers["Upload-Attachment-Id"] = str(p.attachment_id)
        headers["Upload-Sha256"] = p.sha256
    return headers


def busy() -> Problem:
    return Problem(
        423,
        "upload_busy",
        "Another transfer to this upload is still running; retry shortly.",
        headers={"Retry-After": "1"},
    )


async def body_chunks(request: Request, *, idle: float = IDLE_TIMEOUT) -> AsyncIterator[bytes]:
    """The request body as it arrives; ``TransferCut`` when the client drops or stalls."""
    stream = request.stream().__aiter__()
    while True:
        try:
            with anyio.fail_after(idle):
                chunk = await stream.__anext__()
        except StopAsyncIteration:
            return
        except (ClientDisconnect, TimeoutError) as exc:
            raise TransferCut from exc
        if chunk:
            yield chunk


# -- operations ---------------------------------------------------------------------------


def _lookup(state: ServiceState, owner: Owner, upload_id: str) -> Progress:
    with state.db.read() as db:
        return uploads.progress(db, uploads.find(db, owner=owner, upload_id=upload_id))


def _purge_locked(state: ServiceState, storage: Storage, upload_id: str) -> bool:
    with state.db.write() as db:
        dropped, key = uploads.drop_if_expired(db, upload_id=upload_id)
    if dropped:
        state.upload_digests.forget(upload_id)
    if key is not None:
        storage.delete(key)
    return dropped


def purge_expired(*, state: ServiceState, limit: int = PURGE_BATCH) -> int:
    """Drop expired uploads (and the bytes of unfinished ones); skips any being written."""
    storage = for_settings(state.settings)
    with state.db.read() as db:
        ids = uploads.expired_ids(db, limit=limit)
    purged = 0
    for upload_id in ids:
        lock = uploads.UploadLock(state.settings, upload_id, state.db.url)
        if not lock.try_acquire():
            continue
        dropped = False
        try:
            dropped = _purge_locked(state, storage, upload_id)
            purged += dropped
        finally:
            lock.release(discard=dropped)
    return purged


def _create(state: ServiceState, owner: Owner, length: int, meta: dict[str, str]) -> Progress:
    purge_expired(state=state)
    with state.db.write() as db:
        return uploads.create(db, settings=state.settings, owner=owner, length=length, meta=meta)


async def create(
    *, state: ServiceState, owner: Owner, length: int, meta: dict[str, str]
) -> Progress:
    return await run_in_threadpool(_create, state, owner, length, meta)


def head(*, state: ServiceState, owner: Owner, upload_id: str) -> Progress:
    """The recorded state, after waiting briefly for a running transfer to record its own."""
    _lookup(state, owner, upload_id)
    lock = uploads.UploadLock(state.settings, upload_id, state.db.url)
    locked = lock.acquire(HEAD_WAIT)
    dropped = False
    try:
        current = _lookup(state, owner, upload_id)
        if current.expired(state.clock.now()):
            if locked:
                dropped = _purge_locked(state, for_settings(state.settings), upload_id)
            raise uploads.gone()
        return current
    finally:
        lock.release(discard=dropped)


def terminate(*, state: ServiceState, owner: Owner, upload_id: str) -> None:
    _lookup(state, owner, upload_id)
    storage = for_settings(state.settings)
    lock = uploads.UploadLock(state.settings, upload_id, state.db.url)
    if not lock.acquire(LOCK_WAIT):
        raise busy()
    dropped = False
    try:
        with state.db.write() as db:
            key = uploads.drop(db, upload=uploads.find(db, owner=owner, upload_id=upload_id))
        dropped = True
        state.upload_digests.forget(upload_id)
        if key is not None:
            storage.delete(key)
    finally:
        lock.release(discard=dropped)


def _prepare(state: ServiceState, storage: Storage, owner: Owner, upload_id: str) -> Progress:
    with state.db.write() as db:
        upload = uploads.find(db, owner=owner, upload_id=upload_id)
        uploads.reconcile(db, storage=storage, upload=upload)
        return uploads.progress(db, upload)


def _write(writer: Writer, pieces: list[bytes]) -> None:
    for piece in pieces:  # as they came off the socket: no joining copy
        writer.write(piece)


def _hash(hashers: list[_Hash], pieces: list[bytes]) -> None:
    for piece in pieces:
        for hasher in hashers:
            hasher.update(piece)


async def _store(writer: Writer, hashers: list[_Hash], pieces: list[bytes]) -> None:
    """Write and hash one batch side by side: both let go of the GIL."""
    async with anyio.create_task_group() as tg:
        tg.start_soon(run_in_threadpool, _write, writer, pieces)
        if hashers:
            tg.start_soon(run_in_threadpool, _hash, hashers, pieces)


def _first_error(group: BaseExceptionGroup) -> BaseException:
    for exc in group.exceptions:
        if isinstance(exc, BaseExceptionGroup):
            return _first_error(exc)
        return exc
    return group


def _checkpoint(
    state: ServiceState, writer: Writer, upload_id: str, offset: int, digest: _Hash | None
) -> Progress:
    writer.sync()
    with state.db.write() as db:
        recorded = uploads.record(db, settings=state.settings, upload_id=upload_id, offset=offset)
    if digest is not None:
        state.upload_digests.keep(upload_id, offset, digest)
    return recorded


def _complete(
    state: ServiceState, storage: Storage, writer: Writer, upload_id: str, digest: _Hash | None
) -> Progress:
    writer.sync()
    state.upload_digests.forget(upload_id)
    if digest is not None:
        sha = digest.digest().hex()
    else:  # earlier bytes went through another worker, or were forgotten here
        sha = uploads.stored_sha256(storage, uploads.key_for(upload_id))
    with state.db.write() as db:
        return uploads.finish(db, settings=state.settings, upload_id=upload_id, sha256=sha)


async def append(
    *,
    state: ServiceState,
    owner: Owner,
    upload_id: str,
    offset: int,
    checksum: Checksum | None,
    declared: int | None,
    body: AsyncIterator[bytes],
) -> Progress:
    """Store one body at ``offset``; the answer carries the offset now recorded."""
    await run_in_threadpool(_lookup, state, owner, upload_id)
    storage = for_settings(state.settings)
    lock = uploads.UploadLock(state.settings, upload_id, state.db.url)
    if not await lock.acquire_async(LOCK_WAIT):
        raise busy()
    dropped = False
    try:
        current = await run_in_threadpool(_prepare, state, storage, owner, upload_id)
        if current.expired(state.clock.now()):
            dropped = await run_in_threadpool(_purge_locked, state, storage, upload_id)
            raise uploads.gone()
        if offset != current.offset:
            raise Problem(
                409,
                "offset_mismatch",
                "The upload holds {offset} bytes; resume from there.",
                headers={"Upload-Offset": str(current.offset)},
                params={"offset": current.offset},
            )
        if declared is not None and offset + declared > current.length:
            raise _too_long(current)
        if current.attachment_id is not None:
            return current
        return await _receive(state, storage, current, checksum, body)
    finally:
        lock.release(discard=dropped)


def _too_long(current: Progress) -> Problem:
    return Problem(
        413,
        "upload_length_exceeded",
        "The upload was declared as {length} bytes; this body goes past the end.",
        params={"length": current.length},
    )


async def _receive(
    state: ServiceState,
    storage: Storage,
    current: Progress,
    checksum: Checksum | None,
    body: AsyncIterator[bytes],
) -> Progress:
    start = current.offset
    writer = await run_in_threadpool(storage.open_at, current.key, start)
    hasher = checksum.new() if checksum is not None else None
    # The whole file's SHA-256 so far, when this process saw every earlier byte.
    digest = state.upload_digests.resume(current.id, start)
    hashers = [h for h in (hasher, digest) if h is not None]

    async def drain(items: MemoryObjectReceiveStream[list[bytes] | int]) -> None:
        """Stores batches, and records checkpoints (an offset), in the order they came."""
        async with items:
            async for item in items:
                if isinstance(item, int):
                    await run_in_threadpool(_checkpoint, state, writer, current.id, item, digest)
                else:
                    await _store(writer, hashers, item)

    written = 0  # bytes of this body handed to storage
    cut = False
    try:
        # The socket is read on while earlier batches are written: a few in between at most.
        send, receive = anyio.create_memory_object_stream[list[bytes] | int](PIPELINE_DEPTH)
        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(drain, receive)
                async with send:
                    recorded = start
                    pieces: list[bytes] = []
                    pending = 0  # bytes in ``pieces``
                    try:
                        async for chunk in body:
                            if start + written + pending + len(chunk) > current.length:
                                raise _too_long(current)
                            pieces.append(chunk)
                            pending += len(chunk)
                            if pending < WRITE_BATCH:
                                continue
                            await send.send(pieces)
                            written += pending
                            pieces, pending = [], 0
                            if hasher is None and start + written - recorded >= CHECKPOINT:
                                await send.send(start + written)
                                recorded = start + written
                    except TransferCut:
                        cut = True
                    if pieces:
                        await send.send(pieces)
                        written += pending
        except BaseExceptionGroup as group:
            raise _first_error(group) from None
        if checksum is not None and hasher is not None:
            if cut:
                return current  # unverifiable: the next transfer overwrites these bytes
            if hasher.digest() != checksum.digest:
                raise Problem(
                    460,
                    "checksum_mismatch",
                    "The {algorithm} of this body does not match Upload-Checksum; "
                    "nothing of it was kept.",
                    params={"algorithm": checksum.algorithm},
                )
        if start + written == current.length:
            return await run_in_threadpool(_complete, state, storage, writer, current.id, digest)
        return await run_in_threadpool(
            _checkpoint, state, writer, current.id, start + written, digest
        )
    finally:
        await run_in_threadpool(writer.close)
