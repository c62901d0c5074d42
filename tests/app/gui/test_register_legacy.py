"""Legacy registration (A2, seed 000 Q3) through the account dialogs, against the real
service: with an activation code (and "Get key by e-mail") and with a key file; the mails
bring a 10-character Customer ID and a password that sign in, and the license is there."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.core.keyfile import read_key_file
from app.gui.application import Running
from app.gui.dialogs.register import RegisterDialog
from app.gui.dialogs.register_legacy import LegacyRegisterDialog
from app.gui.dialogs.signin import SignInDialog
from tests.app.conftest import issue_code, unique_email
from tests.app.gui.conftest import WAIT_MS, Launch, click, screenshot
from tests.app.gui.test_licenses_detail import _page
from tests.app.gui.test_licenses_keyfiles import _key_file
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox


def _open_legacy(qtbot: QtBot, running: Running) -> LegacyRegisterDialog:
    register = running.window.open_register()
    assert isinstance(register, RegisterDialog)
    click(qtbot, register.ui.legacyButton)
    qtbot.waitUntil(lambda: "register-legacy" in running.window.dialogs, timeout=WAIT_MS)
    dialog = running.window.dialogs["register-legacy"]
    assert isinstance(dialog, LegacyRegisterDialog)
    qtbot.waitUntil(lambda: bool(dialog.captcha_id), timeout=WAIT_MS)
    return dialog


def _submit(qtbot: QtBot, svc: LiveService, dialog: LegacyRegisterDialog, email: str) -> None:
    dialog.email_edit.setText(email)
    dialog.captcha.answer.setText(svc.captchas[dialog.captcha_id])
    click(qtbot, dialog.register_button)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.done_page, timeout=WAIT_MS)
    assert email in dialog.done_label.text()


def _sign_in_from_mail(qtbot: QtBot, running: Running, mailbox: Mailbox, email: str) -> str:
    mail = mailbox.wait_for(email, subject="Customer ID", timeout=WAIT_MS / 1000)
    body = mail.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    customer_id = re.search(r"Customer ID: (\S+)", text)
    password = re.search(r"Password: (\S+)", text)
    assert customer_id is not None and password is not None
    assert len(customer_id.group(1)) == 10
    dialog = running.window.open_sign_in()
    assert isinstance(dialog, SignInDialog)
    dialog.panel.ui.loginEdit.setText(customer_id.group(1))
    dialog.panel.ui.passwordEdit.setText(password.group(1))
    click(qtbot, dialog.sign_in_button)
    qtbot.waitUntil(lambda: running.ctx.session.profile is not None, timeout=WAIT_MS)
    return customer_id.group(1)


def test_legacy_registration_with_a_code_mails_the_credentials_and_the_key(
    qtbot: QtBot, launch: Launch, _shared_services: Any, mailbox: Mailbox
) -> None:
    svc: LiveService = _shared_services("sqlite")
    code = issue_code(svc)
    running = launch(server_url=svc.url)
    dialog = _open_legacy(qtbot, running)
    email = unique_email("legacy-code")
    dialog.code_edit.setText(code.lower())
    dialog.send_key_check.setChecked(True)
    _submit(qtbot, svc, dialog, email)
    assert "key file" in dialog.done_label.text()

    zipped = mailbox.wait_for(email, subject="key file", timeout=WAIT_MS / 1000)
    (part,) = list(zipped.iter_attachments())
    with zipfile.ZipFile(io.BytesIO(part.get_content())) as zf:
        assert read_key_file(zf.read(zf.namelist()[0])).code == code

    click(qtbot, dialog.sign_in_button)
    customer_id = _sign_in_from_mail(qtbot, running, mailbox, email)
    assert running.ctx.session.profile is not None
    assert running.ctx.session.profile["customer_id"] == customer_id
    page = _page(qtbot, running)
    qtbot.waitUntil(lambda: page.ui.licensesTree.topLevelItemCount() == 1, timeout=WAIT_MS)


def test_legacy_registration_with_a_key_file_verified_first(
    qtbot: QtBot, launch: Launch, _shared_services: Any, mailbox: Mailbox, tmp_path: Path
) -> None:
    svc: LiveService = _shared_services("sqlite")
    code = issue_code(svc, product="endpoint-security")
    genuine = _key_file(svc, code)
    running = launch(server_url=svc.url)
    dialog = _open_legacy(qtbot, running)

    (tmp_path / "bad.key").write_bytes(genuine.replace(b'"seats": 3', b'"seats": 9'))
    dialog.choose_key_file(tmp_path / "bad.key")
    error = dialog.findChild(QLabel, "key_file_base64Error")
    assert isinstance(error, QLabel)
    assert error.isVisible() and "signature is not valid" in error.text()
    dialog.email_edit.setText(unique_email("legacy-bad"))
    click(qtbot, dialog.register_button)  # nothing is sent for a refused file
    assert "Choose a valid key file" in error.text()

    (tmp_path / "good.key").write_bytes(genuine)
    dialog.choose_key_file(tmp_path / "good.key")
    assert "Endpoint Security" in dialog.key_terms_label.text()
    screenshot(qtbot, dialog, "register-legacy")
    email = unique_email("legacy-key")
    _submit(qtbot, svc, dialog, email)
    click(qtbot, dialog.sign_in_button)
    _sign_in_from_mail(qtbot, running, mailbox, email)
    page = _page(qtbot, running)
    qtbot.waitUntil(lambda: page.ui.licensesTree.topLevelItemCount() == 1, timeout=WAIT_MS)
    assert page.ui.licensesTree.topLevelItem(0).text(1).startswith("Endpoint Security")
