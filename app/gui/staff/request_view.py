"""A request, for staff (H2): the conversation with internal notes drawn apart, a reply box
whose Reply / Internal note switch defaults to Reply and whose send button says which,
canned replies filled in for this customer, status moves offered only along the allowed
transitions (a refused one shows the service's reason), priority and assignee, and a
notice when another staff member has the request open or is writing a reply."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.api.models import Event
from app.core.requests.conversation import assemble
from app.core.requests.export import conversation_html
from app.core.staff.canned import fill
from app.gui.context import AppContext
from app.gui.feedback import message_for, set_busy, show_message
from app.gui.formatting import date_time, status_text
from app.gui.requests.export_ui import wording
from app.gui.staff.queue_model import PRIORITIES
from app.gui.theme import set_role
from app.gui.translation import translated

PRESENCE_RENEW_MS = 10_000
TYPING_IDLE_MS = 5_000


class StaffRequestView(QWidget):
    changed = Signal(object)  # the staff detail as it is now (for the queue)
    replay_requested = Signal(object)  # the detail, whose trail to replay

    def __init__(self, ctx: AppContext, request_id: int, members: dict[int, str]) -> None:
        super().__init__()
        self.ctx = ctx
        self.request_id = request_id
        self.members = members
        self.detail: dict[str, Any] | None = None
        self.canned: list[dict[str, Any]] = []
        self.present: list[dict[str, Any]] = []
        self.typing = False

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("Loading the request…"))
        set_role(self.title, "title")
        self.status_label = QLabel()
        head.addWidget(self.title)
        head.addWidget(self.status_label)
        head.addStretch(1)
        tools = QHBoxLayout()  # a row of its own: long translations must not clip the title
        self.status_button = QPushButton(self.tr("Move &to…"))
        self.status_menu = QMenu(self.status_button)
        self.status_menu.triggered.connect(self._status_chosen)
        self.status_button.setMenu(self.status_menu)
        self.priority_combo = QComboBox()
        self.priority_combo.setAccessibleName(self.tr("Priority"))
        for key, text in PRIORITIES.items():
            self.priority_combo.addItem(translated(text), key)
        self.assignee_combo = QComboBox()
        self.assignee_combo.setAccessibleName(self.tr("Assignee"))
        for combo in (self.priority_combo, self.assignee_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.assign_me_button = QPushButton(self.tr("Assign to &me"))
        self.replay_button = QPushButton(self.tr("Replay &steps…"))
        self.report_button = QPushButton(self.tr("System re&port…"))
        self.report_button.setEnabled(False)
        self.report_button.clicked.connect(self.open_report)
        self.compare_button = QPushButton(self.tr("&Compare reports…"))
        self.compare_button.hide()
        self.compare_button.clicked.connect(self.compare_reports)
        self.report_window: Any = None
        self.compare_window: Any = None
        for caption, combo in (
            (self.tr("Priority:"), self.priority_combo),
            (self.tr("Assignee:"), self.assignee_combo),
        ):
            label = QLabel(caption)
            label.setBuddy(combo)
            tools.addWidget(label)
            tools.addWidget(combo)
        tools.addWidget(self.assign_me_button)
        tools.addWidget(self.status_button)
        tools.addStretch(1)
        for button in (self.replay_button, self.report_button, self.compare_button):
            head.addWidget(button)
        layout.addLayout(head)
        layout.addLayout(tools)

        self.presence_label = QLabel()
        set_role(self.presence_label, "warning")
        self.presence_label.hide()
        layout.addWidget(self.presence_label)

        self.tabs = QTabWidget()
        talk = QWidget()
        talk_layout = QVBoxLayout(talk)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Conversation and internal notes"))
        talk_layout.addWidget(self.browser, 3)

        switch = QHBoxLayout()
        self.reply_radio = QRadioButton(self.tr("&Reply to the customer"))
        self.note_radio = QRadioButton(self.tr("Internal &note (staff only)"))
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.reply_radio)
        self.mode.addButton(self.note_radio)
        self.reply_radio.setChecked(True)
        self.canned_button = QPushButton(self.tr("Canned &reply"))
        self.canned_menu = QMenu(self.canned_button)
        self.canned_menu.triggered.connect(self._canned_chosen)
        self.canned_button.setMenu(self.canned_menu)
        switch.addWidget(self.reply_radio)
        switch.addWidget(self.note_radio)
        switch.addStretch(1)
        switch.addWidget(self.canned_button)
        talk_layout.addLayout(switch)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Your reply"))
        self.editor.setMaximumHeight(150)
        talk_layout.addWidget(self.editor)
        send_row = QHBoxLayout()
        send_row.addStretch(1)
        self.send_button = QPushButton()
        send_row.addWidget(self.send_button)
        talk_layout.addLayout(send_row)
        self.tabs.addTab(talk, self.tr("Conversation"))

        details = QWidget()
        self.details_form = QFormLayout(details)
        self.tabs.addTab(details, self.tr("Details"))
        layout.addWidget(self.tabs, 1)

        bottom = QHBoxLayout()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(140)
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.busy_bar)
        layout.addLayout(bottom)
        show_message(self.message_label, "")
        set_busy(self.busy_bar, False)

        self._typing_timer = QTimer(self)
        self._typing_timer.setSingleShot(True)
        self._typing_timer.setInterval(TYPING_IDLE_MS)
        self._typing_timer.timeout.connect(self._stopped_typing)
        self._renew_timer = QTimer(self)
        self._renew_timer.setInterval(PRESENCE_RENEW_MS)
        self._renew_timer.timeout.connect(self.renew_presence)
        self.mode.buttonToggled.connect(self._mode_changed)
        self.editor.textChanged.connect(self._typed)
        self.send_button.clicked.connect(self.send)
        self.assign_me_button.clicked.connect(self.assign_to_me)
        self.priority_combo.activated.connect(self._priority_chosen)
        self.assignee_combo.activated.connect(self._assignee_chosen)
        self.replay_button.clicked.connect(self._replay)
        self._mode_changed()
        self.load()
        self.load_canned()
        self.renew_presence()
        self._renew_timer.start()

    # -- loading ----------------------------------------------------------------------------

    def load(self) -> None:
        set_busy(self.busy_bar, True)
        request_id = self.request_id
        self.ctx.connection.call(
            lambda c: c.staff.request(request_id),
            on_done=self._loaded,
            on_error=self._failed,
            on_finally=lambda: set_busy(self.busy_bar, False),
            owner=self,
            name="staff request",
        )

    def _failed(self, error: BaseException) -> None:
        show_message(self.message_label, message_for(error))

    def _loaded(self, detail: dict[str, Any]) -> None:
        self.detail = detail
        number = str(detail.get("number", ""))
        self.title.setText(self.tr("Request %s") % number)
        self.status_label.setText(status_text(str(detail.get("status", ""))))
        words = wording(screen=True)
        words.who.update(customer=self.tr("Customer"), staff=self.tr("Staff"))
        words.authors.update(self.members)
        conv = assemble(detail, detail.get("messages") or [], include_internal=True)
        self.browser.setHtml(conversation_html(conv, words, links=False))
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.maximum())
        self.status_menu.clear()
        for code in detail.get("allowed_statuses") or []:
            action = self.status_menu.addAction(status_text(str(code)))
            action.setData(code)
        self.status_button.setEnabled(bool(detail.get("allowed_statuses")))
        self.priority_combo.setCurrentIndex(
            max(self.priority_combo.findData(detail.get("priority")), 0)
        )
        self._fill_assignees()
        self._show_details()
        self.replay_button.setEnabled(bool(detail.get("trail")))
        self.report_button.setEnabled(bool(detail.get("sysinfo_attachment_id")))
        earlier = detail.get("earlier_report")
        self.compare_button.setVisible(bool(earlier))
        if earlier:
            self.compare_button.setToolTip(
                self.tr(
                    "This report beside the customer's earlier one, of request %s (%s): "
                    "what changed on the computer in between"
                )
                % (earlier.get("number", ""), date_time(str(earlier.get("created_at", ""))))
            )
        self.changed.emit(detail)

    def _fill_assignees(self) -> None:
        combo = self.assignee_combo
        combo.clear()
        combo.addItem(self.tr("Nobody"), 0)
        for member_id, name in self.members.items():
            combo.addItem(name, member_id)
        chosen = (self.detail or {}).get("assignee_id") or 0
        combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def _show_details(self) -> None:
        d = self.detail or {}
        form = self.details_form
        while form.rowCount():
            form.removeRow(0)
        owner = d.get("owner") or {}
        product = d.get("product") or {}
        trail = d.get("trail") or {}
        rows = [
            (self.tr("Customer"), str(owner.get("name") or "")),
            (self.tr("Customer ID"), str(owner.get("customer_id") or self.tr("(no account)"))),
            (self.tr("E-mail"), str(d.get("email", ""))),
            (self.tr("Product"), str(product.get("name", "")) if product else ""),
            (self.tr("Version"), str(d.get("product_version", ""))),
            (self.tr("Operating system"), str(d.get("os", ""))),
            (self.tr("Created"), date_time(str(d.get("created_at", "")))),
            (
                self.tr("Client version"),
                " ".join(
                    filter(
                        None,
                        (
                            str(trail.get("client_version", "")),
                            f"({trail['client_build']})" if trail.get("client_build") else "",
                        ),
                    )
                ),
            ),
            (self.tr("Client language"), str(trail.get("language", ""))),
        ]
        for label, value in rows:
            if value:
                form.addRow(label + ":", QLabel(value))

    def load_canned(self) -> None:
        self.ctx.connection.call(
            lambda c: c.staff.canned_replies(),
            on_done=self._canned_loaded,
            owner=self,
            name="canned replies",
        )

    def _canned_loaded(self, replies: list[dict[str, Any]]) -> None:
        self.canned = replies
        self.canned_menu.clear()
        for reply in replies:
            action = self.canned_menu.addAction(str(reply.get("title", "")))
            action.setData(int(reply["id"]))
        self.canned_menu.addSeparator()
        add = self.canned_menu.addAction(self.tr("Save this text as a canned reply…"))
        add.setData(0)
        if replies:
            update = self.canned_menu.addMenu(self.tr("Replace one with this text"))
            remove = self.canned_menu.addMenu(self.tr("Delete one"))
            for reply in replies:
                title, reply_id = str(reply.get("title", "")), int(reply["id"])
                update.addAction(title).triggered.connect(
                    lambda _c=False, i=reply_id: self.update_canned(i)
                )
                remove.addAction(title).triggered.connect(
                    lambda _c=False, i=reply_id: self.delete_canned(i)
                )

    # -- the reply box ----------------------------------------------------------------------

    @property
    def internal(self) -> bool:
        return self.note_radio.isChecked()

    def _mode_changed(self, *_args: Any) -> None:
        if self.internal:
            self.send_button.setText(self.tr("Add &internal note"))
            self.editor.setPlaceholderText(self.tr("A note only staff see…"))
            self.editor.setStyleSheet("QPlainTextEdit { background: #fff1c9; color: #222; }")
        else:
            self.send_button.setText(self.tr("&Send reply to the customer"))
            self.editor.setPlaceholderText(self.tr("Your answer to the customer…"))
            self.editor.setStyleSheet("")

    def _canned_chosen(self, action: Any) -> None:
        reply_id = int(action.data() or 0)
        if reply_id == 0:
            self._save_canned()
            return
        reply = next((r for r in self.canned if int(r["id"]) == reply_id), None)
        if reply is not None and self.detail is not None:
            self.insert_canned(reply)

    def insert_canned(self, reply: dict[str, Any]) -> None:
        self.editor.insertPlainText(fill(str(reply.get("body", "")), self.detail or {}))

    def _save_canned(self) -> None:
        body = self.editor.toPlainText().strip()
        if not body:
            show_message(self.message_label, self.tr("Write the reply first, then save it."))
            return
        title, ok = QInputDialog.getText(self, self.tr("Canned reply"), self.tr("Title:"))
        if ok and title.strip():
            self.ctx.connection.call(
                lambda c: c.staff.add_canned_reply(title.strip(), body),
                on_done=lambda _r: self.load_canned(),
                on_error=self._failed,
                owner=self,
                name="canned reply",
            )

    def update_canned(self, reply_id: int) -> None:
        """The canned reply gets the editor's text (its title stays)."""
        reply = next((r for r in self.canned if int(r["id"]) == reply_id), None)
        body = self.editor.toPlainText().strip()
        if reply is None:
            return
        if not body:
            show_message(self.message_label, self.tr("Write the new text first, then replace."))
            return
        title = str(reply.get("title", ""))
        self.ctx.connection.call(
            lambda c: c.staff.edit_canned_reply(reply_id, title, body),
            on_done=lambda _r: self.load_canned(),
            on_error=self._failed,
            owner=self,
            name="canned reply",
        )

    def delete_canned(self, reply_id: int, *, confirm: bool = True) -> None:
        reply = next((r for r in self.canned if int(r["id"]) == reply_id), None)
        if reply is None:
            return
        if confirm:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self,
                self.tr("Delete the canned reply"),
                self.tr("Delete the canned reply “{title}” for every staff member?").format(
                    title=reply.get("title", "")
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.ctx.connection.call(
            lambda c: c.staff.remove_canned_reply(reply_id),
            on_done=lambda _r: self.load_canned(),
            on_error=self._failed,
            owner=self,
            name="canned reply",
        )

    def send(self) -> None:
        body = self.editor.toPlainText().strip()
        if not body:
            show_message(self.message_label, self.tr("Write something first."))
            return
        internal, request_id = self.internal, self.request_id
        self.send_button.setEnabled(False)
        self.ctx.connection.call(
            lambda c: c.staff.post(request_id, body, internal=internal),
            on_done=self._sent,
            on_error=self._failed,
            on_finally=lambda: self.send_button.setEnabled(True),
            owner=self,
            name="staff reply",
        )

    def _sent(self, _message: Any) -> None:
        self.editor.clear()
        self.reply_radio.setChecked(True)  # the next one is a reply again unless chosen
        show_message(self.message_label, "")
        self._stopped_typing()
        self.load()

    # -- status, priority, assignee ---------------------------------------------------------

    def _act(self, call: Any) -> None:
        show_message(self.message_label, "")
        self.ctx.connection.call(
            call, on_done=self._loaded, on_error=self._refused, owner=self, name="staff change"
        )

    def _refused(self, error: BaseException) -> None:
        show_message(self.message_label, message_for(error))
        self.load()  # the request changed meanwhile: offer what is allowed now

    def move_to(self, status: str) -> None:
        request_id = self.request_id
        self._act(lambda c: c.staff.set_status(request_id, status))

    def _status_chosen(self, action: Any) -> None:
        self.move_to(str(action.data()))

    def _priority_chosen(self, _index: int) -> None:
        priority, request_id = str(self.priority_combo.currentData()), self.request_id
        self._act(lambda c: c.staff.set_priority(request_id, priority))

    def _assignee_chosen(self, _index: int) -> None:
        who = int(self.assignee_combo.currentData() or 0) or None
        request_id = self.request_id
        self._act(lambda c: c.staff.assign(request_id, who))

    def assign_to_me(self) -> None:
        email = str(self.ctx.session.account.get("email", ""))
        request_id = self.request_id

        def run(client: Any) -> Any:
            me = next(m for m in client.staff.members() if m.get("email") == email)
            return client.staff.assign(request_id, int(me["id"]))

        self._act(run)

    def open_report(self) -> None:
        """The request's GetSystemInfo report in the viewer (File › Compare there puts it
        beside an earlier one). Downloaded to the cache on a worker and read there."""
        attachment_id = (self.detail or {}).get("sysinfo_attachment_id")
        if not attachment_id:
            return
        number = str((self.detail or {}).get("number", "request"))
        self.report_button.setEnabled(False)

        def run(client: Any) -> Any:
            from app.sysinfo.archive import load_report

            [path] = _download_reports(client, [(number, int(attachment_id))])
            return path, load_report(path)

        self.ctx.connection.call(
            run,
            on_done=self._show_report,
            on_error=lambda e: show_message(self.message_label, message_for(e)),
            on_finally=lambda: self.report_button.setEnabled(True),
            owner=self,
            name="open report",
        )

    def compare_reports(self) -> None:
        """This request's report beside the same customer's previous one, both downloaded
        to the cache on a worker, in the comparison window."""
        detail = self.detail or {}
        earlier, later_id = detail.get("earlier_report"), detail.get("sysinfo_attachment_id")
        if not earlier or not later_id:
            return
        wanted = [
            (str(earlier.get("number", "earlier")), int(earlier["attachment_id"])),
            (str(detail.get("number", "request")), int(later_id)),
        ]
        self.compare_button.setEnabled(False)

        def run(client: Any) -> Any:
            return _download_reports(client, wanted)

        self.ctx.connection.call(
            run,
            on_done=self._show_comparison,
            on_error=lambda e: show_message(self.message_label, message_for(e)),
            on_finally=lambda: self.compare_button.setEnabled(True),
            owner=self,
            name="compare reports",
        )

    def _show_comparison(self, found: list[Any]) -> None:
        from app.gui.sysinfo_compare import CompareWindow

        detail = self.detail or {}
        earlier = detail.get("earlier_report") or {}
        titles = tuple(
            self.tr("Request %s of %s") % (number, date_time(str(at)))
            for number, at in (
                (earlier.get("number", ""), earlier.get("created_at", "")),
                (detail.get("number", ""), detail.get("created_at", "")),
            )
        )
        self.compare_window = CompareWindow(found[0], found[1], titles=(titles[0], titles[1]))
        self.compare_window.show()

    def _show_report(self, loaded: Any) -> None:
        from app.gui.sysinfo_viewer import ViewerWindow

        path, report = loaded
        self.report_window = ViewerWindow(report, path, tasks=self.ctx.tasks)
        self.report_window.show()

    def _replay(self) -> None:
        if self.detail is not None:
            self.replay_requested.emit(self.detail)

    # -- presence ---------------------------------------------------------------------------

    def _typed(self) -> None:
        self._typing_timer.start()
        if not self.typing and self.editor.toPlainText():
            self.typing = True
            self.renew_presence()

    def _stopped_typing(self) -> None:
        if self.typing:
            self.typing = False
            self.renew_presence()

    def renew_presence(self) -> None:
        request_id, typing = self.request_id, self.typing
        self.ctx.connection.call(
            lambda c: c.staff.here(request_id, typing=typing),
            on_done=self._show_presence,
            owner=self,
            name="presence",
        )

    def _show_presence(self, present: list[dict[str, Any]]) -> None:
        self.present = present
        if not present:
            self.presence_label.hide()
            return
        parts = []
        for p in present:
            who = str(p.get("name") or p.get("email"))
            parts.append(
                self.tr("%s is writing a reply") % who
                if p.get("typing")
                else self.tr("%s has this request open") % who
            )
        self.presence_label.setText("⚠ " + "; ".join(parts) + ".")
        self.presence_label.show()

    def leave(self) -> None:
        self._renew_timer.stop()
        request_id = self.request_id
        self.ctx.connection.call(lambda c: c.staff.leave(request_id), name="presence")

    @Slot(object)
    def live_event(self, event: Event) -> None:
        """A live event of this request (the workspace hands them over)."""
        if event.kind == "request.presence":
            self.renew_presence()
        else:
            self.load()


def _download_reports(client: Any, wanted: list[tuple[str, int]]) -> list[Path]:
    """On a worker: each (request number, attachment id) report into the cache, one folder
    per request, as the viewer and the comparison open them."""
    from app.core import paths

    found = []
    for number, attachment_id in wanted:
        folder = paths.cache_dir() / "reports" / number
        folder.mkdir(parents=True, exist_ok=True)
        found.append(client.download_attachment(attachment_id, folder))
    return found
