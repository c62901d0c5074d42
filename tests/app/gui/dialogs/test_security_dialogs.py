"""The account's security dialogs against the real service, each from the mail a user gets:
two-factor enrolment and the second-factor step, forgotten password, e-mail change and
password change."""

from __future__ import annotations

from typing import Any

import pyotp
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.gui.dialogs.change_email import ChangeEmailDialog
from app.gui.dialogs.change_password import ChangePasswordDialog
from app.gui.dialogs.forgot import ForgotDialog
from app.gui.dialogs.signin import SignInDialog
from app.gui.dialogs.two_factor import TwoFactorDialog
from tests.app.conftest import Account, new_account, unique_email
from tests.app.gui.conftest import WAIT_MS, Launch, click, sign_in
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox, links_in

NEW_PASSWORD = "Green-Meadow-77q"


def test_two_factor_enrolment_then_sign_in_asks_for_the_code(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    account = new_account(svc)
    running = launch(server_url=svc.url)
    window, ctx = running.window, running.ctx
    sign_in(qtbot, running, account)

    dialog = window.open_two_factor()
    assert isinstance(dialog, TwoFactorDialog)
    off_height = dialog.height()
    click(qtbot, dialog.ui.enrolButton)
    qtbot.waitUntil(lambda: bool(dialog.secret), timeout=WAIT_MS)
    assert not dialog.ui.qrLabel.pixmap().isNull()
    assert dialog.ui.secretEdit.text().replace(" ", "") == dialog.secret
    # Sized to the page shown: small while off, grown (nothing squeezed) for the QR code.
    assert dialog.height() > off_height
    assert dialog.ui.secretEdit.width() >= dialog.ui.secretEdit.minimumWidth()
    assert dialog.width() >= dialog.sizeHint().width()
    totp = pyotp.TOTP(dialog.secret)
    dialog.ui.confirmCodeEdit.setText("000000" if totp.now() != "000000" else "111111")
    click(qtbot, dialog.ui.confirmButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    error = dialog.findChild(QLabel, "codeError")
    assert error is not None and error.isVisible() and "code" in error.text().lower()
    assert not ctx.session.account["totp_enabled"]
    dialog.ui.confirmCodeEdit.setText(totp.now())
    click(qtbot, dialog.ui.confirmButton)
    qtbot.waitUntil(lambda: bool(ctx.session.account.get("totp_enabled")), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.ui.totpPages.currentWidget() is dialog.ui.totpOnPage)
    dialog.close()

    window.sign_out()
    qtbot.waitUntil(lambda: not ctx.session.signed_in, timeout=WAIT_MS)
    signin = window.open_sign_in()
    assert isinstance(signin, SignInDialog)
    signin.panel.ui.loginEdit.setText(account.customer_id)
    signin.panel.ui.passwordEdit.setText(account.password)
    click(qtbot, signin.sign_in_button)
    pages = signin.panel.ui.pages
    qtbot.waitUntil(
        lambda: pages.currentWidget() is signin.panel.ui.secondFactorPage, timeout=WAIT_MS
    )
    assert "authenticator" in signin.panel.ui.secondFactorLabel.text()
    assert not ctx.session.signed_in
    signin.panel.ui.codeEdit.setText(totp.now())
    click(qtbot, signin.sign_in_button)
    qtbot.waitUntil(lambda: ctx.session.profile is not None, timeout=WAIT_MS)
    assert ctx.session.account["email"] == account.email


def test_forgotten_password_is_reset_from_the_mail(
    qtbot: QtBot, launch: Launch, _shared_services: Any, mailbox: Mailbox
) -> None:
    svc: LiveService = _shared_services("sqlite")
    account = new_account(svc)
    running = launch(server_url=svc.url)
    window, ctx = running.window, running.ctx
    dialog = window.open_forgot()
    assert isinstance(dialog, ForgotDialog)
    dialog.ui.loginEdit.setText(account.customer_id)
    click(qtbot, dialog.ui.actionButton)
    qtbot.waitUntil(lambda: dialog.ui.pages.currentWidget() is dialog.ui.resetPage, timeout=WAIT_MS)
    assert account.customer_id in dialog.ui.sentLabel.text()

    mail = mailbox.wait_for(account.email, subject="password", timeout=WAIT_MS / 1000)
    link = next(link for link in links_in(mail) if "token=" in link)
    dialog.ui.tokenEdit.setText(link)
    dialog.ui.newPasswordEdit.setText(NEW_PASSWORD)
    dialog.ui.confirmEdit.setText(NEW_PASSWORD + "x")
    click(qtbot, dialog.ui.actionButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    mismatch = dialog.findChild(QLabel, "password_confirmError")
    assert mismatch is not None and mismatch.isVisible()
    assert dialog.ui.pages.currentWidget() is dialog.ui.resetPage  # mismatch: not sent
    dialog.ui.confirmEdit.setText(NEW_PASSWORD)
    click(qtbot, dialog.ui.actionButton)
    qtbot.waitUntil(lambda: dialog.ui.pages.currentWidget() is dialog.ui.donePage, timeout=WAIT_MS)
    dialog.close()

    sign_in(qtbot, running, Account(account.email, NEW_PASSWORD, account.customer_id))
    assert ctx.session.account["customer_id"] == account.customer_id


def test_change_email_is_confirmed_from_the_new_address_and_password_changes(
    qtbot: QtBot, launch: Launch, _shared_services: Any, mailbox: Mailbox
) -> None:
    svc: LiveService = _shared_services("sqlite")
    account = new_account(svc)
    running = launch(server_url=svc.url)
    window, ctx = running.window, running.ctx
    sign_in(qtbot, running, account)

    dialog = window.open_change_email()
    assert isinstance(dialog, ChangeEmailDialog)
    assert dialog.ui.currentValue.text() == account.email
    new_email = unique_email("moved")
    dialog.ui.newEmailEdit.setText(new_email)
    dialog.ui.passwordEdit.setText(account.password)
    click(qtbot, dialog.ui.actionButton)
    qtbot.waitUntil(
        lambda: dialog.ui.pages.currentWidget() is dialog.ui.confirmPage, timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: ctx.session.account.get("pending_email") == new_email, timeout=WAIT_MS)
    assert ctx.session.account["email"] == account.email  # the old address stays until confirmed

    mail = mailbox.wait_for(new_email, timeout=WAIT_MS / 1000)
    link = next(link for link in links_in(mail) if "token=" in link)
    dialog.ui.tokenEdit.setText(link)
    click(qtbot, dialog.ui.actionButton)
    qtbot.waitUntil(lambda: ctx.session.account.get("email") == new_email, timeout=WAIT_MS)

    change = window.open_change_password()
    assert isinstance(change, ChangePasswordDialog)
    change.ui.currentEdit.setText("not-the-password")
    change.ui.newEdit.setText(NEW_PASSWORD)
    change.ui.confirmEdit.setText(NEW_PASSWORD)
    click(qtbot, change.ui.saveButton)
    qtbot.waitUntil(lambda: not change.busy, timeout=WAIT_MS)
    wrong = change.findChild(QLabel, "current_passwordError")
    assert wrong is not None and wrong.isVisible()
    assert change.isVisible()
    change.ui.currentEdit.setText(account.password)
    click(qtbot, change.ui.saveButton)
    qtbot.waitUntil(lambda: "change-password" not in window.dialogs, timeout=WAIT_MS)
    assert "password is changed" in window.notice_banner.text.text()

    window.sign_out()
    qtbot.waitUntil(lambda: not ctx.session.signed_in, timeout=WAIT_MS)
    sign_in(qtbot, running, Account(new_email, NEW_PASSWORD, account.customer_id))
    assert ctx.session.account["email"] == new_email
