"""The real service on loopback: uvicorn in a thread, or a separate process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
import uvicorn

from server.app import create_app
from server.clock import MovableClock
from server.config import Settings
from server.state import ServiceState

# Every test calls from 127.0.0.1: the per-source budgets are for abuse, not for a test
# suite sharing one service. The budgets' own tests start services with small limits.
SHARED_LIMITS: dict[str, Any] = {
    "source_budget": 100_000,
    "signin_source_budget": 100_000,
    "captcha_source_budget": 100_000,
    "mail_account_budget": 100_000,
    "mail_recipient_budget": 100_000,
}
# Argon2 at its recommended cost would be much of the suite's time, and no test measures it.
# The choice holds for the test process from the first service started in it.
PASSWORD_PROFILE = "CHEAPEST"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_healthy(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except requests.RequestException as exc:
            last = exc
        time.sleep(0.05)
    raise RuntimeError(f"service at {url} did not become healthy: {last}")


@dataclass
class LiveService:
    """A running service plus what tests may read of it beside HTTP (never a mock of it).

    ``clock`` is the service's own "now": ``svc.clock.advance(timedelta(...))`` moves time
    for every rule (expiry, lock-outs, purges) instead of sleeping or back-dating rows.
    """

    url: str
    settings: Settings
    clock: MovableClock = field(default_factory=MovableClock)
    captchas: dict[str, str] = field(default_factory=dict)
    _server: Any = None
    _thread: threading.Thread | None = None
    state: ServiceState | None = None

    @property
    def api(self) -> str:
        return f"{self.url}/api/v1"

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=15)


def start_in_thread(settings_kwargs: dict[str, Any], *, port: int | None = None) -> LiveService:
    port = port or free_port()
    captchas: dict[str, str] = {}
    settings = Settings(
        public_url=f"http://127.0.0.1:{port}",
        captcha_observer=captchas.__setitem__,
        **{"password_profile": PASSWORD_PROFILE, **settings_kwargs},
    )
    clock = MovableClock()
    app = create_app(settings, clock=clock)
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="on",
        proxy_headers=False,  # as ``serve`` runs it: forwarded headers are the app's business
        # A test's service often stops before the application it served has closed its
        # event stream (fixtures end in reverse order): waiting for that stream to end
        # cost each such test 15 s.
        timeout_graceful_shutdown=1,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"service:{port}", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    wait_healthy(url)
    svc = LiveService(url=url, settings=app.state.service.settings, clock=clock, captchas=captchas)
    svc._server, svc._thread, svc.state = server, thread, app.state.service
    return svc


@dataclass
class ServiceProcess:
    """``personal-cabinet-server serve`` as its own process, for stop/start fault tests."""

    data_dir: Path
    database_url: str = ""
    mail_url: str = ""
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None
    # Further ``serve`` options, and environment for the process (a crash point, say).
    args: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    log_file: Path | None = None  # stderr goes here instead of a pipe

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def captcha_file(self) -> Path:
        return self.data_dir / "captcha-answers.txt"

    def start(self) -> None:
        cmd = [
            sys.executable,
            "-m",
            "server.cli",
            "serve",
            "--port",
            str(self.port),
            "--data-dir",
            str(self.data_dir),
            "--captcha-answers-file",
            str(self.captcha_file),
        ]
        if self.database_url:
            cmd += ["--database", self.database_url]
        if self.mail_url:
            cmd += ["--mail", self.mail_url]
        cmd += self.args
        # A file, not a pipe: nobody reads a pipe, so it could fill up, and each restart
        # would leave the previous one open. The child keeps its own copy of the handle.
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with (self.log_file or self.data_dir / "service.log").open("ab") as log:
            self.proc = subprocess.Popen(
                cmd, stdout=subprocess.DEVNULL, stderr=log, env={**os.environ, **self.env}
            )
        wait_healthy(self.url)

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs, as when the machine loses power."""
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
        if self.proc:
            self.proc.wait()

    def captcha_answer(self, captcha_id: str) -> str:
        for line in self.captcha_file.read_text().splitlines():
            cid, _, answer = line.partition(" ")
            if cid == captcha_id:
                return answer
        raise KeyError(captcha_id)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
