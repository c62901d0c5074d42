"""Stored files on an S3-compatible object store (AWS S3, MinIO, Ceph, ...), through boto3.

Selected by ``storage_backend = "s3"`` (``PC_SERVER_STORAGE_BACKEND=s3``); the filesystem
stays the default. Every worker on every host then sees the same files.

Objects cannot be appended to, so a resumable upload is kept as *segments*: each
``Writer.sync()`` (the moment tus records an offset) puts the bytes since the last one as
``<key>.seg/<start offset>``. A stored size is the whole object's, or the contiguous
segments' from 0; reading concatenates them. A resumed write (``open_at``) drops the
segments past its offset, so a cut transfer's unconfirmed tail is overwritten, and the
upload goes on from any worker, also after a restart. Reads are seekable (ranged GETs
behind a buffer): the Virus Lab check reads a zip's central directory from the end.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO

from server.services.storage import CHUNK, Writer

if TYPE_CHECKING:
    from server.config import Settings

_SEGMENTS = ".seg/"
_DIGITS = 20  # segment names sort as numbers


@dataclass(frozen=True)
class S3Location:
    bucket: str
    prefix: str = ""
    endpoint_url: str = ""
    region: str = "us-east-1"
    access_key_id: str = ""
    secret_access_key: str = ""

    @classmethod
    def of(cls, settings: Settings) -> S3Location:
        return cls(
            bucket=settings.s3_bucket,
            prefix=settings.s3_prefix,
            endpoint_url=settings.s3_endpoint_url,
            region=settings.s3_region,
            access_key_id=settings.s3_access_key_id,
            secret_access_key=settings.s3_secret_access_key,
        )


_clients: dict[S3Location, Any] = {}
_clients_lock = threading.Lock()


def _client(where: S3Location) -> Any:
    """One boto3 client per location and process (making one costs tens of milliseconds;
    a client is safe to share between threads)."""
    with _clients_lock:
        found = _clients.get(where)
        if found is None:
            import boto3  # only deployments that use S3 pay for importing it
            from botocore.config import Config

            found = boto3.client(
                "s3",
                endpoint_url=where.endpoint_url or None,
                region_name=where.region,
                aws_access_key_id=where.access_key_id or None,
                aws_secret_access_key=where.secret_access_key or None,
                config=Config(retries={"max_attempts": 5, "mode": "standard"}),
            )
            _clients[where] = found
        return found


class _ChunkStream(io.RawIOBase):
    """A stream of chunks as a file for boto3's managed upload."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self._pending = b""
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = chunk
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        self.size += n
        return n


class _Reader(io.RawIOBase):
    """The object (or its segments, end to end) as a seekable file over ranged GETs."""

    def __init__(self, store: S3Storage, parts: list[tuple[str, int, int]]) -> None:
        self._store, self._parts = store, parts  # (object key, start, length)
        self._size = sum(length for _, _, length in parts)
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def readinto(self, buffer: Any) -> int:
        if self._pos >= self._size or not len(buffer):
            return 0
        for name, start, length in self._parts:
            if start <= self._pos < start + length:
                first = self._pos - start
                last = min(length, first + len(buffer)) - 1
                body = self._store.s3.get_object(
                    Bucket=self._store.where.bucket, Key=name, Range=f"bytes={first}-{last}"
                )["Body"]
                data = body.read()
                n = len(data)
                buffer[:n] = data
                self._pos += n
                return n
        return 0


class _SegmentWriter:
    """Buffers bytes between syncs (tus syncs every 8 MB) and puts each run as a segment."""

    def __init__(self, store: S3Storage, key: str, offset: int) -> None:
        self._store, self._key, self._start = store, key, offset
        self._buffer = bytearray()

    def write(self, data: bytes) -> None:
        self._buffer += data

    def sync(self) -> None:
        if not self._buffer:
            return
        name = self._store.segment(self._key, self._start)
        self._store.s3.put_object(
            Bucket=self._store.where.bucket, Key=name, Body=bytes(self._buffer)
        )
        self._start += len(self._buffer)
        self._buffer.clear()

    def close(self) -> None:
        self._buffer.clear()  # unsynced bytes were never confirmed to the client


class S3Storage:
    """``storage.Storage`` on a bucket; keys are the service's own, under ``prefix``."""

    def __init__(self, where: S3Location) -> None:
        self.where = where
        self.s3 = _client(where)

    def _name(self, key: str) -> str:
        return f"{self.where.prefix}{key}"

    def segment(self, key: str, start: int) -> str:
        return f"{self._name(key)}{_SEGMENTS}{start:0{_DIGITS}d}"

    def _segments(self, key: str) -> list[tuple[str, int, int]]:
        """(object, start, length) of the key's segments, in order."""
        prefix = self._name(key) + _SEGMENTS
        found: list[tuple[str, int, int]] = []
        pages = self.s3.get_paginator("list_objects_v2").paginate(
            Bucket=self.where.bucket, Prefix=prefix
        )
        for page in pages:
            for item in page.get("Contents", []):
                start = int(item["Key"][len(prefix) :])
                found.append((item["Key"], start, int(item["Size"])))
        return sorted(found, key=lambda part: part[1])

    def _whole(self, key: str) -> int | None:
        from botocore.exceptions import ClientError

        try:
            head = self.s3.head_object(Bucket=self.where.bucket, Key=self._name(key))
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return None
            raise
        return int(head["ContentLength"])

    @staticmethod
    def _contiguous(parts: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        run, end = [], 0
        for name, start, length in parts:
            if start != end:
                break
            run.append((name, start, length))
            end += length
        return run

    def put(self, key: str, chunks: Iterable[bytes]) -> int:
        from boto3.s3.transfer import TransferConfig

        stream = _ChunkStream(chunks)
        self.s3.upload_fileobj(
            stream,
            self.where.bucket,
            self._name(key),
            Config=TransferConfig(multipart_threshold=8 * CHUNK, multipart_chunksize=8 * CHUNK),
        )
        return stream.size

    def open(self, key: str) -> BinaryIO:
        whole = self._whole(key)
        if whole is not None:
            parts = [(self._name(key), 0, whole)]
        else:
            parts = self._contiguous(self._segments(key))
            if not parts:
                raise FileNotFoundError(key)
        return io.BufferedReader(_Reader(self, parts), buffer_size=CHUNK)

    def delete(self, key: str) -> None:
        names = [self._name(key), *(name for name, _, _ in self._segments(key))]
        for start in range(0, len(names), 1000):
            self.s3.delete_objects(
                Bucket=self.where.bucket,
                Delete={"Objects": [{"Key": n} for n in names[start : start + 1000]]},
            )

    def size(self, key: str) -> int:
        whole = self._whole(key)
        if whole is not None:
            return whole
        return sum(length for _, _, length in self._contiguous(self._segments(key)))

    def open_at(self, key: str, offset: int) -> Writer:
        kept = 0
        for name, start, length in self._segments(key):
            if start + length <= offset and start == kept:
                kept += length
                continue
            if start < offset < start + length and start == kept:
                # A segment across the offset: keep its head (not reached by tus, which
                # resumes at a recorded offset, i.e. a segment's end).
                head = self.s3.get_object(
                    Bucket=self.where.bucket, Key=name, Range=f"bytes=0-{offset - start - 1}"
                )["Body"].read()
                self.s3.put_object(Bucket=self.where.bucket, Key=name, Body=head)
                kept = offset
                continue
            self.s3.delete_object(Bucket=self.where.bucket, Key=name)
        if kept < offset:
            raise ValueError(f"{key} holds fewer than {offset} bytes")
        return _SegmentWriter(self, key, offset)
