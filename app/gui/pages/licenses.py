"""Licenses (K1, K2): the account's activation codes from ``GET /licenses``, and adding one
(prefilled from a ``personal-cabinet://licenses?code=…`` link)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from app.core import validators
from app.gui.context import AppContext
from app.gui.feedback import FormErrors, message_for, set_busy, show_message
from app.gui.formatting import LICENSE_STATUSES, date_only
from app.gui.forms.ui_licenses_page import Ui_LicensesPage
from app.gui.lifetime import follow


class LicensesPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_LicensesPage()
        self.ui.setupUi(self)
        self.loaded = False
        self._loading = False
        self.errors = FormErrors(self.ui.messageLabel, {"code": self.ui.codeEdit}, ctx.feedback)
        header = self.ui.licensesTree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.codeEdit.returnPressed.connect(self.add)
        self.ui.emptyLabel.hide()
        set_busy(self.ui.busyBar, False)
        follow(ctx.session.signed_in_changed, self._signed_in_changed)

    def _signed_in_changed(self, signed_in: bool) -> None:
        self.ui.licensesTree.clear()
        self.loaded = False
        self.ui.emptyLabel.hide()
        if signed_in and self.isVisible():
            self.reload()

    def activate(self) -> None:
        if self.ctx.session.signed_in:
            self.reload()

    def first_control(self) -> QWidget:
        return self.ui.codeEdit

    def prefill(self, code: str) -> None:
        self.ui.codeEdit.setText(code)
        self.ui.codeEdit.setFocus()
        show_message(
            self.ui.messageLabel,
            "Your product gave this activation code; press Add to add it to your account.",
            "hint",
        )

    def reload(self) -> None:
        if self._loading or not self.ctx.session.signed_in:
            return
        self._loading = True
        set_busy(self.ui.busyBar, True, self.ui.refreshButton)
        self.ctx.connection.call(
            lambda c: c.licenses(),
            on_done=self._show,
            on_error=lambda e: show_message(self.ui.messageLabel, message_for(e)),
            on_finally=self._loaded,
            owner=self,
            name="licenses",
        )

    def _loaded(self) -> None:
        self._loading = False
        set_busy(self.ui.busyBar, False, self.ui.refreshButton)

    def _show(self, licenses: list[dict[str, Any]]) -> None:
        tree = self.ui.licensesTree
        tree.setSortingEnabled(False)
        tree.clear()
        for item in licenses:
            product = item.get("product") or {}
            days = item.get("days_left")
            row = QTreeWidgetItem(
                [
                    item.get("code", ""),
                    product.get("name", ""),
                    date_only(item.get("added_at", "")),
                    date_only(item.get("expires_at", "")),
                    "" if days is None else str(max(0, int(days))),
                    f"{item.get('seats_used', 0)} of {item.get('seats_total', 0)}",
                    LICENSE_STATUSES.get(item.get("status", ""), item.get("status", "")),
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, item.get("id"))
            row.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tree.addTopLevelItem(row)
        tree.setSortingEnabled(True)
        self.loaded = True
        self.ui.emptyLabel.setVisible(not licenses)
        tree.setVisible(bool(licenses))

    def add(self) -> None:
        try:
            code = validators.activation_code(self.ui.codeEdit.text())
        except validators.Invalid as exc:
            self.errors.invalid("code", str(exc))
            return
        self.errors.clear()
        set_busy(self.ui.busyBar, True, self.ui.addButton)
        self.ui.codeEdit.setReadOnly(True)
        self.ctx.connection.call(
            lambda c: c.add_license(code),
            on_done=self._added,
            on_error=self.errors.show,
            on_finally=self._add_finished,
            owner=self,
            name="add license",
        )

    def _add_finished(self) -> None:
        set_busy(self.ui.busyBar, False, self.ui.addButton)
        self.ui.codeEdit.setReadOnly(False)

    def _added(self, license: dict[str, Any]) -> None:
        self.ui.codeEdit.clear()
        product = (license.get("product") or {}).get("name", "")
        show_message(
            self.ui.messageLabel, f"The activation code for {product} was added.", "success"
        )
        self.reload()
        self.ctx.session.reload_profile()  # the customer type may change with corporate seats
