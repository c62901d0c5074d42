"""The GetSystemInfo viewer: sections as a tree, a searchable table per section.

Where this machine still has the original (a report just made in memory, or the pseudonym
map kept next to the zip), the original and the redacted values are shown side by side, rows
aligned and changed cells highlighted, so the user sees exactly what leaves the machine.

Run on its own: ``python -m app.gui.sysinfo_viewer REPORT.zip``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.text import QT_TRANSLATE_NOOP
from app.gui.feedback import error_text
from app.gui.translation import plural, translated
from app.sysinfo import Report, ReportFileError, load_report
from app.sysinfo.tables import Table, display, section_tables

ModelIndex = QModelIndex | QPersistentModelIndex
SECTION_ROLE = Qt.ItemDataRole.UserRole
TABLE_ROLE = Qt.ItemDataRole.UserRole + 1
PRIVACY = "__privacy__"


def _dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def status_color(status: str) -> QColor:
    """Readable on the current palette; the status is always written out as well."""
    dark = _dark()
    colours = {
        "ok": ("#1c7c3c", "#5cc17d"),
        "partial": ("#8a5a00", "#e0a640"),
        "timeout": ("#8a5a00", "#e0a640"),
        "needs_admin": ("#8a5a00", "#e0a640"),
        "error": ("#b3261e", "#f0776f"),
        "skipped": ("#5d6875", "#9aa5b1"),
    }
    light, night = colours.get(status, ("#5d6875", "#9aa5b1"))
    return QColor(night if dark else light)


def _sort_key(value: Any) -> tuple[int, Any]:
    if isinstance(value, bool):
        return (0, int(value))
    if isinstance(value, int | float):
        return (0, value)
    if value is None:
        return (2, "")
    return (1, str(value).casefold())


class TableModel(QAbstractTableModel):
    """One table; with ``other`` (its counterpart) the cells that differ are highlighted."""

    def __init__(self, table: Table, other: Table | None = None, *, other_is: str = "") -> None:
        super().__init__()
        self.table = table
        self.other = other if other is not None and len(other.rows) == len(table.rows) else None
        self.other_is = other_is
        self._texts = [
            [display(table, row, c) for c in range(len(table.columns))] for row in table.rows
        ]
        self._other_texts = (
            [
                [display(self.other, row, c) for c in range(len(table.columns))]
                for row in self.other.rows
            ]
            if self.other is not None and self.other.columns == table.columns
            else None
        )
        self._changed = QColor(255, 200, 60, 70)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.table.columns)

    def text(self, row: int, column: int) -> str:
        return self._texts[row][column]

    def row_text(self, row: int) -> str:
        return "\t".join(self._texts[row]).casefold()

    def sort_key(self, row: int, column: int) -> tuple[int, Any]:
        return _sort_key(self.table.rows[row][column])

    def differs(self, row: int, column: int) -> bool:
        return (
            self._other_texts is not None
            and self._other_texts[row][column] != self._texts[row][column]
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._texts[row][column]
            if self.differs(row, column) and self._other_texts is not None:
                return f"{text}\n\n{self.other_is}: {self._other_texts[row][column]}"
            return text if len(text) > 40 else None
        if role == Qt.ItemDataRole.BackgroundRole and self.differs(row, column):
            return self._changed
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and isinstance(self.table.rows[row][column], int | float)
            and not isinstance(self.table.rows[row][column], bool)
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return shown_word(self.table.columns[section])
            return str(section + 1)
        return None


class RowFilter:
    """One query over both sides, so the original and the redacted rows stay aligned."""

    def __init__(self) -> None:
        self.query = ""
        self.models: list[TableModel] = []

    def accepts(self, row: int) -> bool:
        if not self.query:
            return True
        return any(self.query in m.row_text(row) for m in self.models)


class AlignedProxy(QSortFilterProxyModel):
    """Filters by the shared ``RowFilter`` and sorts by the key model's values."""

    def __init__(self, row_filter: RowFilter, key_model: TableModel) -> None:
        super().__init__()
        self.row_filter = row_filter
        self.key_model = key_model

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        return self.row_filter.accepts(source_row)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        a = self.key_model.sort_key(left.row(), left.column())
        b = self.key_model.sort_key(right.row(), right.column())
        return a < b

    def refilter(self) -> None:
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)


def main_table(tables: list[Table]) -> int:
    """The table a section opens on: its first list (processes, packages…), else Summary."""
    for i, table in enumerate(tables):
        if table.key:
            return i
    return 0


def _table_view(name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setMaximumSectionSize(460)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class SysinfoViewer(QWidget):
    """Shows one report; embeddable (the wizard's step 4) or inside ``ViewerWindow``."""

    def __init__(self, report: Report | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self._filter = RowFilter()
        self._proxies: list[AlignedProxy] = []
        self._models: list[TableModel] = []
        self._current: tuple[str, int] | None = None

        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setStyleSheet(
            "QLabel{border:1px solid #b3261e;border-radius:4px;padding:6px;color:#b3261e;}"
        )

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Report sections"))
        self.tree.setHeaderLabels([self.tr("Section"), self.tr("Status"), self.tr("Time")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(self._on_tree)

        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("Section"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.status_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter rows…"))
        self.search.setAccessibleName(self.tr("Filter rows"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.count = QLabel()
        self.side_by_side = QCheckBox(self.tr("Show the original beside what is sent"))
        self.side_by_side.setAccessibleName(self.tr("Show the original beside what is sent"))
        self.side_by_side.setToolTip(
            self.tr(
                "The original stays on this computer. Highlighted cells differ: they were "
                "replaced by pseudonyms or removed."
            )
        )
        self.side_by_side.toggled.connect(self._show_current)

        self.sent_view = _table_view(self.tr("What is sent"))
        self.original_view = _table_view(self.tr("Original on this computer"))
        self.sent_label = QLabel(self.tr("<b>In the report</b> (what is sent)"))
        self.original_label = QLabel(self.tr("<b>On this computer</b> (never sent)"))
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        original_box = QWidget()
        ob = QVBoxLayout(original_box)
        ob.setContentsMargins(0, 0, 0, 0)
        ob.addWidget(self.original_label)
        ob.addWidget(self.original_view)
        sent_box = QWidget()
        sb = QVBoxLayout(sent_box)
        sb.setContentsMargins(0, 0, 0, 0)
        sb.addWidget(self.sent_label)
        sb.addWidget(self.sent_view)
        self.pair = QSplitter(Qt.Orientation.Horizontal)
        self.pair.addWidget(original_box)
        self.pair.addWidget(sent_box)
        self.pair.setChildrenCollapsible(False)
        self.original_box = original_box

        self.stack = QStackedWidget()
        self.stack.addWidget(self.pair)
        self.stack.addWidget(self.empty)

        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search, 1)
        filter_row.addWidget(self.count)
        filter_row.addSpacing(12)
        filter_row.addWidget(self.side_by_side)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(6, 0, 0, 0)
        rl.addWidget(self.heading)
        rl.addWidget(self.status_line)
        rl.addLayout(filter_row)
        rl.addWidget(self.stack, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([330, 900])
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        self.setTabOrder(self.tree, self.search)
        self.setTabOrder(self.search, self.side_by_side)
        self.setTabOrder(self.side_by_side, self.original_view)
        self.setTabOrder(self.original_view, self.sent_view)

        # Scroll and select both sides together.
        for a, b in ((self.sent_view, self.original_view), (self.original_view, self.sent_view)):
            a.verticalScrollBar().valueChanged.connect(b.verticalScrollBar().setValue)
            a.horizontalScrollBar().valueChanged.connect(b.horizontalScrollBar().setValue)
            a.horizontalHeader().sortIndicatorChanged.connect(self._sync_sort(b))

        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason))
        self.addAction(find)
        if report is not None:
            self.set_report(report)

    # -- report ---------------------------------------------------------------------------
    @property
    def has_original(self) -> bool:
        return self.report is not None and self.report.redacted and self.report.original is not None

    def set_report(self, report: Report) -> None:
        self.report = report
        doc = report.document
        counts = (doc.get("redaction") or {}).get("counts", {})
        summary = ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in doc.get("summary", {}).items())
        self.info.setText(
            self.tr(
                "Created {created_utc} UTC on {platform} · {count} sections ({summary}) · "
                "collected in {duration_ms} ms"
            ).format(
                created_utc=doc.get("created_utc"),
                platform=doc.get("platform"),
                count=len(report.sections),
                summary=summary,
                duration_ms=doc.get("duration_ms"),
            )
        )
        if report.redacted:
            replaced = sum(counts.values())
            self.banner.setVisible(False)
            self.info.setText(
                self.info.text()
                + self.tr(" · {replaced} private values replaced or removed").format(
                    replaced=replaced
                )
            )
        else:
            self.banner.setText(
                self.tr(
                    "This report is not redacted: it shows real host and user names, addresses "
                    "and command lines. Keep it on this computer."
                )
            )
            self.banner.setVisible(True)
        self.side_by_side.setVisible(self.has_original)
        self.side_by_side.setChecked(self.has_original)
        self._fill_tree()

    def _fill_tree(self) -> None:
        assert self.report is not None
        self.tree.clear()
        for sid, section in self.report.sections.items():
            item = QTreeWidgetItem(
                [
                    section_title(sid, section),
                    section["status"].replace("_", " "),
                    self.tr("{duration_ms} ms").format(duration_ms=section["duration_ms"]),
                ]
            )
            item.setData(0, SECTION_ROLE, sid)
            item.setForeground(1, status_color(section["status"]))
            item.setToolTip(1, section.get("error") or section["status"])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tables = section_tables(section.get("data"))
            item.setData(0, TABLE_ROLE, main_table(tables))
            if len(tables) > 1:
                for i, table in enumerate(tables):
                    rows = len(table.rows)
                    child = QTreeWidgetItem([f"{shown_word(table.title)} ({rows})"])
                    child.setData(0, SECTION_ROLE, sid)
                    child.setData(0, TABLE_ROLE, i)
                    child.setToolTip(0, plural(self.tr("%n row(s)", "", rows), rows))
                    item.addChild(child)
            self.tree.addTopLevelItem(item)
        privacy = QTreeWidgetItem(
            [
                self.tr("Privacy"),
                self.tr("redacted") if self.report.redacted else self.tr("not redacted"),
                "",
            ]
        )
        privacy.setData(0, SECTION_ROLE, PRIVACY)
        privacy.setData(0, TABLE_ROLE, 0)
        self.tree.addTopLevelItem(privacy)
        self.tree.expandAll()
        for column in (0, 1, 2):
            self.tree.resizeColumnToContents(column)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _privacy_tables(self) -> tuple[Table, Table | None]:
        assert self.report is not None
        redaction = self.report.document.get("redaction") or {}
        counts = redaction.get("counts", {})
        distinct = redaction.get("distinct", {})
        kinds = sorted(set(counts) | set(distinct))
        sent = Table(
            "",
            self.tr("Replaced values"),
            ["kind", "replaced", "distinct values"],
            [[k, counts.get(k, 0), distinct.get(k, "")] for k in kinds],
        )
        if not self.report.pseudonyms:
            return sent, None
        rows = [
            [kind, original, pseudo]
            for kind, table in sorted(self.report.pseudonyms.items())
            for original, pseudo in table.items()
        ]
        return sent, Table(
            "pseudonyms",
            self.tr("Pseudonyms"),
            ["kind", "original (this computer only)", "pseudonym (sent)"],
            rows,
        )

    # -- navigation ---------------------------------------------------------------------
    def select_section(self, section_id: str, table: int | None = None) -> None:
        """Show one section: its main table, or its ``table``-th (0 is the Summary)."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, SECTION_ROLE) == section_id:
                child = item.child(table) if table is not None and item.childCount() else None
                self.tree.setCurrentItem(child or item)
                return
        raise KeyError(section_id)

    def _on_tree(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        self._current = (current.data(0, SECTION_ROLE), int(current.data(0, TABLE_ROLE) or 0))
        self._show_current()

    def _show_current(self) -> None:
        if self.report is None or self._current is None:
            return
        sid, index = self._current
        self.side_by_side.setEnabled(sid != PRIVACY)
        if sid == PRIVACY:
            self._show_privacy()
            return
        section = self.report.sections[sid]
        status = section["status"]
        self.heading.setText(section_title(sid, section))
        colour = status_color(status).name()
        note = f" — {section['error']}" if section.get("error") else ""
        self.status_line.setText(
            f'<span style="color:{colour};font-weight:600">{status.replace("_", " ")}</span>'
            + " · "
            + self.tr("{duration_ms} ms").format(duration_ms=section["duration_ms"])
            + _escape(note)
        )
        tables = section_tables(section.get("data"))
        if not tables:
            self._show_empty(
                self.tr("No data for this section. {value}")
                .format(value=section.get("error") or "")
                .strip()
            )
            return
        table = tables[min(index, len(tables) - 1)]
        original: Table | None = None
        if self.has_original and self.side_by_side.isChecked():
            assert self.report.original is not None
            originals = section_tables(self.report.original["sections"][sid].get("data"))
            original = next((t for t in originals if t.key == table.key), None)
        self._show_tables(table, original)

    def _show_privacy(self) -> None:
        assert self.report is not None
        self.heading.setText(self.tr("Privacy"))
        if self.report.redacted:
            text = self.tr(
                "Host and user names, home folders, IP and MAC addresses, serial numbers and "
                "UUIDs were replaced by pseudonyms; passwords, tokens and keys in command lines "
                "were removed and are kept nowhere."
            )
            if self.report.pseudonyms:
                text += self.tr(" The pseudonym list below exists only on this computer.")
            counts = (self.report.document.get("redaction") or {}).get("counts", {})
            if counts:
                replaced = ", ".join(f"{n} × {k}" for k, n in counts.items())
                text += self.tr(" Replaced: {replaced}.").format(replaced=replaced)
        else:
            text = self.tr("This report is not redacted.")
        self.status_line.setText(text)
        sent, pseudonyms = self._privacy_tables()
        if pseudonyms is not None:
            self._show_tables(
                pseudonyms,
                None,
                single_label=self.tr("<b>Pseudonyms</b> (this list is never sent)"),
            )
        else:
            self._show_tables(sent, None)

    def _show_empty(self, message: str) -> None:
        self.empty.setText(message)
        self.stack.setCurrentWidget(self.empty)
        self.count.setText("")
        self.search.setEnabled(False)

    def _show_tables(
        self, table: Table, original: Table | None, *, single_label: str | None = None
    ) -> None:
        self.search.setEnabled(True)
        self.stack.setCurrentWidget(self.pair)
        sent_model = TableModel(table, original, other_is=self.tr("Original"))
        self._filter = RowFilter()
        self._filter.query = self.search.text().strip().casefold()
        self._filter.models = [sent_model]
        sent_proxy = AlignedProxy(self._filter, sent_model)
        sent_proxy.setSourceModel(sent_model)
        self._proxies = [sent_proxy]
        self._models = [sent_model]
        if original is not None:
            # Narrow tables side by side; wide ones one above the other, so both stay legible.
            wide = len(table.columns) > 3
            self.pair.setOrientation(Qt.Orientation.Vertical if wide else Qt.Orientation.Horizontal)
            original_model = TableModel(original, table, other_is=self.tr("Sent as"))
            self._filter.models.append(original_model)
            original_proxy = AlignedProxy(self._filter, sent_model)
            original_proxy.setSourceModel(original_model)
            self._proxies.append(original_proxy)
            self._models.append(original_model)
            self.original_view.setModel(original_proxy)
            self.original_box.setVisible(True)
            self.sent_label.setText(self.tr("<b>In the report</b> (what is sent)"))
            self._fit(self.original_view)
            self.original_view.selectionModel().currentRowChanged.connect(
                lambda cur, _prev: self.sent_view.selectRow(cur.row())
            )
        else:
            self.original_box.setVisible(False)
            self.sent_label.setText(single_label or f"<b>{_escape(shown_word(table.title))}</b>")
        self.sent_view.setModel(sent_proxy)
        self._fit(self.sent_view)
        self.sent_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        if original is not None:
            self.original_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self._update_count()

    @staticmethod
    def _fit(view: QTableView) -> None:
        model = view.model()
        rows = model.rowCount() if model is not None else 0
        if rows <= 2000:
            view.resizeColumnsToContents()
        else:
            view.horizontalHeader().resizeSections(QHeaderView.ResizeMode.Interactive)

    def _sync_sort(self, other: QTableView) -> Any:
        def sync(column: int, order: Qt.SortOrder) -> None:
            if other.isVisible() and other.model() is not None:
                header = other.horizontalHeader()
                if header.sortIndicatorSection() != column or header.sortIndicatorOrder() != order:
                    other.sortByColumn(column, order)

        return sync

    def _on_search(self, text: str) -> None:
        self._filter.query = text.strip().casefold()
        for proxy in self._proxies:
            proxy.refilter()
        self._update_count()

    def _update_count(self) -> None:
        if not self._proxies:
            return
        shown = self._proxies[0].rowCount()
        total = self._proxies[0].sourceModel().rowCount()
        rows = plural(self.tr("%n row(s)", "", total), total)
        self.count.setText(
            self.tr("{shown} of {rows}").format(shown=shown, rows=rows)
            if self._filter.query
            else rows
        )

    # -- for tests and the wizard -----------------------------------------------------------
    def visible_rows(self) -> int:
        return self._proxies[0].rowCount() if self._proxies else 0

    def shown_text(self, side: str = "sent") -> list[list[str]]:
        """The cells shown, row by row, on one side ('sent' or 'original')."""
        view = self.sent_view if side == "sent" else self.original_view
        model = view.model()
        if model is None:
            return []
        return [
            [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# The words the viewer adds to a report's own field names (which stay as the report has them).
_WORDS = {
    "Summary": QT_TRANSLATE_NOOP("SysinfoViewer", "Summary"),
    "property": QT_TRANSLATE_NOOP("SysinfoViewer", "property"),
    "value": QT_TRANSLATE_NOOP("SysinfoViewer", "value"),
}


def shown_word(word: str) -> str:
    known = _WORDS.get(word)
    return translated(known) if known is not None else word


def section_title(sid: str, section: dict[str, Any]) -> str:
    """A section's title in the interface language where this version knows the section;
    a report of another version keeps the title it carries."""
    from app.sysinfo.sections import BY_ID

    known = BY_ID.get(sid)
    return translated(known.title) if known is not None else str(section.get("title", sid))


class ViewerWindow(QMainWindow):
    """A window around the viewer with File › Open. Given a ``TaskRunner`` (inside
    Personal Cabinet), a report chosen there is read and unzipped on a worker while the
    window says so."""

    def __init__(
        self, report: Report | None = None, path: Path | None = None, *, tasks: Any = None
    ) -> None:
        super().__init__()
        self.tasks = tasks
        self.loading = False
        self.path: Path | None = None
        self.compare_window: QWidget | None = None
        self.viewer = SysinfoViewer()
        self.setCentralWidget(self.viewer)
        self.resize(1240, 760)
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = open_action = menu.addAction(self.tr("&Open report…"))
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._choose)
        compare_action = menu.addAction(self.tr("Co&mpare with another report…"))
        compare_action.triggered.connect(self._compare)
        close = menu.addAction(self.tr("&Close"))
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.setWindowTitle(self.tr("System report"))
        if report is not None:
            self.show_report(report, path)

    def _compare(self) -> None:
        from app.gui.sysinfo_compare import CompareWindow

        self.compare_window = CompareWindow(self.path)
        self.compare_window.show()

    def show_report(self, report: Report, path: Path | None = None) -> None:
        self.path = path
        self.viewer.set_report(report)
        self.setWindowTitle(
            self.tr("System report — {name}").format(name=path.name)
            if path
            else self.tr("System report")
        )

    def open_path(self, path: Path) -> bool:
        """Read ``path`` here and now (the stand-alone viewer, before its window shows)."""
        try:
            report = load_report(path)
        except ReportFileError as exc:
            QMessageBox.critical(self, self.tr("Cannot open the report"), error_text(exc))
            return False
        self.show_report(report, path)
        return True

    def open_in_background(self, path: Path) -> None:
        """Read ``path`` on a worker; the window stays responsive and says it is busy."""
        self._set_loading(True, path)
        self.tasks.run(
            lambda: load_report(path),
            on_done=lambda report: self.show_report(report, path),
            on_error=self._open_failed,
            on_finally=lambda: self._set_loading(False, path),
            owner=self,
            name="open report",
        )

    def _open_failed(self, error: BaseException) -> None:
        QMessageBox.critical(self, self.tr("Cannot open the report"), str(error))

    def _set_loading(self, loading: bool, path: Path) -> None:
        self.loading = loading
        self.open_action.setEnabled(not loading)
        if loading:
            self.statusBar().showMessage(self.tr("Opening {name}…").format(name=path.name))
        else:
            self.statusBar().clearMessage()

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a system report"),
            "",
            self.tr("System reports (*.zip *.json);;All files (*)"),
        )
        if not name:
            return
        if self.tasks is not None:
            self.open_in_background(Path(name))
        else:
            self.open_path(Path(name))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    app = QApplication.instance() or QApplication([sys.argv[0], *args])
    app.setApplicationName("System report viewer")
    from app.gui.tasks import TaskRunner

    window = ViewerWindow(tasks=TaskRunner(app))
    if args and not window.open_path(Path(args[0])):
        return 1
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
