"""The My requests list as a Qt model: the service's cursor pages are fetched as the view
scrolls (``canFetchMore``/``fetchMore``), in the order the service sorts by; filters,
search and a sort reload from the first page, and a row changed by a live event is put in
place without a reload."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon

from app.core.requests.query import COLUMNS, RequestsQuery
from app.core.text import QT_TRANSLATE_NOOP
from app.gui.context import AppContext
from app.gui.feedback import message_for
from app.gui.formatting import date_time, plain, status_text
from app.gui.translation import translated

PAGE_SIZE = 50
Index = QModelIndex | QPersistentModelIndex


HEADERS = {
    "number": QT_TRANSLATE_NOOP("RequestsModel", "Number"),
    "type": QT_TRANSLATE_NOOP("RequestsModel", "Type"),
    "product": QT_TRANSLATE_NOOP("RequestsModel", "Product"),
    "status": QT_TRANSLATE_NOOP("RequestsModel", "Status"),
    "created_at": QT_TRANSLATE_NOOP("RequestsModel", "Created"),
    "updated_at": QT_TRANSLATE_NOOP("RequestsModel", "Last update"),
}


class RequestsModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    loaded = Signal()  # a page arrived (the first one included)
    failed = Signal(str)  # a message for the user
    counts_changed = Signal(object)  # the service's counts: {status: {...}, type: {...}, ...}

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[dict[str, Any]] = []
        self.query = RequestsQuery()
        self.next_cursor: str | None = None
        self.started = False  # the first page was asked for (so "more" means a cursor)
        self.done_once = False  # the first page arrived
        self.loading = False
        self._generation = 0  # a reload makes answers to older queries stale
        self.titles: dict[str, str] = {}
        self._clip = QIcon(":/icons/attach.svg")

    # -- loading ----------------------------------------------------------------------------

    def set_query(self, query: RequestsQuery) -> None:
        reload = query.params() != self.query.params()
        self.query = query
        if reload or not self.started:
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self.rows, self.next_cursor = [], None
        self.started, self.done_once, self.loading = True, False, False
        self.endResetModel()
        self._fetch(None)

    def clear(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self.rows, self.next_cursor = [], None
        self.started, self.done_once, self.loading = False, False, False
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return (
            not parent.isValid()
            and self.done_once
            and self.next_cursor is not None
            and not self.loading
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._fetch(self.next_cursor)

    def _fetch(self, cursor: str | None) -> None:
        if self.loading or not self.ctx.session.signed_in:
            return
        self.loading = True
        self.loading_changed.emit(True)
        generation, params = self._generation, self.query.params()

        def load(client: Any) -> Any:
            return client.list_requests(cursor=cursor, limit=PAGE_SIZE, **params)

        self.ctx.connection.call(
            load,
            on_done=lambda page: self._arrived(generation, page),
            on_error=lambda error: self._fetch_failed(generation, error),
            owner=self,
            name="my requests",
        )

    def _arrived(self, generation: int, page: Any) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.loading_changed.emit(False)
        known = {r.get("id") for r in self.rows}
        fresh = [item for item in page.items if item.get("id") not in known]
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(fresh) - 1)
            self.rows.extend(fresh)
            self.endInsertRows()
        self.next_cursor = page.next_cursor
        self.done_once = True
        if page.counts is not None:
            self.counts_changed.emit(page.counts)
        self.loaded.emit()

    def _fetch_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.loading_changed.emit(False)
        self.failed.emit(message_for(error))

    # -- live changes -----------------------------------------------------------------------

    def row_of(self, request_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.get("id") == request_id), -1)

    def put(self, item: dict[str, Any]) -> None:
        """A request as it is now (from a live event): replaced in place (moved to the top
        in the default order, newest activity first), or added at the top when it is new
        and the query would show it. In another order it keeps its place, and a new one
        waits for its page: where it belongs among rows not loaded yet is the service's to
        say."""
        row = self.row_of(int(item.get("id", 0)))
        if row >= 0:
            self.rows[row] = {**self.rows[row], **item}
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            if row > 0 and self.query.newest_first:
                self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), 0)
                self.rows.insert(0, self.rows.pop(row))
                self.endMoveRows()
        elif self.done_once and self.query.newest_first and self._matches(item):
            # Only the default order has its top for what just changed; in another the
            # service places it when its page comes (a late event would jump the order).
            self.beginInsertRows(QModelIndex(), 0, 0)
            self.rows.insert(0, item)
            self.endInsertRows()

    def set_unread(self, request_id: int, unread: bool) -> None:
        row = self.row_of(request_id)
        if row >= 0 and bool(self.rows[row].get("unread")) != unread:
            self.rows[row]["unread"] = unread
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _matches(self, item: dict[str, Any]) -> bool:
        q = self.query
        if q.q.strip():
            return False  # the service's search decides; it shows on the next reload
        return all(
            not wanted or item.get(name) == wanted
            for name, wanted in (("kind", q.kind), ("status", q.status), ("type", q.type))
        )

    # -- sorting ----------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header asked for an order: the service sorts, from its first page (once
        the list was asked for; before that the order is only remembered)."""
        if not 0 <= column < len(COLUMNS):
            return
        query = replace(
            self.query, sort=COLUMNS[column], descending=order == Qt.SortOrder.DescendingOrder
        )
        if self.started:
            self.set_query(query)
        else:
            self.query = query

    # -- the model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translated(HEADERS[COLUMNS[section]])
        return None

    def item(self, row: int) -> dict[str, Any]:
        return self.rows[row]

    def text(self, item: dict[str, Any], column: str) -> str:
        if column == "type":
            code = str(item.get("type", ""))
            return self.titles.get(code, plain(code))
        if column == "product":
            product = item.get("product") or {}
            return str(product.get("name", "")) if isinstance(product, dict) else str(product)
        if column == "status":
            return status_text(str(item.get("status", "")))
        if column in ("created_at", "updated_at"):
            return date_time(str(item.get(column, "")))
        return str(item.get(column, ""))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item, column = self.rows[index.row()], COLUMNS[index.column()]
        unread = bool(item.get("unread"))
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.text(item, column)
            if column == "number" and unread:
                return "● " + text
            return text
        if role == Qt.ItemDataRole.FontRole and unread:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == "number":
            return self._clip if item.get("has_attachments") else None
        if role == Qt.ItemDataRole.ToolTipRole and column == "number":
            notes = []
            if unread:
                notes.append(
                    QCoreApplication.translate(
                        "RequestsModel", "New answer or status change you have not seen"
                    )
                )
            if item.get("has_attachments"):
                notes.append(QCoreApplication.translate("RequestsModel", "Files are attached"))
            return "\n".join(notes) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.text(item, column)
            if column == "number":
                if unread:
                    text += ", " + QCoreApplication.translate("RequestsModel", "unread")
                if item.get("has_attachments"):
                    text += ", " + QCoreApplication.translate("RequestsModel", "with files")
            return text
        if role == Qt.ItemDataRole.UserRole:
            return item.get("id")
        return None
