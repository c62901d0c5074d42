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
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, QIODevice, QObject, QProcess, QTimer, Signal

from app.core import paths
from app.core.ports import pick_port
from app.gui.tasks import TaskRunner

log = logging.getLogger(__name__)

READY_POLL_MS = 250
START_TIMEOUT_S = 90
RESEED_AFTER_S = 24 * 3600
STOP_GRACE_MS = 5000


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
    stopped = Signal()  # its processes have exited after ``stop()``

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
        self._then: list[Callable[[], None]] = []

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
        self._seed.errorOccurred.connect(self._process_error)
        command = service_command("seed-demo", "--data-dir", str(self.data_dir))
        self._seed.start(command[0], command[1:])

    def _process_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self.state == "starting":
            self._poll.stop()
            self._set_state(
                "failed", self.tr("The local service could not be started: %s.") % error.name
            )

    def _seeded(self, code: int, _status: QProcess.ExitStatus) -> None:
        if self.state != "starting":
            self._gone()
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
        self._serve.started.connect(self._serving)
        self._serve.errorOccurred.connect(self._process_error)
        command = service_command(
            "serve", "--port", str(self.port), "--data-dir", str(self.data_dir), *self.extra_args
        )
        self._serve.start(command[0], command[1:])
        self._polls = 0
        self._poll.start()

    def _serving(self) -> None:
        """The process runs: note its pid, so a crash of ours does not leave it behind."""
        if self._serve is not None:
            pid = self._serve.processId()
            with contextlib.suppress(OSError):
                self.pid_file.write_text(str(pid))

    def _check_ready(self) -> None:
        if self._checking:
            return
        self._polls += 1
        if self._polls * READY_POLL_MS > START_TIMEOUT_S * 1000:
            self._poll.stop()
            self._set_state("failed", self.tr("The local service did not start in time."))
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
            self._gone()
            return
        self._set_state("failed", self.tr("The local service stopped unexpectedly."))

    # -- stop -------------------------------------------------------------------------------

    def stop(self, then: Callable[[], None] | None = None) -> None:
        """Ask the service to stop (SIGTERM, then SIGKILL after ``STOP_GRACE_MS``) without
        waiting for it here; ``stopped`` is emitted, and ``then`` called, once it is gone."""
        self._poll.stop()
        self._set_state("stopped")
        if then is not None:
            self._then.append(then)
        running = [p for p in (self._seed, self._serve) if p is not None and self._alive(p)]
        for proc in running:
            proc.terminate()
            QTimer.singleShot(STOP_GRACE_MS, proc, proc.kill)
        if not running:
            self._gone()

    @staticmethod
    def _alive(proc: QProcess | None) -> bool:
        return proc is not None and proc.state() != QProcess.ProcessState.NotRunning

    def _gone(self) -> None:
        if any(self._alive(p) for p in (self._seed, self._serve)):
            return
        with contextlib.suppress(OSError):
            self.pid_file.unlink()
        then, self._then = self._then, []
        self.stopped.emit()
        for call in then:
            call()

    def wait_stopped(self, timeout_ms: int = STOP_GRACE_MS + 2000) -> None:
        """At quit only: run the event loop (the window is gone, nothing freezes) until the
        service has stopped, so no server outlives the application."""
        if not any(self._alive(p) for p in (self._seed, self._serve)):
            return
        loop = QEventLoop()
        self.stopped.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()

    def restart(self) -> None:
        """Stop, then start on the same port (or another one if it was taken meanwhile)."""
        self.stop(then=self._start_again)

    def _start_again(self) -> None:
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
