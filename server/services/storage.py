"""Where file contents live: a small storage interface with a filesystem default.

Contents move in chunks, never whole, so a 4 GB upload costs the service a buffer, not
4 GB of memory. Keys are opaque relative names made by the service, never by clients.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from server.config import Settings

CHUNK = 1024 * 1024
_KEY = re.compile(r"[a-z0-9]+(/[a-z0-9]+)*")


class Writer(Protocol):
    """Appends to a stored object; ``sync`` makes what was written survive a crash."""

    def write(self, data: bytes) -> None: ...

    def sync(self) -> None: ...

    def close(self) -> None: ...


class Storage(Protocol):
    def put(self, key: str, chunks: Iterable[bytes]) -> int:
        """Store a whole object from a stream of chunks; returns its size."""
        ...

    def open(self, key: str) -> BinaryIO:
        """Read an object; FileNotFoundError when there is none."""
        ...

    def delete(self, key: str) -> None:
        """Remove an object; a missing one is not an error."""
        ...

    def size(self, key: str) -> int:
        """The stored size; 0 when there is no such object."""
        ...

    def open_at(self, key: str, offset: int) -> Writer:
        """Write from ``offset`` on, dropping anything stored past it (a resumed upload
        overwrites the unconfirmed tail of a cut transfer)."""
        ...


def new_key() -> str:
    token = secrets.token_hex(16)
    return f"files/{token[:2]}/{token}"


def read_chunks(stream: BinaryIO, size: int = CHUNK) -> Iterator[bytes]:
    while chunk := stream.read(size):
        yield chunk


class _FileWriter:
    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle

    def write(self, data: bytes) -> None:
        self._handle.write(data)

    def sync(self) -> None:
        self._handle.flush()
        os.fsync(self._handle.fileno())

    def close(self) -> None:
        self._handle.close()


class FileStorage:
    """Objects as files under one folder; whole objects are written to a temporary name
    and renamed, so a reader never sees half a file."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        if not _KEY.fullmatch(key):
            raise ValueError(f"not a storage key: {key!r}")
        return self.root / key

    def put(self, key: str, chunks: Iterable[bytes]) -> int:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        size = 0
        try:
            with tmp.open("wb") as out:
                for chunk in chunks:
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return size

    def open(self, key: str) -> BinaryIO:
        return self._path(key).open("rb")

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def size(self, key: str) -> int:
        try:
            return self._path(key).stat().st_size
        except FileNotFoundError:
            return 0

    def open_at(self, key: str, offset: int) -> Writer:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        handle = os.fdopen(fd, "r+b")
        try:
            if os.fstat(fd).st_size < offset:
                raise ValueError(f"{key} holds fewer than {offset} bytes")
            handle.truncate(offset)
            handle.seek(offset)
        except BaseException:
            handle.close()
            raise
        return _FileWriter(handle)


def for_settings(settings: Settings) -> Storage:
    """The configured backend: files under DATA/storage, or a bucket (``storage_backend``)."""
    if settings.storage_backend == "s3":
        from server.services.s3_storage import S3Location, S3Storage

        return S3Storage(S3Location.of(settings))
    return FileStorage(settings.storage_dir)
