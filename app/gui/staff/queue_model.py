"""The staff queue as a Qt model, paged like My requests' (``canFetchMore``/``fetchMore``
fetch the service's next cursor page as the view scrolls); a live change puts its row in
place, and new requests and customer replies stay bold until the request is opened — the
service keeps what each staff member has read (``unread``), so bold lasts across sessions;
a live event makes a row bold at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.core.staff.due import due_text
from app.core.staff.queue_query import COLUMNS, QueueQuery
from app.core.text import QT_TRANSLATE_NOOP
from app.gui.context import AppContext
from app.gui.feedback import message_for
from app.gui.formatting import date_time, plain, status_text
from app.gui.translation import translated

PAGE_SIZE = 50
Index = QModelIndex | QPersistentModelIndex

HEADERS = {
    "number": QT_TRANSLATE_NOOP("QueueModel", "Number"),
    "type": QT_TRANSLATE_NOOP("QueueModel", "Type"),
    "product": QT_TRANSLATE_NOOP("QueueModel", "Product"),
    "status": QT_TRANSLATE_NOOP("QueueModel", "Status"),
    "priority": QT_TRANSLATE_NOOP("QueueModel", "Priority"),
    "assignee": QT_TRANSLATE_NOOP("QueueModel", "Assignee"),
    "due": QT_TRANSLATE_NOOP("QueueModel", "Response"),
    "updated_at": QT_TRANSLATE_NOOP("QueueModel", "Last update"),
}
PRIORITIES = {
    "low": QT_TRANSLATE_NOOP("QueueModel", "Low"),
    "normal": QT_TRANSLATE_NOOP("QueueModel", "Normal"),
    "high": QT_TRANSLATE_NOOP("QueueModel", "High"),
}


def row_from_detail(detail: dict[str, Any]) -> dict[str, Any]:
    """A queue line from a request's staff detail (what the queue would show for it)."""
    keys = (
        "id",
        "number",
        "kind",
        "type",
        "product",
        "status",
        "created_at",
        "updated_at",
        "priority",
        "assignee_id",
        "email",
        "due_at",
        "unread",
    )
    row = {k: detail.get(k) for k in keys}
    owner = detail.get("owner") or {}
    row["owner_id"] = owner.get("id")
    return row


class QueueModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    loaded = Signal()
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[dict[str, Any]] = []
        self.query = QueueQuery()
        self.next_cursor: str | None = None
        self.started = self.done_once = self.loading = False
        self._generation = 0
        self.fresh: set[int] = set()  # live customer news this session, not yet opened
        self.members: dict[int, str] = {}  # staff id -> name
        self.titles: dict[str, str] = {}  # request type code -> title
        self.me: int | None = None
        self.now = datetime.now(UTC)

    # -- loading ----------------------------------------------------------------------------

    def set_query(self, query: QueueQuery) -> None:
        reload = query != self.query
        self.query = query
        if reload or not self.started:
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self.rows, self.next_cursor = [], None
        self.started, self.done_once, self.loading = True, False, False
        self.now = datetime.now(UTC)
        self.endResetModel()
        self._fetch(None)

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
            return client.staff.queue(cursor=cursor, limit=PAGE_SIZE, **params)

        self.ctx.connection.call(
            load,
            on_done=lambda page: self._arrived(generation, page),
            on_error=lambda error: self._fetch_failed(generation, error),
            owner=self,
            name="staff queue",
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

    def put(self, item: dict[str, Any], *, fresh: bool = False) -> None:
        """A request as it is now: in place (to the top in the default order), added at the
        top when the view would show it, taken out when it no longer belongs."""
        request_id = int(item.get("id", 0))
        if fresh:
            self.fresh.add(request_id)
        row = self.row_of(request_id)
        fits = self.query.matches(item, me=self.me)
        if row >= 0 and fits is False:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
        elif row >= 0:
            self.rows[row] = {**self.rows[row], **item}
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            if row > 0 and self.query.newest_first and fresh:
                self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), 0)
                self.rows.insert(0, self.rows.pop(row))
                self.endMoveRows()
        elif self.done_once and fits:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self.rows.insert(0, item)
            self.endInsertRows()

    def opened(self, request_id: int) -> None:
        """The request was opened (which reads it on the service): no longer bold."""
        self.fresh.discard(request_id)
        row = self.row_of(request_id)
        if row >= 0 and self.rows[row].get("unread"):
            self.rows[row] = {**self.rows[row], "unread": False}
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def is_bold(self, item: dict[str, Any]) -> bool:
        """Unread by me on the service, or news that arrived live since it was loaded."""
        return bool(item.get("unread")) or int(item.get("id", 0)) in self.fresh

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or not self.query.sortable(COLUMNS[column]):
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
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
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
            return str(product.get("name", "")) if isinstance(product, dict) else ""
        if column == "status":
            return status_text(str(item.get("status", "")))
        if column == "priority":
            return translated(
                PRIORITIES.get(str(item.get("priority", "")), plain(str(item.get("priority", ""))))
            )
        if column == "assignee":
            who = item.get("assignee_id")
            if who is None:
                return "—"
            return self.members.get(
                int(who),
                QCoreApplication.translate("QueueModel", "Staff #{id}").format(id=int(who)),
            )
        if column == "due":
            return translated(due_text(item.get("due_at"), self.now)[0])
        if column == "updated_at":
            return date_time(str(item.get("updated_at", "")))
        return str(item.get(column, ""))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item, column = self.rows[index.row()], COLUMNS[index.column()]
        bold = self.is_bold(item)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.text(item, column)
            if column == "number" and bold:
                if role == Qt.ItemDataRole.DisplayRole:
                    return "● " + text
                return QCoreApplication.translate("QueueModel", "{number}, new").format(number=text)
            return text
        if role == Qt.ItemDataRole.FontRole and (bold or column == "priority"):
            font = QFont()
            font.setBold(bold or item.get("priority") == "high")
            return font
        overdue = column == "due" and due_text(item.get("due_at"), self.now)[1]
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(QColor("#c0392b"))
        if role == Qt.ItemDataRole.ToolTipRole and column == "number" and bold:
            return QCoreApplication.translate(
                "QueueModel", "New request or customer reply you have not opened"
            )
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            "type",
            "product",
            "status",
            "assignee",
        ):
            return self.text(item, column)  # in full where the column elides it
        if role == Qt.ItemDataRole.UserRole:
            return item.get("id")
        return None
