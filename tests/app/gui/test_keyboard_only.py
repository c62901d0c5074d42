"""The licenses and a conversation by the keyboard alone (P2), as a person who uses no mouse
does: every key goes to whichever control has the focus. (The wizard's own walk is in
tests/app/gui/wizard/test_wizard_keyboard.py.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.gui.application import Running
from tests.app.conftest import issue_code, new_account
from tests.app.gui.conftest import WAIT_MS, Launch, sign_in
from tests.app.gui.requests_support import caller, staff_reply
from tests.support.live_service import LiveService
from tests.support.support_requests import file_support, make_product

Key = Qt.Key
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class Keyboard:
    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO) -> None:
        self.qtbot.keyClick(self.focused(), key, modifier)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focused(), text)

    def tab_to(self, done: Callable[[QWidget], bool], limit: int = 40) -> None:
        for _ in range(limit):
            if done(self.focused()):
                return
            self.press(Key.Key_Tab)
        raise AssertionError(f"Tab never got there (at {self.focused()!r})")


def _ready(qtbot: QtBot, running: Running) -> Keyboard:
    window = running.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    return Keyboard(qtbot)


def test_add_and_look_at_a_license_by_keyboard(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    running = launch(server_url=svc.url)
    sign_in(qtbot, running, new_account(svc))
    keys = _ready(qtbot, running)
    window = running.window
    keys.press(Key.Key_5, CTRL)  # Licenses, the keyboard in its code field
    page = window.licenses
    assert keys.focused() is page.ui.codeEdit
    keys.type(issue_code(svc))
    keys.press(Key.Key_Return)
    tree = page.ui.licensesTree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    keys.tab_to(lambda w: w is tree)
    keys.press(Key.Key_Down)
    keys.press(Key.Key_Up)
    qtbot.waitUntil(lambda: tree.currentItem() is not None, timeout=WAIT_MS)
    assert "Internet Security" in tree.currentItem().text(1)


def test_open_a_request_and_answer_by_keyboard(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    account = new_account(svc)
    filed = file_support(caller(svc.url, account), make_product(svc))
    staff_reply(caller(svc.url, new_account(svc, role="staff")), int(filed["id"]), "Try again.")
    running = launch(server_url=svc.url)
    sign_in(qtbot, running, account)
    keys = _ready(qtbot, running)
    window = running.window
    keys.press(Key.Key_4, CTRL)  # My requests
    page = window.requests
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    keys.tab_to(lambda w: w is page.view)
    keys.press(Key.Key_Down)
    keys.press(Key.Key_Home)
    keys.press(Key.Key_Return)  # opens it in its own window
    windows = window.request_windows
    qtbot.waitUntil(lambda: int(filed["id"]) in windows, timeout=WAIT_MS)
    request = windows[int(filed["id"])]
    qtbot.waitUntil(lambda: "Try again." in request.browser.toPlainText(), timeout=WAIT_MS)
    request.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is request, timeout=WAIT_MS)
    editor = request.reply.text
    keys.tab_to(lambda w: w is editor)
    keys.type("It worked, thank you.")
    keys.tab_to(lambda w: w is request.reply.send_button)
    keys.press(Key.Key_Space)
    qtbot.waitUntil(
        lambda: "It worked, thank you." in request.browser.toPlainText(), timeout=WAIT_MS
    )
