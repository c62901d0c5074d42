"""What the window shows about the service and refusals: a lock-out with the time left
counting down, and a service that stops in the middle of a session."""

from __future__ import annotations

import re
from datetime import timedelta

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.gui.dialogs.signin import SignInDialog
from tests.app.conftest import ServiceFactory, new_account
from tests.app.gui.conftest import WAIT_MS, Launch, click, sign_in
from tests.support.live_service import start_in_thread
from tests.support.mailbox import Mailbox


def test_wrong_password_until_locked_shows_the_time_left(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory
) -> None:
    svc = make_service(lockout_threshold=3, lockout_base=timedelta(seconds=90))
    account = new_account(svc)
    running = launch(server_url=svc.url)
    dialog = running.window.open_sign_in()
    assert isinstance(dialog, SignInDialog)
    dialog.panel.ui.loginEdit.setText(account.customer_id)

    for _ in range(6):
        dialog.panel.ui.passwordEdit.setText("Wrong-Password-1")
        click(qtbot, dialog.sign_in_button)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
        if dialog.panel.locked_until:
            break
        assert "wrong" in dialog.panel.findChild(QLabel, "passwordError").text()
    assert dialog.panel.locked_until, "no lock-out after repeated wrong passwords"

    text = dialog.panel.ui.messageLabel.text()
    assert re.search(r"try again in \d+:\d\d", text), text
    assert not dialog.sign_in_button.isEnabled()
    # the time left counts down while the dialog is open
    qtbot.waitUntil(lambda: dialog.panel.ui.messageLabel.text() != text, timeout=WAIT_MS)
    assert re.search(r"try again in \d+:\d\d", dialog.panel.ui.messageLabel.text())
    # even the right password is refused until then
    dialog.panel.ui.passwordEdit.setText(account.password)
    click(qtbot, dialog.sign_in_button)
    assert not running.ctx.session.signed_in


def test_service_stopped_mid_session_is_shown_and_the_window_stays_usable(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory, mailbox: Mailbox
) -> None:
    svc = make_service()
    account = new_account(svc)
    running = launch(server_url=svc.url)
    window, ctx = running.window, running.ctx
    sign_in(qtbot, running, account)
    qtbot.waitUntil(lambda: ctx.connection.service_state == "reachable", timeout=WAIT_MS)
    assert not window.connection_banner.isVisible()

    port = int(svc.url.rsplit(":", 1)[1])
    svc.stop()
    ctx.connection.check_health()
    qtbot.waitUntil(lambda: ctx.connection.service_state == "unreachable", timeout=WAIT_MS)
    assert "not reachable" in window.service_status.text.text()
    assert window.connection_banner.isVisible()
    assert svc.url in window.connection_banner.text.text()

    # still usable: pages open, a refresh says what is wrong, dialogs open and close
    window.show_page("licenses")
    click(qtbot, window.licenses.ui.refreshButton)
    qtbot.waitUntil(
        lambda: "not reachable" in window.licenses.ui.messageLabel.text(), timeout=WAIT_MS
    )
    window.show_page("profile")
    dialog = window.open_change_password()
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    assert ctx.session.signed_in

    # the service comes back on the same address: the banner goes, the session goes on
    settings = svc.settings
    back = start_in_thread(
        {
            "data_dir": settings.data_dir,
            "database_url": settings.database_url,
            "mail_url": mailbox.url,
        },
        port=port,
    )
    try:
        click(qtbot, window.connection_banner.action)  # "Retry now"
        qtbot.waitUntil(lambda: ctx.connection.service_state == "reachable", timeout=WAIT_MS)
        assert not window.connection_banner.isVisible()
        window.show_page("licenses")
        qtbot.waitUntil(lambda: window.licenses.loaded, timeout=WAIT_MS)
    finally:
        back.stop()
