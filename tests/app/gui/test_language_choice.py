"""Choosing the interface language (P1): Settings lists the six languages by their own names
and the system's; a change is saved, and the application offers to start again in it —
the new start is the language's (a process test, the real restart)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.settings import Settings
from app.gui.dialogs.settings import SettingsDialog
from tests.app.gui.conftest import Launch


def test_settings_lists_the_languages_by_their_own_names_and_offers_a_restart(
    qtbot: QtBot, launch: Launch, _shared_services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = _shared_services("sqlite")
    running = launch([], server_url=svc.url)
    ctx = running.ctx
    restarts: list[bool] = []
    ctx.restart_requested.connect(lambda: restarts.append(True))
    dialog = SettingsDialog(ctx, running.window)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    names = [combo.itemText(n) for n in range(combo.count())]
    assert names[1:] == ["English", "Русский", "Deutsch", "Polski", "Français", "Español"]
    assert names[0].startswith("As the system (")
    assert combo.currentData() == ""

    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.defaultButton())
    combo.setCurrentIndex(combo.findData("pl"))
    dialog.save()
    qtbot.waitUntil(lambda: Settings.load().language == "pl", timeout=10_000)
    assert asked and "after a restart" in asked[0]
    assert restarts == [True]


RESTARTING = """
import sys
from PySide6.QtCore import QTimer
from app.gui import application

marker = sys.argv[1]
# the new start: a stand-in that only says it ran
application.restart_command = lambda: [
    sys.executable, "-c", "import pathlib, sys; pathlib.Path(sys.argv[1]).write_text('again')",
    marker,
]
started = application.start

def start(*args, **kwargs):
    running = started(*args, **kwargs)
    QTimer.singleShot(1500, running.ctx.restart_requested.emit)  # as Settings asks
    return running

application.start = start
sys.exit(application.run([]))
"""


def test_a_restart_starts_the_application_again_once_it_has_stopped(tmp_path: Path) -> None:
    """The restart waits until this process has stopped everything (its local service too),
    then starts the same command again, which so finds no instance to hand over to."""
    import os

    marker = tmp_path / "started-again"
    env = dict(os.environ, PERSONAL_CABINET_HOME=str(tmp_path / "home"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", RESTARTING, str(marker)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    deadline = time.monotonic() + 20
    while not marker.exists():
        assert time.monotonic() < deadline, "the application did not start again"
        time.sleep(0.1)
    assert marker.read_text() == "again"
