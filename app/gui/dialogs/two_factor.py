"""Two-factor sign-in (A3): enrol an authenticator app by QR code or secret, turn it off;
turn the one-time code by e-mail on or off."""

from __future__ import annotations

import io
from typing import Any

from PySide6.QtGui import QFontDatabase, QGuiApplication, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core import validators
from app.gui.context import AppContext
from app.gui.dialogs.base import AccountDialog, checked, fit_to_page
from app.gui.feedback import show_message
from app.gui.forms.ui_two_factor import Ui_TwoFactorDialog
from app.gui.lifetime import follow

QR_SIZE = 200  # pixels, about; whole pixels per module keep the code sharp


def qr_png(text: str, *, size: int = QR_SIZE) -> bytes:
    """``text`` as a QR code PNG (segno: pure Python, no image library needed)."""
    import segno

    code = segno.make(text, error="m")
    modules = code.symbol_size(scale=1, border=2)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(2, size // modules), border=2)
    return buffer.getvalue()


def grouped(secret: str) -> str:
    """``ABCD EFGH …``: easier to read and type into an app by hand."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


class TwoFactorDialog(AccountDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_TwoFactorDialog()
        ui.setupUi(self)
        self.setup_feedback(
            ui.messageLabel,
            ui.busyBar,
            {
                "code": ui.confirmCodeEdit,
                "password": ui.disablePasswordEdit,
            },
            ui.enrolButton,
            ui.confirmButton,
            ui.disableButton,
            ui.applyEmailButton,
        )
        self.secret = ""
        ui.enrolButton.clicked.connect(self.enrol)
        ui.confirmButton.clicked.connect(self.confirm)
        ui.disableButton.clicked.connect(self.disable)
        ui.applyEmailButton.clicked.connect(self.apply_email)
        ui.copySecretButton.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.secret)
        )
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        ui.secretEdit.setFont(mono)
        ui.secretEdit.setMinimumWidth(
            ui.secretEdit.fontMetrics().horizontalAdvance(grouped("A" * 32)) + 16
        )
        for button in (ui.applyEmailButton, ui.disableButton):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        ui.closeButton.clicked.connect(self.accept)
        follow(ctx.session.profile_changed, self.show_state)
        self.show_state(ctx.session.account)

    def show_state(self, profile: Any) -> None:
        profile = profile or {}
        ui = self.ui
        if profile.get("totp_enabled"):
            ui.totpStatusLabel.setText(
                self.tr(
                    "<b>On.</b> Signing in asks for the 6-digit code of your authenticator app. "
                    "To turn it off, enter your password and a current code."
                )
            )
            self._show_page(ui.totpOnPage)
        elif ui.totpPages.currentWidget() is not ui.totpEnrolPage:
            ui.totpStatusLabel.setText(
                self.tr(
                    "<b>Off.</b> With an authenticator app (on your phone), signing in also asks "
                    "for the 6-digit code it shows, so a stolen password alone is not enough."
                )
            )
            self._show_page(ui.totpOffPage)
        ui.emailOtpCheck.setChecked(bool(profile.get("email_otp_enabled")))

    def _show_page(self, page: QWidget) -> None:
        """The authenticator box takes the size of the page shown, not of its largest (the
        QR code's), which left the "Off" page mostly empty."""
        self.ui.totpPages.setCurrentWidget(page)
        fit_to_page(self, self.ui.totpPages)

    def enrol(self) -> None:
        def enrol(client: Any) -> tuple[str, bytes]:
            enrolment = client.totp_enrol()
            return enrolment["secret"], qr_png(enrolment["otpauth_uri"])

        self.run(enrol, self._show_enrolment, name="enrol totp")

    def _show_enrolment(self, result: tuple[str, bytes]) -> None:
        self.secret, png = result
        ui = self.ui
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        ui.qrLabel.setPixmap(pixmap)
        ui.qrLabel.setFixedSize(pixmap.size())
        ui.secretEdit.setText(grouped(self.secret))
        ui.totpStatusLabel.setText(self.tr("<b>Setting up.</b> Not on until you enter a code."))
        self._show_page(ui.totpEnrolPage)
        ui.confirmCodeEdit.setFocus()

    def confirm(self) -> None:
        text = self.ui.confirmCodeEdit.text()

        def confirm(client: Any) -> None:
            client.totp_confirm(checked("code", validators.one_time_code, text))

        self.run(
            confirm,
            lambda _: self._changed(self.tr("The authenticator app is on.")),
            name="totp on",
        )

    def disable(self) -> None:
        password, text = self.ui.disablePasswordEdit.text(), self.ui.disableCodeEdit.text()
        self.errors.fields["code"] = self.ui.disableCodeEdit

        def disable(client: Any) -> None:
            client.totp_disable(password, checked("code", validators.one_time_code, text))

        self.run(
            disable,
            lambda _: self._changed(self.tr("The authenticator app is off.")),
            name="totp off",
        )

    def apply_email(self) -> None:
        enabled, password = self.ui.emailOtpCheck.isChecked(), self.ui.emailPasswordEdit.text()
        self.errors.fields["password"] = self.ui.emailPasswordEdit
        if not password:
            self.errors.invalid("password", self.tr("Enter your password to change this."))
            return
        self.run(
            lambda c: c.set_email_otp(enabled, password),
            lambda _: self._changed(
                self.tr("A code by e-mail is now asked for when you sign in.")
                if enabled
                else self.tr("No code by e-mail is asked for any more.")
            ),
            name="email otp",
        )

    def _changed(self, text: str) -> None:
        ui = self.ui
        for edit in (
            ui.confirmCodeEdit,
            ui.disablePasswordEdit,
            ui.disableCodeEdit,
            ui.emailPasswordEdit,
        ):
            edit.clear()
        ui.totpPages.setCurrentWidget(ui.totpOffPage)  # show_state picks the right page
        self.errors.fields["code"] = ui.confirmCodeEdit
        self.errors.fields["password"] = ui.disablePasswordEdit
        self.ctx.session.reload_profile(lambda _: show_message(ui.messageLabel, text, "success"))
