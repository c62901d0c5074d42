"""Create an account (A1): e-mail, password twice with the rules ticked off live, and the
captcha picture (with a new one on request). The activation link and code go by mail."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from app.core import validators
from app.core.text import Joined
from app.gui.context import AppContext
from app.gui.dialogs.base import (
    AccountDialog,
    FieldInvalid,
    PasswordFeedback,
    checked,
    fit_to_page,
)
from app.gui.feedback import message_for
from app.gui.forms.ui_register import Ui_RegisterDialog
from app.gui.lifetime import follow
from app.gui.translation import translated


class RegisterDialog(AccountDialog):
    mailbox_requested = Signal()
    activate_requested = Signal(str)  # the e-mail registered
    legacy_requested = Signal()  # "with an activation code or a key file" instead (A2)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_RegisterDialog()
        ui.setupUi(self)
        self.setup_feedback(
            ui.messageLabel,
            ui.busyBar,
            {
                "email": ui.emailEdit,
                "password": ui.passwordEdit,
                "password_confirm": ui.confirmEdit,
                "captcha_answer": ui.captchaEdit,
                "captcha_id": ui.captchaEdit,
            },
            ui.createButton,
        )
        self.captcha_id = ""
        self.email = ""
        self.policy = PasswordFeedback(
            ctx, ui.policyLabel, ui.passwordEdit, ui.confirmEdit, lambda: ui.emailEdit.text()
        )
        ui.pages.setCurrentWidget(ui.formPage)
        fit_to_page(self, ui.pages)
        ui.createButton.clicked.connect(self.submit)
        ui.cancelButton.clicked.connect(self.reject)
        ui.refreshCaptchaButton.clicked.connect(self.new_captcha)
        ui.openMailboxButton.clicked.connect(self._open_mailbox)
        ui.enterCodeButton.clicked.connect(self._enter_code)
        ui.legacyButton.clicked.connect(self._legacy)
        ui.emailEdit.setFocus()
        # Activated from the mailbox or a link while "Check your mail" is open: it is done.
        follow(ctx.session.signed_in_changed, self._signed_in_elsewhere)
        self.new_captcha()

    def _signed_in_elsewhere(self, signed_in: bool) -> None:
        if signed_in and self.ui.pages.currentWidget() is self.ui.donePage:
            self.accept()

    # -- captcha ----------------------------------------------------------------------------

    def new_captcha(self) -> None:
        self.captcha_id = ""
        self.ui.captchaImage.setPixmap(QPixmap())
        self.ui.captchaImage.setText(self.tr("Loading the picture…"))
        self.ui.refreshCaptchaButton.setEnabled(False)
        self.ctx.connection.call(
            lambda c: c.new_captcha(),
            on_done=self._show_captcha,
            on_error=lambda e: self.ui.captchaImage.setText(
                self.tr("The picture could not be loaded. {reason}").format(reason=message_for(e))
            ),
            on_finally=lambda: self.ui.refreshCaptchaButton.setEnabled(True),
            owner=self,
            name="captcha",
        )

    def _show_captcha(self, captcha: Any) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(captcha.png, "PNG")
        pixmap.setDevicePixelRatio(1.0)
        self.ui.captchaImage.setPixmap(pixmap)
        self.ui.captchaImage.setMinimumSize(pixmap.size())
        self.captcha_id = captcha.id
        self.ui.captchaEdit.clear()

    # -- submit -----------------------------------------------------------------------------

    def submit(self) -> None:
        ui = self.ui
        email_text, password, confirm = (
            ui.emailEdit.text(),
            ui.passwordEdit.text(),
            ui.confirmEdit.text(),
        )
        answer, captcha_id = ui.captchaEdit.text().strip(), self.captcha_id
        if not captcha_id:
            self.errors.invalid(
                "captcha_answer", self.tr("Wait for the picture, or ask for a new one.")
            )
            return
        if not answer:
            self.errors.invalid("captcha_answer", self.tr("Type the characters from the picture."))
            return

        def register(client: Any) -> str:
            email = checked("email", validators.email, email_text)
            problems = validators.password_problems(password, email=email)
            if problems:
                raise FieldInvalid("password", translated(Joined(*problems)))
            if password != confirm:
                raise FieldInvalid("password_confirm", self.tr("The two passwords do not match."))
            client.register(
                email=email,
                password=password,
                password_confirm=confirm,
                captcha_id=captcha_id,
                captcha_answer=answer,
            )
            return email

        self.run(register, self._registered, self._failed, name="register")

    def _failed(self, error: BaseException) -> None:
        self.errors.show(error)
        if not isinstance(error, validators.Invalid):
            self.new_captcha()  # the service used up the picture: a new one for the next try

    def _registered(self, email: str) -> None:
        self.email = email
        ui = self.ui
        embedded = self.ctx.connection.embedded_mode
        where = (
            self.tr(
                "The local service puts its mails in the <b>Local mailbox</b> of this application."
            )
            if embedded
            else self.tr("If it does not arrive within a few minutes, look in your spam folder.")
        )
        ui.doneLabel.setTextFormat(Qt.TextFormat.RichText)
        ui.doneLabel.setText(
            self.tr(
                "<p>We sent an activation link and code to <b>{email}</b>.</p><p>Follow the link "
                "in the mail, or paste the code with <i>Enter the activation code</i>. The account "
                "works once it is activated; an account not activated within 5 days is "
                "deleted.</p><p>{where}</p>"
            ).format(email=escape(email), where=where)
        )
        ui.titleLabel.setText(self.tr("Check your mail"))
        ui.pages.setCurrentWidget(ui.donePage)
        ui.openMailboxButton.setVisible(embedded)
        ui.createButton.hide()
        ui.cancelButton.setText(self.tr("Close"))
        fit_to_page(self, ui.pages)
        (ui.openMailboxButton if embedded else ui.enterCodeButton).setFocus()

    def _open_mailbox(self) -> None:
        self.mailbox_requested.emit()

    def _legacy(self) -> None:
        self.reject()
        self.legacy_requested.emit()

    def _enter_code(self) -> None:
        self.accept()
        self.activate_requested.emit(self.email)
