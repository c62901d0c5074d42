"""What every window and dialog shares: settings, the worker pool, the API client, the
service (embedded or remote) and its reachability, and the signed-in account.

The GUI only shows this state and forwards intent; every service call goes through
``call()``, which runs it on a worker with the client. The client module (``requests``)
is imported on a worker after the first window is up, so start-up does not wait for it;
calls made before it is ready wait in a queue.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.core import paths
from app.core.settings import Settings
from app.gui.embedded import EmbeddedService, pick_port
from app.gui.feedback import Feedback, is_unreachable
from app.gui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from app.api.client import ApiClient
    from app.api.models import Profile
    from app.api.tokens import KeyringTokenStore

log = logging.getLogger(__name__)

HEALTHY_INTERVAL_MS = 15_000
UNHEALTHY_INTERVAL_MS = 4_000
HEALTH_TIMEOUT_S = 3.0

ClientCall = Callable[["ApiClient"], Any]


class AppContext(QObject):
    service_changed = Signal()  # another service chosen (URL, embedded or not)
    health_changed = Signal()  # read ``service_state`` / ``reachable``
    signed_in_changed = Signal(bool)
    profile_changed = Signal(object)  # Profile | None
    client_ready = Signal()
    _remote_signed_out = Signal()  # emitted on a worker; delivered on the GUI thread

    def __init__(
        self,
        settings: Settings,
        *,
        server_url: str | None = None,
        keyring_backend: Any = None,
        embedded_args: Sequence[str] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.server_url = (server_url if server_url is not None else settings.server_url).strip()
        self.keyring_backend = keyring_backend
        self.embedded_args = list(embedded_args)
        self.tasks = TaskRunner(self)
        self.feedback = Feedback(self)
        self.client: ApiClient | None = None
        self.tokens: KeyringTokenStore | None = None
        self.embedded: EmbeddedService | None = None
        self.profile: Profile | None = None
        self.signed_in = False
        self.reachable: bool | None = None  # None: not known yet
        self.last_health_error = ""
        self.keyring_available: bool | None = None
        self.vendor_name = ""
        self.catalog: dict[str, Any] | None = None  # GET /catalog, once loaded
        self.started = False
        self._port = 0
        self._pending: list[Callable[[], None]] = []
        self._pending_refresh = False
        self._checking = False
        self._health_timer = QTimer(self)
        self._health_timer.timeout.connect(self.check_health)
        self._remote_signed_out.connect(self._signed_out_by_service)

    # -- the service ------------------------------------------------------------------------

    @property
    def embedded_mode(self) -> bool:
        return not self.server_url

    @property
    def service_url(self) -> str:
        if self.embedded_mode:
            if not self._port:
                preferred = int(self.settings.extra.get("embedded_port", 0) or 0)
                self._port = pick_port(preferred)
                if self._port != preferred:
                    self.settings.extra["embedded_port"] = self._port
                    self.save_settings()
            return f"http://127.0.0.1:{self._port}"
        return self.server_url.rstrip("/")

    @property
    def service_label(self) -> str:
        """How the status bar names the service."""
        if self.embedded_mode:
            # the port is chosen when the service starts, after the window is up
            where = f" ({self.service_url})" if self._port else ""
            return f"Local service on this computer{where}"
        parts = urlsplit(self.service_url)
        return parts.netloc or self.service_url

    @property
    def service_state(self) -> str:
        """``starting``, ``reachable``, ``unreachable`` or ``failed`` (embedded only)."""
        if self.embedded is not None and self.embedded.state in ("starting", "idle"):
            return "starting"
        if self.embedded is not None and self.embedded.state == "failed":
            return "failed"
        if self.reachable is None:
            return "starting"
        return "reachable" if self.reachable else "unreachable"

    @property
    def mail_dir(self) -> Any:
        return paths.service_mail_dir()

    def start(self) -> None:
        """Called once the first window is shown: start the service, the client, the
        health checks and the remembered sign-in."""
        if self.started:
            return
        self.started = True
        self.service_url  # noqa: B018 - picks the embedded service's port now
        chosen = self.keyring_backend
        self.tasks.run(
            lambda: _prepare_client(chosen), on_done=self._create_client, name="import client"
        )
        if self.embedded_mode:
            self._start_embedded()
        else:
            QTimer.singleShot(0, self.check_health)

    def _start_embedded(self) -> None:
        url = self.service_url
        self.embedded = EmbeddedService(
            self.tasks, port=int(url.rsplit(":", 1)[1]), extra_args=self.embedded_args, parent=self
        )
        self.embedded.state_changed.connect(self._embedded_state)
        self.embedded.start()
        self.health_changed.emit()

    def _embedded_state(self, state: str) -> None:
        if state == "running":
            self._set_reachable(True)
        elif state == "failed":
            self._set_reachable(False, self.embedded.tail() if self.embedded else "")
        else:
            self.health_changed.emit()

    def restart_embedded(self) -> None:
        if self.embedded is None:
            return
        old = self._port
        self.embedded.restart()
        self._port = self.embedded.port
        if self._port != old and self.client is not None:  # the old port was taken meanwhile
            self.settings.extra["embedded_port"] = self._port
            self.save_settings()
            self._drop_session()
            self.client.close()
            self._create_client()
            self.service_changed.emit()

    def _create_client(self, backend: Any = None) -> None:
        if backend is not None:
            self.keyring_backend = backend
        from app.api import errors
        from app.api.client import ApiClient
        from app.api.tokens import KeyringTokenStore

        self.tasks.expected = (*self.tasks.expected, errors.ApiError)
        self.tokens = KeyringTokenStore(
            self.service_url, remember=self.settings.remember_me, backend=self.keyring_backend
        )
        self.client = ApiClient(
            self.service_url, tokens=self.tokens, on_signed_out=self._remote_signed_out.emit
        )
        store = self.tokens
        self.tasks.run(
            lambda: (store.available, store.restore() if store.available else False),
            on_done=self._keyring_checked,
            name="keyring",
        )
        pending, self._pending = self._pending, []
        for start in pending:
            start()
        self.client_ready.emit()

    def _keyring_checked(self, result: tuple[bool, bool]) -> None:
        self.keyring_available, restored = result
        if restored:
            self._pending_refresh = True
            if self.reachable:
                self._resume_remembered()

    def _resume_remembered(self) -> None:
        self._pending_refresh = False
        self.call(
            lambda c: c.refresh(),
            on_done=lambda ok: self.signed_in_now() if ok else None,
            on_error=self._resume_failed,
            name="resume sign-in",
        )

    def _resume_failed(self, error: BaseException) -> None:
        if is_unreachable(error):
            self._pending_refresh = True  # try again once the service answers

    def set_service(self, server_url: str) -> None:
        """Switch to another service ("" for the embedded one); the sign-in stays with the
        service it belongs to (each remembers its own)."""
        server_url = server_url.strip().rstrip("/")
        if server_url == self.server_url:
            return
        self._drop_session()
        if self.embedded is not None:
            self.embedded.stop()
            self.embedded.deleteLater()
            self.embedded = None
        self.server_url = server_url
        self.settings.server_url = server_url
        self.save_settings()
        self.reachable = None
        self.vendor_name = ""
        self.catalog = None
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.started:
            self._create_client()
            if self.embedded_mode:
                self._start_embedded()
            else:
                self.check_health()
        self.service_changed.emit()
        self.health_changed.emit()

    # -- reachability -----------------------------------------------------------------------

    def check_health(self) -> None:
        """Ask ``/healthz`` now (off the GUI thread); the answer updates the status bar."""
        if self._checking or not self.started:
            return
        if self.embedded is not None and self.embedded.state in ("starting", "idle", "failed"):
            return
        self._checking = True
        self.call(
            lambda c: c.health(timeout=HEALTH_TIMEOUT_S),
            on_done=self._health_ok,
            on_error=lambda e: self._set_reachable(False, str(e)),
            on_finally=self._health_done,
            name="health",
        )

    def _health_done(self) -> None:
        self._checking = False

    def _health_ok(self, health: dict[str, Any]) -> None:
        self.vendor_name = str(health.get("vendor", "") or "")
        self._set_reachable(True)

    def _set_reachable(self, reachable: bool, error: str = "") -> None:
        changed = reachable != self.reachable
        self.reachable = reachable
        self.last_health_error = error
        self._health_timer.start(HEALTHY_INTERVAL_MS if reachable else UNHEALTHY_INTERVAL_MS)
        if reachable and self._pending_refresh:
            self._resume_remembered()
        if reachable and changed and self.signed_in and self.profile is None:
            self.reload_profile()
        if changed or not reachable:
            self.health_changed.emit()
        if not reachable and error:
            self.feedback.connection_problem.emit(error)

    # -- calls ------------------------------------------------------------------------------

    def call(
        self,
        fn: ClientCall,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_finally: Callable[[], None] | None = None,
        owner: QObject | None = None,
        name: str = "",
    ) -> None:
        """Run ``fn(client)`` on a worker. Connection trouble also reaches the banner, and a
        success after trouble clears it (the next health check confirms)."""

        def failed(error: BaseException) -> None:
            if is_unreachable(error) and self.reachable:
                self.check_health()
            if on_error is not None:
                on_error(error)

        def start() -> None:
            client = self.client
            assert client is not None
            self.tasks.run(
                lambda: fn(client),
                on_done=on_done,
                on_error=failed,
                on_finally=on_finally,
                owner=owner,
                name=name,
            )

        if self.client is None:
            self._pending.append(start)
        else:
            start()

    # -- the account ------------------------------------------------------------------------

    def signed_in_now(self, *, remember: bool | None = None, login: str = "") -> None:
        """After a sign-in or activation succeeded (tokens are in the client)."""
        changed = False
        if remember is not None and remember != self.settings.remember_me:
            self.settings.remember_me = remember
            changed = True
        if login and login != self.settings.last_login:
            self.settings.last_login = login
            changed = True
        if changed:
            self.save_settings()
        if not self.signed_in:
            self.signed_in = True
            self.signed_in_changed.emit(True)
        self.reload_profile()

    def reload_profile(self, on_done: Callable[[Any], None] | None = None) -> None:
        def loaded(profile: Profile) -> None:
            self.profile = profile
            self.profile_changed.emit(profile)
            if on_done is not None:
                on_done(profile)

        self.call(lambda c: c.me(), on_done=loaded, name="profile")

    @property
    def account(self) -> dict[str, Any]:
        """The profile as a plain dict (empty while signed out or loading)."""
        return dict(self.profile or {})

    def set_profile(self, profile: Profile) -> None:
        self.profile = profile
        self.profile_changed.emit(profile)

    def sign_out(self, on_done: Callable[[], None] | None = None) -> None:
        def finished() -> None:
            self._drop_session()
            if on_done is not None:
                on_done()

        self.call(lambda c: c.signout(), on_finally=finished, name="sign out")

    def _drop_session(self) -> None:
        if self.tokens is not None:
            # memory only: the keyring entry went with signout(), or stays for a remembered
            # sign-in on the service we are leaving
            from app.api.tokens import MemoryTokenStore

            MemoryTokenStore.clear(self.tokens)
        was = self.signed_in
        self.signed_in = False
        self.profile = None
        if was:
            self.signed_in_changed.emit(False)
            self.profile_changed.emit(None)

    @Slot()
    def _signed_out_by_service(self) -> None:
        if self.signed_in:
            self._drop_session()
            self.feedback.notice.emit("Your sign-in has expired; sign in again.", "warning")

    # -- settings and shutdown --------------------------------------------------------------

    def save_settings(self) -> Task:
        snapshot = replace(self.settings, extra=dict(self.settings.extra))
        return self.tasks.run(snapshot.save, name="save settings")

    def shutdown(self) -> None:
        """At quit: stop the health checks and the embedded service, let workers finish."""
        self._health_timer.stop()
        if self.embedded is not None:
            self.embedded.stop()
        self.tasks.wait(3000)
        if self.client is not None:
            self.client.close()


def _prepare_client(backend: Any) -> Any:
    """On a worker: import the API client (``requests`` takes a noticeable moment) and pick
    the keyring. A keyring that asks for its own password on the terminal (keyrings.alt's
    encrypted file) cannot work in a windowed application, so it counts as none."""
    import app.api.client  # noqa: F401

    if backend is not None:
        return backend
    import keyring
    from keyring.backends import null

    chosen = keyring.get_keyring()
    candidates = getattr(chosen, "backends", [chosen])
    if any(_prompts_on_terminal(b) for b in candidates):
        log.info("keyring %s asks on the terminal; remember-me is off", type(chosen).__name__)
        return null.Keyring()
    return chosen


def _prompts_on_terminal(backend: Any) -> bool:
    cls = type(backend)
    return cls.__module__.startswith("keyrings.alt") and "Encrypted" in cls.__name__
