"""The one sign-in panel where it is embedded: the wizard's step 2 asks for the second factor
like the dialog does, and neither leaves connections on the application's signals behind."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pyotp
from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.core.settings import Settings
from app.core.wizard.state import AccountMode, Step
from app.gui.context import AppContext
from app.gui.dialogs.signin import SignInDialog
from server.db.models import User
from tests.app.conftest import ServiceFactory, new_account
from tests.app.gui.conftest import WAIT_MS, Launch
from tests.app.gui.wizard.test_wizard import open_from_support_page
from tests.support.live_service import LiveService

SIGNED_IN_CHANGED = SIGNAL("signed_in_changed(bool)")


def test_a_closed_sign_in_dialog_leaves_no_connection(qapp: QApplication) -> None:
    ctx = AppContext(Settings(), server_url="http://127.0.0.1:9")
    before = ctx.session.receivers(SIGNED_IN_CHANGED)
    dialog = SignInDialog(ctx)
    assert ctx.session.receivers(SIGNED_IN_CHANGED) > before
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert ctx.session.receivers(SIGNED_IN_CHANGED) == before
    ctx.session.signed_in_changed.emit(False)  # nothing left to call into a deleted widget
    ctx.tasks.wait(5000)


def test_step_2_asks_for_the_authenticator_code_then_goes_on(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    account = new_account(svc)
    secret = pyotp.random_base32()
    assert svc.state is not None
    with svc.state.db.write() as db:
        user = db.scalar(select(User).where(User.email == account.email))
        assert user is not None
        user.totp_secret, user.totp_enabled = secret, True
    running = launch(server_url=svc.url)
    before = running.ctx.session.receivers(SIGNED_IN_CHANGED)
    wizard = open_from_support_page(qtbot, running, type_code="setup")
    page = wizard.account_page
    ui = page.panel.ui
    ui.loginEdit.setText(account.customer_id)
    ui.passwordEdit.setText(account.password)
    wizard.next()
    qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.secondFactorPage, timeout=WAIT_MS)
    assert wizard.currentId() == int(Step.ACCOUNT) and not running.ctx.session.signed_in
    assert "authenticator" in ui.secondFactorLabel.text()
    assert QApplication.focusWidget() is ui.codeEdit
    ui.codeEdit.setText(pyotp.TOTP(secret).now())
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.DETAILS), timeout=WAIT_MS)
    assert running.ctx.session.signed_in and wizard.state.account_mode == AccountMode.SIGNED_IN
    assert ui.passwordEdit.text() == "" and wizard.state.password == ""

    # the wizard's pages and their panel go with the wizard, and so do their connections
    assert running.ctx.session.receivers(SIGNED_IN_CHANGED) > before
    wizard.discard()
    session = running.ctx.session
    qtbot.waitUntil(lambda: session.receivers(SIGNED_IN_CHANGED) == before, timeout=WAIT_MS)


def test_a_lock_out_on_step_2_holds_the_sign_in_but_not_the_skip(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory
) -> None:
    svc = make_service(lockout_threshold=2, lockout_base=timedelta(seconds=90))
    account = new_account(svc)
    running = launch(server_url=svc.url)
    wizard = open_from_support_page(qtbot, running, type_code="license")
    page = wizard.account_page
    next_button = wizard.button(wizard.WizardButton.NextButton)
    page.panel.ui.loginEdit.setText(account.customer_id)
    for _ in range(5):
        page.panel.ui.passwordEdit.setText("Wrong-Password-1")
        wizard.next()
        qtbot.waitUntil(lambda: not page.panel.busy, timeout=WAIT_MS)
        if page.panel.locked_until:
            break
    assert page.panel.locked and not next_button.isEnabled()
    page.skip.click()
    assert next_button.isEnabled()
    page.use_account.click()
    assert not next_button.isEnabled()
