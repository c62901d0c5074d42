"""Downloading a request's attachments: on a worker, with progress, into the folder the
user picks. The application never opens what it downloaded (a sample from the Virus Lab
may be malware); it only says where the file is."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from app.gui.context import AppContext
from app.gui.feedback import message_for


class Downloads(QObject):
    progress = Signal(int, int, int)  # attachment id, done, total
    finished = Signal(int, str)  # attachment id, path saved
    failed = Signal(int, str)  # attachment id, message
    _moved = Signal(int, int, int)  # emitted on a worker

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running: dict[int, threading.Event] = {}
        self._moved.connect(self._on_moved)

    def start(self, attachment_id: int, folder: Path) -> None:
        if attachment_id in self.running:
            return
        cancel = threading.Event()
        self.running[attachment_id] = cancel
        moved = self._moved

        def run(client: Any) -> Path:
            path: Path = client.download_attachment(
                attachment_id,
                folder,
                progress=lambda done, total: moved.emit(attachment_id, done, total),
                cancelled=cancel.is_set,
            )
            return path

        self.ctx.connection.call(
            run,
            on_done=lambda path: self.finished.emit(attachment_id, str(path)),
            on_error=lambda error: self.failed.emit(attachment_id, message_for(error)),
            on_finally=lambda: self._ended(attachment_id),
            owner=self,
            name="download",
        )

    def _ended(self, attachment_id: int) -> None:
        self.running.pop(attachment_id, None)

    def cancel_all(self) -> None:
        for cancel in self.running.values():
            cancel.set()

    @Slot(int, int, int)
    def _on_moved(self, attachment_id: int, done: int, total: int) -> None:
        self.progress.emit(attachment_id, done, total)
