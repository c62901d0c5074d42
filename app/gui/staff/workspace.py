"""The staff workspace: what a helpdesk account sees instead of the customer's navigation —
Queue, Request (the requests opened, one tab each) and Profile — fed by the same event
stream as My requests, in its staff scope (every request's news, internal included)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.api.models import Event
from app.core.text import QT_TRANSLATE_NOOP
from app.gui.context import AppContext
from app.gui.staff.queue_model import row_from_detail
from app.gui.staff.queue_page import QueuePage
from app.gui.staff.request_view import StaffRequestView
from app.gui.translation import translated

SECTIONS = (
    ("queue", QT_TRANSLATE_NOOP("StaffWorkspace", "Queue"), "requests.svg"),
    ("request", QT_TRANSLATE_NOOP("StaffWorkspace", "Request"), "support.svg"),
    ("profile", QT_TRANSLATE_NOOP("StaffWorkspace", "Profile"), "profile.svg"),
)
QUEUE_EVENTS = frozenset(
    {"request.created", "request.message", "request.status", "request.assigned", "request.priority"}
)


class StaffWorkspace(QWidget):
    def __init__(self, ctx: AppContext, window: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.window_ = window
        self.views: dict[int, StaffRequestView] = {}
        self.replays: list[QWidget] = []
        body = QHBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Staff sections"))
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(200)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        for key, title, icon in SECTIONS:
            item = QListWidgetItem(QIcon(f":/icons/{icon}"), translated(title))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
        self.stack = QStackedWidget()
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)

        self.queue = QueuePage(ctx)
        self.queue.open_requested.connect(self.open_request)
        self.requests = QTabWidget()
        self.requests.setTabsClosable(True)
        self.requests.setDocumentMode(True)
        self.requests.tabCloseRequested.connect(self._close_tab)
        self.requests.currentChanged.connect(self._tab_shown)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        self.empty_label = QLabel(self.tr("Open a request from the queue to work on it here."))
        empty_layout.addWidget(self.empty_label, 0, Qt.AlignmentFlag.AlignCenter)
        self.request_stack = QStackedWidget()
        self.request_stack.addWidget(empty)
        self.request_stack.addWidget(self.requests)
        from app.gui.pages.profile import ProfilePage

        self.profile = ProfilePage(ctx)
        self.profile.edit_requested.connect(window.open_profile_edit)
        self.profile.change_email_requested.connect(window.open_change_email)
        self.profile.change_password_requested.connect(window.open_change_password)
        self.profile.two_factor_requested.connect(window.open_two_factor)
        self.profile.sign_out_requested.connect(window.sign_out)
        self.profile.show_profile(ctx.session.profile)
        for widget in (self.queue, self.request_stack, self.profile):
            self.stack.addWidget(widget)
        self.navigation.currentRowChanged.connect(self._section_changed)
        window.live.received.connect(self._event)
        self.navigation.setCurrentRow(0)

    def show_section(self, key: str) -> None:
        self.navigation.setCurrentRow(next(n for n, s in enumerate(SECTIONS) if s[0] == key))

    def _section_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        if SECTIONS[row][0] == "queue" and self.ctx.session.signed_in:
            self.queue.activate()
        elif SECTIONS[row][0] == "profile":
            self.profile.activate()

    def activate(self) -> None:
        self._section_changed(self.navigation.currentRow())

    # -- requests ---------------------------------------------------------------------------

    def open_request(self, request_id: int) -> StaffRequestView:
        view = self.views.get(request_id)
        if view is None:
            view = StaffRequestView(self.ctx, request_id, self.queue.model.members)
            view.changed.connect(self._request_changed)
            view.replay_requested.connect(self.open_replay)
            self.views[request_id] = view
            self.requests.addTab(view, self.tr("Loading…"))
        self.request_stack.setCurrentIndex(1)
        self.requests.setCurrentWidget(view)
        self.queue.model.opened(request_id)
        self.show_section("request")
        return view

    def _request_changed(self, detail: dict[str, Any]) -> None:
        view = self.views.get(int(detail["id"]))
        if view is not None:
            self.requests.setTabText(self.requests.indexOf(view), str(detail.get("number", "")))
        self.queue.model.put(row_from_detail(detail))

    def _tab_shown(self, index: int) -> None:
        """A request's tab brought forward: its view has loaded it, which read it."""
        view = self.requests.widget(index)
        if isinstance(view, StaffRequestView):
            self.queue.model.opened(view.request_id)

    def _close_tab(self, index: int) -> None:
        view = self.requests.widget(index)
        if isinstance(view, StaffRequestView):
            view.leave()
            self.views.pop(view.request_id, None)
        self.requests.removeTab(index)
        if view is not None:
            view.deleteLater()
        if not self.views:
            self.request_stack.setCurrentIndex(0)

    def close_all(self) -> None:
        while self.requests.count():
            self._close_tab(0)
        for replay in self.replays:
            replay.close()

    def open_replay(self, detail: dict[str, Any]) -> QWidget:
        from app.gui.staff.replay_window import ReplayWindow

        window = ReplayWindow(self.ctx, detail)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_: self.replays.remove(window))
        self.replays.append(window)
        window.show()
        return window

    # -- live -------------------------------------------------------------------------------

    @Slot(object)
    def _event(self, event: Event) -> None:
        request_id = int(event.data.get("request_id", 0) or 0)
        if not request_id:
            return
        view = self.views.get(request_id)
        if view is not None:
            if event.kind == "request.presence" or event.kind in QUEUE_EVENTS:
                view.live_event(event)
            if view is self.requests.currentWidget() and self.isVisible():
                return  # the open view's load puts the row in place, already read
        if event.kind not in QUEUE_EVENTS:
            return
        fresh = event.kind == "request.created" or (
            event.kind == "request.message"
            and event.data.get("sender") == "customer"
            and not event.data.get("internal")
        )

        def done(detail: dict[str, Any]) -> None:
            self.queue.model.put(row_from_detail(detail), fresh=fresh)

        self.ctx.connection.call(
            lambda c: c.staff.request(request_id, mark_read=False),
            on_done=done,
            owner=self,
            name="queue row",
        )
