"""The desktop application as a person starts it: its own process, its own profile folder,
on the offscreen platform (or the display given), for tests of what only a real process
shows — the single instance taking a link, a clean exit on SIGTERM, the frozen build."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

from app.core import paths


def app_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, PERSONAL_CABINET_HOME=str(home))
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def instance_socket(home: Path) -> Path:
    """Where the instance started with ``home`` listens for later launches."""
    from app.gui import instance

    before = os.environ.get(paths.HOME_ENV)
    os.environ[paths.HOME_ENV] = str(home)
    try:
        return Path(instance.server_name())
    finally:
        if before is None:
            os.environ.pop(paths.HOME_ENV, None)
        else:
            os.environ[paths.HOME_ENV] = before


def start(
    command: Sequence[str],
    home: Path,
    *,
    env: dict[str, str] | None = None,
    timeout: float = 60,
) -> subprocess.Popen[str]:
    """Start the application and wait until it listens for later launches."""
    proc = subprocess.Popen(
        list(command),
        env=env or app_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    socket = instance_socket(home)
    deadline = time.monotonic() + timeout
    while not socket.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            _, err = proc.communicate()
            raise AssertionError(f"the application did not start listening:\n{err}")
        time.sleep(0.1)
    return proc


def stop(proc: subprocess.Popen[str], *, timeout: float = 30) -> tuple[int, str]:
    """SIGTERM, as a log-out or ``kill`` sends it: the exit code and what it wrote to stderr."""
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    return proc.returncode, err
