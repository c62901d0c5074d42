"""Launch links (L2) and the single instance (L3): what the product's link prefills, what a
bad link does, and a second launch handing its link to the running window."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

from pytestqt.qtbot import QtBot

from tests.app.conftest import issue_code, new_account
from tests.app.gui.conftest import WAIT_MS, Launch, click, sign_in
from tests.support.live_service import LiveService


def test_request_link_prefills_the_support_request(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    link = "personal-cabinet://request?type=updates&product=internet-security&version=21.3.10.391"
    running = launch([link], server_url=svc.url)
    window = running.window
    assert window.current_page == "support"
    page = window.support
    qtbot.waitUntil(lambda: page.ui.typeCombo.currentData() == "updates", timeout=WAIT_MS)
    assert page.catalog is not None
    chosen = page.catalog.product(page.ui.productCombo.currentData())
    assert chosen is not None and chosen.slug == "internet-security"
    assert page.ui.versionEdit.text() == "21.3.10.391"
    assert page.ui.launchNoteLabel.isVisible()
    assert "AV-bases" in page.ui.typeCombo.currentText()
    assert page.ui.typeDescriptionLabel.text()
    assert not window.notice_banner.isVisible()


def test_licenses_options_prefill_the_code_which_can_then_be_added(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    code = issue_code(svc)
    typed = code.lower().replace("-", " ")  # as a user might paste it
    running = launch(["--licenses", "--code", typed], server_url=svc.url)
    window = running.window
    assert window.current_page == "licenses"
    assert window.licenses.ui.codeEdit.text() == code
    assert window.notice_banner.isVisible()  # "sign in to add it"

    sign_in(qtbot, running, new_account(svc))
    click(qtbot, window.licenses.ui.addButton)
    qtbot.waitUntil(
        lambda: window.licenses.ui.licensesTree.topLevelItemCount() == 1, timeout=WAIT_MS
    )
    row = window.licenses.ui.licensesTree.topLevelItem(0)
    assert row.text(1) == "Internet Security" and row.text(6) == "Active"
    assert "added" in window.licenses.ui.messageLabel.text()


def test_a_bad_link_gives_a_notice_and_the_application_still_opens(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    running = launch(["personal-cabinet://nowhere?x=1"], server_url=svc.url)
    window = running.window
    assert window.isVisible()
    assert window.notice_banner.isVisible()
    assert "could not be used" in window.notice_banner.text.text()
    assert window.current_page == "home"

    window.handle_launch(["personal-cabinet://request?version=not-a-version"])
    assert "version" in window.notice_banner.text.text()
    assert window.current_page == "home"


def test_a_second_launch_hands_its_link_to_the_running_window(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    svc: LiveService = _shared_services("sqlite")
    running = launch(server_url=svc.url, single_instance=True)
    window = running.window
    qtbot.waitUntil(lambda: running.instance is not None, timeout=WAIT_MS)
    window.showMinimized()

    def second_launch(*args: str) -> subprocess.Popen[bytes]:
        # the same profile (PERSONAL_CABINET_HOME is set for this test): the same instance
        return subprocess.Popen(
            [sys.executable, "-m", "app", *args],
            env=dict(os.environ),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    code = issue_code(svc)
    proc = second_launch(f"personal-cabinet://licenses?code={code}")
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=WAIT_MS)
    out, err = proc.communicate()
    assert proc.returncode == 0, err.decode()
    assert b"window shown" not in out  # it did not open a window of its own
    qtbot.waitUntil(lambda: window.current_page == "licenses", timeout=WAIT_MS)
    assert window.licenses.ui.codeEdit.text() == code
    assert not window.isMinimized()

    proc = second_launch("personal-cabinet://request?type=BAD TYPE")
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=WAIT_MS)
    proc.communicate()  # its pipes are closed only once read
    assert proc.returncode == 0
    qtbot.waitUntil(lambda: window.notice_banner.isVisible(), timeout=WAIT_MS)
    assert "not valid" in window.notice_banner.text.text()


def test_a_link_arriving_as_a_file_open_event_is_followed(
    qtbot: QtBot, launch: Launch, _shared_services: Any
) -> None:
    """macOS gives a running application its links as QFileOpenEvent, not on a command
    line; the application follows them like any other launch link (listening for them as
    it does on macOS, where it only does)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    svc: LiveService = _shared_services("sqlite")
    running = launch([], server_url=svc.url, file_open_events=True)
    window = running.window
    assert window.current_page == "home"
    event = QFileOpenEvent(QUrl("personal-cabinet://licenses?code=AAAAA-BBBBB-CCCCC-DDDDD"))
    QApplication.sendEvent(QApplication.instance(), event)
    assert window.current_page == "licenses"
    assert window.licenses.ui.codeEdit.text() == "AAAAA-BBBBB-CCCCC-DDDDD"
