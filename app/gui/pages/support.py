"""Support request: the start of the 5-step request (type, product, version), prefilled from
the product's launch link. The wizard itself (issue 4) continues from here."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.gui.context import AppContext
from app.gui.feedback import message_for, set_busy, show_message
from app.gui.forms.ui_support_page import Ui_SupportPage


class SupportPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_SupportPage()
        self.ui.setupUi(self)
        self.catalog: dict[str, Any] | None = None
        self._prefill: dict[str, str] = {}
        self._loading = False
        self.ui.typeCombo.currentIndexChanged.connect(self._describe_type)
        self.ui.productCombo.currentIndexChanged.connect(self._product_chosen)
        self.ui.reloadButton.clicked.connect(self.load)
        self.ui.launchNoteLabel.hide()
        self.ui.warningLabel.hide()
        self.ui.typeDescriptionLabel.hide()
        show_message(self.ui.messageLabel, "")
        set_busy(self.ui.busyBar, False)
        ctx.service_changed.connect(self._service_changed)
        ctx.health_changed.connect(self._health_changed)

    # -- catalog ----------------------------------------------------------------------------

    def first_control(self) -> QWidget:
        return self.ui.typeCombo

    def activate(self) -> None:
        if self.catalog is None:
            self.load()

    def _service_changed(self) -> None:
        self.catalog = None
        if self.isVisible():
            self.load()

    def _health_changed(self) -> None:
        if self.catalog is None and self.ctx.reachable and self.isVisible():
            self.load()

    def load(self) -> None:
        if self._loading:
            return
        self._loading = True
        set_busy(self.ui.busyBar, True, self.ui.reloadButton)
        self.ctx.call(
            lambda c: c.catalog(),
            on_done=self._show_catalog,
            on_error=lambda e: show_message(
                self.ui.messageLabel,
                "The list of request types and products could not be loaded. " + message_for(e),
            ),
            on_finally=self._loaded,
            owner=self,
            name="catalog",
        )

    def _loaded(self) -> None:
        self._loading = False
        set_busy(self.ui.busyBar, False, self.ui.reloadButton)

    def _show_catalog(self, catalog: dict[str, Any]) -> None:
        self.catalog = self.ctx.catalog = catalog
        show_message(self.ui.messageLabel, "")
        types = catalog.get("request_types", {})
        ui = self.ui
        ui.typeCombo.blockSignals(True)
        ui.typeCombo.clear()
        ui.typeCombo.addItem("Choose the request type…", "")
        for item in types.get("support", []):
            ui.typeCombo.addItem(item["title"], item["code"])
        ui.typeCombo.blockSignals(False)
        ui.productCombo.blockSignals(True)
        ui.productCombo.clear()
        ui.productCombo.addItem("Choose your product…", None)
        for product in catalog.get("products", []):
            ui.productCombo.addItem(product["name"], product)
        ui.productCombo.blockSignals(False)
        warning = types.get("content_warning", "")
        ui.warningLabel.setText(warning)
        ui.warningLabel.setVisible(bool(warning))
        self._apply_prefill()
        self._describe_type()

    def _describe_type(self) -> None:
        code = self.ui.typeCombo.currentData()
        description = ""
        for item in (self.catalog or {}).get("request_types", {}).get("support", []):
            if item["code"] == code:
                description = item["description"]
                if item.get("skippable"):
                    description += " You may send this type of request without an account."
        self.ui.typeDescriptionLabel.setText(description)
        self.ui.typeDescriptionLabel.setVisible(bool(description))

    def _product_chosen(self) -> None:
        product = self.ui.productCombo.currentData()
        versions = product.get("versions", []) if isinstance(product, dict) else []
        if versions and not self.ui.versionEdit.text().strip():
            self.ui.versionEdit.setPlaceholderText(f"for example {versions[0]}")

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
        note = "Filled in from your product's link." if given else ""
        self.ui.launchNoteLabel.setText(note)
        self.ui.launchNoteLabel.setVisible(bool(note))

    def _apply_prefill(self) -> None:
        if not self._prefill or self.catalog is None:
            return
        missing = []
        wanted_type = self._prefill.get("type", "")
        if wanted_type:
            index = self.ui.typeCombo.findData(wanted_type)
            if index >= 0:
                self.ui.typeCombo.setCurrentIndex(index)
            else:
                missing.append(f"the request type “{wanted_type}” is not one we know")
        wanted_product = self._prefill.get("product", "").casefold()
        if wanted_product:
            for index in range(1, self.ui.productCombo.count()):
                product = self.ui.productCombo.itemData(index)
                if wanted_product in (str(product["slug"]).casefold(), product["name"].casefold()):
                    self.ui.productCombo.setCurrentIndex(index)
                    break
            else:
                missing.append(f"the product “{self._prefill['product']}” is not in the catalog")
        if missing:
            show_message(
                self.ui.messageLabel,
                "From your product's link: " + "; ".join(missing) + ". Choose it below.",
                "warning",
            )

    # -- what the wizard will read ----------------------------------------------------------

    def selection(self) -> dict[str, Any]:
        product = self.ui.productCombo.currentData()
        return {
            "type": self.ui.typeCombo.currentData() or "",
            "product_id": product["id"] if isinstance(product, dict) else None,
            "version": self.ui.versionEdit.text().strip(),
        }
