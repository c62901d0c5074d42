"""The support wizard driven by the keyboard alone, from the Support page to the request
number: every key goes to whichever control has the focus, as typing does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.core.wizard.state import Step
from app.gui.wizard.wizard import RequestWizard
from tests.app.conftest import new_account
from tests.app.gui.conftest import WAIT_MS, Launch, sign_in
from tests.app.gui.wizard.test_wizard import filed
from tests.support.live_service import LiveService

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier


def test_the_whole_wizard_by_keyboard(qtbot: QtBot, launch: Launch, _shared_services: Any) -> None:
    svc: LiveService = _shared_services("sqlite")
    account = new_account(svc)
    running = launch(server_url=svc.url)
    window = running.window
    sign_in(qtbot, running, account)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)

    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(focused(), key, modifier)

    def tab_to(widget: QWidget, limit: int = 30) -> None:
        for _ in range(limit):
            if focused() is widget:
                return
            press(Key.Key_Tab)
        raise AssertionError(f"Tab never reached {widget.objectName() or widget}")

    def down_until(done: Callable[[], bool], limit: int = 60) -> None:
        for _ in range(limit):
            if done():
                return
            press(Key.Key_Down)
        raise AssertionError("the arrow keys never reached the choice")

    # the Support page: type and product from their lists, then "Continue"
    press(Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.support
    assert focused() is page.ui.typeCombo
    qtbot.waitUntil(lambda: page.ui.productCombo.count() > 1, timeout=WAIT_MS)
    down_until(lambda: page.ui.typeCombo.currentData() == "general")
    tab_to(page.ui.productCombo)
    down_until(lambda: page.ui.productCombo.currentText() == "Internet Security")
    tab_to(page.ui.startButton)
    press(Key.Key_Space)
    wizard = window.wizards.current
    assert isinstance(wizard, RequestWizard)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.ACCOUNT), timeout=WAIT_MS)

    # Back to step 1: the arrow keys choose among the request types
    press(Key.Key_B, ALT)
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.TYPE), timeout=WAIT_MS)
    radios = wizard.type_page.radios
    qtbot.waitUntil(lambda: focused() is radios["general"], timeout=WAIT_MS)
    press(Key.Key_Up)
    assert wizard.state.request_type != "general"
    assert radios[wizard.state.request_type].isChecked()
    assert focused() is radios[wizard.state.request_type]
    press(Key.Key_Down)
    assert wizard.state.request_type == "general" and radios["general"].isChecked()

    # steps 2 and 3: signed in, Enter goes on; the request typed field by field
    press(Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.ACCOUNT), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: focused() is wizard.button(wizard.WizardButton.NextButton))
    press(Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.DETAILS), timeout=WAIT_MS)
    details = wizard.details_page
    qtbot.waitUntil(lambda: focused() is details.description, timeout=WAIT_MS)
    qtbot.keyClicks(focused(), "Typed without a mouse.")
    qtbot.waitUntil(lambda: details.country.findData("DE") > 0, timeout=WAIT_MS)
    tab_to(details.country)
    qtbot.keyClicks(focused(), "Germany")
    assert details.country.currentData() == "DE"
    tab_to(details.city)
    qtbot.keyClicks(focused(), "Berlin")
    press(Key.Key_Return)  # in a field, Enter is Next
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.SYSTEM), timeout=WAIT_MS)

    # step 4: Space on "Generate a report" keeps the keyboard in the report's panel
    system = wizard.system_page
    qtbot.waitUntil(lambda: bool(wizard.state.os_name), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: focused() is system.version, timeout=WAIT_MS)
    qtbot.keyClicks(focused(), "21.3.10.391")
    panel = system.sysinfo
    tab_to(panel.generate_button)
    press(Key.Key_Space)
    assert focused() is panel.cancel_button
    qtbot.waitUntil(lambda: wizard.state.sysinfo is not None, timeout=120_000)
    qtbot.waitUntil(lambda: not panel.generating, timeout=WAIT_MS)
    assert focused() is panel.view_button  # not "< Back": Enter never returns to step 3
    assert wizard.currentId() == int(Step.SYSTEM)
    press(Key.Key_N, ALT)
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.REVIEW), timeout=WAIT_MS)

    # step 5: the focus is on "Submit request"
    commit = wizard.button(wizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: focused() is commit, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: wizard.state.sysinfo is not None and wizard.state.sysinfo.done,
        timeout=120_000,
    )
    press(Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.currentId() == RequestWizard.DONE, timeout=120_000)
    request, _ = filed(svc, wizard.done_page.number.text())
    assert request.description == "Typed without a mouse."
    assert request.city == "Berlin" and request.product_version == "21.3.10.391"


def test_arrow_keys_choose_a_type_when_none_is_chosen_yet(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    running = launch(["personal-cabinet://request?product=internet-security"], server_url=svc.url)
    wizard = running.window.wizards.current
    assert isinstance(wizard, RequestWizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(wizard.type_page.radios), timeout=WAIT_MS)
    radios = list(wizard.type_page.radios.values())
    assert not any(radio.isChecked() for radio in radios)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is radios[0], timeout=WAIT_MS)
    qtbot.keyClick(radios[0], Key.Key_Down)
    assert radios[1].isChecked() and QApplication.focusWidget() is radios[1]
    assert wizard.state.request_type == wizard.types[1].code
    qtbot.keyClick(radios[1], Key.Key_Up)
    assert radios[0].isChecked() and wizard.state.request_type == wizard.types[0].code
