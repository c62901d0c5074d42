"""The embedded local service (L4): a child process ``python -m server.cli serve`` on
loopback, its data (SQLite, mails as ``.eml``) in the client's profile.

Started after the first window is shown and never waited for: the demo data is seeded by
``seed-demo`` (idempotent; on the first start and then once a day, which keeps the demo
licenses current without paying for it on every start), then ``serve`` runs; readiness is
polled on ``/healthz`` from a worker. Everything it prints goes to
``logs/local-service.log``. It is stopped when the application quits; one left behind by a
crash (pid file) is stopped on the next start.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QIODevice, QObject, QProcess, QTimer, Signal

from app.core import paths
from app.gui.tasks import TaskRunner

log = logging.getLogger(__name__)

READY_POLL_MS = 250
START_TIMEOUT_S = 90
RESEED_AFTER_S = 24 * 3600


def port_is_free(port: int) -> bool:
    """Whether the service could listen on ``port`` (as it does: with SO_REUSEADDR, so the
    closed connections of its last run do not count)."""
    import socket

    with socket.socket() as s:
        if sys.platform != "win32":
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def pick_port(preferred: int = 0) -> int:
    """``preferred`` when it is free (links in earlier mails keep working), else any."""
    if preferred and 1024 <= preferred <= 65535 and port_is_free(preferred):
        return preferred
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def service_command(*args: str) -> list[str]:
    """The command line of a ``personal-cabinet-server`` sub-command, from this interpreter
    (or, in a frozen build, this executable's hidden ``--run-service`` mode)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--run-service", *args]
    return [sys.executable, "-m", "server.cli", *args]


def _healthy(url: str) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=1.5) as answer:
            return bool(answer.status == 200)
    except OSError:
        return False


def stop_leftover(pid_file: Path, data_dir: Path) -> None:
    """Stop a service an earlier run left behind (it crashed before it could stop it)."""
    try:
        pid = int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return
    import psutil

    with contextlib.suppress(psutil.Error):
        proc = psutil.Process(pid)
        cmdline = " ".join(proc.cmdline())
        if "serve" in cmdline and str(data_dir) in cmdline:
            log.info("stopping the local service left by an earlier run (pid %d)", pid)
            proc.terminate()
            try:
                proc.wait(5)
            except psutil.TimeoutExpired:
                proc.kill()
    with contextlib.suppress(OSError):
        pid_file.unlink()


class EmbeddedService(QObject):
    """State: ``idle`` → ``starting`` → ``running``; ``failed`` or ``stopped`` at the end."""

    state_changed = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        *,
        port: int,
        data_dir: Path | None = None,
        extra_args: Sequence[str] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.port = port
        self.data_dir = data_dir or paths.service_data_dir()
        self.extra_args = list(extra_args)
        self.state = "idle"
        self.error = ""
        self.log_file = paths.logs_dir() / "local-service.log"
        self._seed: QProcess | None = None
        self._serve: QProcess | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(READY_POLL_MS)
        self._poll.timeout.connect(self._check_ready)
        self._polls = 0
        self._checking = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def mail_dir(self) -> Path:
        return self.data_dir / "mail"

    @property
    def pid_file(self) -> Path:
        return self.data_dir / "local-service.pid"

    @property
    def seeded_file(self) -> Path:
        return self.data_dir / "demo-seeded"

    def _seed_due(self) -> bool:
        try:
            return time.time() - self.seeded_file.stat().st_mtime > RESEED_AFTER_S
        except OSError:
            return True

    def _set_state(self, state: str, error: str = "") -> None:
        self.state, self.error = state, error
        self.state_changed.emit(state)

    # -- start ------------------------------------------------------------------------------

    def start(self) -> None:
        if self.state in ("starting", "running"):
            return
        self._set_state("starting")
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.tasks.run(
            lambda: stop_leftover(self.pid_file, self.data_dir),
            on_finally=self._run_seed,
            owner=self,
            name="stop leftover service",
        )

    def _process(self) -> QProcess:
        proc = QProcess(self)
        proc.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        proc.setStandardOutputFile(str(self.log_file), QIODevice.OpenModeFlag.Append)
        return proc

    def _run_seed(self) -> None:
        if self.state != "starting":
            return
        self._trim_log()
        if not self._seed_due():
            self._serve_now()
            return
        self._seed = self._process()
        self._seed.finished.connect(self._seeded)
        self._seed.errorOccurred.connect(self._seed_error)
        command = service_command("seed-demo", "--data-dir", str(self.data_dir))
        self._seed.start(command[0], command[1:])

    def _seed_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._set_state("failed", f"The local service could not be started: {error.name}.")

    def _seeded(self, code: int, _status: QProcess.ExitStatus) -> None:
        if self.state != "starting":
            return
        if code != 0:  # the service still works without the demo data
            log.warning("seed-demo exited with %d; see %s", code, self.log_file)
        else:
            with contextlib.suppress(OSError):
                self.seeded_file.write_text(time.strftime("%Y-%m-%d %H:%M:%S\n"))
        self._serve_now()

    def _serve_now(self) -> None:
        self._serve = self._process()
        self._serve.finished.connect(self._exited)
        command = service_command(
            "serve", "--port", str(self.port), "--data-dir", str(self.data_dir), *self.extra_args
        )
        self._serve.start(command[0], command[1:])
        if self._serve.waitForStarted(5000):
            with contextlib.suppress(OSError):
                self.pid_file.write_text(str(self._serve.processId()))
        self._polls = 0
        self._poll.start()

    def _check_ready(self) -> None:
        if self._checking:
            return
        self._polls += 1
        if self._polls * READY_POLL_MS > START_TIMEOUT_S * 1000:
            self._poll.stop()
            self._set_state("failed", "The local service did not start in time.")
            return
        self._checking = True
        url = self.url
        self.tasks.run(
            lambda: _healthy(url),
            on_done=self._ready_answer,
            on_finally=self._checked,
            owner=self,
            name="local service ready?",
        )

    def _checked(self) -> None:
        self._checking = False

    def _ready_answer(self, healthy: bool) -> None:
        if healthy and self.state == "starting":
            self._poll.stop()
            self._set_state("running")

    def _exited(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._poll.stop()
        with contextlib.suppress(OSError):
            self.pid_file.unlink()
        if self.state == "stopped":
            return
        self._set_state("failed", "The local service stopped unexpectedly.")

    # -- stop -------------------------------------------------------------------------------

    def stop(self) -> None:
        """Stop the service and wait for it (at quit, briefly)."""
        self._poll.stop()
        self._set_state("stopped")
        for proc in (self._seed, self._serve):
            if proc is None or proc.state() == QProcess.ProcessState.NotRunning:
                continue
            proc.terminate()
            if not proc.waitForFinished(5000):
                proc.kill()
                proc.waitForFinished(2000)
        with contextlib.suppress(OSError):
            self.pid_file.unlink()

    def restart(self) -> None:
        self.stop()
        self.state = "idle"
        self.port = pick_port(self.port)
        self.start()

    # -- diagnostics ------------------------------------------------------------------------

    def tail(self, lines: int = 4) -> str:
        """The last lines the service wrote (for a tooltip; its log has the rest)."""
        try:
            with open(self.log_file, "rb") as fh:
                fh.seek(0, os.SEEK_END)
                fh.seek(max(0, fh.tell() - 4096))
                text = fh.read().decode("utf-8", "replace")
        except OSError:
            return ""
        last = [line for line in text.splitlines() if line.strip()][-lines:]
        return "\n".join(last)

    def _trim_log(self) -> None:
        """Keep the log small: start a new one past 1 MB, keeping the previous as ``.1``."""
        with contextlib.suppress(OSError):
            if self.log_file.stat().st_size > 1024 * 1024:
                os.replace(self.log_file, self.log_file.with_suffix(".log.1"))
