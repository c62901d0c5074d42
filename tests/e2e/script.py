"""Drives the real application inside its own process, as a user would, step by step.

``install(name)`` wraps ``app.gui.application.start`` so that, once the window exists, the
named script runs from the Qt event loop. Each script prints ``READY {json}`` on standard
output when it has reached the moment the test waits for; the test then does what it
came for (for ``step3-upload``: kill the process with SIGKILL).

Inputs come from the environment: ``PC_E2E_LOGIN``, ``PC_E2E_PASSWORD``, ``PC_E2E_FILE``,
``PC_E2E_TEXT``.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

POLL_MS = 50
_RUNNING: list[Any] = []  # the scripts in progress


def install(name: str) -> None:
    import app.gui.application as application

    original = application.start

    def start(*args: Any, **kwargs: Any) -> Any:
        running = original(*args, **kwargs)
        SCRIPTS[name](running)
        return running

    application.start = start


def _ready(**data: Any) -> None:
    sys.stdout.write("READY " + json.dumps(data) + "\n")
    sys.stdout.flush()


class _Steps:
    """A queue of (condition, action) run from a timer: each action once its condition
    holds, in order — how a user waits for the screen before acting."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.steps: list[tuple[Callable[[], bool], Callable[[], None]]] = []
        self.timer = QTimer()
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._tick)

    def then(self, when: Callable[[], bool], do: Callable[[], None]) -> _Steps:
        self.steps.append((when, do))
        return self

    def start(self) -> None:
        self.timer.start()

    def _tick(self) -> None:
        if not self.steps:
            self.timer.stop()
            return
        when, do = self.steps[0]
        if when():
            self.steps.pop(0)
            do()


def step3_upload(running: Any) -> None:
    """Sign in on step 2, type on step 3, add a large file; READY when the upload is well
    under way and the draft holds what was typed."""
    from app.core import paths
    from app.core.wizard import transfer as transfer_module

    # Smaller parts than usual, so the kill lands between many of them.
    transfer_module.CHUNK_SIZE = 1024 * 1024
    ctx, window = running.ctx, running.window
    env = os.environ
    big = Path(env["PC_E2E_FILE"])
    text = env["PC_E2E_TEXT"]
    size = big.stat().st_size
    box: dict[str, Any] = {}

    def wizard() -> Any:
        return box["wizard"]

    def open_wizard() -> None:
        box["wizard"] = window.wizards.open()

    def choose() -> None:
        page = wizard().type_page
        page.radios["application"].click()
        page.product.setCurrentIndex(1)
        wizard().next()

    def sign_in() -> None:
        page = wizard().account_page
        page.panel.ui.loginEdit.setText(env["PC_E2E_LOGIN"])
        page.panel.ui.passwordEdit.setText(env["PC_E2E_PASSWORD"])
        wizard().next()

    def type_and_attach() -> None:
        page = wizard().details_page
        page.description.setPlainText(text)
        page.city.setText("Lyon")
        page.add_files([big])

    def half_way() -> bool:
        refs = wizard().state.attachments
        if not refs:
            return False
        transfer = wizard().transfers.get(refs[0])
        drafts = list(paths.drafts_dir().glob("draft-*.json"))
        typed = any(text in d.read_text(encoding="utf-8") for d in drafts)
        return transfer is not None and transfer.done >= size * 0.3 and typed

    def report() -> None:
        transfer = wizard().transfers.get(wizard().state.attachments[0])
        _ready(step=wizard().currentId(), uploaded=transfer.done, size=size)

    steps = _Steps()
    steps.then(
        lambda: ctx.connection.client is not None and ctx.connection.reachable is True, open_wizard
    )
    steps.then(lambda: bool(wizard().types), choose)
    steps.then(lambda: wizard().currentId() == 2, sign_in)
    steps.then(lambda: wizard().currentId() == 3, type_and_attach)
    steps.then(half_way, report)
    _RUNNING.append(steps)  # nothing else holds it: the closures make a cycle that gc may free
    steps.start()


SCRIPTS: dict[str, Callable[[Any], None]] = {"step3-upload": step3_upload}
