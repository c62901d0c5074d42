"""Edit profile (A5): contact details, company, news; the country from pycountry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QWidget

from app.core import validators
from app.gui.context import AppContext
from app.gui.dialogs.base import AccountDialog, FieldInvalid
from app.gui.feedback import error_text, message_for, show_message
from app.gui.forms.ui_profile_edit import Ui_ProfileEditDialog
from app.gui.lifetime import follow

TEXT_FIELDS = ("name", "city", "address", "phone", "company", "company_address")


class ProfileEditDialog(AccountDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_ProfileEditDialog()
        ui.setupUi(self)
        self.edits = {
            "name": ui.nameEdit,
            "city": ui.cityEdit,
            "address": ui.addressEdit,
            "phone": ui.phoneEdit,
            "company": ui.companyEdit,
            "company_address": ui.companyAddressEdit,
        }
        self.setup_feedback(
            ui.messageLabel,
            ui.busyBar,
            {**self.edits, "country": ui.countryCombo, "company_admin_email": ui.companyAdminEdit},
            ui.saveButton,
        )
        self.profile: dict[str, Any] = ctx.session.account
        for key, edit in self.edits.items():
            edit.setText(str(self.profile.get(key) or ""))
        ui.companyAdminEdit.setText(str(self.profile.get("company_admin_email") or ""))
        ui.newsCheck.setChecked(bool(self.profile.get("news_subscribed")))
        ui.countryCombo.setEnabled(False)
        ui.countryCombo.addItem(self.tr("Loading the countries…"), "")
        ui.saveButton.clicked.connect(self.submit)
        ui.cancelButton.clicked.connect(self.reject)
        ui.nameEdit.setFocus()
        follow(ctx.connection.catalog_changed, self._fill_countries)
        follow(ctx.connection.catalog_failed, self._countries_failed)
        if ctx.connection.catalog is not None:
            self._fill_countries()
        else:
            ctx.connection.load_catalog()

    def _countries_failed(self, error: BaseException) -> None:
        if self.ctx.connection.catalog is None:
            show_message(self.ui.messageLabel, message_for(error))

    def _fill_countries(self) -> None:
        catalog = self.ctx.connection.catalog
        if catalog is None:
            return
        pairs = catalog.countries
        combo = self.ui.countryCombo
        chosen = str(combo.currentData() or self.profile.get("country") or "")
        combo.clear()
        combo.addItem(self.tr("Not given"), "")
        for code, name in pairs:
            combo.addItem(f"{name} ({code})", code)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        combo.setEnabled(True)

    def country_code(self) -> str:
        combo = self.ui.countryCombo
        text = combo.currentText().strip()
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            # a typed name or code: match it against the list
            for i in range(combo.count()):
                code = str(combo.itemData(i) or "")
                label = combo.itemText(i)
                if text.casefold() in (code.casefold(), label.split(" (")[0].casefold()):
                    index = i
                    break
        if index < 0:
            raise FieldInvalid("country", self.tr("Choose a country from the list."))
        return str(combo.itemData(index) or "")

    def changes(self) -> dict[str, Any]:
        """Only what differs from the profile as loaded."""
        values: dict[str, Any] = {key: edit.text().strip() for key, edit in self.edits.items()}
        admin = self.ui.companyAdminEdit.text().strip()
        if admin:
            try:
                admin = validators.email(admin)
            except validators.Invalid as exc:
                raise FieldInvalid("company_admin_email", error_text(exc)) from None
        values["company_admin_email"] = admin
        if self.ui.countryCombo.isEnabled():
            values["country"] = self.country_code()
        values["news_subscribed"] = self.ui.newsCheck.isChecked()
        return {k: v for k, v in values.items() if v != (self.profile.get(k) or type(v)())}

    def submit(self) -> None:
        try:
            changes = self.changes()
        except FieldInvalid as exc:
            self.errors.show(exc)
            return
        if not changes:
            self.accept()
            return
        self.run(lambda c: c.update_me(changes), self._saved, name="save profile")

    def _saved(self, profile: Any) -> None:
        self.ctx.session.set_profile(profile)
        self.ctx.feedback.notice.emit(self.tr("Your profile is saved."), "info")
        self.accept()
