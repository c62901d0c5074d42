"""Home: a welcome with sign-in and registration, or the account at a glance."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.core import license_reminders as reminders
from app.gui.context import AppContext
from app.gui.feedback import message_for, show_message
from app.gui.formatting import FINISHED_STATUSES, customer_type_text
from app.gui.forms.ui_home_page import Ui_HomePage
from app.gui.lifetime import follow
from app.gui.translation import translated

SUMMARY_LIMIT = 100

# Set here rather than in the form, by value: uic would write them with the ``Qt`` namespace,
# which nothing on the way to the first window uses (see app/gui/theme.py).
RICH_TEXT = 1  # Qt.TextFormat.RichText
SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse


def _summary(client: Any) -> tuple[list[dict[str, Any]], int, bool]:
    """(licenses, open requests, more requests than counted) — two calls on a worker."""
    licenses = client.licenses()
    page = client.list_requests(limit=SUMMARY_LIMIT)
    open_count = sum(1 for r in page.items if r.get("status") not in FINISHED_STATUSES)
    return licenses, open_count, page.next_cursor is not None


class HomePage(QWidget):
    sign_in_requested = Signal()
    register_requested = Signal()
    activate_requested = Signal()
    mailbox_requested = Signal()
    navigate = Signal(str)
    license_reminder = Signal(str)  # a desktop notification's text (K6), once per threshold

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.featuresLabel.setProperty("textFormat", RICH_TEXT)
        for label in (ui.customerIdValue, ui.emailValue):
            label.setProperty("textInteractionFlags", SELECTABLE_BY_MOUSE)
        ui.signInButton.clicked.connect(self.sign_in_requested)
        ui.registerButton.clicked.connect(self.register_requested)
        ui.activateButton.clicked.connect(self.activate_requested)
        ui.mailboxButton.clicked.connect(self.mailbox_requested)
        ui.licensesButton.clicked.connect(lambda: self.navigate.emit("licenses"))
        ui.requestsButton.clicked.connect(lambda: self.navigate.emit("requests"))
        ui.newRequestButton.clicked.connect(lambda: self.navigate.emit("support"))
        show_message(ui.summaryMessageLabel, "")
        follow(ctx.session.signed_in_changed, self._signed_in_changed)
        follow(ctx.session.profile_changed, self._show_profile)
        follow(ctx.connection.service_changed, self._show_service)
        self._loading = False
        self._show_service()
        self._signed_in_changed(ctx.session.signed_in)

    def _show_service(self) -> None:
        embedded = self.ctx.connection.embedded_mode
        self.ui.embeddedHintLabel.setText(
            self.tr(
                "You are using the local service on this computer: it comes with demo products "
                "and licenses, and the mails it sends (activation links and codes) arrive in the "
                "Local mailbox instead of your e-mail."
            )
            if embedded
            else self.tr("Connected to the support service at {service_label}.").format(
                service_label=self.ctx.connection.service_label
            )
        )
        self.ui.mailboxButton.setVisible(embedded)

    def _signed_in_changed(self, signed_in: bool) -> None:
        self.ui.pages.setCurrentWidget(self.ui.signedInPage if signed_in else self.ui.signedOutPage)
        if signed_in:
            self.ui.greetingLabel.setText(self.tr("Hello!"))
            for label in (self.ui.licensesValue, self.ui.requestsValue):
                label.setText("…")
            self._show_expiring([])
            self.refresh()

    def _show_profile(self, profile: dict[str, Any] | None) -> None:
        if not profile:
            return
        name = profile.get("name") or profile.get("email", "")
        self.ui.greetingLabel.setText(self.tr("Hello, {name}!").format(name=name))
        self.ui.customerIdValue.setText(profile.get("customer_id", ""))
        self.ui.emailValue.setText(profile.get("email", ""))
        self.ui.customerTypeValue.setText(customer_type_text(profile.get("customer_type", "")))

    def refresh(self) -> None:
        """Reload the counts (and the profile) when signed in."""
        if not self.ctx.session.signed_in or self._loading:
            return
        self._loading = True
        self.ctx.connection.call(
            _summary,
            on_done=self._show_summary,
            on_error=self._summary_failed,
            on_finally=self._loaded,
            owner=self,
            name="home summary",
        )

    def _loaded(self) -> None:
        self._loading = False

    def _show_summary(self, summary: tuple[list[dict[str, Any]], int, bool]) -> None:
        licenses, open_requests, more = summary
        show_message(self.ui.summaryMessageLabel, "")
        self.ui.licensesValue.setText(str(len(licenses)))
        self.ui.requestsValue.setText(f"{open_requests}{'+' if more else ''}")
        self._show_expiring(licenses)
        self._remind(licenses)

    def _show_expiring(self, licenses: list[dict[str, Any]]) -> None:
        soon = reminders.expiring(licenses)
        lines = [
            self.tr("{name} ({code}): {days_text} left").format(
                name=(lic.get("product") or {}).get("name", ""),
                code=lic.get("code", ""),
                days_text=translated(reminders.days_text(int(lic.get("days_left", 0)))),
            )
            for lic in soon
        ]
        self.ui.expiringValue.setText("\n".join(lines))
        self.ui.expiringLabel.setVisible(bool(soon))
        self.ui.expiringValue.setVisible(bool(soon))

    def _remind(self, licenses: list[dict[str, Any]]) -> None:
        """Notify at 30, 7 and 1 days left, once each (remembered in the settings)."""
        extra = self.ctx.settings.extra
        given = set(extra.get(reminders.SETTINGS_KEY) or [])
        before = set(given)
        for lic in reminders.expiring(licenses):
            found = reminders.due(lic, given)
            if found is None:
                continue
            _threshold, keys = found
            given.update(keys)
            self.license_reminder.emit(translated(reminders.reminder_text(lic)))
        if given != before:
            extra[reminders.SETTINGS_KEY] = sorted(given)
            self.ctx.save_settings()

    def _summary_failed(self, error: BaseException) -> None:
        show_message(
            self.ui.summaryMessageLabel,
            self.tr("The summary could not be loaded: {reason}").format(reason=message_for(error)),
        )

    def first_control(self) -> QWidget:
        signed_in = self.ui.pages.currentWidget() is self.ui.signedInPage
        return self.ui.newRequestButton if signed_in else self.ui.signInButton

    def activate(self) -> None:
        self.refresh()
