"""Profile (A5–A7): what the account says about itself, and the doors to change it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.gui.context import AppContext
from app.gui.feedback import show_message
from app.gui.formatting import customer_type_text, date_only
from app.gui.forms.ui_profile_page import Ui_ProfilePage
from app.gui.lifetime import follow

NOT_GIVEN = "—"


class ProfilePage(QWidget):
    edit_requested = Signal()
    change_email_requested = Signal()
    change_password_requested = Signal()
    two_factor_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_ProfilePage()
        self.ui.setupUi(self)
        self.ui.editButton.clicked.connect(self.edit_requested)
        self.ui.changeEmailButton.clicked.connect(self.change_email_requested)
        self.ui.changePasswordButton.clicked.connect(self.change_password_requested)
        self.ui.twoFactorButton.clicked.connect(self.two_factor_requested)
        self.ui.signOutButton.clicked.connect(self.sign_out_requested)
        show_message(self.ui.messageLabel, "")
        follow(ctx.session.profile_changed, self.show_profile)
        follow(ctx.connection.catalog_changed, self._catalog_changed)

    def _catalog_changed(self) -> None:
        """Country names come with the catalog."""
        self.show_profile(self.ctx.session.profile)

    def first_control(self) -> QWidget:
        return self.ui.editButton

    def activate(self) -> None:
        if self.ctx.session.signed_in:
            self.ctx.session.reload_profile()

    def show_profile(self, profile: Any) -> None:
        if not profile:
            return
        ui = self.ui

        def value(key: str) -> str:
            return str(profile.get(key) or "") or NOT_GIVEN

        ui.customerIdValue.setText(value("customer_id"))
        email = value("email")
        if profile.get("pending_email"):
            email += self.tr(" (change to {pending_email} waits for confirmation)").format(
                pending_email=profile["pending_email"]
            )
        ui.emailValue.setText(email)
        ui.customerTypeValue.setText(customer_type_text(profile.get("customer_type", "")))
        methods = [
            text
            for text, on in (
                (self.tr("authenticator app"), profile.get("totp_enabled")),
                (self.tr("code by e-mail"), profile.get("email_otp_enabled")),
            )
            if on
        ]
        ui.twoFactorValue.setText(
            self.tr("On: {methods}").format(methods=", ".join(methods))
            if methods
            else self.tr("Off")
        )
        ui.createdValue.setText(date_only(profile.get("created_at", "")) or NOT_GIVEN)
        ui.nameValue.setText(value("name"))
        code = str(profile.get("country") or "")
        catalog = self.ctx.connection.catalog
        name = catalog.country_name(code) if catalog is not None else code
        ui.countryValue.setText(
            NOT_GIVEN if not code else f"{name} ({code})" if name != code else code
        )
        ui.cityValue.setText(value("city"))
        ui.addressValue.setText(value("address"))
        ui.phoneValue.setText(value("phone"))
        ui.companyValue.setText(value("company"))
        ui.companyAddressValue.setText(value("company_address"))
        ui.companyAdminValue.setText(value("company_admin_email"))
        ui.newsValue.setText(
            self.tr("Subscribed") if profile.get("news_subscribed") else self.tr("Not subscribed")
        )
