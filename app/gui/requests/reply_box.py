"""Replying to a request (R3): text and files, with the wizard's attachment machinery (files
start uploading when added — inside the form up to 2 MB, by resumable upload above — and
can be dropped onto the box). Send waits for the files; when the service cannot be reached
the reply goes to the reply outbox, to be sent exactly once when it answers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.api.transport import new_idempotency_key
from app.core.text import Joined
from app.core.wizard.state import AttachmentRef
from app.gui.context import AppContext
from app.gui.feedback import error_text, is_unreachable, message_for, show_message
from app.gui.requests.reply_outbox import ReplyOutbox
from app.gui.translation import translated
from app.gui.wizard.attachments import AttachmentList
from app.gui.wizard.transfers import DONE, FAILED, OFFLINE, PAUSED, TransferManager

MAX_BODY = 20_000


class ReplyBox(QWidget):
    sent = Signal(object)  # Message the service answered
    queued = Signal()  # kept in the outbox

    def __init__(
        self, ctx: AppContext, request_id: int, outbox: ReplyOutbox, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id = request_id
        self.outbox = outbox
        self.transfers = TransferManager(ctx, self)
        self.refs: list[AttachmentRef] = []
        self.key = new_idempotency_key()  # one reply, one key: a repeat is never doubled
        self.sending = False
        self._send_when_done = False
        self.setAcceptDrops(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Your reply"))
        self.text.setPlaceholderText(
            self.tr("Write your reply… You can drop files here to attach them.")
        )
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(60)
        self.text.setMaximumHeight(96)
        layout.addWidget(self.text)
        self.files = AttachmentList(self.transfers)
        self.files.tree.setMinimumHeight(48)
        self.files.tree.setMaximumHeight(84)
        self.files.add_button.hide()  # "Attach files…" below does it
        self.files.setVisible(False)
        layout.addWidget(self.files)
        row = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("A&ttach files…"))
        self.send_button = QPushButton(self.tr("&Send reply"))
        self.send_button.setDefault(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row.addWidget(self.attach_button)
        row.addWidget(self.status, 1)
        row.addStretch(0)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        show_message(self.status, "")

        self.attach_button.clicked.connect(self.files.choose)
        self.files.added.connect(self.add_files)
        self.files.removed.connect(self._remove)
        self.send_button.clicked.connect(self.send)
        self.transfers.finished.connect(self._transfer_finished)
        self.text.textChanged.connect(self._update)
        self._update()

    # -- files ------------------------------------------------------------------------------

    def add_files(self, chosen: list[Path]) -> None:
        from app.core.wizard.transfer import FORM_LIMIT, MAX_FILES, UnusableFile, check_file

        problems: list[str] = []
        known = {r.path for r in self.refs}
        for path in chosen:
            path = path.resolve()
            if str(path) in known:
                problems.append(self.tr("“{name}” is attached already.").format(name=path.name))
                continue
            if len(self.refs) >= MAX_FILES:
                problems.append(
                    self.tr("A reply takes at most {count} files.").format(count=MAX_FILES)
                )
                break
            try:
                size = check_file(path)
            except UnusableFile as exc:
                problems.append(error_text(exc))
                continue
            ref = AttachmentRef(
                path=str(path),
                name=path.name,
                size=size,
                transfer="form" if size <= FORM_LIMIT else "resumable",
            )
            self.refs.append(ref)
            known.add(ref.path)
            self.transfers.track(ref, "file")
        self.files.show_files(self.refs)
        self.files.setVisible(bool(self.refs))
        self.files.say(translated(Joined(*problems)))
        self._update()

    def _remove(self, ref: AttachmentRef) -> None:
        self.transfers.remove(ref)
        self.refs = [r for r in self.refs if r.path != ref.path]
        self.files.show_files(self.refs)
        self.files.setVisible(bool(self.refs))
        self._update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_files(paths)
            event.acceptProposedAction()

    # -- sending ----------------------------------------------------------------------------

    def body(self) -> str:
        return self.text.toPlainText().strip()

    def _update(self) -> None:
        self.send_button.setEnabled(bool(self.body()) and not self.sending)

    def set_closed(self, closed: bool) -> None:
        """A closed request takes no replies (the service refuses them)."""
        for widget in (self.text, self.attach_button, self.send_button, self.files):
            widget.setEnabled(not closed)
        if closed:
            self.text.setPlaceholderText(
                self.tr("This request is closed. Start a follow-up request to go on.")
            )
        else:
            self._update()

    def send(self) -> None:
        body = self.body()
        if not body or self.sending:
            return
        if len(body) > MAX_BODY:
            show_message(self.status, self.tr("A reply can be at most 20,000 characters long."))
            return
        failed = [r for r in self.refs if (t := self.transfers.get(r)) and t.state == FAILED]
        if failed:
            show_message(
                self.status,
                self.tr("“%s” could not be sent; remove it or try it again.") % failed[0].name,
            )
            return
        offline = any(
            (t := self.transfers.get(r)) is not None and t.state == OFFLINE for r in self.refs
        )
        if offline or self.ctx.connection.reachable is False:
            self._queue()
            return
        pending = [r for r in self.refs if not r.done]
        if pending:
            for ref in pending:
                transfer = self.transfers.get(ref)
                if transfer is not None and transfer.state == PAUSED and transfer.task is None:
                    self.transfers.start(ref)
            self._send_when_done = True
            self.sending = True
            self._update()
            show_message(self.status, self.tr("Sending the files first…"), "info")
            return
        self._post(body)

    @Slot(str)
    def _transfer_finished(self, _key: str) -> None:
        self.files.show_files(self.refs)
        if not self._send_when_done:
            return
        states = [t.state for r in self.refs if (t := self.transfers.get(r)) is not None]
        if any(s == OFFLINE for s in states):
            self._send_when_done, self.sending = False, False
            self._queue()
        elif any(s == FAILED for s in states):
            self._send_when_done, self.sending = False, False
            self._update()
            show_message(self.status, self.tr("A file could not be sent; see the list."))
        elif all(s == DONE for s in states):
            self._send_when_done, self.sending = False, False
            self._post(self.body())

    def _post(self, body: str) -> None:
        self.sending = True
        self._update()
        show_message(self.status, self.tr("Sending…"), "info")
        request_id, key = self.request_id, self.key
        ids = [int(r.attachment_id) for r in self.refs if r.attachment_id is not None]
        self.ctx.connection.call(
            lambda client: client.post_message(request_id, body, ids, idempotency_key=key),
            on_done=self._posted,
            on_error=self._post_failed,
            owner=self,
            name="reply",
        )

    def _posted(self, message: object) -> None:
        self.sending = False
        self._reset()
        show_message(self.status, self.tr("Your reply was sent."), "info")
        self.sent.emit(message)

    def _post_failed(self, error: BaseException) -> None:
        self.sending = False
        if is_unreachable(error):
            self._queue()
            return
        self._update()
        show_message(self.status, message_for(error))

    def _queue(self) -> None:
        body = self.body()
        ids = [int(r.attachment_id) for r in self.refs if r.attachment_id is not None]
        files = [Path(r.path) for r in self.refs if r.attachment_id is None]
        for ref in self.refs:
            self.transfers.forget(ref)
        self.outbox.queue(self.request_id, body, ids, files, self.key)
        self._reset()
        show_message(
            self.status,
            self.tr(
                "The service cannot be reached. Your reply is kept and is sent by itself, "
                "once, when the service answers again."
            ),
            "warning",
        )
        self.queued.emit()

    def _reset(self) -> None:
        self.text.clear()
        self.refs = []
        self.files.show_files([])
        self.files.setVisible(False)
        self.key = new_idempotency_key()
        self._update()

    def stop(self) -> None:
        self.transfers.stop_all()
