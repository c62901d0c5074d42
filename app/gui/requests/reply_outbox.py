"""Replies written while the service was away: kept in their own outbox (``app.core.outbox``
with ``kind="reply"``) and sent when the service answers again, exactly once — each carries
its Idempotency-Key, and the service replays the first answer to a repeat."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from app.core import paths
from app.core.outbox import Outbox, OutboxEntry
from app.gui.context import AppContext
from app.gui.feedback import message_for
from app.gui.lifetime import follow


class ReplyOutbox(QObject):
    changed = Signal()
    sent = Signal(object)  # OutboxEntry, just sent (emitted across from the worker)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outbox = Outbox(paths.reply_outbox_dir())
        self.flushing = False
        self._again = False
        self.last_error = ""
        follow(ctx.connection.health_changed, self._maybe_flush)
        follow(ctx.connection.client_ready, self._maybe_flush)
        follow(ctx.session.profile_changed, self._profile_changed)

    @property
    def account(self) -> str:
        return (
            str(self.ctx.session.account.get("customer_id", ""))
            if self.ctx.session.signed_in
            else ""
        )

    def queue(
        self, request_id: int, body: str, attachment_ids: list[int], files: list[Path], key: str
    ) -> OutboxEntry:
        """Keep a reply (with copies of the files not sent yet) to send later."""
        entry = self.outbox.enqueue(
            key,
            {"request_id": request_id, "body": body, "attachment_ids": attachment_ids},
            [(path, path.name, "file") for path in files if path.is_file()],
            account=self.account,
            kind="reply",
        )
        self.changed.emit()
        return entry

    def waiting(self, request_id: int) -> list[OutboxEntry]:
        return [
            e
            for e in self.outbox.pending()
            if e.payload.get("request_id") == request_id and e.account == self.account
        ]

    @Slot()
    def _maybe_flush(self) -> None:
        if self.ctx.connection.reachable and self.account and self.outbox.pending():
            self.flush()

    @Slot(object)
    def _profile_changed(self, _profile: Any) -> None:
        self._maybe_flush()

    def flush(self) -> None:
        if self.flushing:
            self._again = True
            return
        account = self.account
        if not account or self.ctx.connection.client is None:
            return
        self.flushing = True
        outbox, emit_sent = self.outbox, self.sent.emit

        def run(client: Any) -> list[OutboxEntry]:
            # here, not at the top: the transfer module pulls in the HTTP client, which the
            # window's start does not wait for
            from app.gui.requests.reply_client import ReplyClient

            return outbox.flush(ReplyClient(client), emit_sent, account=account)

        self.ctx.connection.call(
            run,
            on_error=self._failed,
            on_finally=self._flushed,
            owner=self,
            name="send replies",
        )

    def _failed(self, error: BaseException) -> None:
        self.last_error = message_for(error)

    def _flushed(self) -> None:
        self.flushing = False
        for entry in self.outbox.entries():
            if entry.status == "sent":
                self.outbox.remove(entry.key)
        self.changed.emit()
        if self._again:
            self._again = False
            self.flush()
