"""Choosing the interface language (P1): Settings lists the six languages by their own names
and the system's; a change is saved and applies to the open main window at once — its menus,
navigation and pages are built again in the new language, signed in, with nothing of the
English left — and the service answers in it from then on."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from app.core.settings import Settings
from app.gui import translation
from app.gui.dialogs.settings import SettingsDialog
from tests.app.conftest import new_account
from tests.app.gui.conftest import WAIT_MS, Launch, sign_in
from tests.app.gui.test_languages_whole import English, english_left


def test_a_new_language_applies_to_the_open_window_at_once(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc = _shared_services("sqlite")
    running = launch([], server_url=svc.url)
    window, ctx = running.window, running.ctx
    sign_in(qtbot, running, new_account(svc))
    for key in ("licenses", "profile", "home"):
        window.show_page(key)
    dialog = SettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    names = [combo.itemText(n) for n in range(combo.count())]
    assert names[1:] == ["English", "Русский", "Deutsch", "Polski", "Français", "Español"]
    assert names[0].startswith("As the system (") and combo.currentData() == ""

    combo.setCurrentIndex(combo.findData("pl"))
    dialog.save()
    qtbot.waitUntil(lambda: window.navigation.item(0).text() != "Home", timeout=WAIT_MS)
    assert translation.current() == "pl"
    assert Settings.load().language == "pl" or ctx.settings.language == "pl"
    assert window.current_page == "home"
    assert window.menuBar().actions()[0].text() != "&File"
    qtbot.waitUntil(lambda: window.notice_banner.isVisible(), timeout=WAIT_MS)
    left = english_left(English("pl"))
    assert left == [], "\n".join(left)
    # The pages built again still work: the licenses and the profile of the signed-in user.
    window.show_page("licenses")
    window.show_page("profile")
    assert ctx.session.signed_in
    assert window.profile.isVisible()
    # The service's refusals follow: a wrong sign-in answered in Polish.
    client = ctx.connection.client
    assert client is not None
    assert client.transport.session.headers["Accept-Language"].startswith("pl")


def test_languages_switched_back_and_forth_with_sign_out_and_the_wizard_in_between(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    """The sequence that finds what one switch does not: switch, sign out, sign in, open and
    close the wizard, switch again — no crash report, each time the window in its language."""
    from tests.app.gui.wizard.test_wizard import open_from_support_page

    svc = _shared_services("sqlite")
    running = launch([], server_url=svc.url, crash_handler=True)
    window, ctx = running.window, running.ctx
    account = new_account(svc)
    sign_in(qtbot, running, account)
    for language, home in (("de", "Start"), ("ru", "Главная"), ("en", "Home")):
        dialog = SettingsDialog(ctx, window)
        qtbot.addWidget(dialog)
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
        dialog.save()
        qtbot.waitUntil(lambda h=home: window.navigation.item(0).text() == h, timeout=WAIT_MS)
        wizard = open_from_support_page(qtbot, running, type_code="setup")
        wizard.close_quietly()
        window.sign_out()
        qtbot.waitUntil(lambda: not ctx.session.signed_in, timeout=WAIT_MS)
        sign_in(qtbot, running, account)
        window.show_page("licenses")
        if language != "en":
            left = english_left(English(language))
            assert left == [], "\n".join(left)
    from app.core import paths

    assert list(paths.crash_reports_dir().glob("*")) == []
