"""The issue's "done when", end to end with the local service (embedded mode): a newcomer
finds a demo code, adds it, sees its devices, deactivates one, downloads and re-imports the
key file, renews the license and removes the old code. With ``PC_SCREENSHOTS=<folder>`` each
step is saved as a picture (how docs/screenshots/licenses-*.png are made)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.gui.mailbox import MailboxWindow
from server.services.demo_seed import DEMO_LICENSES
from tests.app.conftest import PASSWORD, unique_email
from tests.app.gui.conftest import Launch, click, register, screenshot
from tests.app.gui.test_embedded import START_MS, captcha_answer


def _demo(label: str) -> str:
    return next(d.code for d in DEMO_LICENSES if d.label == label)


@pytest.mark.slow
def test_newcomer_tour_of_the_license_manager(qtbot: QtBot, launch: Launch, tmp_path: Path) -> None:
    answers = tmp_path / "captcha-answers.txt"
    running = launch(embedded_args=("--captcha-answers-file", str(answers)))
    window, ctx = running.window, running.ctx
    window.resize(1180, 760)
    qtbot.waitUntil(lambda: ctx.connection.service_state == "reachable", timeout=START_MS)

    email = unique_email("tour")
    dialog = register(
        qtbot, running, email, PASSWORD, lambda cid: captcha_answer(answers, cid), timeout=START_MS
    )
    click(qtbot, dialog.ui.openMailboxButton)
    mailbox = window.dialogs["mailbox"]
    assert isinstance(mailbox, MailboxWindow)
    qtbot.waitUntil(lambda: any(m.to == email for m in mailbox.mails), timeout=START_MS)
    mailbox.ui.mailList.setCurrentItem(mailbox.ui.mailList.topLevelItem(0))
    click(qtbot, mailbox.ui.useLinkButton)
    qtbot.waitUntil(lambda: "activate" in window.dialogs, timeout=START_MS)
    click(qtbot, window.dialogs["activate"].ui.activateButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: ctx.session.profile is not None, timeout=START_MS)
    mailbox.close()

    # finds a demo code and adds it
    window.show_page("licenses")
    page = window.licenses
    qtbot.waitUntil(lambda: page.loaded, timeout=START_MS)
    box = page.demo_box
    assert box is not None and box.isVisible()
    box.combo.setCurrentIndex(box.combo.findData(_demo("valid, 3 seats")))
    screenshot(qtbot, window, "licenses-1-demo-codes")
    click(qtbot, box.use_button)
    click(qtbot, page.ui.addButton)
    qtbot.waitUntil(lambda: page.ui.licensesTree.topLevelItemCount() == 1, timeout=START_MS)
    qtbot.waitUntil(lambda: page.detail.license is not None, timeout=START_MS)
    detail = page.detail

    # its devices (the product activates them), and one deactivated
    client = ctx.connection.client
    assert client is not None and detail.license is not None
    license_id = int(detail.license["id"])
    client.activate_device(license_id, "Office PC", "Windows 11")
    client.activate_device(license_id, "Laptop", "Ubuntu 24.04")
    click(qtbot, page.ui.refreshButton)
    detail.load_devices()
    qtbot.waitUntil(lambda: detail.devices_tree.topLevelItemCount() == 2, timeout=START_MS)
    qtbot.waitUntil(lambda: detail.seats_value.text().startswith("2 used"), timeout=START_MS)
    screenshot(qtbot, window, "licenses-2-devices")
    detail.devices_tree.setCurrentItem(detail.devices_tree.topLevelItem(1))
    click(qtbot, detail.deactivate_button)
    assert detail.dialog is not None
    screenshot(qtbot, detail.dialog, "licenses-3-deactivate")
    click(qtbot, detail.dialog.action_button)
    qtbot.waitUntil(lambda: detail.devices_tree.topLevelItemCount() == 1, timeout=START_MS)
    qtbot.waitUntil(lambda: detail.seats_value.text().startswith("1 used"), timeout=START_MS)

    # downloads the key file and imports it again
    copy = tmp_path / "internet-security.key"
    detail.download_key_file(copy)
    qtbot.waitUntil(lambda: "was saved" in detail.message_label.text(), timeout=START_MS)
    page.import_key_file(copy)
    qtbot.waitUntil(
        lambda: "already in your account" in page.ui.messageLabel.text(), timeout=START_MS
    )
    screenshot(qtbot, window, "licenses-4-key-file")

    # renews it with the demo's renewal code
    old_code = detail.code_value.text()
    click(qtbot, detail.renew_button)
    page.ui.codeEdit.setText(_demo("renewal of the above"))
    click(qtbot, page.ui.addButton)
    qtbot.waitUntil(lambda: page.ui.licensesTree.topLevelItemCount() == 2, timeout=START_MS)
    assert "renews your license" in page.ui.messageLabel.text()
    assert old_code in page.ui.messageLabel.text()
    screenshot(qtbot, window, "licenses-5-renewed")

    # and removes the old code, with "I agree"
    tree = page.ui.licensesTree
    old = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == old_code  # type: ignore[union-attr]
    )
    tree.setCurrentItem(old)
    click(qtbot, detail.remove_button)
    remove = detail.dialog
    assert remove is not None and remove.agree_check is not None
    remove.agree_check.setChecked(True)
    screenshot(qtbot, remove, "licenses-6-remove")
    click(qtbot, remove.action_button)
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=START_MS)
    assert "removed" in page.ui.messageLabel.text()
    screenshot(qtbot, window, "licenses-7-removed")
