"""Expiry reminders and renewal (K6) against the real service: a license with 5 days left
shows on Home and on Licenses with its days left and raises one desktop notification only;
Renew takes a new code and says which license it renews."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from pytestqt.qtbot import QtBot

from app.core.license_reminders import SETTINGS_KEY
from server.services import catalog, licenses
from tests.app.conftest import issue_code, new_account
from tests.app.gui.conftest import WAIT_MS, Launch, click, screenshot, sign_in
from tests.app.gui.test_licenses_detail import _add, _page
from tests.support.live_service import LiveService


def _code_expiring_in(svc: LiveService, days: float) -> str:
    assert svc.state is not None
    with svc.state.db.write() as db:
        product = catalog.product_by_slug(db, "internet-security")
        assert product is not None
        expires = datetime.now(UTC) + timedelta(days=days)
        (lic,) = licenses.issue(db, product=product, seats=3, expires_at=expires)
        return lic.code


def _license_notes(running: Any) -> list[str]:
    return [text for rid, _title, text in running.window.notifier.history if rid == 0]


def test_five_days_left_shows_on_home_and_licenses_and_notifies_once(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    running = launch(server_url=svc.url)
    sign_in(qtbot, running, new_account(svc))
    page = _page(qtbot, running)
    _add(qtbot, page, _code_expiring_in(svc, 4.5))
    _add(qtbot, page, issue_code(svc))  # a year left: no reminder
    assert "expires in 5 days" in page.reminder_label.text()
    assert page.reminder_label.text().count("expires in") == 1

    window = running.window
    window.show_page("home")
    home = window.home
    qtbot.waitUntil(lambda: "5 days left" in home.ui.expiringValue.text(), timeout=WAIT_MS)
    assert home.ui.expiringValue.isVisible()
    screenshot(qtbot, window, "home-expiring")
    qtbot.waitUntil(lambda: len(_license_notes(running)) == 1, timeout=WAIT_MS)
    assert "expires in 5 days" in _license_notes(running)[0]
    given = running.ctx.settings.extra[SETTINGS_KEY]
    assert len(given) == 2  # the 30- and the 7-day reminders, both given by this one

    home.refresh()  # seen again (and after a restart: the settings remember)
    qtbot.waitUntil(lambda: not home._loading, timeout=WAIT_MS)
    window.show_page("licenses")
    window.show_page("home")
    qtbot.waitUntil(lambda: not home._loading, timeout=WAIT_MS)
    assert len(_license_notes(running)) == 1

    window.notifier._clicked()  # clicking the notification opens Licenses
    assert window.current_page == "licenses"


def test_renew_takes_a_new_code_and_says_which_license_it_renews(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    running = launch(server_url=svc.url)
    sign_in(qtbot, running, new_account(svc))
    page = _page(qtbot, running)
    old = _code_expiring_in(svc, 10)
    _add(qtbot, page, old)
    old_masked = page.detail.code_value.text()
    click(qtbot, page.detail.renew_button)
    assert page.ui.codeEdit.hasFocus() or page.ui.codeEdit.text() == ""
    assert old_masked in page.ui.messageLabel.text()

    _add(qtbot, page, issue_code(svc))
    text = page.ui.messageLabel.text()
    assert "renews your license" in text and old_masked in text
    assert page.ui.licensesTree.topLevelItemCount() == 2
    assert page.renewing is None
