"""Change e-mail (A6): confirmed from the new address; the old one stays until then."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import QWidget

from app.core import validators
from app.gui.context import AppContext
from app.gui.dialogs.base import AccountDialog, checked, fit_to_page
from app.gui.forms.ui_change_email import Ui_ChangeEmailDialog


class ChangeEmailDialog(AccountDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, token: str = "") -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_ChangeEmailDialog()
        ui.setupUi(self)
        self.setup_feedback(
            ui.messageLabel,
            ui.busyBar,
            {
                "new_email": ui.newEmailEdit,
                "password": ui.passwordEdit,
                "token": ui.tokenEdit,
            },
            ui.actionButton,
        )
        ui.currentValue.setText(str(ctx.session.account.get("email", "")))
        ui.actionButton.clicked.connect(self.submit)
        ui.cancelButton.clicked.connect(self.reject)
        ui.haveCodeButton.clicked.connect(lambda: self.show_confirm(""))
        if token:
            self.show_confirm("", token=token)
        else:
            ui.pages.setCurrentWidget(ui.requestPage)
            fit_to_page(self, ui.pages)
            ui.newEmailEdit.setFocus()

    def submit(self) -> None:
        if self.ui.pages.currentWidget() is self.ui.confirmPage:
            self.confirm()
            return
        email_text, password = self.ui.newEmailEdit.text(), self.ui.passwordEdit.text()

        def request(client: Any) -> str:
            email = checked("new_email", validators.email, email_text)
            client.change_email(email, password)
            return email

        if not password:
            self.errors.invalid("password", self.tr("Enter your password."))
            return
        self.run(request, self.show_confirm, name="change e-mail")

    def show_confirm(self, email: str, *, token: str = "") -> None:
        ui = self.ui
        self.errors.clear()
        ui.sentLabel.setText(
            self.tr(
                "We sent a confirmation link and code to <b>{email}</b>. Your current address "
                "stays in use until you confirm. Paste the code or the link here, or follow the "
                "link in the mail."
            ).format(email=escape(email))
            if email
            else self.tr(
                "Paste the code or the link from the confirmation mail sent to the new address."
            )
        )
        ui.tokenEdit.setText(token)
        ui.pages.setCurrentWidget(ui.confirmPage)
        ui.haveCodeButton.hide()
        ui.actionButton.setText(self.tr("&Confirm the new address"))
        fit_to_page(self, ui.pages)
        (ui.actionButton if token else ui.tokenEdit).setFocus()
        if email:
            self.ctx.session.reload_profile()  # shows the pending address

    def confirm(self) -> None:
        text = self.ui.tokenEdit.text()

        def confirm(client: Any) -> None:
            client.confirm_email(checked("token", validators.mailed_token, text))

        self.run(confirm, lambda _: self._confirmed(), name="confirm e-mail")

    def _confirmed(self) -> None:
        if self.ctx.session.signed_in:
            self.ctx.session.reload_profile()
        self.ctx.feedback.notice.emit(self.tr("Your new e-mail address is confirmed."), "info")
        self.accept()
