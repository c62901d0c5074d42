"""My requests (R1, R5): support and Virus Lab requests together, filtered by kind, status
and type (each with its count), searched with the service's ``q``, sorted by any column
(the choice kept in the settings), and loaded a page at a time as the list scrolls.
Double-click, Enter or the context menu open a request."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core.catalog import KINDS
from app.core.requests.query import COLUMNS, SETTINGS_KEY, RequestsQuery
from app.gui.context import AppContext
from app.gui.feedback import set_busy, show_message
from app.gui.formatting import STATUSES, plain, status_text
from app.gui.lifetime import follow
from app.gui.requests.list_model import RequestsModel
from app.gui.theme import set_role

SEARCH_DELAY_MS = 350


class RequestsView(QTreeView):
    """The list; Enter opens the current request like a double-click."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class RequestsPage(QWidget):
    open_requested = Signal(int)  # request id
    export_requested = Signal(int)
    new_request_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = RequestsModel(ctx, self)
        self.counts: dict[str, dict[str, int]] = {}
        self.loaded = False

        layout = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title = QLabel(self.tr("My requests"))
        set_role(title, "title")
        self.unread_label = QLabel()
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setIcon(
            self.style().standardIcon(self.style().StandardPixmap.SP_BrowserReload)
        )
        title_row.addWidget(title)
        title_row.addWidget(self.unread_label)
        title_row.addStretch(1)
        title_row.addWidget(self.refresh_button)
        layout.addLayout(title_row)

        filters = QHBoxLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of request"))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Request type"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by number or words…"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.search_edit.setClearButtonEnabled(True)
        for widget in (self.kind_combo, self.status_combo, self.type_combo):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)
        layout.addLayout(filters)

        self.stack = QStackedWidget()
        self.view = RequestsView()
        self.view.setAccessibleName(self.tr("My requests"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSortingEnabled(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in zip(range(len(COLUMNS)), (120, 190, 160, 160, 130), strict=False):
            header.resizeSection(column, width)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton()
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)
        self.stack.addWidget(self.view)
        self.stack.addWidget(empty)
        layout.addWidget(self.stack, 1)

        bottom = QHBoxLayout()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.count_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setAccessibleName(self.tr("Loading"))
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.busy_bar)
        layout.addLayout(bottom)
        show_message(self.message_label, "")
        set_busy(self.busy_bar, False)

        self.query = RequestsQuery.from_dict(ctx.settings.extra.get(SETTINGS_KEY))
        self.model.query = self.query
        self._fill_filters()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search_edit.setText(self.query.q)
        header.setSortIndicator(
            COLUMNS.index(self.query.sort),
            Qt.SortOrder.DescendingOrder if self.query.descending else Qt.SortOrder.AscendingOrder,
        )

        self.refresh_button.clicked.connect(self.reload)
        self.kind_combo.activated.connect(self._apply_filters)
        self.status_combo.activated.connect(self._apply_filters)
        self.type_combo.activated.connect(self._apply_filters)
        self.search_edit.textEdited.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._apply_filters)
        header.sortIndicatorChanged.connect(self._sorted)
        self.view.doubleClicked.connect(self._open_index)
        self.view.activated_row.connect(self._open_row)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.empty_button.clicked.connect(self._empty_action)
        self.model.loading_changed.connect(self._loading)
        self.model.loaded.connect(self._update_state)
        self.model.failed.connect(self._failed)
        self.model.counts_changed.connect(self._counts)
        self.model.rowsInserted.connect(self._update_state)
        self.model.modelReset.connect(self._update_state)
        follow(ctx.session.signed_in_changed, self._signed_in_changed)
        follow(ctx.connection.catalog_changed, self._catalog_changed)
        self._update_state()

    # -- the page ---------------------------------------------------------------------------

    def _signed_in_changed(self, signed_in: bool) -> None:
        self.model.clear()
        self.loaded = False
        self.counts = {}
        self._update_state()
        if signed_in and self.isVisible():
            self.reload()

    def activate(self) -> None:
        if self.ctx.session.signed_in:
            self.reload()

    def first_control(self) -> QWidget:
        return self.view

    def reload(self) -> None:
        if not self.ctx.session.signed_in:
            return
        show_message(self.message_label, "")
        self._load_titles()
        self.model.query = self.query
        self.model.reload()

    def _load_titles(self) -> None:
        self.ctx.connection.load_catalog()  # request types by their titles
        self._catalog_changed()

    def _catalog_changed(self) -> None:
        catalog = self.ctx.connection.catalog
        if catalog is None:
            return
        self.model.titles = {t.code: t.title for kind in KINDS for t in catalog.request_types(kind)}
        self._fill_filters()
        if self.model.rows:
            self.model.layoutChanged.emit()

    # -- filters ----------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        counts = self.counts
        kinds = counts.get("kind", {})
        total = sum(kinds.values())

        def label(text: str, n: int | None) -> str:
            return f"{text} ({n})" if n is not None and counts else text

        def fill(combo: QComboBox, entries: list[tuple[str, str]], chosen: str) -> None:
            combo.blockSignals(True)
            combo.clear()
            for text, value in entries:
                combo.addItem(text, value)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

        fill(
            self.kind_combo,
            [
                (label(self.tr("Support and Virus Lab"), total), ""),
                (label(self.tr("Technical Support"), kinds.get("support", 0)), "support"),
                (label(self.tr("Virus Lab"), kinds.get("viruslab", 0)), "viruslab"),
            ],
            self.query.kind,
        )
        statuses = counts.get("status", {})
        status_codes = [c for c in STATUSES if c in statuses] + [
            c for c in statuses if c not in STATUSES
        ]
        if self.query.status and self.query.status not in status_codes:
            status_codes.append(self.query.status)
        fill(
            self.status_combo,
            [(label(self.tr("Any status"), total), "")]
            + [(label(status_text(c), statuses.get(c, 0)), c) for c in status_codes],
            self.query.status,
        )
        types = counts.get("type", {})
        type_codes = sorted(types, key=lambda c: str(self.model.titles.get(c, c)).lower())
        if self.query.type and self.query.type not in type_codes:
            type_codes.append(self.query.type)
        fill(
            self.type_combo,
            [(label(self.tr("Any type"), total), "")]
            + [(label(self.model.titles.get(c, plain(c)), types.get(c, 0)), c) for c in type_codes],
            self.query.type,
        )

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        self.query = replace(
            self.query,
            kind=str(self.kind_combo.currentData() or ""),
            status=str(self.status_combo.currentData() or ""),
            type=str(self.type_combo.currentData() or ""),
            q=self.search_edit.text().strip(),
        )
        self._remember()
        if self.ctx.session.signed_in:
            self.model.set_query(self.query)

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        self.query = replace(
            self.query,
            sort=COLUMNS[column],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        self._remember()

    def _remember(self) -> None:
        self.ctx.settings.extra[SETTINGS_KEY] = self.query.to_dict()
        self.ctx.save_settings()

    def clear_filters(self) -> None:
        self.search_edit.clear()
        self.query = replace(self.query, kind="", status="", type="", q="")
        self._fill_filters()
        self._apply_filters()

    def _counts(self, counts: dict[str, dict[str, int]]) -> None:
        self.counts = counts
        self._fill_filters()
        unread = int(counts.get("unread", {}).get("all", 0))
        self.unread_label.setText(self.tr("%d unread") % unread if unread else "")

    # -- state ------------------------------------------------------------------------------

    def _loading(self, busy: bool) -> None:
        set_busy(self.busy_bar, busy)
        if not busy:
            self.loaded = True
        self._update_state()

    def _failed(self, text: str) -> None:
        show_message(self.message_label, text)

    def _update_state(self) -> None:
        rows = self.model.rowCount()
        done = self.model.done_once
        empty = done and rows == 0
        self.stack.setCurrentIndex(1 if empty else 0)
        if empty and self.query.filtered:
            self.empty_label.setText(self.tr("No requests match these filters."))
            self.empty_button.setText(self.tr("&Show all requests"))
        elif empty:
            self.empty_label.setText(
                self.tr(
                    "You have not sent any requests yet. When you ask Technical Support or "
                    "the Virus Lab for help, your requests and their answers appear here."
                )
            )
            self.empty_button.setText(self.tr("&Ask for help…"))
        more = self.model.next_cursor is not None
        if rows:
            text = self.tr("1 request shown") if rows == 1 else self.tr("%d requests shown") % rows
            self.count_label.setText(text + (self.tr(" — scroll for more") if more else ""))
        else:
            self.count_label.setText("")

    def _empty_action(self) -> None:
        if self.query.filtered:
            self.clear_filters()
        else:
            self.new_request_requested.emit()

    # -- opening ----------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit(int(self.model.item(row)["id"]))

    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        request_id = int(self.model.item(index.row())["id"])
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self.open_requested.emit(request_id))
        menu.addAction(self.tr("&Export…"), lambda: self.export_requested.emit(request_id))
        menu.exec(self.view.viewport().mapToGlobal(point))

    def select(self, request_id: int) -> bool:
        row = self.model.row_of(request_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True
