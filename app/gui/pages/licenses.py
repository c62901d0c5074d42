"""Licenses (K1–K6): the account's activation codes from ``GET /licenses`` with one
license's detail beside the list; adding a code (prefilled from a
``personal-cabinet://licenses?code=…`` link), importing a key file, renewing, the licenses
that expire soon, and — with the local service — its demo codes."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidgetItem,
    QWidget,
)

from app.api.errors import ApiError
from app.core import keyfile, validators
from app.core.license_reminders import days_text, expiring
from app.gui.context import AppContext
from app.gui.feedback import FormErrors, error_text, message_for, set_busy, show_message
from app.gui.formatting import LICENSE_STATUSES, date_only
from app.gui.forms.ui_licenses_page import Ui_LicensesPage
from app.gui.licenses.detail_pane import LicenseDetail
from app.gui.lifetime import follow
from app.gui.translation import plural, translated


def _import_key_file(client: Any, path: Path) -> tuple[keyfile.KeyFile, dict[str, Any] | None]:
    """Verify the file offline first; only a genuine key file's code goes to the service.
    A license the account holds already gives None (the file is still a good copy)."""
    key = keyfile.load_key_file(path)
    try:
        return key, client.add_license(key.code)
    except ApiError as exc:
        if exc.code == "code_already_added":
            return key, None
        raise


class LicensesPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_LicensesPage()
        self.ui.setupUi(self)
        self.loaded = False
        self._loading = False
        self._stale = False  # asked to reload while loading: the answer on its way is old
        self.licenses: list[dict[str, Any]] = []
        self.renewing: dict[str, Any] | None = None
        self.select_after_load: int | None = None
        self.errors = FormErrors(self.ui.messageLabel, {"code": self.ui.codeEdit}, ctx.feedback)
        header = self.ui.licensesTree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._build_extras()
        self.ui.refreshButton.clicked.connect(self.reload)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.codeEdit.returnPressed.connect(self.add)
        self.ui.licensesTree.currentItemChanged.connect(self._current_changed)
        self.ui.emptyLabel.hide()
        set_busy(self.ui.busyBar, False)
        follow(ctx.session.signed_in_changed, self._signed_in_changed)
        follow(ctx.connection.service_changed, self._show_demo_codes)
        self._show_demo_codes()

    def _build_extras(self) -> None:
        """The key-file import, the reminder line, the demo codes and the detail pane."""
        ui = self.ui
        self.import_button = QPushButton(self.tr("&Import a key file…"))
        self.import_button.setAccessibleName(self.tr("Import a key file"))
        ui.codeRow.addWidget(self.import_button)
        self.import_button.clicked.connect(self.choose_key_file)

        layout = ui.mainLayout
        self.reminder_label = QLabel()
        self.reminder_label.setWordWrap(True)
        self.reminder_label.setAccessibleName(self.tr("Licenses that expire soon"))
        layout.insertWidget(layout.indexOf(ui.messageLabel) + 1, self.reminder_label)
        show_message(self.reminder_label, "", "warning")
        self.demo_box: Any = None

        self.detail = LicenseDetail(self.ctx)
        self.detail.removed.connect(self._removed)
        self.detail.changed.connect(self.reload)
        self.detail.renew_requested.connect(self.start_renewal)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        index = layout.indexOf(ui.licensesTree)
        layout.removeWidget(ui.licensesTree)
        self.splitter.addWidget(ui.licensesTree)
        # Scrolled rather than squeezed when the window is short.
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setWidget(self.detail)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self.detail_scroll.verticalScrollBar().sizeHint().width()
        self.detail.body.show()  # measured with its content, not the empty hint
        self.detail_scroll.setMinimumWidth(self.detail.body.sizeHint().width() + bar + 8)
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout.insertWidget(index, self.splitter, 1)

    def _show_demo_codes(self) -> None:
        embedded = self.ctx.connection.embedded_mode
        if embedded and self.demo_box is None:
            from app.gui.licenses.demo_codes import DemoCodesBox

            self.demo_box = DemoCodesBox()
            self.demo_box.use_button.clicked.connect(self._use_demo_code)
            self.ui.mainLayout.insertWidget(
                self.ui.mainLayout.indexOf(self.ui.addGroup) + 1, self.demo_box
            )
        if self.demo_box is not None:
            self.demo_box.setVisible(embedded)
        self._tab_order()

    def _tab_order(self) -> None:
        """Top to bottom, left to right: the code, its buttons, the demo codes, the list,
        then the detail pane; Refresh last, as the form had it."""
        ui, detail = self.ui, self.detail
        chain: list[QWidget] = [ui.codeEdit, ui.addButton, self.import_button]
        if self.demo_box is not None:
            box = self.demo_box
            chain += [box.combo, box.copy_button, box.use_button]
        chain += [
            ui.licensesTree,
            detail.show_code_button,
            detail.copy_code_button,
            detail.devices_tree,
            detail.deactivate_button,
            detail.download_button,
            detail.email_button,
            detail.renew_button,
            detail.remove_button,
            ui.refreshButton,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _use_demo_code(self) -> None:
        self.ui.codeEdit.setText(self.demo_box.code)
        self.ui.codeEdit.setFocus()

    def _signed_in_changed(self, signed_in: bool) -> None:
        self.ui.licensesTree.clear()
        self.licenses = []
        self.detail.show_license(None)
        show_message(self.reminder_label, "", "warning")
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
            self.tr("Your product gave this activation code; press Add to add it to your account."),
            "hint",
        )

    def reload(self) -> None:
        if not self.ctx.session.signed_in:
            return
        if self._loading:
            self._stale = True  # e.g. a code added while the page's first load was out
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
        if self._stale:
            self._stale = False
            self.reload()

    def _show(self, licenses: list[dict[str, Any]]) -> None:
        tree = self.ui.licensesTree
        current = self.select_after_load or (self.detail.license or {}).get("id")
        self.select_after_load = None
        tree.blockSignals(True)
        tree.setSortingEnabled(False)
        tree.clear()
        chosen: QTreeWidgetItem | None = None
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
                    self.tr("{seats_used} of {seats_total}").format(
                        seats_used=item.get("seats_used", 0), seats_total=item.get("seats_total", 0)
                    ),
                    translated(
                        LICENSE_STATUSES.get(item.get("status", ""), item.get("status", ""))
                    ),
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, item.get("id"))
            row.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tree.addTopLevelItem(row)
            if item.get("id") == current:
                chosen = row
        tree.setSortingEnabled(True)
        tree.blockSignals(False)
        self.licenses = list(licenses)
        self.loaded = True
        self.ui.emptyLabel.setVisible(not licenses)
        self.splitter.setVisible(bool(licenses))
        self._show_reminders()
        if chosen is None and tree.topLevelItemCount():
            chosen = tree.topLevelItem(0)
        if chosen is None:
            self.detail.show_license(None)
        else:
            tree.setCurrentItem(chosen)
            self._current_changed(chosen, None)

    def _show_reminders(self) -> None:
        soon = expiring(self.licenses)
        lines = [
            self.tr("{name} ({code}) expires in {days_left}.").format(
                name=(lic.get("product") or {}).get("name", ""),
                code=lic.get("code", ""),
                days_left=translated(days_text(int(lic.get("days_left", 0)))),
            )
            for lic in soon
        ]
        if lines:
            lines.append(self.tr("Renew it with a new activation code: choose it and press Renew."))
        show_message(self.reminder_label, " ".join(lines), "warning")

    def license_by_id(self, license_id: int) -> dict[str, Any] | None:
        return next((lic for lic in self.licenses if lic.get("id") == license_id), None)

    def select(self, license_id: int) -> None:
        tree = self.ui.licensesTree
        for index in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == license_id:
                tree.setCurrentItem(item)
                return

    def _current_changed(self, item: QTreeWidgetItem | None, _old: Any) -> None:
        lic = None
        if item is not None:
            lic = self.license_by_id(item.data(0, Qt.ItemDataRole.UserRole))
        self.detail.show_license(lic)

    def _removed(self, license_id: int) -> None:
        lic = self.license_by_id(license_id) or {}
        product = (lic.get("product") or {}).get("name", "")
        show_message(
            self.ui.messageLabel,
            self.tr(
                "The activation code for {product} was removed from your account; its seat is free "
                "for another account."
            ).format(product=product),
            "success",
        )
        self.detail.show_license(None)
        self.reload()
        self.ctx.session.reload_profile()

    # -- adding a code (K2) and renewing (K6) -----------------------------------------------

    def start_renewal(self, lic: dict[str, Any]) -> None:
        """Renew: the next code added should be a newer one of the same product."""
        self.renewing = lic
        product = (lic.get("product") or {}).get("name", "")
        self.ui.codeEdit.clear()
        self.ui.codeEdit.setFocus()
        show_message(
            self.ui.messageLabel,
            self.tr(
                "Type or paste the new activation code for {product}, then press Add; it renews "
                "the license {code}, which expires on {expires_at}."
            ).format(
                product=product,
                code=lic.get("code", ""),
                expires_at=date_only(str(lic.get("expires_at", ""))),
            ),
            "hint",
        )

    def add(self) -> None:
        try:
            code = validators.activation_code(self.ui.codeEdit.text())
        except validators.Invalid as exc:
            self.errors.invalid("code", error_text(exc))
            return
        self.errors.clear()
        self._adding(True)
        self.ctx.connection.call(
            lambda c: c.add_license(code),
            on_done=self._added,
            on_error=self.errors.show,
            on_finally=lambda: self._adding(False),
            owner=self,
            name="add license",
        )

    def _adding(self, busy: bool) -> None:
        set_busy(self.ui.busyBar, busy, self.ui.addButton, self.import_button)
        self.ui.codeEdit.setReadOnly(busy)

    def _added(self, license: dict[str, Any], note: str = "") -> None:
        self.ui.codeEdit.clear()
        product = (license.get("product") or {}).get("name", "")
        text = note or self.tr("The activation code for {product} was added.").format(
            product=product
        )
        renews = license.get("renews")
        renewed = self.license_by_id(renews) if renews else None
        if renewed is not None:
            text += self.tr(
                " It renews your license {code}, which expires on {expires_at}; the new one runs "
                "until {expires_at2}. Remove the old code once you no longer need it."
            ).format(
                code=renewed.get("code", ""),
                expires_at=date_only(str(renewed.get("expires_at", ""))),
                expires_at2=date_only(str(license.get("expires_at", ""))),
            )
        elif self.renewing is not None:
            text += self.tr(
                " It does not renew {code}: it is not a newer code of the same product."
            ).format(code=self.renewing.get("code", ""))
        self.renewing = None
        show_message(self.ui.messageLabel, text, "success")
        self.select_after_load = license.get("id")
        self.reload()
        self.ctx.session.reload_profile()  # the customer type may change with corporate seats

    # -- key files (K4) ---------------------------------------------------------------------

    def choose_key_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a key file"),
            str(Path.home()),
            self.tr("Key files (*.key *.zip);;All files (*)"),
        )
        if path:
            self.import_key_file(Path(path))

    def import_key_file(self, path: Path) -> None:
        """Verify ``path`` offline with the vendor key, then add its license's code."""
        self.errors.clear()
        self._adding(True)

        def done(result: tuple[keyfile.KeyFile, dict[str, Any] | None]) -> None:
            key, license = result
            terms = self.tr("The key file is genuine: {product}, {seats}, until {date}.").format(
                product=key.product_name,
                seats=plural(self.tr("%n seat(s)", "", key.seats), key.seats),
                date=key.expires_at.date().isoformat(),
            )
            if license is None:
                show_message(
                    self.ui.messageLabel,
                    self.tr(
                        "{terms} Its license is already in your account; the product can use "
                        "this file."
                    ).format(terms=terms),
                    "success",
                )
                return
            self._added(license, self.tr("{terms} Its license was added.").format(terms=terms))

        self.ctx.connection.call(
            lambda c: _import_key_file(c, path),
            on_done=done,
            on_error=self.errors.show,
            on_finally=lambda: self._adding(False),
            owner=self,
            name="import key file",
        )
