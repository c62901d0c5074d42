"""Activate an account (A1) with the mailed code or link; activation signs the user in."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.core import validators
from app.gui.context import AppContext
from app.gui.dialogs.base import AccountDialog, checked
from app.gui.feedback import show_message
from app.gui.forms.ui_activate import Ui_ActivateDialog


class ActivateDialog(AccountDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, token: str = "", email: str = ""
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_ActivateDialog()
        ui.setupUi(self)
        self.setup_feedback(
            ui.messageLabel, ui.busyBar, {"token": ui.codeEdit}, ui.activateButton, ui.codeEdit
        )
        self.email = email
        ui.codeEdit.setText(token)
        ui.activateButton.clicked.connect(self.submit)
        ui.cancelButton.clicked.connect(self.reject)
        ui.resendButton.clicked.connect(self.resend)
        (ui.activateButton if token else ui.codeEdit).setFocus()

    def submit(self) -> None:
        text = self.ui.codeEdit.text()
        remember = self.ctx.settings.remember_me and self.ctx.session.keyring_available is not False

        def activate(client: Any) -> Any:
            return client.activate(
                checked("token", validators.mailed_token, text), remember=remember
            )

        self.run(activate, lambda _: self._activated(), name="activate")

    def _activated(self) -> None:
        self.ctx.session.signed_in_now(login=self.email)
        self.ctx.feedback.notice.emit(
            self.tr("Your account is activated and you are signed in."), "info"
        )
        self.accept()

    def resend(self) -> None:
        email, ok = QInputDialog.getText(
            self,
            self.tr("Send the activation mail again"),
            self.tr("The e-mail you registered with:"),
            QLineEdit.EchoMode.Normal,
            self.email,
        )
        if not ok or not email.strip():
            return
        text = email.strip()

        def resend(client: Any) -> None:
            client.resend_activation(checked("token", validators.email, text))

        self.run(
            resend,
            lambda _: show_message(
                self.ui.messageLabel,
                self.tr(
                    "If {text} has an account waiting for activation, a new mail is on its way."
                ).format(text=text),
                "success",
            ),
            name="resend activation",
        )
