"""Support request: the start of the 5-step request (type, product, version), prefilled from
the product's launch link. The wizard itself (issue 4) continues from here."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.core.catalog import Catalog
from app.gui.context import AppContext
from app.gui.feedback import message_for, set_busy, show_message
from app.gui.forms.ui_support_page import Ui_SupportPage
from app.gui.launch_notes import launch_problems
from app.gui.lifetime import follow


class SupportPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_SupportPage()
        self.ui.setupUi(self)
        self._prefill: dict[str, str] = {}
        self.ui.typeCombo.currentIndexChanged.connect(self._describe_type)
        self.ui.productCombo.currentIndexChanged.connect(self._product_chosen)
        self.ui.reloadButton.clicked.connect(self.load)
        self.ui.launchNoteLabel.hide()
        self.ui.warningLabel.hide()
        self.ui.typeDescriptionLabel.hide()
        show_message(self.ui.messageLabel, "")
        set_busy(self.ui.busyBar, False)
        follow(ctx.connection.catalog_changed, self._show_catalog)
        follow(ctx.connection.catalog_failed, self._catalog_failed)
        self._show_catalog()

    # -- catalog ----------------------------------------------------------------------------

    def first_control(self) -> QWidget:
        return self.ui.typeCombo

    @property
    def catalog(self) -> Catalog | None:
        return self.ctx.connection.catalog

    def activate(self) -> None:
        if self.catalog is None:
            self.load()
        else:
            self._show_catalog()

    def load(self) -> None:
        set_busy(self.ui.busyBar, True, self.ui.reloadButton)
        self.ctx.connection.load_catalog()

    def _catalog_failed(self, error: BaseException) -> None:
        set_busy(self.ui.busyBar, False, self.ui.reloadButton)
        if self.catalog is None:
            show_message(
                self.ui.messageLabel,
                self.tr("The list of request types and products could not be loaded. ")
                + message_for(error),
            )

    def _show_catalog(self) -> None:
        set_busy(self.ui.busyBar, False, self.ui.reloadButton)
        catalog = self.catalog
        if catalog is None:
            return
        show_message(self.ui.messageLabel, "")
        ui = self.ui
        chosen_type, chosen_product = ui.typeCombo.currentData(), ui.productCombo.currentData()
        ui.typeCombo.blockSignals(True)
        ui.typeCombo.clear()
        ui.typeCombo.addItem(self.tr("Choose the request type…"), "")
        for item in catalog.request_types("support"):
            ui.typeCombo.addItem(item.title, item.code)
        ui.typeCombo.setCurrentIndex(max(0, ui.typeCombo.findData(chosen_type)))
        ui.typeCombo.blockSignals(False)
        ui.productCombo.blockSignals(True)
        ui.productCombo.clear()
        ui.productCombo.addItem(self.tr("Choose your product…"), None)
        for product in catalog.products:
            ui.productCombo.addItem(product.name, product.id)
        ui.productCombo.setCurrentIndex(max(0, ui.productCombo.findData(chosen_product)))
        ui.productCombo.blockSignals(False)
        ui.warningLabel.setText(catalog.content_warning)
        ui.warningLabel.setVisible(bool(catalog.content_warning))
        self._apply_prefill()
        self._describe_type()

    def _describe_type(self) -> None:
        code = self.ui.typeCombo.currentData()
        description = ""
        found = self.catalog.request_type(code) if self.catalog is not None and code else None
        if found is not None:
            description = found.description
            if found.skippable:
                description += " " + self.tr(
                    "You may send this type of request without an account."
                )
        self.ui.typeDescriptionLabel.setText(description)
        self.ui.typeDescriptionLabel.setVisible(bool(description))

    def _product_chosen(self) -> None:
        versions = self.catalog.versions(self.ui.productCombo.currentData()) if self.catalog else ()
        if versions and not self.ui.versionEdit.text().strip():
            self.ui.versionEdit.setPlaceholderText(
                self.tr("for example {version}").format(version=versions[0])
            )

    # -- launch links (L2) ------------------------------------------------------------------

    def prefill(self, *, request_type: str = "", product: str = "", version: str = "") -> None:
        """Preselect what the product's link gave; applied again once the catalog loads."""
        self._prefill = {"type": request_type, "product": product, "version": version}
        if version:
            self.ui.versionEdit.setText(version)
        self._apply_prefill()
        # The fields show what was filled in, by name; the link's own codes mean nothing to
        # a person (a code that matches nothing is named in the warning instead).
        given = any((request_type, product, version))
        note = self.tr("Filled in from your product's link.") if given else ""
        self.ui.launchNoteLabel.setText(note)
        self.ui.launchNoteLabel.setVisible(bool(note))

    def _apply_prefill(self) -> None:
        if not self._prefill or self.catalog is None:
            return
        prefill = self.catalog.resolve(
            request_type=self._prefill.get("type", ""),
            product=self._prefill.get("product", ""),
            version=self._prefill.get("version", ""),
        )
        if prefill.request_type:
            self.ui.typeCombo.setCurrentIndex(self.ui.typeCombo.findData(prefill.request_type))
        if prefill.product_id is not None:
            self.ui.productCombo.setCurrentIndex(self.ui.productCombo.findData(prefill.product_id))
        missing = launch_problems(prefill)
        if missing:
            show_message(
                self.ui.messageLabel,
                self.tr("From your product's link: {problems}. Choose it below.").format(
                    problems="; ".join(missing)
                ),
                "warning",
            )

    # -- what the wizard will read ----------------------------------------------------------

    def selection(self) -> dict[str, Any]:
        return {
            "type": self.ui.typeCombo.currentData() or "",
            "product_id": self.ui.productCombo.currentData(),
            "version": self.ui.versionEdit.text().strip(),
        }
