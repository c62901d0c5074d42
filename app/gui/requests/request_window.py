"""A request in a window of its own (R2, R3): its details, the conversation in order, every
attachment downloadable, the status history; reply, close, reopen or follow up, and "Did
this help?". Opening it marks it read; live events for it arrive without a refresh."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.api.models import Event
from app.core.requests import actions
from app.core.requests.conversation import Conversation, assemble
from app.core.requests.export import ATTACHMENT_SCHEME, conversation_html
from app.core.wizard.transfer import human_size
from app.gui.context import AppContext
from app.gui.feedback import message_for, set_busy, show_message
from app.gui.formatting import date_time, plain, status_text
from app.gui.requests.downloads import Downloads
from app.gui.requests.export_ui import export_html, export_pdf, wording
from app.gui.requests.live import LiveEvents
from app.gui.requests.reply_box import ReplyBox
from app.gui.requests.reply_outbox import ReplyOutbox
from app.gui.theme import set_role

# Events that change what this window shows.
MESSAGE_EVENTS = frozenset({"request.message"})
STATE_EVENTS = frozenset({"request.status", "request.rated", "request.assigned"})


class RequestWindow(QWidget):
    read = Signal(int)  # request id: shown to the user, so no longer unread
    changed = Signal(object)  # the detail as it is now (for the list)
    open_request = Signal(int)  # a follow-up was filed: open it
    open_number = Signal(str)  # a linked request (follow-up or followed up) was clicked

    def __init__(
        self,
        ctx: AppContext,
        request_id: int,
        live: LiveEvents,
        outbox: ReplyOutbox,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id = request_id
        self.conversation: Conversation | None = None
        self._detail_asked = 0  # detail requests issued
        self._detail_shown = 0  # the newest of them shown
        self.downloads = Downloads(ctx, self)
        self.download_folder = ""
        self.shown_messages = 0  # messages in the conversation (bench and tests read it)
        self.setWindowTitle(self.tr("Request"))
        self.setWindowIcon(QIcon(":/icons/requests.svg"))
        self.resize(900, 680)

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("Loading the request…"))
        set_role(self.title, "title")
        self.status_label = QLabel()
        self.status_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.status_label.setMargin(4)
        head.addWidget(self.title)
        head.addWidget(self.status_label)
        head.addStretch(1)
        self.reopen_button = QPushButton(self.tr("Re&open"))
        self.follow_up_button = QPushButton(self.tr("Start a &follow-up…"))
        self.close_button = QPushButton(self.tr("&Close request"))
        self.export_button = QPushButton(self.tr("&Export"))
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("As &HTML…"), self.export_html)
        export_menu.addAction(self.tr("As &PDF…"), self.export_pdf)
        self.export_button.setMenu(export_menu)
        for button in (
            self.reopen_button,
            self.follow_up_button,
            self.close_button,
            self.export_button,
        ):
            head.addWidget(button)
        layout.addLayout(head)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # conversation
        talk = QWidget()
        talk_layout = QVBoxLayout(talk)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Conversation"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._anchor)
        talk_layout.addWidget(self.browser, 3)
        self.rating = QFrame()
        self.rating.setFrameShape(QFrame.Shape.StyledPanel)
        rating_layout = QHBoxLayout(self.rating)
        self.rating_label = QLabel(self.tr("Did this help?"))
        self.rating_comment = QLineEdit()
        self.rating_comment.setPlaceholderText(self.tr("A comment for the experts (optional)"))
        self.rating_comment.setAccessibleName(self.tr("Comment on the answer"))
        self.helped_button = QPushButton(self.tr("&Yes, it helped"))
        self.not_helped_button = QPushButton(self.tr("&No"))
        rating_layout.addWidget(self.rating_label)
        rating_layout.addWidget(self.rating_comment, 1)
        rating_layout.addWidget(self.helped_button)
        rating_layout.addWidget(self.not_helped_button)
        self.rating.hide()
        talk_layout.addWidget(self.rating)
        self.rated_label = QLabel()
        self.rated_label.hide()
        talk_layout.addWidget(self.rated_label)
        self.reply = ReplyBox(ctx, request_id, outbox, self)
        talk_layout.addWidget(self.reply)
        self.tabs.addTab(talk, self.tr("Conversation"))

        # details
        details = QWidget()
        self.details_form = QFormLayout(details)
        self.tabs.addTab(details, self.tr("Details"))

        # files
        files = QWidget()
        files_layout = QVBoxLayout(files)
        self.files_tree = QTreeWidget()
        self.files_tree.setAccessibleName(self.tr("Attached files"))
        self.files_tree.setHeaderLabels(
            [self.tr("File"), self.tr("Size"), self.tr("From"), self.tr("SHA-256")]
        )
        self.files_tree.setRootIsDecorated(False)
        self.files_tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        files_layout.addWidget(self.files_tree, 1)
        files_row = QHBoxLayout()
        self.download_button = QPushButton(self.tr("&Download…"))
        self.download_all_button = QPushButton(self.tr("Download &all…"))
        self.download_bar = QProgressBar()
        self.download_bar.setAccessibleName(self.tr("Download"))
        self.download_bar.hide()
        self.download_label = QLabel()
        self.download_label.setWordWrap(True)
        files_row.addWidget(self.download_button)
        files_row.addWidget(self.download_all_button)
        files_row.addWidget(self.download_bar)
        files_row.addWidget(self.download_label, 1)
        files_layout.addLayout(files_row)
        self.tabs.addTab(files, self.tr("Files"))

        # history
        self.history_tree = QTreeWidget()
        self.history_tree.setAccessibleName(self.tr("Status history"))
        self.history_tree.setHeaderLabels([self.tr("When"), self.tr("From"), self.tr("To")])
        self.history_tree.setRootIsDecorated(False)
        self.history_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.history_tree, self.tr("History"))

        bottom = QHBoxLayout()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.busy_bar)
        layout.addLayout(bottom)
        show_message(self.message_label, "")
        set_busy(self.busy_bar, False)

        self.close_button.clicked.connect(self.close_request)
        self.reopen_button.clicked.connect(self.reopen)
        self.follow_up_button.clicked.connect(self.follow_up)
        self.helped_button.clicked.connect(self._rate_helped)
        self.not_helped_button.clicked.connect(self._rate_not_helped)
        self.download_button.clicked.connect(self.download_selected)
        self.download_all_button.clicked.connect(self.download_all)
        self.downloads.progress.connect(self._download_progress)
        self.downloads.finished.connect(self._downloaded)
        self.downloads.failed.connect(self._download_failed)
        self.reply.sent.connect(self._reply_sent)
        self.reply.queued.connect(self._reply_queued)
        outbox.sent.connect(self._outbox_sent)
        live.received.connect(self._event)
        self._show_actions(frozenset())
        self.load()

    # -- loading ----------------------------------------------------------------------------

    def load(self) -> None:
        request_id = self.request_id
        set_busy(self.busy_bar, True)

        def run(client: Any) -> tuple[Any, Any]:
            detail = client.get_request(request_id)
            messages = client.messages(request_id)
            client.mark_read(request_id)
            return detail, messages

        self.ctx.connection.call(
            run,
            on_done=self._loaded,
            on_error=self._failed,
            on_finally=self._idle,
            owner=self,
            name="request",
        )

    def _idle(self) -> None:
        set_busy(self.busy_bar, False)

    def _failed(self, error: BaseException) -> None:
        show_message(self.message_label, message_for(error))

    def _loaded(self, answer: tuple[dict[str, Any], list[dict[str, Any]]]) -> None:
        detail, messages = answer
        self.conversation = assemble(detail, messages)
        self._show_all()
        self.read.emit(self.request_id)
        self.changed.emit(detail)

    def _show_all(self) -> None:
        conv = self.conversation
        if conv is None:
            return
        d = conv.detail
        number = str(d.get("number", ""))
        self.setWindowTitle(self.tr("Request %s — Personal Cabinet") % number)
        self.title.setText(self.tr("Request %s") % number)
        self.status_label.setText(status_text(str(d.get("status", ""))))
        self._show_conversation()
        self._show_details()
        self._show_files()
        self._show_history()
        self._show_actions(actions.available(d))

    def _show_conversation(self) -> None:
        conv = self.conversation
        assert conv is not None
        bar = self.browser.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        self.browser.setHtml(conversation_html(conv, wording(screen=True)))
        self.shown_messages = sum(1 for e in conv.entries if e.kind == "message")
        if at_end or bar.value() == 0:
            bar.setValue(bar.maximum())

    def type_title(self) -> str:
        d = self.conversation.detail if self.conversation else {}
        code = str(d.get("type", ""))
        catalog = self.ctx.connection.catalog
        title = catalog.type_title(code, str(d.get("kind", "")) or None) if catalog else code
        return title if title != code else plain(code)

    def country_name(self) -> str:
        d = self.conversation.detail if self.conversation else {}
        code = str(d.get("country", ""))
        catalog = self.ctx.connection.catalog
        if not code or catalog is None:
            return code
        return catalog.country_name(code)

    def _show_details(self) -> None:
        conv = self.conversation
        assert conv is not None
        d = conv.detail
        form = self.details_form
        while form.rowCount():
            form.removeRow(0)
        product = d.get("product") or {}
        report = next(
            (a for a in conv.files() if a.get("id") == d.get("sysinfo_attachment_id")), None
        )
        rows = [
            (self.tr("Number"), str(d.get("number", ""))),
            (
                self.tr("Kind"),
                self.tr("Technical Support")
                if d.get("kind") == "support"
                else self.tr("Virus Lab"),
            ),
            (self.tr("Type"), self.type_title()),
            (
                self.tr("Product"),
                str(product.get("name", "")) if isinstance(product, dict) else "",
            ),
            (self.tr("Version"), str(d.get("product_version", ""))),
            (self.tr("Operating system"), str(d.get("os", ""))),
            (self.tr("E-mail"), str(d.get("email", ""))),
            (self.tr("Country"), self.country_name()),
            (self.tr("City"), str(d.get("city", ""))),
            (self.tr("Company"), str(d.get("company", ""))),
            (self.tr("Status"), status_text(str(d.get("status", "")))),
            (self.tr("Created"), date_time(str(d.get("created_at", "")))),
            (self.tr("Last update"), date_time(str(d.get("updated_at", "")))),
            (self.tr("System report"), str(report.get("filename", "")) if report else ""),
        ]
        if d.get("kind") == "viruslab":
            rows[-1:-1] = self._viruslab_rows(d)
        for label, value in rows:
            if value:
                field = QLabel(value)
                field.setWordWrap(True)
                field.setTextInteractionFlags(field.textInteractionFlags().TextSelectableByMouse)
                form.addRow(label + ":", field)
        earlier = d.get("follow_up_of")
        if earlier:
            form.addRow(self.tr("Follow-up to") + ":", self._request_links([str(earlier)]))
        later = [str(n) for n in d.get("follow_ups") or []]
        if later:
            form.addRow(self.tr("Follow-ups") + ":", self._request_links(later))

    def _viruslab_rows(self, d: dict[str, Any]) -> list[tuple[str, str]]:
        """The Virus Lab's own rows: where the analysis stands, the verdict in plain words,
        what the product called the file, and each sample with its SHA-256."""
        status = str(d.get("status", ""))
        stages = [self.tr("Received"), self.tr("Analyzing"), self.tr("Verdict"), self.tr("Closed")]
        at = {"received": 0, "analyzing": 1, "closed": 3}.get(status, 2)
        verdicts = {
            "verdict_malicious": self.tr(
                "Malicious: the file is a threat. The product's databases will detect it."
            ),
            "verdict_clean": self.tr("Clean: the analysts found no threat in the file."),
            "verdict_false_positive": self.tr(
                "False positive confirmed: the detection will be removed from the databases."
            ),
        }
        verdict = verdicts.get(status, "")
        if not verdict and status == "closed":
            last = next(
                (
                    str(h.get("to_status", ""))
                    for h in reversed(d.get("history") or [])
                    if str(h.get("to_status", "")) in verdicts
                ),
                "",
            )
            verdict = verdicts.get(last, "") or self.tr("None: it was closed before a verdict.")
        samples = "\n".join(
            f"{s.get('name', '')} — SHA-256 {s.get('sha256', '')}" for s in d.get("samples") or []
        )
        return [
            (
                self.tr("Progress"),
                " → ".join(f"[{name}]" if i == at else name for i, name in enumerate(stages)),
            ),
            (self.tr("Verdict"), verdict or self.tr("Not yet: the analysts are on it.")),
            (self.tr("Detected as"), str(d.get("detection_name", "") or "")),
            (self.tr("Last database update"), str(d.get("last_db_update", "") or "")),
            (self.tr("Samples"), samples),
        ]

    def _request_links(self, numbers: list[str]) -> QLabel:
        """Request numbers as links that open that request in its own window."""
        links = ", ".join(
            f'<a href="{html.escape(quote(n), quote=True)}">{html.escape(n)}</a>' for n in numbers
        )
        field = QLabel(links)
        field.setObjectName("request_links")
        field.setWordWrap(True)
        field.setTextFormat(Qt.TextFormat.RichText)
        field.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        field.linkActivated.connect(self._open_linked)
        return field

    def _open_linked(self, href: str) -> None:
        self.open_number.emit(unquote(href))

    def _show_files(self) -> None:
        conv = self.conversation
        assert conv is not None
        senders = {a["id"]: e.who for e in conv.entries for a in e.attachments}
        self.files_tree.clear()
        for att in conv.files():
            item = QTreeWidgetItem(
                [
                    str(att.get("filename", "")),
                    human_size(int(att.get("size", 0))),
                    senders.get(att.get("id"), self.tr("You")),
                    str(att.get("sha256", "")),
                ]
            )
            item.setData(0, 256, int(att["id"]))
            self.files_tree.addTopLevelItem(item)
        has = self.files_tree.topLevelItemCount() > 0
        self.download_button.setEnabled(has)
        self.download_all_button.setEnabled(has)
        self.tabs.setTabText(2, self.tr("Files (%d)") % self.files_tree.topLevelItemCount())

    def _show_history(self) -> None:
        conv = self.conversation
        assert conv is not None
        self.history_tree.clear()
        for change in conv.detail.get("history") or []:
            frm = change.get("from_status")
            self.history_tree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        date_time(str(change.get("at", ""))),
                        status_text(str(frm)) if frm else self.tr("(filed)"),
                        status_text(str(change.get("to_status", ""))),
                    ]
                )
            )

    def _show_actions(self, allowed: frozenset[str]) -> None:
        self.close_button.setVisible("close" in allowed)
        self.reopen_button.setVisible("reopen" in allowed)
        self.follow_up_button.setVisible("follow_up" in allowed)
        self.export_button.setEnabled(self.conversation is not None)
        self.reply.set_closed("reply" not in allowed and self.conversation is not None)
        self.rating.setVisible("rate" in allowed)
        helped = self.conversation.detail.get("helped") if self.conversation else None
        if helped is None:
            self.rated_label.hide()
        else:
            self.rated_label.setText(
                self.tr("You said the answer helped. Thank you.")
                if helped
                else self.tr("You said the answer did not help; the experts see it.")
            )
            self.rated_label.show()

    # -- live -------------------------------------------------------------------------------

    @Slot(object)
    def _event(self, event: Event) -> None:
        if int(event.data.get("request_id", 0) or 0) != self.request_id:
            return
        if event.kind in MESSAGE_EVENTS:
            self._fetch_messages()
        elif event.kind in STATE_EVENTS:
            self._refresh_detail()

    def _fetch_messages(self) -> None:
        request_id = self.request_id

        def run(client: Any) -> Any:
            messages = client.messages(request_id)
            client.mark_read(request_id)
            return messages

        self.ctx.connection.call(run, on_done=self._messages, owner=self, name="new messages")

    def _messages(self, messages: list[dict[str, Any]]) -> None:
        if self.conversation is None:
            return
        added = [m for m in messages if self.conversation.add_message(m)]
        if added:
            self._show_conversation()
            self._show_files()
        self.read.emit(self.request_id)

    def _asked(self) -> int:
        """Number a detail request as it is issued: answers can come back out of order (a
        refresh started by a live event may finish after the action that followed it)."""
        self._detail_asked += 1
        return self._detail_asked

    def _refresh_detail(self) -> None:
        request_id, asked = self.request_id, self._asked()

        def run(client: Any) -> Any:
            detail = client.get_request(request_id)
            client.mark_read(request_id)
            return detail

        self.ctx.connection.call(
            run,
            on_done=lambda detail: self._detail(detail, asked),
            on_error=self._failed,
            owner=self,
            name="request",
        )

    def _detail(self, detail: dict[str, Any], asked: int) -> None:
        """Show a fresh detail unless one asked for later has been shown already."""
        if self.conversation is None or asked < self._detail_shown:
            return
        self._detail_shown = asked
        messages = [
            {
                "id": e.message_id,
                "sender": e.sender,
                "body": e.body,
                "created_at": e.at,
                "attachments": list(e.attachments),
            }
            for e in self.conversation.entries
            if e.kind == "message"
        ]
        self.conversation = assemble(detail, messages)
        self._show_all()
        self.read.emit(self.request_id)
        self.changed.emit(detail)

    # -- acting -----------------------------------------------------------------------------

    def _act(self, fn: Any, done_text: str) -> None:
        set_busy(self.busy_bar, True, self.close_button, self.reopen_button, self.rating)
        asked = self._asked()

        def done(detail: dict[str, Any]) -> None:
            show_message(self.message_label, done_text, "info")
            self._detail(detail, asked)

        self.ctx.connection.call(
            fn,
            on_done=done,
            on_error=self._failed,
            on_finally=self._acted,
            owner=self,
            name="request action",
        )

    def _acted(self) -> None:
        set_busy(self.busy_bar, False, self.close_button, self.reopen_button, self.rating)

    def close_request(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Close the request"),
            self.tr(
                "Close this request? The experts stop working on it and it takes no more "
                "replies; you can start a follow-up request later."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        request_id = self.request_id
        self._act(lambda c: c.close_request(request_id), self.tr("The request is closed."))

    def reopen(self) -> None:
        request_id = self.request_id
        self._act(
            lambda c: c.reopen_request(request_id),
            self.tr("The request is open again; the experts have been told."),
        )

    def _rate_helped(self) -> None:
        self.rate(True)

    def _rate_not_helped(self) -> None:
        self.rate(False)

    def rate(self, helped: bool) -> None:
        request_id, comment = self.request_id, self.rating_comment.text().strip()
        self._act(
            lambda c: c.rate_request(request_id, helped=helped, comment=comment),
            self.tr("Thank you for your answer."),
        )

    def follow_up(self, text: str = "") -> None:
        if self.conversation is None:
            return
        if not text:
            text, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Start a follow-up request"),
                self.tr(
                    "This request can no longer be reopened. Describe what is still wrong; "
                    "the new request quotes number %s."
                )
                % self.conversation.detail.get("number", ""),
            )
            if not ok or not text.strip():
                return
        payload = actions.follow_up_payload(self.conversation.detail, text)
        set_busy(self.busy_bar, True, self.follow_up_button)
        self.ctx.connection.call(
            lambda c: c.create_support_request(payload),
            on_done=self._followed_up,
            on_error=self._failed,
            on_finally=lambda: set_busy(self.busy_bar, False, self.follow_up_button),
            owner=self,
            name="follow-up",
        )

    def _followed_up(self, summary: dict[str, Any]) -> None:
        show_message(
            self.message_label,
            self.tr("Follow-up request %s was filed.") % summary.get("number", ""),
            "info",
        )
        self.open_request.emit(int(summary["id"]))

    def _reply_sent(self, message: dict[str, Any]) -> None:
        if self.conversation is not None and self.conversation.add_message(message):
            self._show_conversation()
            self._show_files()
        self._refresh_detail()  # a reply can move the status (waiting → open)

    def _reply_queued(self) -> None:
        show_message(
            self.message_label,
            self.tr("Your reply waits in the outbox and is sent when the service answers."),
            "warning",
        )

    def _outbox_sent(self, entry: Any) -> None:
        if entry.payload.get("request_id") == self.request_id or (
            entry.request_id == self.request_id
        ):
            show_message(self.message_label, self.tr("Your waiting reply was sent."), "info")
            self._fetch_messages()

    # -- attachments ------------------------------------------------------------------------

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == ATTACHMENT_SCHEME:
            self.download([int(url.path())])

    def _choose_folder(self) -> str:
        start = self.download_folder or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to save the files"), start)
        if folder:
            self.download_folder = folder
        return folder

    def download_selected(self) -> None:
        ids = [int(i.data(0, 256)) for i in self.files_tree.selectedItems()]
        current = self.files_tree.currentItem()
        if not ids and current is not None:
            ids = [int(current.data(0, 256))]
        if ids:
            self.download(ids)

    def download_all(self) -> None:
        items = [
            self.files_tree.topLevelItem(n) for n in range(self.files_tree.topLevelItemCount())
        ]
        ids = [int(item.data(0, 256)) for item in items if item is not None]
        self.download(ids)

    def download(self, ids: list[int], folder: str = "") -> None:
        folder = folder or self._choose_folder()
        if not folder:
            return
        self.download_bar.setRange(0, 1000)
        self.download_bar.setValue(0)
        self.download_bar.show()
        show_message(self.download_label, self.tr("Downloading…"), "info")
        for attachment_id in ids:
            self.downloads.start(attachment_id, Path(folder))

    def _download_progress(self, _attachment_id: int, done: int, total: int) -> None:
        if total:
            self.download_bar.setValue(int(done * 1000 / total))

    def _downloaded(self, _attachment_id: int, path: str) -> None:
        if not self.downloads.running or set(self.downloads.running) == {_attachment_id}:
            self.download_bar.hide()
        show_message(
            self.download_label,
            self.tr("Saved to %s (not opened: check it before you open it).") % path,
            "info",
        )

    def _download_failed(self, _attachment_id: int, text: str) -> None:
        self.download_bar.hide()
        show_message(self.download_label, text)

    # -- export -----------------------------------------------------------------------------

    def _export_path(self, suffix: str, caption: str, filter_text: str) -> Path | None:
        if self.conversation is None:
            return None
        number = str(self.conversation.detail.get("number", "request"))
        start = str(Path(self.download_folder or Path.home()) / f"{number}.{suffix}")
        name, _ = QFileDialog.getSaveFileName(self, caption, start, filter_text)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(f".{suffix}")

    def export_html(self, path: Path | None = None) -> Path | None:
        caption = self.tr("Export the request as HTML")
        return self._export("html", export_html, caption, self.tr("Web page (*.html)"), path)

    def export_pdf(self, path: Path | None = None) -> Path | None:
        caption = self.tr("Export the request as PDF")
        return self._export("pdf", export_pdf, caption, self.tr("PDF document (*.pdf)"), path)

    def _export(
        self,
        suffix: str,
        write: Callable[..., object],
        caption: str,
        filter_text: str,
        path: Path | None,
    ) -> Path | None:
        path = path or self._export_path(suffix, caption, filter_text)
        if path is None or self.conversation is None:
            return None
        try:
            write(
                self.conversation, path, type_title=self.type_title(), country=self.country_name()
            )
        except OSError as exc:
            show_message(self.message_label, self.tr("Could not save: %s") % exc.strerror)
            return None
        show_message(self.message_label, self.tr("Saved to %s") % path, "info")
        return path

    def closeEvent(self, event: QCloseEvent) -> None:
        self.reply.stop()
        self.downloads.cancel_all()
        super().closeEvent(event)
