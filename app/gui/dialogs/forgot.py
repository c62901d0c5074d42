"""Forgot password or Customer ID (A4): ask for a mail, then set a new password with the
mailed code or link. The answers never tell whether an address is registered."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtWidgets import QWidget

from app.core import validators
from app.core.text import QT_TRANSLATE_NOOP, Joined
from app.gui.context import AppContext
from app.gui.dialogs.base import (
    AccountDialog,
    FieldInvalid,
    PasswordFeedback,
    checked,
    fit_to_page,
)
from app.gui.forms.ui_forgot import Ui_ForgotDialog
from app.gui.translation import translated

PASSWORD_HINT = QT_TRANSLATE_NOOP(
    "Forgot",
    "Enter your Customer ID if you only forgot the password, or the e-mail you registered "
    "with. We send a link and a code to set a new password.",
)
ID_HINT = QT_TRANSLATE_NOOP(
    "Forgot", "Enter the e-mail you registered with; we send your Customer ID to it."
)


class ForgotDialog(AccountDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, token: str = "") -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_ForgotDialog()
        ui.setupUi(self)
        self.setup_feedback(
            ui.messageLabel,
            ui.busyBar,
            {
                "login": ui.loginEdit,
                "email": ui.loginEdit,
                "token": ui.tokenEdit,
                "password": ui.newPasswordEdit,
                "password_confirm": ui.confirmEdit,
            },
            ui.actionButton,
        )
        self.policy = PasswordFeedback(ctx, ui.policyLabel, ui.newPasswordEdit, ui.confirmEdit)
        ui.passwordRadio.toggled.connect(self._mode)
        ui.actionButton.clicked.connect(self.submit)
        ui.cancelButton.clicked.connect(self.reject)
        ui.haveCodeButton.clicked.connect(lambda: self.show_reset(""))
        ui.loginEdit.setText(ctx.settings.last_login)
        self._mode()
        if token:
            self.show_reset("", token=token)
        else:
            ui.pages.setCurrentWidget(ui.requestPage)
            fit_to_page(self, ui.pages)
            ui.loginEdit.setFocus()

    def _mode(self) -> None:
        by_password = self.ui.passwordRadio.isChecked()
        self.ui.loginLabel.setText(
            self.tr("Customer ID or &e-mail") if by_password else self.tr("&E-mail")
        )
        self.ui.loginEdit.setAccessibleName(
            self.tr("Customer ID or e-mail") if by_password else self.tr("E-mail")
        )
        self.ui.hintLabel.setText(translated(PASSWORD_HINT if by_password else ID_HINT))
        self.ui.actionButton.setText(
            self.tr("&Send the reset mail") if by_password else self.tr("&Send my ID")
        )
        self.ui.haveCodeButton.setVisible(by_password)

    def submit(self) -> None:
        page = self.ui.pages.currentWidget()
        if page is self.ui.donePage:
            self.accept()
        elif page is self.ui.resetPage:
            self.reset()
        else:
            self.request()

    def request(self) -> None:
        text = self.ui.loginEdit.text()
        if self.ui.passwordRadio.isChecked():

            def ask(client: Any) -> str:
                login = checked("login", validators.login, text)
                client.request_password_reset(login)
                return login

            self.run(ask, self.show_reset, name="password reset")
        else:

            def ask_id(client: Any) -> str:
                email = checked("email", validators.email, text)
                client.forgot_customer_id(email)
                return email

            self.run(ask_id, self._id_sent, name="forgot customer id")

    def show_reset(self, login: str, *, token: str = "") -> None:
        ui = self.ui
        self.errors.clear()
        ui.sentLabel.setText(
            self.tr(
                "If <b>{login}</b> belongs to an account, a mail with a link and a code to set a "
                "new password is on its way. Paste the code or the link here and choose the new "
                "password."
            ).format(login=escape(login))
            if login
            else self.tr(
                "Paste the code or the link from the reset mail and choose the new password."
            )
        )
        ui.tokenEdit.setText(token)
        ui.pages.setCurrentWidget(ui.resetPage)
        ui.haveCodeButton.hide()
        ui.actionButton.setText(self.tr("&Set the new password"))
        fit_to_page(self, ui.pages)
        (ui.newPasswordEdit if token else ui.tokenEdit).setFocus()

    def reset(self) -> None:
        ui = self.ui
        token_text, password, confirm = (
            ui.tokenEdit.text(),
            ui.newPasswordEdit.text(),
            ui.confirmEdit.text(),
        )

        def reset(client: Any) -> None:
            token = checked("token", validators.mailed_token, token_text)
            problems = validators.password_problems(password)
            if problems:
                raise FieldInvalid("password", translated(Joined(*problems)))
            if password != confirm:
                raise FieldInvalid("password_confirm", self.tr("The two passwords do not match."))
            client.confirm_password_reset(token, password, confirm)

        self.run(
            reset,
            lambda _: self._done(
                self.tr(
                    "Your password is changed, and every device that was signed in is signed out. "
                    "Sign in with the new password."
                )
            ),
            name="set new password",
        )

    def _id_sent(self, email: str) -> None:
        self._done(
            self.tr(
                "If <b>{email}</b> belongs to an account, your Customer ID is on its way to it."
            ).format(email=escape(email))
        )

    def _done(self, text: str) -> None:
        ui = self.ui
        ui.doneLabel.setText(text)
        ui.pages.setCurrentWidget(ui.donePage)
        ui.haveCodeButton.hide()
        ui.cancelButton.hide()
        ui.actionButton.setText(self.tr("&Close"))
        fit_to_page(self, ui.pages)
        ui.actionButton.setFocus()
