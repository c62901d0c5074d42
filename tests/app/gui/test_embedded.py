"""On a fresh machine (L4): no service configured, so the application starts the local one
as a child process after its window is up; a newcomer registers, activates from the Local
mailbox and signs in; quitting stops the service."""

from __future__ import annotations

from pathlib import Path

import psutil
import pytest
from PySide6.QtCore import QProcess
from pytestqt.qtbot import QtBot

from app.gui.dialogs.activate import ActivateDialog
from app.gui.dialogs.register import RegisterDialog
from app.gui.mailbox import MailboxWindow
from tests.app.conftest import PASSWORD, unique_email
from tests.app.gui.conftest import Launch, click, close, register

START_MS = 180_000  # a first start migrates and seeds a new database; slow machines take long


def captcha_answer(path: Path, captcha_id: str) -> str:
    for line in path.read_text().splitlines():
        cid, _, answer = line.partition(" ")
        if cid == captcha_id:
            return answer
    raise KeyError(captcha_id)


@pytest.mark.slow
def test_newcomer_registers_and_activates_through_the_local_mailbox(
    qtbot: QtBot, launch: Launch, tmp_path: Path
) -> None:
    answers = tmp_path / "captcha-answers.txt"
    running = launch(embedded_args=("--captcha-answers-file", str(answers)))
    window, ctx = running.window, running.ctx
    assert ctx.connection.embedded_mode and ctx.connection.embedded is not None
    assert "Local service on this computer" in window.service_status.text.text()
    qtbot.waitUntil(lambda: ctx.connection.service_state == "reachable", timeout=START_MS)
    assert window.mailbox_action.isEnabled()

    email = unique_email("local")
    dialog = register(
        qtbot,
        running,
        email,
        PASSWORD,
        lambda captcha_id: captcha_answer(answers, captcha_id),
        timeout=START_MS,
    )
    assert isinstance(dialog, RegisterDialog)
    assert dialog.ui.openMailboxButton.isVisible()

    click(qtbot, dialog.ui.openMailboxButton)
    mailbox = window.dialogs["mailbox"]
    assert isinstance(mailbox, MailboxWindow)
    qtbot.waitUntil(
        lambda: any(m.to == email and "Activate" in m.subject for m in mailbox.mails),
        timeout=START_MS,
    )
    mailbox.ui.mailList.setCurrentItem(mailbox.ui.mailList.topLevelItem(0))
    current = mailbox.current()
    assert current is not None and current.to == email
    assert current.codes and current.codes[0] in mailbox.ui.bodyView.toPlainText()
    assert mailbox.ui.useLinkButton.isEnabled()

    click(qtbot, mailbox.ui.useLinkButton)
    qtbot.waitUntil(lambda: "activate" in window.dialogs, timeout=START_MS)
    activate = window.dialogs["activate"]
    assert isinstance(activate, ActivateDialog)
    assert activate.ui.codeEdit.text() == current.codes[0]
    click(qtbot, activate.ui.activateButton)
    qtbot.waitUntil(lambda: ctx.session.profile is not None, timeout=START_MS)
    assert ctx.session.account["email"] == email

    # demo data is there: the catalog of the support page comes from the local service
    window.show_page("support")
    qtbot.waitUntil(lambda: window.support.ui.productCombo.count() > 1, timeout=START_MS)

    process = ctx.connection.embedded._serve
    assert process is not None and process.state() == QProcess.ProcessState.Running
    pid = process.processId()
    close(running)  # quitting stops the local service
    assert not psutil.pid_exists(pid)
