"""Sequences a person goes through, not single flows: the worst crash so far came only after
a wizard had been closed and the user then signed out."""

from __future__ import annotations

import sys
from typing import Any

from pytestqt.qtbot import QtBot

from app.core import paths
from app.gui.crash import CrashHandler
from tests.app.conftest import issue_code, new_account
from tests.app.gui.conftest import WAIT_MS, Launch, click, sign_in
from tests.support.live_service import LiveService


def _open_and_close_wizard(qtbot: QtBot, running: Any, *, typed: str = "") -> None:
    wizard = running.window.wizards.open()
    qtbot.waitUntil(lambda: wizard.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(wizard.types), timeout=WAIT_MS)
    if typed:
        wizard.state.description = typed  # something to keep: closing keeps it as a draft
    wizard.close_quietly()
    qtbot.waitUntil(lambda: running.window.wizards.current is None, timeout=WAIT_MS)


def test_wizards_opened_and_closed_then_sign_out_in_and_a_license_leave_no_crash(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    account = new_account(svc)
    running = launch([], server_url=svc.url)
    crashes = CrashHandler(lambda: running.window)
    previous_hook = sys.excepthook
    crashes.install()
    try:
        window, ctx = running.window, running.ctx
        sign_in(qtbot, running, account)
        for round_ in range(3):
            _open_and_close_wizard(qtbot, running, typed="kept" if round_ == 1 else "")
            window.show_page("support")
            window.show_page("requests")

        window.sign_out()
        qtbot.waitUntil(lambda: not ctx.session.signed_in, timeout=WAIT_MS)
        _open_and_close_wizard(qtbot, running)
        sign_in(qtbot, running, account)

        window.show_page("licenses")
        page = window.licenses
        page.ui.codeEdit.setText(issue_code(svc))
        click(qtbot, page.ui.addButton)
        qtbot.waitUntil(lambda: "was added" in page.ui.messageLabel.text(), timeout=WAIT_MS)

        _open_and_close_wizard(qtbot, running)
        window.sign_out()
        qtbot.waitUntil(lambda: not ctx.session.signed_in, timeout=WAIT_MS)
        sign_in(qtbot, running, account)
        qtbot.wait(200)  # let queued signals land
    finally:
        sys.excepthook = previous_hook
    reports = sorted(paths.crash_reports_dir().glob("crash-*.txt"))
    assert not reports, reports[0].read_text(encoding="utf-8")
    assert crashes.last_report is None
