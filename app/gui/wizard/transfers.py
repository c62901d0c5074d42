"""The wizard's file transfers in the background: one task per file on the application's
worker pool (``TaskRunner``), progress and outcome back on the GUI thread.

Files start uploading as soon as they are added, so the user goes on with the next steps
meanwhile; Submit waits for them. A large file can be paused and resumed (the resumable
upload keeps its place, also across restarts); a file the service cannot be reached for
waits and goes again when it answers, or goes with the request through the outbox.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from app.api.client import FORM_FILE_LIMIT
from app.core.wizard.state import AttachmentRef, SysinfoRef
from app.gui.context import AppContext
from app.gui.feedback import is_unreachable, message_for
from app.gui.lifetime import follow
from app.gui.tasks import Task

if TYPE_CHECKING:
    from app.core.wizard.transfer import Transferred

FileRef = AttachmentRef | SysinfoRef

WAITING, SENDING, PAUSED, OFFLINE, FAILED, DONE = (
    "waiting",
    "sending",
    "paused",
    "offline",
    "failed",
    "done",
)


@dataclass
class Transfer:
    ref: FileRef
    purpose: str
    state: str = WAITING
    done: int = 0
    total: int = 0
    message: str = ""
    resumed_from: int = 0  # where this run went on from (a resumable upload stopped before)
    task: Task | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    restart: bool = False  # resume asked while the paused task was still finishing
    first_report: bool = True

    @property
    def resumable(self) -> bool:
        return self.total > FORM_FILE_LIMIT


class TransferManager(QObject):
    """Uploads of the wizard's files, keyed by the file's path (one entry per file)."""

    changed = Signal(str)  # key: its state or progress changed
    finished = Signal(str)  # key: its task ended (done, paused, failed)
    _moved = Signal(str, int, int)  # emitted on a worker, delivered on the GUI thread

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.transfers: dict[str, Transfer] = {}
        self._waiting_for_client: list[str] = []
        self._moved.connect(self._on_moved)
        follow(ctx.connection.health_changed, self._health_changed)
        follow(ctx.connection.client_ready, self._client_ready)

    @staticmethod
    def key(ref: FileRef) -> str:
        return ("sysinfo:" if isinstance(ref, SysinfoRef) else "file:") + ref.path

    def get(self, ref: FileRef) -> Transfer | None:
        return self.transfers.get(self.key(ref))

    @property
    def running(self) -> list[Transfer]:
        return [t for t in self.transfers.values() if t.task is not None]

    def track(self, ref: FileRef, purpose: str, *, start: bool = True) -> Transfer:
        """Follow ``ref``'s upload (starting it unless the service has the file)."""
        key = self.key(ref)
        transfer = self.transfers.get(key)
        if transfer is None:
            transfer = Transfer(ref=ref, purpose=purpose, total=ref.size)
            self.transfers[key] = transfer
        transfer.ref = ref
        if ref.done:
            transfer.state, transfer.done = DONE, transfer.total
            self.changed.emit(key)
        else:
            transfer.done = ref.uploaded
            if start:
                self.start(ref)
        return transfer

    def start(self, ref: FileRef) -> None:
        key = self.key(ref)
        transfer = self.transfers.get(key)
        if transfer is None or transfer.state == DONE:
            return
        if transfer.task is not None:
            transfer.restart = True  # a paused task is finishing its chunk: go on after it
            return
        client = self.ctx.connection.client
        if client is None:
            transfer.state, transfer.message = WAITING, self.tr("Waiting for the connection…")
            if key not in self._waiting_for_client:
                self._waiting_for_client.append(key)
            self.changed.emit(key)
            return
        transfer.state, transfer.message, transfer.restart = SENDING, "", False
        transfer.cancel = cancel = threading.Event()
        transfer.first_report = True
        path, name, purpose, moved = Path(ref.path), ref.name, transfer.purpose, self._moved

        def run() -> Transferred | None:
            from app.api.uploads import UploadCancelled
            from app.core.wizard.transfer import transfer_file

            try:
                return transfer_file(
                    client,
                    path,
                    name=name,
                    purpose=purpose,
                    progress=lambda done, total: moved.emit(key, done, total),
                    cancel=cancel,
                )
            except UploadCancelled:
                return None  # paused: it resumes from where the service stopped

        transfer.task = self.ctx.tasks.run(
            run,
            on_done=lambda result: self._done(key, result),
            on_error=lambda error: self._failed(key, error),
            on_finally=lambda: self._ended(key),
            owner=self,
            name=f"upload {name}",
        )
        self.changed.emit(key)

    def pause(self, ref: FileRef) -> None:
        transfer = self.get(ref)
        if transfer is None or transfer.task is None:
            return
        transfer.cancel.set()
        transfer.state, transfer.message, transfer.restart = PAUSED, "", False
        self.changed.emit(self.key(ref))

    def remove(self, ref: FileRef) -> None:
        """Stop and forget the file; an unfinished resumable upload is discarded on the
        service too (once its task has stopped)."""
        key = self.key(ref)
        transfer = self.transfers.pop(key, None)
        if transfer is None:
            return
        transfer.cancel.set()
        client = self.ctx.connection.client
        if not ref.done and transfer.resumable and client is not None:
            from app.core.wizard.transfer import discard_upload

            path, task = Path(ref.path), transfer.task

            def discard() -> None:
                discard_upload(client, path)

            if task is None:
                self.ctx.tasks.run(discard, name="discard upload")
            else:
                task.done.connect(lambda: self.ctx.tasks.run(discard, name="discard upload"))
        self.changed.emit(key)

    def forget(self, ref: FileRef) -> None:
        """Drop what is known of ``ref``'s transfer (it will be sent anew)."""
        transfer = self.transfers.pop(self.key(ref), None)
        if transfer is not None:
            transfer.cancel.set()

    def stop_all(self) -> None:
        for transfer in self.transfers.values():
            transfer.cancel.set()

    def resume_offline(self) -> None:
        for transfer in list(self.transfers.values()):
            if transfer.state == OFFLINE and transfer.task is None:
                self.start(transfer.ref)

    # -- answers, on the GUI thread ---------------------------------------------------------

    @Slot(str, int, int)
    def _on_moved(self, key: str, done: int, total: int) -> None:
        transfer = self.transfers.get(key)
        if transfer is None or transfer.state not in (SENDING, PAUSED):
            return
        if transfer.first_report:
            transfer.first_report = False
            transfer.resumed_from = done if 0 < done < total else 0
        transfer.done, transfer.total = done, total or transfer.total
        transfer.ref.uploaded = done
        self.changed.emit(key)

    def _done(self, key: str, result: Transferred | None) -> None:
        transfer = self.transfers.get(key)
        if transfer is None:
            return
        if result is None:
            transfer.state = PAUSED
            return
        ref = transfer.ref
        ref.attachment_id, ref.sha256, ref.uploaded = result.attachment_id, result.sha256, 0
        if isinstance(ref, AttachmentRef):
            ref.transfer = "resumable" if transfer.resumable else "form"
        transfer.state, transfer.done, transfer.total = DONE, result.size, result.size
        transfer.resumed_from, transfer.message = result.resumed_from, ""

    def _failed(self, key: str, error: BaseException) -> None:
        transfer = self.transfers.get(key)
        if transfer is None:
            return
        if type(error).__name__ == "UploadCancelled":
            transfer.state = PAUSED
        elif is_unreachable(error):
            transfer.state = OFFLINE
            transfer.message = self.tr(
                "Waiting for the service; it goes on when the service answers."
            )
            self.ctx.connection.check_health()
        else:
            transfer.state, transfer.message = FAILED, message_for(error)

    def _ended(self, key: str) -> None:
        transfer = self.transfers.get(key)
        if transfer is None:
            return
        transfer.task = None
        if transfer.state == SENDING:  # paused: the task's answer was dropped
            transfer.state = PAUSED
        self.changed.emit(key)
        self.finished.emit(key)
        if transfer.restart:
            self.start(transfer.ref)

    def _health_changed(self) -> None:
        if self.ctx.connection.reachable:
            self.resume_offline()

    def _client_ready(self) -> None:
        keys, self._waiting_for_client = self._waiting_for_client, []
        for key in keys:
            transfer = self.transfers.get(key)
            if transfer is not None:
                self.start(transfer.ref)
