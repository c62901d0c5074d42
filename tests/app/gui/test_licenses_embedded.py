"""A newcomer with the local service (embedded mode): registers with a demo activation code
(A2), finds the Customer ID, the password and the zipped key file in the Local mailbox,
signs in, and finds the demo codes on the Licenses page, ready to copy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.keyfile import read_key_file
from app.gui.dialogs.signin import SignInDialog
from app.gui.mailbox import MailboxWindow
from server.services.demo_seed import DEMO_LICENSES
from tests.app.conftest import unique_email
from tests.app.gui.conftest import Launch, click
from tests.app.gui.test_embedded import START_MS, captcha_answer
from tests.app.gui.test_register_legacy import _open_legacy


@pytest.mark.slow
def test_newcomer_registers_with_a_demo_code_and_finds_the_mails_and_the_codes(
    qtbot: QtBot, launch: Launch, tmp_path: Path
) -> None:
    answers = tmp_path / "captcha-answers.txt"
    running = launch(embedded_args=("--captcha-answers-file", str(answers)))
    window, ctx = running.window, running.ctx
    qtbot.waitUntil(lambda: ctx.connection.service_state == "reachable", timeout=START_MS)

    dialog = _open_legacy(qtbot, running)
    demo = next(d for d in DEMO_LICENSES if d.label == "valid, 3 seats")
    email = unique_email("local-legacy")
    dialog.email_edit.setText(email)
    dialog.code_edit.setText(demo.code)
    dialog.send_key_check.setChecked(True)
    qtbot.waitUntil(lambda: answers.exists(), timeout=START_MS)
    dialog.captcha.answer.setText(captcha_answer(answers, dialog.captcha_id))
    click(qtbot, dialog.register_button)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.done_page, timeout=START_MS)
    assert dialog.mailbox_button.isVisible()

    click(qtbot, dialog.mailbox_button)
    mailbox = window.dialogs["mailbox"]
    assert isinstance(mailbox, MailboxWindow)
    wanted = {
        "Your Personal Cabinet Customer ID and password",
        "Your key file for Internet Security",
    }
    qtbot.waitUntil(
        lambda: {m.subject for m in mailbox.mails if m.to == email} >= wanted, timeout=START_MS
    )
    credentials = next(m for m in mailbox.mails if "Customer ID" in m.subject)
    key_mail = next(m for m in mailbox.mails if "key file" in m.subject)
    tree = mailbox.ui.mailList
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        assert item is not None
        if item.data(0, Qt.ItemDataRole.UserRole) == str(key_mail.path):
            tree.setCurrentItem(item)
    assert mailbox.save_attachment_button.isVisible()
    saved = mailbox.save_attachment(tmp_path / "key.zip")
    assert saved is not None and read_key_file(saved.read_bytes()).code == demo.code
    customer_id = re.search(r"Customer ID: (\S+)", credentials.body)
    password = re.search(r"Password: (\S+)", credentials.body)
    assert customer_id is not None and password is not None

    click(qtbot, dialog.sign_in_button)
    signin = window.open_sign_in()
    assert isinstance(signin, SignInDialog)
    signin.panel.ui.loginEdit.setText(customer_id.group(1))
    signin.panel.ui.passwordEdit.setText(password.group(1))
    click(qtbot, signin.sign_in_button)
    qtbot.waitUntil(lambda: ctx.session.profile is not None, timeout=START_MS)

    window.show_page("licenses")
    page = window.licenses
    qtbot.waitUntil(lambda: page.ui.licensesTree.topLevelItemCount() == 1, timeout=START_MS)
    page.import_key_file(tmp_path / "key.zip")  # the mailed zip imports as it is
    qtbot.waitUntil(
        lambda: "already in your account" in page.ui.messageLabel.text(), timeout=START_MS
    )
    box = page.demo_box
    assert box is not None and box.isVisible()
    assert box.combo.count() == len(DEMO_LICENSES)
    box.combo.setCurrentIndex(1)
    click(qtbot, box.copy_button)
    assert QApplication.clipboard().text() == DEMO_LICENSES[1].code
    click(qtbot, box.use_button)
    assert page.ui.codeEdit.text() == DEMO_LICENSES[1].code
