"""The offline outbox in the GUI (W7): what waits is listed under Support request, and it
is sent — on a worker, oldest first, each with its own Idempotency-Key — whenever the
service answers again and the account it belongs to is signed in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import paths
from app.core.outbox import Outbox, OutboxEntry
from app.gui.context import AppContext
from app.gui.feedback import message_for
from app.gui.formatting import stamp_text
from app.gui.lifetime import follow
from app.gui.theme import set_role


class OutboxController(QObject):
    """Reads the outbox and flushes it when it can; one flush at a time."""

    changed = Signal()
    sent = Signal(object)  # OutboxEntry, just sent

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outbox = Outbox(paths.outbox_dir())
        self.entries: list[OutboxEntry] = []
        self.flushing = False
        self._flush_again = False
        self.last_error = ""
        follow(ctx.connection.health_changed, self._maybe_flush)
        follow(ctx.session.profile_changed, self._maybe_flush)
        follow(ctx.connection.client_ready, self._maybe_flush)

    @property
    def account(self) -> str:
        return (
            str(self.ctx.session.account.get("customer_id", ""))
            if self.ctx.session.signed_in
            else ""
        )

    def refresh(self) -> None:
        outbox = self.outbox
        self.ctx.tasks.run(outbox.entries, on_done=self._read, owner=self, name="read outbox")

    def _read(self, entries: list[OutboxEntry]) -> None:
        self.entries = entries
        self.changed.emit()
        self._maybe_flush()

    @property
    def waiting(self) -> list[OutboxEntry]:
        return [e for e in self.entries if e.status == "queued"]

    def _maybe_flush(self) -> None:
        if self.ctx.connection.reachable and self.account and self.waiting:
            self.flush()

    def flush(self) -> None:
        """Send this account's queued requests now (when the service answers)."""
        if self.flushing:
            self._flush_again = True
            return
        account = self.account
        if not account or self.ctx.connection.client is None:
            return
        self.flushing = True
        outbox, emit_sent = self.outbox, self._sent_on_worker

        def run(client: Any) -> list[OutboxEntry]:
            from app.core.wizard.transfer import ClientOutbox

            return outbox.flush(ClientOutbox(client), emit_sent, account=account)

        self.ctx.connection.call(
            run,
            on_error=lambda e: setattr(self, "last_error", message_for(e)),
            on_finally=self._flushed,
            owner=self,
            name="send outbox",
        )

    def _sent_on_worker(self, entry: OutboxEntry) -> None:
        self.sent.emit(entry)  # queued across to the GUI thread

    def _flushed(self) -> None:
        self.flushing = False
        if self._flush_again:
            self._flush_again = False
            self.flush()
        self.refresh_quietly()

    def refresh_quietly(self) -> None:
        outbox = self.outbox
        self.ctx.tasks.run(outbox.entries, on_done=self._read_only, owner=self, name="read outbox")

    def _read_only(self, entries: list[OutboxEntry]) -> None:
        self.entries = entries
        self.changed.emit()

    def remove(self, key: str) -> None:
        outbox = self.outbox
        self.ctx.tasks.run(
            lambda: outbox.remove(key),
            on_finally=self.refresh_quietly,
            owner=self,
            name="outbox remove",
        )


def _when(stamp: float) -> str:
    return stamp_text(stamp)


class OutboxView(QGroupBox):
    """Under Support request: requests waiting to be sent, sent from the outbox, refused."""

    reopen = Signal(object)  # OutboxEntry: a refused request, to correct in the wizard

    def __init__(self, controller: OutboxController, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("OutboxView", "Requests waiting to be sent"), parent
        )
        self.controller = controller
        self.type_titles: dict[str, str] = {}
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        set_role(self.note, "hint")
        layout.addWidget(self.note)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Requests waiting to be sent"))
        self.list.setMaximumHeight(96)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.send_button = QPushButton(self.tr("Send &now"))
        self.copy_button = QPushButton(self.tr("Cop&y the number"))
        self.edit_button = QPushButton(self.tr("Correct and &send again…"))
        self.remove_button = QPushButton(self.tr("Remove from the &list"))
        for button in (self.send_button, self.copy_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.send_button.clicked.connect(self._send)
        self.copy_button.clicked.connect(self._copy)
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        controller.changed.connect(self.show_entries)
        follow(controller.ctx.connection.health_changed, self.show_entries)
        follow(controller.ctx.session.profile_changed, self.show_entries)
        self.show_entries()

    def _title(self, entry: OutboxEntry) -> str:
        code = str(entry.payload.get("type", ""))
        catalog = self.controller.ctx.connection.catalog
        kind = "viruslab" if entry.kind == "viruslab" else "support"
        title = catalog.type_title(code, kind) if catalog is not None else code
        return self.tr("Virus Lab: {title}").format(title=title) if kind == "viruslab" else title

    def _line(self, entry: OutboxEntry) -> str:
        head = self.tr("{title} — “{summary}” — queued {queued_at}").format(
            title=self._title(entry), summary=entry.summary[:50], queued_at=_when(entry.queued_at)
        )
        if entry.status == "sent":
            return self.tr("Sent as {number}: {head}").format(number=entry.number, head=head)
        if entry.status == "refused":
            return self.tr("Not accepted by the service: {head}. {error}").format(
                head=head, error=entry.error
            )
        ctx = self.controller.ctx
        if entry.account and entry.account != self.controller.account:
            return self.tr("Waiting for you to sign in as {account}: {head}").format(
                account=entry.account, head=head
            )
        if not ctx.connection.reachable:
            return self.tr("Waiting for the service: {head}").format(head=head)
        if self.controller.flushing:
            return self.tr("Sending…: {head}").format(head=head)
        waiting = self.tr("Waiting: {head}").format(head=head)
        return waiting + (f". {entry.error}" if entry.error else "")

    def show_entries(self) -> None:
        entries = self.controller.entries
        current = self.list.currentItem()
        key = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.list.clear()
        for entry in sorted(entries, key=lambda e: e.queued_at, reverse=True):
            item = QListWidgetItem(self._line(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setToolTip(item.text())
            self.list.addItem(item)
            if entry.key == key:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        waiting = len(self.controller.waiting)
        if waiting == 1:
            note = self.tr(
                "1 request waits on this computer; it goes out by itself, once, when the "
                "service answers."
            )
        elif waiting:
            note = self.tr(
                "{waiting} requests wait on this computer; they go out by themselves, once each, "
                "when the service answers."
            ).format(waiting=waiting)
        else:
            note = self.tr("Everything has been sent. The numbers stay here until you remove them.")
        self.note.setText(note)
        self.setTitle(
            self.tr("Requests waiting to be sent") if waiting else self.tr("Requests sent later")
        )
        self.setVisible(bool(entries))
        self._update_buttons()

    def _entry(self) -> OutboxEntry | None:
        item = self.list.currentItem()
        if item is None:
            return None
        key = item.data(Qt.ItemDataRole.UserRole)
        return next((e for e in self.controller.entries if e.key == key), None)

    def _update_buttons(self) -> None:
        entry = self._entry()
        ctx = self.controller.ctx
        self.send_button.setEnabled(
            bool(self.controller.waiting)
            and bool(ctx.connection.reachable)
            and bool(self.controller.account)
        )
        self.copy_button.setEnabled(entry is not None and entry.status == "sent")
        self.edit_button.setEnabled(
            entry is not None and entry.status == "refused" and entry.draft is not None
        )
        self.remove_button.setEnabled(entry is not None and entry.status != "queued")

    def _send(self) -> None:
        self.controller.flush()
        self.show_entries()

    def _copy(self) -> None:
        entry = self._entry()
        if entry is not None:
            QGuiApplication.clipboard().setText(entry.number)

    def _edit(self) -> None:
        entry = self._entry()
        if entry is not None:
            self.reopen.emit(entry)

    def _remove(self) -> None:
        entry = self._entry()
        if entry is not None:
            self.controller.remove(entry.key)
