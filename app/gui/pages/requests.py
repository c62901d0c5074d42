"""My requests (R1): the account's requests from ``GET /requests``, newest activity first,
a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from app.core.catalog import KINDS
from app.gui.context import AppContext
from app.gui.feedback import message_for, set_busy, show_message
from app.gui.formatting import date_time, plain, status_text
from app.gui.forms.ui_requests_page import Ui_RequestsPage
from app.gui.lifetime import follow

PAGE_SIZE = 50


class RequestsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_RequestsPage()
        self.ui.setupUi(self)
        self.next_cursor: str | None = None
        self.loaded = False
        self._loading = False
        header = self.ui.requestsTree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.requestsTree.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.loadMoreButton.clicked.connect(self.load_more)
        self.ui.emptyLabel.hide()
        self.ui.loadMoreButton.hide()
        show_message(self.ui.messageLabel, "")
        set_busy(self.ui.busyBar, False)
        follow(ctx.session.signed_in_changed, self._signed_in_changed)

    def _signed_in_changed(self, signed_in: bool) -> None:
        self.ui.requestsTree.clear()
        self.loaded = False
        self.next_cursor = None
        self._update_counts()
        if signed_in and self.isVisible():
            self.reload()

    def activate(self) -> None:
        if self.ctx.session.signed_in:
            self.reload()

    def first_control(self) -> QWidget:
        return self.ui.requestsTree

    def reload(self) -> None:
        self._load(None)

    def load_more(self) -> None:
        if self.next_cursor:
            self._load(self.next_cursor)

    def _load(self, cursor: str | None) -> None:
        if self._loading or not self.ctx.session.signed_in:
            return
        self._loading = True
        set_busy(self.ui.busyBar, True, self.ui.refreshButton, self.ui.loadMoreButton)
        self.ctx.connection.load_catalog()  # request types by their titles
        self.ctx.connection.call(
            lambda client: client.list_requests(cursor=cursor, limit=PAGE_SIZE),
            on_done=lambda page: self._show(page, append=cursor is not None),
            on_error=lambda e: show_message(self.ui.messageLabel, message_for(e)),
            on_finally=self._loaded,
            owner=self,
            name="my requests",
        )

    def _loaded(self) -> None:
        self._loading = False
        set_busy(self.ui.busyBar, False, self.ui.refreshButton, self.ui.loadMoreButton)

    def _type_titles(self) -> dict[str, str]:
        catalog = self.ctx.connection.catalog
        if catalog is None:
            return {}
        return {t.code: t.title for kind in KINDS for t in catalog.request_types(kind)}

    def _show(self, page: Any, *, append: bool) -> None:
        show_message(self.ui.messageLabel, "")
        tree = self.ui.requestsTree
        if not append:
            tree.clear()
        titles = self._type_titles()
        tree.setSortingEnabled(False)
        for item in page.items:
            product = item.get("product") or {}
            row = QTreeWidgetItem(
                [
                    item.get("number", ""),
                    titles.get(item.get("type", ""), plain(item.get("type", ""))),
                    product.get("name", "") if isinstance(product, dict) else str(product),
                    status_text(item.get("status", "")),
                    date_time(item.get("created_at", "")),
                    date_time(item.get("updated_at", "")),
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, item.get("id"))
            # sort by the ISO time, not by the localised text
            row.setData(4, Qt.ItemDataRole.UserRole, item.get("created_at", ""))
            row.setData(5, Qt.ItemDataRole.UserRole, item.get("updated_at", ""))
            tree.addTopLevelItem(row)
        tree.setSortingEnabled(True)
        self.next_cursor = page.next_cursor
        self.loaded = True
        self._update_counts()

    def _update_counts(self) -> None:
        count = self.ui.requestsTree.topLevelItemCount()
        self.ui.emptyLabel.setVisible(self.loaded and count == 0)
        self.ui.requestsTree.setVisible(not (self.loaded and count == 0))
        self.ui.loadMoreButton.setVisible(bool(self.next_cursor))
        self.ui.countLabel.setText(
            f"{count} request{'s' if count != 1 else ''} shown" if self.loaded and count else ""
        )
