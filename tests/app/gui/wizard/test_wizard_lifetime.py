"""A closed wizard leaves nothing connected behind: signing out and in, or the account's
details changing, after wizards were opened and closed must not reach their deleted pages
(it used to raise "Internal C++ object (RequestWizard) already deleted" on every one)."""

from __future__ import annotations

from typing import Any

import shiboken6
from pytestqt.qtbot import QtBot

from app.core import paths
from app.core.wizard.state import Step
from tests.app.conftest import new_account
from tests.app.gui.conftest import WAIT_MS, Launch, sign_in
from tests.app.gui.wizard.test_wizard import next_page, open_from_support_page
from tests.support.live_service import LiveService


def test_sign_out_and_in_after_closed_wizards_writes_no_crash_report(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    account = new_account(svc)
    running = launch(server_url=svc.url, crash_handler=True)
    window, ctx = running.window, running.ctx
    assert window.crash_handler is not None
    sign_in(qtbot, running, account)
    for _ in range(3):
        wizard = open_from_support_page(qtbot, running, type_code="application")
        next_page(qtbot, wizard, int(Step.DETAILS))  # every page that listens has been shown
        wizard.close()
        qtbot.waitUntil(lambda w=wizard: not shiboken6.isValid(w), timeout=WAIT_MS)
    for _ in range(2):
        window.sign_out()
        qtbot.waitUntil(lambda: not ctx.session.signed_in, timeout=WAIT_MS)
        sign_in(qtbot, running, account)
        qtbot.waitUntil(lambda: ctx.session.profile is not None, timeout=WAIT_MS)
    reloaded: list[Any] = []
    ctx.session.reload_profile(reloaded.append)  # the account's details arrive again
    qtbot.waitUntil(lambda: bool(reloaded), timeout=WAIT_MS)
    assert window.crash_handler.last_report is None
    assert list(paths.crash_reports_dir().glob("crash-*.txt")) == []
