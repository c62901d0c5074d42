"""Drafts (W6): saved as the user types, never with the password or the captcha; offered at
the next start to resume (where the user left off) or to discard; Cancel asks."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.wizard.state import AccountMode, Step
from tests.app.gui.conftest import WAIT_MS, Launch, click, close
from tests.app.gui.wizard.test_wizard import drafts, next_page, open_from_support_page
from tests.support.live_service import LiveService


def _draft_text() -> str:
    return "".join(p.read_text() for p in drafts())


def test_draft_without_secrets_is_offered_at_the_next_start_and_resumes(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    running = launch(server_url=svc.url)
    wizard = open_from_support_page(qtbot, running, type_code="license")
    page2 = wizard.account_page
    page2.panel.ui.loginEdit.setText("someone@example.com")
    page2.panel.ui.passwordEdit.setText("Typed-But-Secret-9")
    page2.skip.click()
    qtbot.waitUntil(lambda: bool(page2.captcha.captcha_id), timeout=WAIT_MS)
    answer = svc.captchas[page2.captcha.captcha_id]
    page2.captcha.answer.setText(answer)
    next_page(qtbot, wizard, int(Step.DETAILS))
    qtbot.keyClicks(wizard.details_page.description, "My key file was on a broken disk.")
    wizard.details_page.email.setText("keys@example.com")
    qtbot.waitUntil(lambda: "broken disk" in _draft_text(), timeout=WAIT_MS)
    saved = json.loads(drafts()[0].read_text())
    assert saved["state"]["step"] == int(Step.DETAILS)
    assert "Typed-But-Secret-9" not in _draft_text() and answer not in _draft_text()
    assert "password" not in saved["state"] and "captcha_answer" not in saved["state"]
    assert saved["trail"]["entries"]  # the trail so far travels with the draft
    close(running)  # quit with the wizard open: no question, the draft stays

    again = launch(server_url=svc.url)
    offer = again.window.wizards.draft_offer
    qtbot.waitUntil(offer.isVisible, timeout=WAIT_MS)
    assert "Key problem" in offer.text.text() and "step 3 of 5" in offer.text.text()
    assert "broken disk" in offer.text.text()
    click(qtbot, offer.resume_button)
    resumed = again.window.wizards.current
    assert resumed is not None and not offer.isVisible()
    # the captcha was not kept, so step 2 asks for a new one before going on
    qtbot.waitUntil(lambda: resumed.currentId() == int(Step.ACCOUNT), timeout=WAIT_MS)
    page2 = resumed.account_page
    assert page2.skip.isChecked() and page2.panel.ui.passwordEdit.text() == ""
    qtbot.waitUntil(lambda: bool(page2.captcha.captcha_id), timeout=WAIT_MS)
    page2.captcha.answer.setText(svc.captchas[page2.captcha.captcha_id])
    next_page(qtbot, resumed, int(Step.DETAILS))
    assert resumed.details_page.description.toPlainText() == "My key file was on a broken disk."
    assert resumed.details_page.email.text() == "keys@example.com"
    assert resumed.state.account_mode == AccountMode.SKIP
    resumed.back()
    resumed.back()
    assert resumed.type_page.radios["license"].isChecked()


def test_discard_at_start_and_the_cancel_question(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    running = launch(server_url=svc.url)
    wizard = open_from_support_page(qtbot, running, type_code="presale")
    wizard.account_page.skip.click()
    wizard.state.description = "How many seats does a family license have?"
    wizard.changed("description")
    qtbot.waitUntil(lambda: len(drafts()) == 1, timeout=WAIT_MS)

    def answer(button_text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        for button in box.buttons():
            if button_text in button.text().replace("&", ""):
                button.click()
                return
        raise AssertionError(button_text)

    # Cancel → "Continue editing": nothing happens
    QTimer.singleShot(100, lambda: answer("Continue editing"))
    wizard.reject()
    assert wizard.isVisible() and len(drafts()) == 1
    # Cancel → "Keep the draft": closed, draft kept and offered
    QTimer.singleShot(100, lambda: answer("Keep the draft"))
    wizard.reject()
    offer = running.window.wizards.draft_offer
    qtbot.waitUntil(offer.isVisible, timeout=WAIT_MS)
    assert running.window.wizards.current is None and len(drafts()) == 1
    close(running)

    again = launch(server_url=svc.url)
    offer = again.window.wizards.draft_offer
    qtbot.waitUntil(offer.isVisible, timeout=WAIT_MS)
    click(qtbot, offer.discard_button)
    assert drafts() == []
    assert "discarded" in again.window.notice_banner.text.text()

    # closed by the application (quit, log-out): no question, the draft stays
    wizard = open_from_support_page(qtbot, again, type_code="general")
    wizard.state.description = "kept at quit"
    wizard.changed("description")
    wizard.close()
    assert not wizard.isVisible() and "kept at quit" in _draft_text()
    qtbot.waitUntil(lambda: again.window.wizards.current is None, timeout=WAIT_MS)
    for path in drafts():
        path.unlink()

    # a new request, thrown away from the question: no draft remains
    wizard = open_from_support_page(qtbot, again, type_code="general")
    wizard.state.description = "never mind"
    wizard.changed("description")
    qtbot.waitUntil(lambda: len(drafts()) == 1, timeout=WAIT_MS)
    QTimer.singleShot(100, lambda: answer("Discard the request"))
    wizard.reject()
    assert drafts() == []
