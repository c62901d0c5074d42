"""Fixtures for the GUI tests: the real application (offscreen) against the real service on
loopback, and a keyring kept in a file in the test's folder."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.gui.application import Running, start
from tests.app.conftest import Account

# Slow machines (two cores, services starting alongside): generous waits, never asserted.
WAIT_MS = 30_000

Launch = Callable[..., Running]


@pytest.fixture
def keyring_file(tmp_path: Path) -> Any:
    """A real keyring backend (keyrings.alt's plain-text file) in the test's folder."""
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")  # type: ignore[misc]
    os.makedirs(os.path.dirname(backend.file_path), exist_ok=True)
    return backend


def close(running: Running) -> None:
    """Quit one application instance as the user would (window closed, service stopped)."""
    window, ctx = running.window, running.ctx
    if not shiboken6.isValid(window):
        return  # closed by the test already
    if running.instance is not None:
        running.instance.close()
    window.close()
    ctx.shutdown()
    window.deleteLater()
    ctx.deleteLater()
    QApplication.processEvents()
    from app.gui import translation

    if translation.current() != "en":  # the next test in this process starts in English
        translation.install("en")


@pytest.fixture
def launch(qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Launch]:
    """Start the application like ``personal-cabinet`` does (without ``exec()``): the window
    is shown and, after its first paint, the service and client start. ``crash_handler``
    installs the application's own handler (reports in the profile's logs folder) for the
    test's length."""
    import sys

    started: list[Running] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # given back after the test

    def run(
        argv: list[str] | None = None,
        *,
        server_url: str | None = None,
        keyring_backend: Any = None,
        single_instance: bool = False,
        embedded_args: tuple[str, ...] = (),
        crash_handler: bool = False,
        file_open_events: bool = False,
    ) -> Running:
        running = start(
            list(argv or []),
            server_url=server_url,
            keyring_backend=keyring_backend,
            single_instance=single_instance,
            install_crash_handler=crash_handler,
            embedded_args=embedded_args,
            file_open_events=file_open_events,
        )
        started.append(running)
        qtbot.waitUntil(lambda: running.ctx.connection.started, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: running.ctx.connection.client is not None, timeout=WAIT_MS)
        return running

    yield run
    for running in started:
        close(running)


def screenshot(qtbot: QtBot, widget: QWidget, name: str) -> None:
    """With ``PC_SCREENSHOTS=<folder>`` (run under Xvfb with ``QT_QPA_PLATFORM=xcb``), a
    picture of ``widget`` for a person to look at; otherwise nothing."""
    folder = os.environ.get("PC_SCREENSHOTS")
    if folder:
        qtbot.wait(200)  # let the layout settle before the picture
        target = Path(folder) / f"{name}.png"  # ``name`` may hold a folder: "de/home"
        target.parent.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(target))


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def register(
    qtbot: QtBot,
    running: Running,
    email: str,
    password: str,
    answer: Callable[[str], str],
    *,
    timeout: int = WAIT_MS,
) -> Any:
    """Through the register dialog, as a user does (``answer`` reads a captcha by its id);
    returns the dialog once it says "Check your mail"."""
    from app.gui.dialogs.register import RegisterDialog

    dialog = running.window.open_register()
    assert isinstance(dialog, RegisterDialog)
    dialog.ui.emailEdit.setText(email)
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.confirmEdit.setText(password)
    qtbot.waitUntil(lambda: bool(dialog.captcha_id), timeout=timeout)
    dialog.ui.captchaEdit.setText(answer(dialog.captcha_id))
    click(qtbot, dialog.ui.createButton)
    qtbot.waitUntil(lambda: dialog.ui.pages.currentWidget() is dialog.ui.donePage, timeout=timeout)
    return dialog


def sign_in(qtbot: QtBot, running: Running, account: Account, *, remember: bool = False) -> None:
    """Through the sign-in dialog, as a user does."""
    from app.gui.dialogs.signin import SignInDialog

    dialog = running.window.open_sign_in()
    assert isinstance(dialog, SignInDialog)
    dialog.panel.ui.loginEdit.setText(account.email)
    dialog.panel.ui.passwordEdit.setText(account.password)
    if remember:
        qtbot.waitUntil(lambda: running.ctx.session.keyring_available is not None, timeout=WAIT_MS)
        dialog.panel.ui.rememberCheck.setChecked(True)
    click(qtbot, dialog.sign_in_button)
    qtbot.waitUntil(lambda: running.ctx.session.profile is not None, timeout=WAIT_MS)
