"""Settings: which service to talk to (L4) — the local one or a remote address — and the
theme. A remote address can be tried before it is saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QWidget

from app.core import validators
from app.core.text import QT_TRANSLATE_NOOP
from app.gui import theme, translation
from app.gui.context import AppContext
from app.gui.dialogs.base import AccountDialog, checked
from app.gui.feedback import message_for, show_message
from app.gui.forms.ui_settings import Ui_SettingsDialog
from app.gui.translation import translated

THEMES = (
    ("system", QT_TRANSLATE_NOOP("Settings", "Follow the system")),
    ("light", QT_TRANSLATE_NOOP("Settings", "Light")),
    ("dark", QT_TRANSLATE_NOOP("Settings", "Dark")),
)


def _probe(url: str) -> dict[str, Any]:
    from app.api.client import ApiClient

    client = ApiClient(url, retries=0)
    try:
        return dict(client.health(timeout=5.0))
    finally:
        client.close()


class SettingsDialog(AccountDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_SettingsDialog()
        ui.setupUi(self)
        self.setup_feedback(ui.messageLabel, ui.busyBar, {"url": ui.urlEdit}, ui.saveButton)
        for key, text in THEMES:
            ui.themeCombo.addItem(translated(text), key)
        ui.themeCombo.setCurrentIndex(max(0, ui.themeCombo.findData(ctx.settings.theme)))
        # Each language by its own name; "" follows the system (named, so it is not a guess)
        self.language_combo = QComboBox()
        system = translation.NAMES[translation.chosen("")]
        self.language_combo.addItem(
            self.tr("As the system ({language})").format(language=system), ""
        )
        for code, name in translation.NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(ctx.settings.language))
        )
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        self.language_combo.setAccessibleName(self.tr("Language"))
        ui.appearanceForm.insertRow(0, language_label, self.language_combo)
        # My requests: a desktop notification for a new answer or status change (R4)
        self.notifications_check = QCheckBox(
            self.tr("Notify me of new answers and status changes of my requests")
        )
        self.notifications_check.setChecked(ctx.settings.notifications)
        ui.appearanceForm.addRow(self.notifications_check)
        ui.urlEdit.setText(ctx.connection.server_url or ctx.settings.server_url)
        (ui.embeddedRadio if ctx.connection.embedded_mode else ui.remoteRadio).setChecked(True)
        ui.remoteRadio.toggled.connect(self._mode)
        ui.testButton.clicked.connect(self.test)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        ui.testResultLabel.hide()
        self._mode()
        self.adjustSize()

    def _mode(self) -> None:
        remote = self.ui.remoteRadio.isChecked()
        self.ui.urlEdit.setEnabled(remote)
        self.ui.testButton.setEnabled(remote)

    def test(self) -> None:
        text = self.ui.urlEdit.text()
        label = self.ui.testResultLabel

        def probe(_client: Any) -> tuple[str, dict[str, Any]]:
            url = checked("url", validators.service_url, text)
            return url, _probe(url)

        def answered(result: tuple[str, dict[str, Any]]) -> None:
            url, health = result
            vendor = health.get("vendor") or self.tr("the support service")
            show_message(
                label,
                self.tr("{url} answers: {vendor}, version {version}.").format(
                    url=url, vendor=vendor, version=health.get("version")
                ),
                "success",
            )

        def failed(error: BaseException) -> None:
            if isinstance(error, validators.Invalid):
                self.errors.show(error)
            show_message(label, message_for(error))

        label.hide()
        self.run(probe, answered, failed, name="test connection")

    def save(self) -> None:
        url = ""
        if self.ui.remoteRadio.isChecked():
            try:
                url = checked("url", validators.service_url, self.ui.urlEdit.text())
            except validators.Invalid as exc:
                self.errors.show(exc)
                return
        notify = self.notifications_check.isChecked()
        if notify != self.ctx.settings.notifications:
            self.ctx.settings.notifications = notify
            self.ctx.save_settings()
        chosen_theme = str(self.ui.themeCombo.currentData())
        if chosen_theme != self.ctx.settings.theme:
            self.ctx.settings.theme = chosen_theme
            self.ctx.save_settings()
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply(app, chosen_theme)
        self.ctx.connection.set_service(url)
        language = str(self.language_combo.currentData())
        changed = language != self.ctx.settings.language
        if changed:
            self.ctx.settings.language = language
            self.ctx.save_settings()
        self.accept()
        if changed and translation.chosen(language) != translation.current():
            self.apply_language(language)

    def apply_language(self, setting: str) -> None:
        """The new language at once: the open main window builds itself again in it (its
        LanguageChange), the service answers in it from the next call on."""
        language = translation.install(translation.chosen(setting))
        client = self.ctx.connection.client
        if client is not None:
            client.transport.set_language(language)
        self.ctx.feedback.notice.emit(
            self.tr(
                "The language is changed. Windows that were already open (a request, the "
                "request wizard) show it when you open them again."
            ),
            "info",
        )
