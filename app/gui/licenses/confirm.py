"""Confirmations before a license loses a seat: removing a code needs the explicit "I agree"
of the seeds (K3); deactivating a device a plain yes (K5). Opened window-modal with
``open()``, never ``exec()``, so nothing blocks the event loop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ConfirmDialog(QDialog):
    """A question, an optional "I agree" box that must be ticked, and the action's button."""

    def __init__(
        self,
        parent: QWidget,
        *,
        title: str,
        text: str,
        action: str,
        agree: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        layout.addWidget(self.text_label)
        self.agree_check: QCheckBox | None = None
        buttons = QDialogButtonBox()
        self.action_button = QPushButton(action)
        self.action_button.setAccessibleName(action.replace("&", ""))
        buttons.addButton(self.action_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        if agree:
            self.agree_check = QCheckBox(agree)
            layout.addWidget(self.agree_check)
            self.action_button.setEnabled(False)
            self.agree_check.toggled.connect(self.action_button.setEnabled)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()

    @property
    def agreed(self) -> bool:
        return self.agree_check is None or self.agree_check.isChecked()

    def _accept(self) -> None:
        if self.agreed:
            self.accept()


def remove_code(parent: QWidget, product: str, code: str) -> ConfirmDialog:
    return ConfirmDialog(
        parent,
        title=QCoreApplication.translate("Confirm", "Remove the activation code"),
        text=(
            QCoreApplication.translate(
                "Confirm",
                "Remove the activation code {code} for {product} from your account? Its seat is "
                "freed, so the code can be added to another account; your devices using it through "
                "this account are deactivated. You can add the code again later if a seat is free.",
            ).format(code=code, product=product)
        ),
        action=QCoreApplication.translate("Confirm", "&Remove this activation code"),
        agree=QCoreApplication.translate("Confirm", "I &agree"),
    )


def deactivate_device(parent: QWidget, device: str, product: str) -> ConfirmDialog:
    return ConfirmDialog(
        parent,
        title=QCoreApplication.translate("Confirm", "Deactivate the device"),
        text=(
            QCoreApplication.translate(
                "Confirm",
                "Deactivate {product} on “{device}”? Its seat is freed for another device; the "
                "product on that device stops being licensed until it is activated again.",
            ).format(product=product, device=device)
        ),
        action=QCoreApplication.translate("Confirm", "&Deactivate"),
    )
