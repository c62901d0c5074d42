"""The license manager's detail pane against the real service: remove with "I agree" (K3),
devices and their deactivation (K5), the code masked with Show and Copy, and every refusal
of a code shown at the field with what the user typed kept (K2)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app.gui.application import Running
from server.db.models import LicenseHolding, User
from server.services import licenses
from server.services.demo_seed import DEMO_LICENSES
from tests.app.conftest import Account, issue_code, new_account
from tests.app.gui.conftest import WAIT_MS, Launch, click, sign_in
from tests.support.live_service import LiveService


def _page(qtbot: QtBot, running: Running) -> Any:
    window = running.window
    window.show_page("licenses")
    page = window.licenses
    qtbot.waitUntil(lambda: page.loaded, timeout=WAIT_MS)
    return page


def _add(qtbot: QtBot, page: Any, code: str) -> None:
    count = page.ui.licensesTree.topLevelItemCount()
    page.ui.codeEdit.setText(code)
    click(qtbot, page.ui.addButton)
    qtbot.waitUntil(lambda: page.ui.licensesTree.topLevelItemCount() == count + 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.detail.license is not None, timeout=WAIT_MS)


def _activate_device(svc: LiveService, account: Account, name: str) -> None:
    """A product activating on a device (the product does this, not the Cabinet)."""
    assert svc.state is not None
    with svc.state.db.write() as db:
        user = db.query(User).filter(User.email == account.email).one()
        holding = (
            db.query(LicenseHolding)
            .filter(LicenseHolding.user_id == user.id, LicenseHolding.removed_at.is_(None))
            .one()
        )
        licenses.activate_device(db, user_id=user.id, holding_id=holding.id, name=name, os="Linux")


def test_remove_with_i_agree_frees_the_seat_for_a_second_account(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    code = issue_code(svc, seats=1)
    running = launch(server_url=svc.url)
    sign_in(qtbot, running, new_account(svc))
    page = _page(qtbot, running)
    _add(qtbot, page, code)
    detail = page.detail
    assert detail.product_value.text() == "Internet Security"
    assert detail.seats_value.text() == "1 used of 1"
    assert detail.status_value.text() == "Active"
    assert "*****" in detail.code_value.text()

    click(qtbot, detail.show_code_button)
    qtbot.waitUntil(lambda: detail.code_value.text() == code, timeout=WAIT_MS)
    click(qtbot, detail.show_code_button)
    assert "*****" in detail.code_value.text()
    click(qtbot, detail.copy_code_button)
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == code, timeout=WAIT_MS)

    click(qtbot, detail.remove_button)
    dialog = detail.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.action_button.isEnabled()  # not without "I agree"
    assert dialog.agree_check is not None
    dialog.agree_check.setChecked(True)
    click(qtbot, dialog.action_button)
    qtbot.waitUntil(lambda: page.ui.licensesTree.topLevelItemCount() == 0, timeout=WAIT_MS)
    assert "removed" in page.ui.messageLabel.text()

    running.window.sign_out()
    qtbot.waitUntil(lambda: not running.ctx.session.signed_in, timeout=WAIT_MS)
    sign_in(qtbot, running, new_account(svc))
    page = _page(qtbot, running)
    _add(qtbot, page, code)  # the freed seat
    assert page.detail.seats_value.text() == "1 used of 1"


def test_devices_are_listed_and_deactivating_one_frees_its_seat(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    code = issue_code(svc, seats=2)
    account = new_account(svc)
    running = launch(server_url=svc.url)
    sign_in(qtbot, running, account)
    page = _page(qtbot, running)
    _add(qtbot, page, code)
    _activate_device(svc, account, "Office PC")
    _activate_device(svc, account, "Laptop")
    click(qtbot, page.ui.refreshButton)
    qtbot.waitUntil(lambda: page.detail.seats_value.text() == "2 used of 2", timeout=WAIT_MS)
    detail = page.detail
    detail.load_devices()
    qtbot.waitUntil(lambda: detail.devices_tree.topLevelItemCount() == 2, timeout=WAIT_MS)
    names = {detail.devices_tree.topLevelItem(i).text(0) for i in range(2)}
    assert names == {"Office PC", "Laptop"}
    assert detail.devices_tree.headerItem().text(2) == "Last seen"
    assert all(detail.devices_tree.topLevelItem(i).text(2) for i in range(2))
    assert not detail.deactivate_button.isEnabled()  # none chosen yet

    detail.devices_tree.setCurrentItem(detail.devices_tree.topLevelItem(1))
    click(qtbot, detail.deactivate_button)
    dialog = detail.dialog
    assert dialog is not None and dialog.agree_check is None
    click(qtbot, dialog.cancel_button)  # changed their mind: nothing happens
    assert detail.devices_tree.topLevelItemCount() == 2
    click(qtbot, detail.deactivate_button)
    assert detail.dialog is not None
    click(qtbot, detail.dialog.action_button)
    qtbot.waitUntil(lambda: detail.devices_tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: detail.seats_value.text() == "1 used of 2", timeout=WAIT_MS)
    assert "deactivated" in detail.message_label.text()


def _field_error(page: Any) -> QLabel | None:
    """The error line under the code field (made by the form's error channel)."""
    found = page.findChild(QLabel, "codeError")
    return found if isinstance(found, QLabel) else None


def _demo(label: str) -> str:
    return next(d.code for d in DEMO_LICENSES if d.label == label)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("ZZZZZ-ZZZZZ-ZZZZZ-ZZZZ9", "no license with this activation code"),
        (_demo("expired"), "expired"),
        (_demo("blacklisted"), "blocked"),
        (_demo("all seats taken"), "seats"),
        ("ABCDE-12345", "20 letters and digits"),
    ],
)
def test_each_refusal_is_shown_at_the_field_and_keeps_what_was_typed(
    qtbot: QtBot, launch: Launch, _shared_services: Any, typed: str, says: str
) -> None:
    svc: LiveService = _shared_services("sqlite")
    running = launch(server_url=svc.url)
    sign_in(qtbot, running, new_account(svc))
    page = _page(qtbot, running)
    page.ui.codeEdit.setText(typed.lower())
    click(qtbot, page.ui.addButton)
    qtbot.waitUntil(lambda: _field_error(page) is not None, timeout=WAIT_MS)
    line = _field_error(page)
    assert line is not None
    qtbot.waitUntil(lambda: says in line.text(), timeout=WAIT_MS)
    assert line.isVisible()
    assert page.ui.codeEdit.text() == typed.lower()
    assert not page.ui.codeEdit.isReadOnly()


def test_a_code_already_on_the_account_is_refused_at_the_field(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    code = issue_code(svc)
    running = launch(server_url=svc.url)
    sign_in(qtbot, running, new_account(svc))
    page = _page(qtbot, running)
    _add(qtbot, page, code)
    page.ui.codeEdit.setText(code)
    click(qtbot, page.ui.addButton)
    qtbot.waitUntil(
        lambda: "already in your account" in (_field_error(page) or QLabel()).text(),
        timeout=WAIT_MS,
    )
    assert page.ui.codeEdit.text() == code
