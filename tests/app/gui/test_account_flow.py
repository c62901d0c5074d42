"""A newcomer's way through the account dialogs, against the real service on loopback:
register → the mail arrives → activate → sign in → edit the profile → sign out; and
"remember me" across a restart with a real (file) keyring."""

from __future__ import annotations

import re
from typing import Any

from pytestqt.qtbot import QtBot

from app.gui.dialogs.activate import ActivateDialog
from app.gui.dialogs.profile_edit import ProfileEditDialog
from app.gui.dialogs.register import RegisterDialog
from app.gui.dialogs.signin import SignInDialog
from tests.app.conftest import PASSWORD, Account, new_account, unique_email
from tests.app.gui.conftest import WAIT_MS, Launch, click, register, sign_in
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox, links_in


def test_register_activate_sign_in_edit_profile_sign_out(
    qtbot: QtBot, launch: Launch, _shared_services: Any, mailbox: Mailbox
) -> None:
    svc: LiveService = _shared_services("sqlite")
    running = launch(server_url=svc.url)
    window, ctx = running.window, running.ctx
    qtbot.waitUntil(lambda: ctx.connection.service_state == "reachable", timeout=WAIT_MS)
    assert "reachable" in window.service_status.text.text()
    assert "127.0.0.1" in window.service_status.text.text()

    # register: e-mail, password twice with the rules ticked off, the captcha
    dialog = window.open_register()
    assert isinstance(dialog, RegisterDialog)
    email = unique_email("newcomer")
    qtbot.keyClicks(dialog.ui.emailEdit, email)
    qtbot.keyClicks(dialog.ui.passwordEdit, "short")
    qtbot.waitUntil(lambda: "✗ At least 8 characters" in dialog.ui.policyLabel.text())
    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    qtbot.keyClicks(dialog.ui.confirmEdit, PASSWORD)
    qtbot.waitUntil(lambda: dialog.policy.acceptable, timeout=WAIT_MS)
    assert "✗" not in dialog.ui.policyLabel.text()
    qtbot.waitUntil(lambda: bool(dialog.captcha_id), timeout=WAIT_MS)
    assert not dialog.ui.captchaImage.pixmap().isNull()

    # a wrong answer is refused inline, and a new picture comes
    first_captcha = dialog.captcha_id
    qtbot.keyClicks(dialog.ui.captchaEdit, "wrong")
    click(qtbot, dialog.ui.createButton)
    qtbot.waitUntil(lambda: dialog.captcha_id not in ("", first_captcha), timeout=WAIT_MS)
    assert dialog.findChild(type(dialog.ui.messageLabel), "captcha_answerError").isVisible()

    qtbot.keyClicks(dialog.ui.captchaEdit, svc.captchas[dialog.captcha_id])
    click(qtbot, dialog.ui.createButton)
    qtbot.waitUntil(lambda: dialog.ui.pages.currentWidget() is dialog.ui.donePage, timeout=WAIT_MS)
    assert email in dialog.ui.doneLabel.text()

    # the mail arrives; its link goes into the activation dialog, which signs in
    mail = mailbox.wait_for(email, subject="Activate", timeout=WAIT_MS / 1000)
    link = next(link for link in links_in(mail) if "/activate?token=" in link)
    click(qtbot, dialog.ui.enterCodeButton)
    qtbot.waitUntil(lambda: "activate" in window.dialogs)
    activate = window.dialogs["activate"]
    assert isinstance(activate, ActivateDialog)
    activate.ui.codeEdit.setText(link)
    click(qtbot, activate.ui.activateButton)
    qtbot.waitUntil(lambda: ctx.session.profile is not None, timeout=WAIT_MS)
    assert ctx.session.account["email"] == email
    assert window.home.ui.pages.currentWidget() is window.home.ui.signedInPage
    assert email in window.account_label.text()

    # sign out, then in again with the password
    window.sign_out()
    qtbot.waitUntil(lambda: not ctx.session.signed_in, timeout=WAIT_MS)
    sign_in(qtbot, running, Account(email, PASSWORD, ""))
    customer_id = ctx.session.account["customer_id"]
    assert re.fullmatch(r"[A-Z0-9]{10}", customer_id)

    # edit the profile: name, city, country from the list
    window.show_page("profile")
    edit = window.open_profile_edit()
    assert isinstance(edit, ProfileEditDialog)
    qtbot.waitUntil(edit.ui.countryCombo.isEnabled, timeout=WAIT_MS)
    edit.ui.nameEdit.setText("Ada Lovelace")
    edit.ui.cityEdit.setText("London")
    edit.ui.countryCombo.setCurrentIndex(edit.ui.countryCombo.findData("GB"))
    edit.ui.companyAdminEdit.setText("not-an-address")
    click(qtbot, edit.ui.saveButton)
    error = edit.findChild(type(edit.ui.messageLabel), "company_admin_emailError")
    assert error is not None and error.isVisible()
    edit.ui.companyAdminEdit.clear()
    click(qtbot, edit.ui.saveButton)
    qtbot.waitUntil(lambda: ctx.session.account.get("name") == "Ada Lovelace", timeout=WAIT_MS)
    assert ctx.session.account["country"] == "GB" and ctx.session.account["city"] == "London"
    assert window.profile.ui.nameValue.text() == "Ada Lovelace"
    qtbot.waitUntil(
        lambda: "United Kingdom" in window.profile.ui.countryValue.text(), timeout=WAIT_MS
    )

    # sign out from the profile page
    click(qtbot, window.profile.ui.signOutButton)
    qtbot.waitUntil(lambda: not ctx.session.signed_in, timeout=WAIT_MS)
    assert window.current_page == "home"
    assert window.home.ui.pages.currentWidget() is window.home.ui.signedOutPage
    assert window.account_label.text() == "Not signed in"


def test_remember_me_keeps_the_sign_in_across_a_restart(
    qtbot: QtBot, launch: Launch, _shared_services: Any, keyring_file: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    account = new_account(svc)
    first = launch(server_url=svc.url, keyring_backend=keyring_file)
    sign_in(qtbot, first, account, remember=True)
    entry = f"refresh-token@{svc.url}"
    assert keyring_file.get_password("personal-cabinet", entry)
    assert first.ctx.settings.remember_me
    from tests.app.gui.conftest import close

    close(first)

    # a new start with the same profile and keyring: signed in without a dialog
    second = launch(server_url=svc.url, keyring_backend=keyring_file)
    qtbot.waitUntil(lambda: second.ctx.session.profile is not None, timeout=WAIT_MS)
    assert second.ctx.session.account["email"] == account.email
    assert not second.window.dialogs

    # signing out forgets it
    second.window.sign_out()
    qtbot.waitUntil(lambda: not second.ctx.session.signed_in, timeout=WAIT_MS)
    assert keyring_file.get_password("personal-cabinet", entry) is None


def test_without_a_keyring_the_dialog_says_so_and_keeps_nothing(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    running = launch(server_url=svc.url)  # the tests' default keyring backend is "null"
    qtbot.waitUntil(lambda: running.ctx.session.keyring_available is not None, timeout=WAIT_MS)
    assert running.ctx.session.keyring_available is False
    dialog = running.window.open_sign_in()
    assert isinstance(dialog, SignInDialog)
    assert not dialog.panel.ui.rememberCheck.isEnabled()
    assert not dialog.panel.ui.rememberCheck.isChecked()
    assert "no keyring" in dialog.panel.ui.rememberNoteLabel.text().lower()
    assert dialog.panel.ui.rememberNoteLabel.isVisibleTo(dialog)


def test_check_your_mail_closes_once_activated_from_the_mailbox(
    qtbot: QtBot, launch: Launch, _shared_services: Any, mailbox: Mailbox
) -> None:
    """Activating from the mailbox (not through "Enter the activation code") leaves no stale
    "Check your mail" dialog behind the signed-in window."""
    svc: LiveService = _shared_services("sqlite")
    running = launch(server_url=svc.url)
    window, ctx = running.window, running.ctx
    email = unique_email("mailbox")
    register(qtbot, running, email, PASSWORD, svc.captchas.__getitem__)

    mail = mailbox.wait_for(email, subject="Activate", timeout=WAIT_MS / 1000)
    link = next(link for link in links_in(mail) if "/activate?token=" in link)
    activate = window.open_activate()
    assert isinstance(activate, ActivateDialog)
    activate.ui.codeEdit.setText(link)
    click(qtbot, activate.ui.activateButton)
    qtbot.waitUntil(lambda: ctx.session.profile is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "register" not in window.dialogs, timeout=WAIT_MS)
