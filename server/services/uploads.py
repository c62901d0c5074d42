"""Files coming in: whole from a form (up to the form limit) or piecewise by resumable
upload; either way they end as an ``Attachment`` owned by the uploader.

A resumable upload keeps its state in the ``uploads`` table and its bytes in storage under
a key derived from its id. The functions here work inside the caller's transaction and
never move bytes while one is open (see ``server/services/tus.py``): on SQLite a writer
blocks every other writer, and a transfer can take hours.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from typing import BinaryIO

import anyio
import anyio.to_thread
from sqlalchemy import Connection, Engine, create_engine, select, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from server import clock
from server.config import Settings
from server.db.models import Attachment, Upload
from server.errors import Problem, not_found
from server.i18n import N_
from server.services.attachment_access import Owner
from server.services.storage import Storage, new_key, read_chunks

if sys.platform == "win32":
    import msvcrt

    def _lock_fd(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock_fd(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


PURPOSES = ("file", "sample", "sysinfo")
_UPLOAD_ID = re.compile(r"[0-9a-f]{32}")
_CONTENT_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*")
_MAX_FILENAME = 255


# -- names and types ----------------------------------------------------------------------


def clean_filename(name: str | None) -> str:
    """A display name only: no folders, no control characters, at most 255 characters
    (the extension kept). Files are stored under service-made keys, never this name."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(c for c in base if unicodedata.category(c)[0] != "C").strip().strip(".")
    if not base:
        return "file"
    if len(base) > _MAX_FILENAME:
        stem, dot, ext = base.rpartition(".")
        if dot and 0 < len(ext) <= 16:
            base = stem[: _MAX_FILENAME - len(ext) - 1] + "." + ext
        else:
            base = base[:_MAX_FILENAME]
    return base


def clean_content_type(value: str | None) -> str:
    media = (value or "").split(";")[0].strip().lower()
    if len(media) <= 120 and _CONTENT_TYPE.fullmatch(media):
        return media
    return "application/octet-stream"


def check_purpose(value: str | None) -> str:
    purpose = value or "file"
    if purpose not in PURPOSES:
        raise Problem(
            422,
            "validation_error",
            "Some fields are not valid.",
            errors={"purpose": N_("Must be one of: {choices}.")},
            params={"choices": ", ".join(PURPOSES)},
        )
    return purpose


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0") + " MB"


def form_too_large(limit: int) -> Problem:
    return Problem(
        413,
        "file_too_large",
        "Files attached in the form may be up to {size}; "
        "send larger files by resumable upload (tus) at /api/v1/uploads.",
        extra={"limit": limit},
        params={"size": _megabytes(limit)},
    )


def file_empty() -> Problem:
    return Problem(
        422, "file_empty", "The file is empty.", errors={"file": N_("The file has no content.")}
    )


# -- whole files from a form ---------------------------------------------------------------


class _OverLimit(Exception):
    pass


def store_form_file(
    db: Session,
    *,
    storage: Storage,
    owner: Owner,
    stream: BinaryIO,
    filename: str | None,
    content_type: str | None,
    purpose: str,
    limit: int,
) -> Attachment:
    """Stream the file into storage, hashing as it goes; refuse empty or oversized files."""
    key = new_key()
    digest = hashlib.sha256()
    size = 0

    def counted() -> Iterator[bytes]:
        nonlocal size
        for chunk in read_chunks(stream):
            size += len(chunk)
            if size > limit:
                raise _OverLimit
            digest.update(chunk)
            yield chunk

    try:
        storage.put(key, counted())
    except _OverLimit:
        raise form_too_large(limit) from None
    if size == 0:
        storage.delete(key)
        raise file_empty()
    att = Attachment(
        owner_id=owner.user_id,
        anon_owner=owner.anon,
        filename=clean_filename(filename),
        content_type=clean_content_type(content_type),
        size=size,
        sha256=digest.hexdigest(),
        storage_key=key,
        purpose=purpose,
    )
    try:
        db.add(att)
        db.flush()
    except BaseException:
        storage.delete(key)
        raise
    return att


# -- resumable uploads ---------------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    """An upload as the protocol reports it, detached from any database session."""

    id: str
    offset: int
    length: int
    expires_at: datetime
    meta: dict[str, str] = field(default_factory=dict)
    attachment_id: int | None = None
    sha256: str | None = None

    def expired(self, now: datetime) -> bool:
        return self.expires_at <= now

    @property
    def key(self) -> str:
        return key_for(self.id)


def key_for(upload_id: str) -> str:
    return f"files/{upload_id[:2]}/{upload_id}"


def progress(db: Session, upload: Upload) -> Progress:
    sha = None
    if upload.attachment_id is not None:
        sha = db.scalar(select(Attachment.sha256).where(Attachment.id == upload.attachment_id))
    return Progress(
        id=upload.id,
        offset=upload.offset,
        length=upload.length,
        expires_at=upload.expires_at,
        meta=dict(upload.meta or {}),
        attachment_id=upload.attachment_id,
        sha256=sha,
    )


def create(
    db: Session, *, settings: Settings, owner: Owner, length: int, meta: dict[str, str]
) -> Progress:
    if length > settings.tus_max_size:
        raise Problem(
            413,
            "file_too_large",
            "Files may be up to {size}.",
            extra={"limit": settings.tus_max_size},
            params={"size": _megabytes(settings.tus_max_size)},
        )
    if length == 0:
        raise file_empty()
    upload = Upload(
        id=secrets.token_hex(16),
        owner_id=owner.user_id,
        anon_owner=owner.anon,
        length=length,
        offset=0,
        meta={
            "filename": clean_filename(meta.get("filename")),
            "filetype": clean_content_type(meta.get("filetype")),
            "purpose": check_purpose(meta.get("purpose")),
        },
        expires_at=clock.now(db) + settings.upload_ttl,
    )
    db.add(upload)
    db.flush()
    return progress(db, upload)


def find(db: Session, *, owner: Owner, upload_id: str) -> Upload:
    """The caller's upload; anyone else's, or a malformed id, answers 404."""
    upload = db.get(Upload, upload_id) if _UPLOAD_ID.fullmatch(upload_id) else None
    if upload is None or not owner.owns(owner_id=upload.owner_id, anon_owner=upload.anon_owner):
        raise not_found("upload")
    return upload


def gone() -> Problem:
    return Problem(410, "upload_expired", "This upload has expired; start it again.")


def reconcile(db: Session, *, storage: Storage, upload: Upload) -> None:
    """Offsets are recorded only after the bytes are synced, so storage never holds less;
    if it does (lost storage), report what is really there."""
    if upload.attachment_id is None:
        stored = storage.size(key_for(upload.id))
        if stored < upload.offset:
            upload.offset = stored


def record(db: Session, *, settings: Settings, upload_id: str, offset: int) -> Progress:
    """Durable progress: called only after the bytes up to ``offset`` are synced."""
    upload = db.get_one(Upload, upload_id)
    upload.offset = offset
    upload.expires_at = clock.now(db) + settings.upload_ttl
    return progress(db, upload)


def stored_sha256(storage: Storage, key: str) -> str:
    digest = hashlib.sha256()
    with storage.open(key) as stream:
        for chunk in read_chunks(stream):
            digest.update(chunk)
    return digest.hexdigest()


def finish(db: Session, *, settings: Settings, upload_id: str, sha256: str) -> Progress:
    """The last byte is stored: the upload becomes an attachment over the same bytes."""
    upload = db.get_one(Upload, upload_id)
    meta = upload.meta or {}
    att = Attachment(
        owner_id=upload.owner_id,
        anon_owner=upload.anon_owner,
        filename=clean_filename(meta.get("filename")),
        content_type=clean_content_type(meta.get("filetype")),
        size=upload.length,
        sha256=sha256,
        storage_key=key_for(upload.id),
        purpose=meta.get("purpose") or "file",
    )
    db.add(att)
    db.flush()
    upload.attachment_id = att.id
    upload.offset = upload.length
    upload.expires_at = clock.now(db) + settings.upload_ttl
    return progress(db, upload)


def drop(db: Session, *, upload: Upload) -> str | None:
    """Forget an upload; returns the storage key to delete once committed, if any.

    A finished upload's bytes belong to its attachment: they go only with an attachment
    that no request has claimed yet.
    """
    key: str | None = key_for(upload.id)
    att = db.get(Attachment, upload.attachment_id) if upload.attachment_id else None
    db.delete(upload)
    db.flush()
    if att is not None:
        if att.request_id is None:
            key = att.storage_key
            db.delete(att)
        else:
            key = None
    return key


def expired_ids(db: Session, *, limit: int) -> list[str]:
    now = clock.now(db)
    query = select(Upload.id).where(Upload.expires_at <= now).order_by(Upload.expires_at)
    return list(db.scalars(query.limit(limit)))


def drop_if_expired(db: Session, *, upload_id: str) -> tuple[bool, str | None]:
    """Purge one expired upload: unfinished ones lose their bytes, finished ones only
    their upload record (the attachment stays). Returns (dropped, storage key to delete)."""
    upload = db.get(Upload, upload_id)
    if upload is None:
        return True, None
    if upload.expires_at > clock.now(db):
        return False, None
    if upload.attachment_id is not None:
        db.delete(upload)
        return True, None
    return True, drop(db, upload=upload)


class UploadLock:
    """One transfer at a time per upload, across every worker process.

    On this host a file lock; with PostgreSQL a session-level advisory lock on a
    connection of its own, so workers on other hosts (files on S3) are held too. Either is
    released by the OS or the database when its worker dies, so a crashed transfer never
    leaves the upload stuck.
    """

    def __init__(self, settings: Settings, upload_id: str, database_url: str = "") -> None:
        if not _UPLOAD_ID.fullmatch(upload_id):
            raise not_found("upload")
        self.path = settings.storage_dir / "locks" / f"{upload_id}.lock"
        self._fd: int | None = None
        self._pg = database_url if database_url.startswith("postgresql") else ""
        digest = hashlib.sha256(b"pc-upload:" + upload_id.encode()).digest()
        self._key = int.from_bytes(digest[:8], "big", signed=True)
        self._conn: Connection | None = None

    def try_acquire(self) -> bool:
        if self._pg:
            return self._try_advisory()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock_fd(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def _try_advisory(self) -> bool:
        conn = _lock_engine(self._pg).connect()
        try:
            got = bool(conn.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": self._key}))
        except BaseException:
            conn.close()
            raise
        if not got:
            conn.close()
            return False
        self._conn = conn
        return True

    def acquire(self, wait: float) -> bool:
        deadline = time.monotonic() + wait
        while not self.try_acquire():
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.02)
        return True

    async def acquire_async(self, wait: float) -> bool:
        deadline = time.monotonic() + wait
        attempt = anyio.to_thread.run_sync if self._pg else _now
        while not await attempt(self.try_acquire):
            if time.monotonic() >= deadline:
                return False
            await anyio.sleep(0.02)
        return True

    def release(self, *, discard: bool = False) -> None:
        """Let go; ``discard`` also removes the lock file once the upload is gone."""
        if self._conn is not None:
            conn, self._conn = self._conn, None
            try:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self._key})
            finally:
                conn.close()  # a connection of its own: closing it also ends the lock
            return
        if self._fd is None:
            return
        if discard:
            with suppress(OSError):
                self.path.unlink()
        with suppress(OSError):
            _unlock_fd(self._fd)
        os.close(self._fd)
        self._fd = None


async def _now(call: Callable[[], bool]) -> bool:
    return call()


_lock_engines: dict[str, Engine] = {}


def _lock_engine(url: str) -> Engine:
    """Connections for advisory locks: not pooled (a lock lives as long as its transfer, and
    must end with its connection) and in autocommit (no transaction stays open for hours)."""
    engine = _lock_engines.get(url)
    if engine is None:
        engine = create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
        _lock_engines[url] = engine
    return engine
