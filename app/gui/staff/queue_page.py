"""The queue (H1, H5): saved views on the left, filters and search above the list, the
list paged as it scrolls; "Assign to me" and bulk assign / status for the selection.
Double-click or Enter opens a request in the Request page."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QTabBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core.catalog import KINDS
from app.core.staff.queue_query import COLUMNS, VIEW_TITLES, VIEWS, QueueQuery
from app.gui.context import AppContext
from app.gui.feedback import message_for, set_busy, show_message
from app.gui.formatting import status_text
from app.gui.lifetime import follow
from app.gui.staff.queue_model import PRIORITIES, QueueModel
from app.gui.theme import set_role
from app.gui.translation import translated

SEARCH_DELAY_MS = 350
SUPPORT_STATUSES = ("new", "open", "waiting_for_customer", "resolved", "closed")
VIRUSLAB_STATUSES = (
    "received",
    "analyzing",
    "verdict_malicious",
    "verdict_clean",
    "verdict_false_positive",
)


class QueueView(QTreeView):
    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class QueuePage(QWidget):
    open_requested = Signal(int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = QueueModel(ctx, self)
        self.members: list[dict[str, Any]] = []

        # The saved views as tabs over the list, not a column beside it: the list needs the
        # width (eight columns, in German or Russian).
        self.views = QTabBar()
        self.views.setAccessibleName(self.tr("Saved views"))
        self.views.setExpanding(False)
        self.views.setDocumentMode(True)
        for key in VIEWS:
            self.views.setTabData(self.views.addTab(translated(VIEW_TITLES[key])), key)

        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("Queue"))
        set_role(self.title, "title")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by number, e-mail or words…"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.search_edit.setClearButtonEnabled(True)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.refresh_button)
        layout.addLayout(head)
        layout.addWidget(self.views)

        # Three to a row: six side by side clip their texts in a window of ordinary width.
        filters = QGridLayout()
        self.status_combo = self._combo(self.tr("Status"))
        self.type_combo = self._combo(self.tr("Request type"))
        self.kind_combo = self._combo(self.tr("Kind of request"))
        self.product_combo = self._combo(self.tr("Product"))
        self.priority_combo = self._combo(self.tr("Priority"))
        self.assignee_combo = self._combo(self.tr("Assignee"))
        for index, combo in enumerate(
            (
                self.kind_combo,
                self.status_combo,
                self.type_combo,
                self.product_combo,
                self.priority_combo,
                self.assignee_combo,
            )
        ):
            filters.addWidget(combo, index // 3, index % 3)
        filters.addWidget(self.search_edit, 2, 0, 1, 3)
        layout.addLayout(filters)

        self.view = QueueView()
        self.view.setAccessibleName(self.tr("Queue"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COLUMNS.index("updated_at"), Qt.SortOrder.DescendingOrder)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The type takes what is left, so every column fits without scrolling sideways.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMNS.index("type"), QHeaderView.ResizeMode.Stretch)
        for name, width in self._widths().items():
            header.resizeSection(COLUMNS.index(name), width)
        layout.addWidget(self.view, 1)

        actions = QHBoxLayout()
        self.assign_me_button = QPushButton(self.tr("Assign to &me"))
        self.assign_button = QPushButton(self.tr("&Assign to…"))
        self.assign_menu = QMenu(self.assign_button)
        self.assign_button.setMenu(self.assign_menu)
        self.status_button = QPushButton(self.tr("Set &status…"))
        self.status_menu = QMenu(self.status_button)
        for code in SUPPORT_STATUSES + VIRUSLAB_STATUSES:
            action = self.status_menu.addAction(status_text(code))
            action.setData(code)
        self.status_menu.triggered.connect(self._status_chosen)
        self.status_button.setMenu(self.status_menu)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(140)
        for widget in (self.assign_me_button, self.assign_button, self.status_button):
            actions.addWidget(widget)
        actions.addWidget(self.message_label, 1)
        actions.addWidget(self.busy_bar)
        layout.addLayout(actions)
        show_message(self.message_label, "")
        set_busy(self.busy_bar, False)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.views.currentChanged.connect(self._view_changed)
        self.refresh_button.clicked.connect(self.reload)
        self.view.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.view.activated_row.connect(self._open_row)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.assign_me_button.clicked.connect(self.assign_to_me)
        self.assign_menu.triggered.connect(self._assign_chosen)
        self.model.loading_changed.connect(lambda busy: set_busy(self.busy_bar, busy))
        self.model.failed.connect(lambda text: show_message(self.message_label, text))
        follow(ctx.connection.catalog_changed, self._catalog_changed)
        follow(ctx.session.profile_changed, self._profile_changed)
        self._fill_fixed_filters()
        self._profile_changed(ctx.session.profile)
        self.views.setCurrentIndex(0)
        self._view_changed(0)
        self._selection_changed()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self._apply_filters)
        return combo

    # -- the page ---------------------------------------------------------------------------

    def activate(self) -> None:
        self.reload()

    def first_control(self) -> QWidget:
        return self.view

    def reload(self) -> None:
        if not self.ctx.session.signed_in:
            return
        show_message(self.message_label, "")
        self.ctx.connection.load_catalog()
        self._catalog_changed()
        self._load_members()
        self.model.query = self.query()
        self.model.reload()

    def query(self) -> QueueQuery:
        index = self.views.currentIndex()
        view = str(self.views.tabData(index)) if index >= 0 else "unassigned"
        product = self.product_combo.currentData()
        return replace(
            self.model.query,
            view=view,
            status=str(self.status_combo.currentData() or ""),
            type=str(self.type_combo.currentData() or ""),
            kind=str(self.kind_combo.currentData() or ""),
            product_id=int(product) if product else None,
            priority=str(self.priority_combo.currentData() or ""),
            assignee=str(self.assignee_combo.currentData() or ""),
            q=self.search_edit.text().strip(),
        )

    def choose_view(self, key: str) -> None:
        self.views.setCurrentIndex(VIEWS.index(key))

    def _view_changed(self, index: int) -> None:
        if index >= 0:
            self.title.setText(self.tr("Queue — %s") % self.views.tabText(index))
        self._apply_filters()

    def _apply_filters(self) -> None:
        if self.ctx.session.signed_in and self.model.started:
            self.model.set_query(self.query())

    def _profile_changed(self, profile: Any) -> None:
        if profile is None:
            return
        self._load_members()

    def _load_members(self) -> None:
        def done(members: list[dict[str, Any]]) -> None:
            self.members = members
            email = str(self.ctx.session.account.get("email", ""))
            me = next((m for m in members if m.get("email") == email), None)
            self.model.me = int(me["id"]) if me else None
            self.model.members = {int(m["id"]): str(m.get("name") or m["email"]) for m in members}
            self._fill_members()
            self.model.layoutChanged.emit()

        self.ctx.connection.call(
            lambda c: c.staff.members(), on_done=done, owner=self, name="staff members"
        )

    # -- filters ----------------------------------------------------------------------------

    @staticmethod
    def _fill(combo: QComboBox, entries: list[tuple[str, Any]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, value in entries:
            combo.addItem(text, value)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _fill_fixed_filters(self) -> None:
        statuses = [(self.tr("Any status"), "")] + [
            (status_text(code), code) for code in SUPPORT_STATUSES + VIRUSLAB_STATUSES
        ]
        self._fill(self.status_combo, statuses)
        self._fill(
            self.kind_combo,
            [
                (self.tr("Support and Virus Lab"), ""),
                (self.tr("Technical Support"), "support"),
                (self.tr("Virus Lab"), "viruslab"),
            ],
        )
        self._fill(
            self.priority_combo,
            [(self.tr("Any priority"), "")] + [(translated(t), k) for k, t in PRIORITIES.items()],
        )
        self._fill_members()

    def _widths(self) -> dict[str, int]:
        """Each column as wide as its longest usual text in this language, in bold (an
        unread line is): a number with the unread mark, a time left, a date."""
        from datetime import UTC, datetime, timedelta

        from PySide6.QtGui import QFont, QFontMetrics

        from app.core.staff.due import due_text
        from app.gui.formatting import date_time

        bold = QFont(self.view.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        now = datetime(2026, 12, 28, 10, 0, tzinfo=UTC)
        samples = {
            "number": ["● TS-0000000"],
            "product": ["Internet Security"],
            "status": [status_text(code) for code in SUPPORT_STATUSES],
            "priority": [translated(text) for text in PRIORITIES.values()],
            "assignee": ["staff-member@example", self.tr("Nobody")],
            "due": [
                translated(due_text((now + timedelta(hours=23, minutes=59)).isoformat(), now)[0])
            ],
            "updated_at": [date_time(now.isoformat())],
        }
        # the words that may run long share the room: past these they elide, in full in
        # their tooltip
        caps = {"product": 150, "status": 160, "assignee": 140}
        return {
            name: min(
                max(max(metrics.horizontalAdvance(t) for t in texts) + 16, 60), caps.get(name, 400)
            )
            for name, texts in samples.items()
        }

    def _fill_members(self) -> None:
        entries: list[tuple[str, Any]] = [
            (self.tr("Anyone"), ""),
            (self.tr("Me"), "me"),
            (self.tr("Nobody"), "none"),
        ]
        entries += [(str(m.get("name") or m["email"]), str(m["id"])) for m in self.members]
        self._fill(self.assignee_combo, entries)
        self.assign_menu.clear()
        for m in self.members:
            action = self.assign_menu.addAction(str(m.get("name") or m["email"]))
            action.setData(int(m["id"]))
        self.assign_menu.addSeparator()
        unassign = self.assign_menu.addAction(self.tr("Nobody (back to the queue)"))
        unassign.setData(0)

    def _catalog_changed(self) -> None:
        catalog = self.ctx.connection.catalog
        if catalog is None:
            return
        self.model.titles = {t.code: t.title for kind in KINDS for t in catalog.request_types(kind)}
        types = [(self.tr("Any type"), "")] + [
            (t.title, t.code) for kind in KINDS for t in catalog.request_types(kind)
        ]
        self._fill(self.type_combo, types)
        products = [(self.tr("Any product"), None)] + [(p.name, p.id) for p in catalog.products]
        self._fill(self.product_combo, products)

    # -- the selection ----------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [int(self.model.item(r)["id"]) for r in rows if r < self.model.rowCount()]

    def _selection_changed(self, *_args: Any) -> None:
        has = bool(self.view.selectionModel().selectedRows())
        for widget in (self.assign_me_button, self.assign_button, self.status_button):
            widget.setEnabled(has)

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            request_id = int(self.model.item(row)["id"])
            self.model.opened(request_id)
            self.open_requested.emit(request_id)

    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self._open_row(index.row()))
        menu.addAction(self.tr("Assign to &me"), self.assign_to_me)
        menu.addMenu(self.assign_menu)
        menu.addMenu(self.status_menu)
        menu.popup(self.view.viewport().mapToGlobal(point))

    # -- bulk actions -----------------------------------------------------------------------

    def assign_to_me(self) -> None:
        if self.model.me is not None:
            self._bulk("assign", self.model.me)

    def _assign_chosen(self, action: Any) -> None:
        value = int(action.data() or 0)
        self._bulk("assign", value or None)

    def _status_chosen(self, action: Any) -> None:
        self._bulk("status", str(action.data()))

    def _bulk(self, what: str, value: Any) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        set_busy(self.busy_bar, True)

        def run(client: Any) -> tuple[list[dict[str, Any]], list[str]]:
            from app.api import errors

            done, refused = [], []
            for request_id in ids:
                try:
                    if what == "assign":
                        done.append(client.staff.assign(request_id, value))
                    else:
                        done.append(client.staff.set_status(request_id, value))
                except errors.ApiError as exc:
                    if isinstance(exc, errors.ServiceUnreachable):
                        raise
                    refused.append(f"{request_id}: {exc}")
            return done, refused

        self.ctx.connection.call(
            run,
            on_done=self._bulk_done,
            on_error=lambda error: show_message(self.message_label, message_for(error)),
            on_finally=lambda: set_busy(self.busy_bar, False),
            owner=self,
            name="staff bulk",
        )

    def _bulk_done(self, answer: tuple[list[dict[str, Any]], list[str]]) -> None:
        from app.gui.staff.queue_model import row_from_detail

        done, refused = answer
        numbers = {int(d["id"]): str(d.get("number", "")) for d in done}
        for detail in done:
            self.model.put(row_from_detail(detail))
        if refused:
            show_message(
                self.message_label,
                self.tr("%d changed; not changed:") % len(done) + "\n" + "\n".join(refused),
            )
        else:
            show_message(
                self.message_label,
                self.tr("Changed: %s") % ", ".join(numbers.values()),
                "success",
            )
