"""Resumable uploads (tus 1.0) for files larger than the form allows (W3, V2), over tuspy.

An upload's address is kept in ``paths.uploads_dir()`` under a fingerprint of the file
(service, path, size, modification time, head and tail bytes), so after a cut connection,
a cancel or a restart the same file continues from the offset the service stored. Each
part is streamed from the file as it is sent, so memory stays flat whatever the part size,
and a pause stops the part in flight at once: the service keeps what it stored of it. The
service computes the whole file's SHA-256 and names the attachment it became in the last
answer; the caller compares that with its own (``app.core.wizard.transfer``). Parts carry no
``Upload-Checksum``: that end-to-end comparison already catches a damaged byte, and a
per-part checksum would make the service hash every byte twice and drop a cut part whole.

tuspy brings the protocol bookkeeping (creation headers and metadata, chunking, resume
storage and fingerprint hooks); the HTTP goes through our ``Transport`` so uploads share its
timeouts, token refresh and errors (tuspy's own calls have no timeouts).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import mimetypes
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import urljoin

import requests
from requests.structures import CaseInsensitiveDict
from tusclient.client import TusClient
from tusclient.fingerprint.interface import Fingerprint
from tusclient.storage.interface import Storage
from tusclient.uploader import Uploader

from app.api import errors
from app.api.transport import Transport
from app.core import atomic, paths
from app.core.text import QT_TRANSLATE_NOOP

TUS_VERSION = "1.0.0"
DEFAULT_CHUNK = 1024 * 1024
PIECE = 1024 * 1024  # read from the file and handed to the socket at a time


class UploadCancelled(Exception):
    """The user cancelled; the upload can be resumed later from where it stopped."""


@dataclass(frozen=True)
class UploadResult:
    attachment_id: int
    sha256: str
    size: int
    # Where this run started: more than 0 when an earlier upload was resumed.
    resumed_from: int


class ResumeRecords(Storage):
    """Fingerprint → upload address (and what is needed to resume it), as one JSON file
    written atomically; shared by threads of one process."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.uploads_dir() / "resume.json"
        self._lock = threading.Lock()

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except ValueError:
            return {}  # a damaged record file only costs a restart from zero
        return data if isinstance(data, dict) else {}

    def record(self, key: str) -> dict[str, Any] | None:
        with self._lock:
            return self._read().get(key)

    def get_item(self, key: str) -> str | None:
        rec = self.record(key)
        return str(rec["url"]) if rec and rec.get("url") else None

    def set_item(self, key: str, value: str) -> None:
        self.update(key, url=value)

    def update(self, key: str, **fields: Any) -> None:
        with self._lock:
            data = self._read()
            data.setdefault(key, {}).update(fields)
            atomic.write_json(self.path, data)

    def remove_item(self, key: str) -> None:
        with self._lock:
            data = self._read()
            if data.pop(key, None) is not None:
                atomic.write_json(self.path, data)

    def pending(self) -> list[dict[str, Any]]:
        """Unfinished uploads (``path``, ``filename``, ``size``, ``service``), to offer resuming."""
        with self._lock:
            return [dict(rec, key=key) for key, rec in self._read().items() if rec.get("url")]


class _FileFingerprint(Fingerprint):
    """Same service, same file, unchanged since → same key."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def get_fingerprint(self, fs: IO[bytes]) -> str:
        digest = hashlib.sha256(self.prefix.encode())
        fs.seek(0, os.SEEK_END)
        size = fs.tell()
        fs.seek(0)
        digest.update(fs.read(64 * 1024))
        fs.seek(max(0, size - 64 * 1024))
        digest.update(fs.read(64 * 1024))
        fs.seek(0)
        return f"{size}-{digest.hexdigest()}"


class _Uploader(Uploader):
    def __init__(self, *args: Any, owner: ResumableUpload, **kwargs: Any) -> None:
        self._owner = owner  # before super(): it asks the service for a stored offset
        self.last_headers: CaseInsensitiveDict[str] = CaseInsensitiveDict()
        super().__init__(*args, **kwargs)

    def _get_fingerprint(self) -> str:
        # tuspy closes the stream after fingerprinting it; ours stays open for the upload.
        return str(self.fingerprinter.get_fingerprint(self.get_file_stream()))

    def get_offset(self) -> int:
        response = self._owner.call("HEAD", str(self.url))
        self.last_headers = CaseInsensitiveDict(response.headers)
        return int(response.headers["Upload-Offset"])

    def create_url(self) -> str:
        headers = {k: v for k, v in self.get_url_creation_headers().items()}
        response = self._owner.call(
            "POST", str(self.client.url if self.client else ""), headers=headers
        )
        location = response.headers.get("Location")
        if not location:
            raise errors.ApiError(
                QT_TRANSLATE_NOOP("ApiClient", "The service did not accept the upload."),
                code="tus_no_location",
            )
        return urljoin(response.url or "", location)

    def upload_chunk(self) -> None:
        body = _PartBody(self._owner, self.offset, self.get_request_length())
        response = self._owner.call(
            "PATCH",
            str(self.url),
            data=body,
            headers={
                "Upload-Offset": str(self.offset),
                "Content-Type": "application/offset+octet-stream",
            },
        )
        self.last_headers = CaseInsensitiveDict(response.headers)
        self.offset = int(response.headers["Upload-Offset"])


class _PartBody:
    """One PATCH body: ``length`` bytes of the file from ``offset``, read as they are sent.

    It has a length (so the request has a Content-Length) and no ``read`` (so the HTTP
    library sends our 1 MB pieces as they are rather than in 16 KB reads). Iterating again
    starts the part again, so a call the transport repeats after a token refresh is whole.
    Progress within the part is reported as pieces go; the part's end is reported from the
    service's answer. A cancel stops it between pieces.
    """

    def __init__(self, owner: ResumableUpload, offset: int, length: int) -> None:
        self.owner, self.offset, self.length = owner, offset, length

    def __len__(self) -> int:
        return self.length

    def __iter__(self) -> Iterator[bytes]:
        owner = self.owner
        with open(owner.path, "rb") as fh:
            fh.seek(self.offset)
            sent = 0
            while sent < self.length:
                if owner.cancelled:
                    raise UploadCancelled(
                        QT_TRANSLATE_NOOP(
                            "ApiClient", "The upload was cancelled; it can be resumed."
                        )
                    )
                piece = fh.read(min(PIECE, self.length - sent))
                if not piece:
                    raise errors.ApiError(
                        QT_TRANSLATE_NOOP(
                            "ApiClient",
                            "“{filename}” became shorter while it was sent; add it again.",
                        ).format(filename=owner.filename),
                        code="file_changed",
                    )
                yield piece
                sent += len(piece)
                if sent < self.length:
                    owner.report(self.offset + sent)


class ResumableUpload:
    """One file's upload. ``run()`` blocks (call it on a worker thread); ``cancel()`` from
    any thread stops it within a megabyte, keeping it resumable."""

    def __init__(
        self,
        transport: Transport,
        path: Path,
        *,
        purpose: str = "file",
        filename: str | None = None,
        content_type: str | None = None,
        chunk_size: int = DEFAULT_CHUNK,
        progress: Callable[[int, int], None] | None = None,
        records: ResumeRecords | None = None,
        retries: int = 3,
        retry_delay: float = 0.5,
    ) -> None:
        self.transport = transport
        self.path = Path(path).resolve()
        self.purpose = purpose
        self.filename = filename or self.path.name
        self.content_type = (
            content_type or mimetypes.guess_type(self.filename)[0] or "application/octet-stream"
        )
        self.chunk_size = chunk_size
        self.progress = progress
        self.records = records or ResumeRecords()
        self.retries = retries
        self.retry_delay = retry_delay
        self._cancel = threading.Event()
        self._anonymous_token: str | None = None
        self._size = 0

    @property
    def endpoint(self) -> str:
        return self.transport.url("/uploads")

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int) -> None:
        """Progress within a part (bytes handed to the connection)."""
        if self._size:
            self._report(done, self._size)

    def call(self, method: str, url: str, **kw: Any) -> requests.Response:
        """A tus call as the caller: signed in, or with this upload's anonymous token."""
        headers = {"Tus-Resumable": TUS_VERSION, **kw.pop("headers", {})}
        tokens = self.transport.tokens
        if tokens.access_token or tokens.refresh_token:
            return self.transport.request(method, url, headers=headers, **kw)
        headers["X-Anonymous-Token"] = self._anonymous_token or self.transport.anonymous_token
        return self.transport.request(method, url, headers=headers, auth=False, **kw)

    def _fingerprint(self) -> _FileFingerprint:
        stat = self.path.stat()
        return _FileFingerprint(f"{self.transport.base_url}|{self.path}|{stat.st_mtime_ns}")

    def _uploader(self, stream: IO[bytes], fingerprint: _FileFingerprint) -> _Uploader:
        return _Uploader(
            file_stream=stream,
            client=TusClient(self.endpoint),
            chunk_size=self.chunk_size,
            metadata={
                "filename": self.filename,
                "filetype": self.content_type,
                "purpose": self.purpose,
            },
            store_url=True,
            url_storage=self.records,
            fingerprinter=fingerprint,
            owner=self,
        )

    def run(self) -> UploadResult:
        fingerprint = self._fingerprint()
        with open(self.path, "rb") as stream:
            key = fingerprint.get_fingerprint(stream)
            record = self.records.record(key) or {}
            self._anonymous_token = record.get("anonymous_token") or None
            try:
                uploader = self._uploader(stream, fingerprint)
            except (errors.NotFound, errors.Forbidden, errors.ValidationFailed, errors.Conflict):
                # Expired, purged, or another account's: start again from zero.
                self.records.remove_item(key)
                self._anonymous_token = None
                uploader = self._uploader(stream, fingerprint)
            size = self._size = uploader.get_file_size()
            if not uploader.url:
                uploader.set_url(uploader.create_url())
                uploader.offset = 0
                self._remember(key, size)
            resumed_from = uploader.offset
            self._report(uploader.offset, size)
            failures = 0
            resync = False
            while uploader.offset < size:
                if self._cancel.is_set():
                    raise UploadCancelled(
                        QT_TRANSLATE_NOOP(
                            "ApiClient", "The upload was cancelled; it can be resumed."
                        )
                    )
                try:
                    if resync:  # ask the service what it really stored, go on from there
                        uploader.offset = uploader.get_offset()
                        resync = False
                    else:
                        uploader.upload_chunk()
                        failures = 0
                except (errors.Unauthorized, errors.NotFound, errors.Forbidden):
                    raise  # retrying cannot help
                except errors.ApiError:
                    # Dropped connection, service away, offset conflict, checksum mismatch
                    # (460), upload busy (423): wait a little, then resynchronise.
                    failures += 1
                    if failures > self.retries or self._cancel.is_set():
                        raise
                    self._cancel.wait(min(self.retry_delay * failures, 10.0))
                    resync = True
                    continue
                self._report(uploader.offset, size)
            headers = uploader.last_headers
            if "Upload-Attachment-Id" not in headers:
                uploader.get_offset()
                headers = uploader.last_headers
        self.records.remove_item(key)
        if "Upload-Attachment-Id" not in headers:
            raise errors.ApiError(
                QT_TRANSLATE_NOOP(
                    "ApiClient", "The service received the file but did not confirm it; try again."
                ),
                code="tus_no_attachment",
            )
        return UploadResult(
            attachment_id=int(headers["Upload-Attachment-Id"]),
            sha256=headers.get("Upload-Sha256", ""),
            size=size,
            resumed_from=resumed_from,
        )

    def terminate(self) -> None:
        """Discard this file's unfinished upload on the service and here."""
        fingerprint = self._fingerprint()
        with open(self.path, "rb") as stream:
            key = fingerprint.get_fingerprint(stream)
        record = self.records.record(key) or {}
        if record.get("url"):
            self._anonymous_token = record.get("anonymous_token") or None
            with contextlib.suppress(errors.NotFound):
                self.call("DELETE", str(record["url"]))
        self.records.remove_item(key)

    def _remember(self, key: str, size: int) -> None:
        tokens = self.transport.tokens
        anonymous = not (tokens.access_token or tokens.refresh_token)
        self.records.update(
            key,
            path=str(self.path),
            filename=self.filename,
            size=size,
            purpose=self.purpose,
            service=self.transport.base_url,
            anonymous_token=(self._anonymous_token or self.transport.anonymous_token)
            if anonymous
            else None,
        )

    def _report(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)
