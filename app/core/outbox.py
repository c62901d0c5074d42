"""The offline outbox (W7): a request submitted while the service is unreachable waits here,
with copies of its files, and is sent when the service is back — exactly once, because every
attempt carries the entry's own Idempotency-Key and the service replays the first answer.

Entries are folders under the outbox folder: ``entry.json`` (written atomically after each
step, so a crash mid-send resumes where it stopped) and the files to upload.
"""

from __future__ import annotations

import json
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Protocol, cast

from app.core import atomic

ENTRY_FORMAT = "pc-outbox/1"


class Unreachable(Exception):
    """The transport could not reach the service (or the sign-in it needs is missing); the
    entry stays queued and the message says why."""


class Refused(Exception):
    """The service answered and refused the entry; retrying will not help."""


class OutboxTransport(Protocol):
    def upload(self, path: Path, name: str, purpose: str) -> int:
        """Upload one file, return its attachment id. Raises Unreachable or Refused."""

    def create_support_request(
        self, payload: dict[str, Any], idempotency_key: str
    ) -> dict[str, Any]:
        """Create the request; return the service's answer. Raises Unreachable or Refused."""


class ReplyTransport(OutboxTransport, Protocol):
    def post_reply(
        self, request_id: int, payload: dict[str, Any], idempotency_key: str
    ) -> dict[str, Any]:
        """Add a message to a request; return it. Raises Unreachable or Refused."""


class ViruslabTransport(OutboxTransport, Protocol):
    def create_viruslab_request(
        self, payload: dict[str, Any], idempotency_key: str
    ) -> dict[str, Any]:
        """File a Virus Lab request; return the service's answer."""


@dataclass
class QueuedFile:
    stored: str  # file name inside the entry folder
    name: str
    purpose: str = "file"  # file | sysinfo | sample
    attachment_id: int | None = None


@dataclass
class OutboxEntry:
    key: str  # the Idempotency-Key, also the folder name
    payload: dict[str, Any]
    files: list[QueuedFile] = field(default_factory=list)
    status: str = "queued"  # queued | sent | refused
    queued_at: float = field(default_factory=time.time)
    attempts: int = 0
    number: str = ""
    request_id: int | None = None
    error: str = ""
    # Whose request it is (the account's Customer ID): it is sent only while that account
    # is signed in, never under another one.
    account: str = ""
    # The wizard's state without secrets, so a refused request can be corrected and sent.
    draft: dict[str, Any] | None = None
    # "request": a request to file; "reply": a message to ``payload["request_id"]``;
    # "viruslab": a Virus Lab request, its samples' encrypted archive as the file.
    kind: str = "request"

    @property
    def summary(self) -> str:
        return str(self.payload.get("description", ""))[:80]


class Outbox:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = threading.Lock()

    def enqueue(
        self,
        key: str,
        payload: dict[str, Any],
        files: list[tuple[Path, str, str]],
        *,
        account: str = "",
        draft: dict[str, Any] | None = None,
        kind: str = "request",
    ) -> OutboxEntry:
        """Queue a request; ``files`` are (path, shown name, purpose) copied into the outbox,
        so the request does not depend on the originals staying where they are.

        The copies are made before the entry exists: a crash while copying leaves no entry
        that points at half a file.
        """
        folder = self.folder / key
        folder.mkdir(parents=True, exist_ok=True)
        queued: list[QueuedFile] = []
        for index, (path, name, purpose) in enumerate(files):
            stored = f"file-{index}"
            shutil.copyfile(path, folder / stored)
            queued.append(QueuedFile(stored=stored, name=name, purpose=purpose))
        entry = OutboxEntry(
            key=key, payload=payload, files=queued, account=account, draft=draft, kind=kind
        )
        self._save(entry)
        return entry

    def entry_folder(self, key: str) -> Path:
        """Where the entry's files live; a sender may put a file here before it queues the
        entry (``adopt``), so that nothing is copied and an upload keeps its place."""
        return self.folder / key

    def adopt(
        self,
        key: str,
        payload: dict[str, Any],
        files: list[QueuedFile],
        *,
        account: str = "",
        draft: dict[str, Any] | None = None,
        kind: str = "request",
    ) -> OutboxEntry:
        """Queue a request whose ``files`` are in ``entry_folder(key)`` already."""
        for qf in files:
            if qf.attachment_id is None and not (self.folder / key / qf.stored).is_file():
                raise FileNotFoundError(self.folder / key / qf.stored)
        entry = OutboxEntry(
            key=key, payload=payload, files=files, account=account, draft=draft, kind=kind
        )
        self._save(entry)
        return entry

    def get(self, key: str) -> OutboxEntry | None:
        return next((e for e in self.entries() if e.key == key), None)

    def _save(self, entry: OutboxEntry) -> None:
        doc = {"format": ENTRY_FORMAT, **asdict(entry)}
        atomic.write_json(self.folder / entry.key / "entry.json", doc)

    def entries(self) -> list[OutboxEntry]:
        found: list[OutboxEntry] = []
        for path in sorted(self.folder.glob("*/entry.json")):
            try:
                doc = json.loads(path.read_text(encoding="utf-8"))
                doc = {k: v for k, v in doc.items() if k in _ENTRY_FIELDS}
                doc["files"] = [QueuedFile(**f) for f in doc.get("files", [])]
                found.append(OutboxEntry(**doc))
            except (OSError, ValueError, TypeError):
                continue
        return sorted(found, key=lambda e: e.queued_at)

    def pending(self) -> list[OutboxEntry]:
        return [e for e in self.entries() if e.status == "queued"]

    def remove(self, key: str) -> None:
        shutil.rmtree(self.folder / key, ignore_errors=True)

    def flush(
        self,
        transport: OutboxTransport,
        on_sent: Callable[[OutboxEntry], None] | None = None,
        *,
        account: str | None = None,
    ) -> list[OutboxEntry]:
        """Send what is queued, oldest first; stop at the first unreachable service.

        With ``account``, only that account's entries are sent (the transport is signed in
        as it). Returns the entries sent by this call.
        """
        sent: list[OutboxEntry] = []
        with self._lock:
            for entry in self.pending():
                if account is not None and entry.account != account:
                    continue
                try:
                    self._send(entry, transport)
                except Unreachable as exc:
                    entry.error = str(exc)
                    self._save(entry)
                    break
                except Refused as exc:
                    entry.status, entry.error = "refused", str(exc)
                    self._save(entry)
                    continue
                sent.append(entry)
                if on_sent is not None:
                    on_sent(entry)
        return sent

    def _send(self, entry: OutboxEntry, transport: OutboxTransport) -> None:
        entry.attempts += 1
        self._save(entry)
        folder = self.folder / entry.key
        for qf in entry.files:
            if qf.attachment_id is None:
                qf.attachment_id = transport.upload(folder / qf.stored, qf.name, qf.purpose)
                self._save(entry)  # a crash after this does not upload the file again
        payload = dict(entry.payload)
        if entry.kind == "viruslab":
            payload["sample_attachment_ids"] = [
                f.attachment_id for f in entry.files if f.purpose == "sample"
            ]
            answer = cast("ViruslabTransport", transport).create_viruslab_request(
                payload, entry.key
            )
            self._done(entry, answer)
            return
        if entry.files:
            payload["attachment_ids"] = list(payload.get("attachment_ids") or []) + [
                f.attachment_id for f in entry.files if f.purpose == "file"
            ]
        report = next((f for f in entry.files if f.purpose == "sysinfo"), None)
        if report is not None:
            payload["sysinfo_attachment_id"] = report.attachment_id
        if entry.kind == "reply":
            target = int(payload.pop("request_id"))
            answer = cast("ReplyTransport", transport).post_reply(target, payload, entry.key)
            entry.request_id = target
            entry.status, entry.error = "sent", ""
            self._save(entry)
            self._drop_files(entry)
        else:
            self._done(entry, transport.create_support_request(payload, entry.key))

    def _done(self, entry: OutboxEntry, answer: dict[str, Any]) -> None:
        entry.number = str(answer.get("number", ""))
        entry.request_id = answer.get("id")
        entry.status, entry.error = "sent", ""
        self._save(entry)
        self._drop_files(entry)

    def _drop_files(self, entry: OutboxEntry) -> None:
        for qf in entry.files:  # the service has them now
            (self.folder / entry.key / qf.stored).unlink(missing_ok=True)


_ENTRY_FIELDS = frozenset(f.name for f in fields(OutboxEntry))
