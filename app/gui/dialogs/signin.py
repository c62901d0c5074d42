"""Sign in (A3): e-mail or Customer ID and password, remember me (A7), then the second
factor where the account has one. A lock-out shows the time left, counting down."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.core import validators
from app.gui.context import AppContext
from app.gui.dialogs.base import AccountDialog, checked, fit_to_page
from app.gui.feedback import show_message
from app.gui.formatting import countdown
from app.gui.forms.ui_signin import Ui_SignInDialog


class SignInDialog(AccountDialog):
    register_requested = Signal()
    forgot_requested = Signal()
    activate_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, login: str = "") -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_SignInDialog()
        ui.setupUi(self)
        self.setup_feedback(
            ui.messageLabel,
            ui.busyBar,
            {"login": ui.loginEdit, "password": ui.passwordEdit, "code": ui.codeEdit},
            ui.signInButton,
            ui.loginEdit,
            ui.passwordEdit,
            ui.codeEdit,
        )
        self.ticket = ""
        self.method = ""
        self.locked_until = 0.0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_lock)
        ui.pages.setCurrentWidget(ui.credentialsPage)
        ui.loginEdit.setText(login or ctx.settings.last_login)
        ui.rememberCheck.setChecked(ctx.settings.remember_me)
        self._show_keyring_state()
        fit_to_page(self, ui.pages)
        ui.signInButton.clicked.connect(self.submit)
        ui.cancelButton.clicked.connect(self.reject)
        ui.sendCodeButton.clicked.connect(self.send_email_code)
        ui.registerButton.clicked.connect(lambda: self._switch(self.register_requested))
        ui.forgotButton.clicked.connect(lambda: self._switch(self.forgot_requested))
        ui.activateButton.clicked.connect(lambda: self._switch(self.activate_requested))
        (ui.passwordEdit if ui.loginEdit.text() else ui.loginEdit).setFocus()

    def _switch(self, signal: Any) -> None:
        self.reject()
        signal.emit()

    def _show_keyring_state(self) -> None:
        available = self.ctx.session.keyring_available
        note = ""
        if available is False:
            note = "No keyring on this computer: the sign-in is not kept."
            self.ui.rememberCheck.setChecked(False)
        self.ui.rememberCheck.setEnabled(available is not False)
        label = self.ui.rememberNoteLabel
        label.setText(note)
        label.setWordWrap(False)  # one short line: a wrapped label in a form row gets clipped
        label.setToolTip(
            "Remember me keeps your sign-in in the system keyring (password store). This "
            "computer has none, so you will sign in again next time; nothing is saved in a file."
            if note
            else ""
        )
        label.setVisible(bool(note))

    # -- step 1: password -------------------------------------------------------------------

    def submit(self) -> None:
        if self.ui.pages.currentWidget() is self.ui.secondFactorPage:
            self.submit_code()
            return
        if self.locked_until > time.monotonic():
            return
        login_text = self.ui.loginEdit.text()
        password = self.ui.passwordEdit.text()
        remember = self.ui.rememberCheck.isChecked() and self.ui.rememberCheck.isEnabled()
        if not password:
            self.errors.invalid("password", "Enter your password.")
            return

        def sign_in(client: Any) -> Any:
            login = checked("login", validators.login, login_text)
            return client.signin(login, password, remember=remember)

        self.remember = remember
        self.run(sign_in, lambda _: self._signed_in(), self._failed, name="sign in")

    def _signed_in(self) -> None:
        self.ctx.session.signed_in_now(
            remember=self.remember, login=self.ui.loginEdit.text().strip()
        )
        self.accept()

    def _failed(self, error: BaseException) -> None:
        code = getattr(error, "code", "")
        if code == "second_factor_required":
            extra = getattr(error, "extra", {})
            self.ticket, self.method = str(extra.get("ticket", "")), str(extra.get("method", ""))
            self._ask_code(str(error))
            return
        if code in ("account_locked", "too_many_attempts"):
            self.lock(int(getattr(error, "retry_after", 0) or 0), code)
            return
        self.errors.show(error)
        if code == "invalid_credentials":
            self.ui.passwordEdit.selectAll()
            self.ui.passwordEdit.setFocus()
        elif code == "not_activated":
            self.ui.activateButton.setFocus()

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if self.locked_until:
            self.ui.signInButton.setEnabled(False)

    # -- lock-out ---------------------------------------------------------------------------

    def lock(self, seconds: int, code: str = "account_locked") -> None:
        """Refuse further tries for ``seconds``, showing the time left as it runs down."""
        self.locked_until = time.monotonic() + max(1, seconds)
        self.lock_reason = (
            "Too many sign-in attempts from this computer."
            if code == "too_many_attempts"
            else "Too many failed sign-ins to this account."
        )
        self._show_lock()
        self._tick.start()

    def _show_lock(self) -> None:
        left = round(self.locked_until - time.monotonic())
        if left <= 0:
            self._tick.stop()
            self.locked_until = 0.0
            self.ui.signInButton.setEnabled(True)
            show_message(self.ui.messageLabel, "You can try again now.", "hint")
            return
        self.ui.signInButton.setEnabled(False)
        show_message(
            self.ui.messageLabel,
            f"{self.lock_reason} Sign-in is locked for a while, to protect the account: you "
            f"can try again in {countdown(left)}.",
        )

    @property
    def lock_text(self) -> str:
        return self.ui.messageLabel.text() if self.locked_until else ""

    # -- step 2: second factor --------------------------------------------------------------

    def _ask_code(self, message: str) -> None:
        ui = self.ui
        ui.pages.setCurrentWidget(ui.secondFactorPage)
        ui.titleLabel.setText("Confirm it is you")
        ui.secondFactorLabel.setText(
            message
            or (
                "Enter the 6-digit code from your authenticator app."
                if self.method == "totp"
                else "Enter the 6-digit code we sent to your e-mail."
            )
        )
        ui.sendCodeButton.setVisible(self.method == "email")
        ui.signInButton.setText("&Confirm")
        fit_to_page(self, ui.pages)
        ui.codeEdit.clear()
        ui.codeEdit.setFocus()

    def submit_code(self) -> None:
        code_text, ticket = self.ui.codeEdit.text(), self.ticket

        def confirm(client: Any) -> Any:
            code = checked("code", validators.one_time_code, code_text)
            return client.signin_second_factor(ticket, code)

        self.run(confirm, lambda _: self._signed_in(), self._code_failed, name="second factor")

    def _code_failed(self, error: BaseException) -> None:
        code = getattr(error, "code", "")
        if code == "ticket_invalid":  # expired, or too many wrong codes: start again
            self.ui.pages.setCurrentWidget(self.ui.credentialsPage)
            self.ui.titleLabel.setText("Sign in to Personal Cabinet")
            self.ui.signInButton.setText("&Sign in")
            fit_to_page(self, self.ui.pages)
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
        if code in ("account_locked", "too_many_attempts"):
            self.lock(int(getattr(error, "retry_after", 0) or 0), code)
            return
        self.errors.show(error)
        self.ui.codeEdit.selectAll()

    def send_email_code(self) -> None:
        ticket = self.ticket
        self.run(
            lambda c: c.send_signin_email_code(ticket),
            lambda _: show_message(
                self.ui.messageLabel, "A new code is on its way to your e-mail.", "success"
            ),
            name="send code",
        )
