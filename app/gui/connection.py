"""Which service we talk to and whether it answers: the API client, the embedded local
service, the health checks, and the service's catalog (one value per service).

Every service call goes through ``call()``, which runs it on a worker with the client. The
client module (``requests``) is imported on a worker after the first window is up, so
start-up does not wait for it; calls made before it is ready wait in a queue.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.core import paths
from app.core.settings import Settings
from app.gui.feedback import Feedback, error_text, is_unreachable
from app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.api.client import ApiClient
    from app.api.tokens import KeyringTokenStore
    from app.core.catalog import Catalog
    from app.gui.embedded import EmbeddedService

log = logging.getLogger(__name__)

HEALTHY_INTERVAL_MS = 15_000
UNHEALTHY_INTERVAL_MS = 4_000
HEALTH_TIMEOUT_S = 3.0

ClientCall = Callable[["ApiClient"], Any]


class ServiceConnection(QObject):
    service_changed = Signal()  # another service chosen (URL, embedded or not)
    health_changed = Signal()  # read ``service_state`` / ``reachable``
    client_ready = Signal()  # a client (and its token store) exists for the service
    signed_out_by_service = Signal()  # the service no longer accepts our tokens
    catalog_changed = Signal()  # read ``catalog``
    catalog_failed = Signal(object)  # the service's catalog could not be had: the error
    _remote_signed_out = Signal()  # emitted on a worker; delivered on the GUI thread

    def __init__(
        self,
        settings: Settings,
        tasks: TaskRunner,
        feedback: Feedback,
        *,
        server_url: str | None = None,
        keyring_backend: Any = None,
        embedded_args: Sequence[str] = (),
        save_settings: Callable[[], object] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tasks = tasks
        self.feedback = feedback
        self.server_url = (server_url if server_url is not None else settings.server_url).strip()
        self.keyring_backend = keyring_backend
        self.embedded_args = list(embedded_args)
        self._save_settings = save_settings
        self.client: ApiClient | None = None
        self.tokens: KeyringTokenStore | None = None
        self.embedded: EmbeddedService | None = None
        self.reachable: bool | None = None  # None: not known yet
        self.last_health_error = ""
        self.vendor_name = ""
        self.catalog: Catalog | None = None
        self.started = False
        self._port = 0
        self._pending: list[Callable[[], None]] = []
        self._checking = False
        self._catalog_loading = ""  # the language being asked for
        self._catalog_fresh = ""  # the language the service itself answered in
        self._health_timer = QTimer(self)
        self._health_timer.timeout.connect(self.check_health)
        self._remote_signed_out.connect(self.signed_out_by_service)

    # -- the service ------------------------------------------------------------------------

    @property
    def embedded_mode(self) -> bool:
        return not self.server_url

    @property
    def service_url(self) -> str:
        """The address calls go to; the embedded service's port is known once ``start()``
        has chosen it."""
        if self.embedded_mode:
            return f"http://127.0.0.1:{self._port}" if self._port else ""
        return self.server_url.rstrip("/")

    @property
    def service_label(self) -> str:
        """How the status bar names the service."""
        if self.embedded_mode:
            # the port is chosen when the service starts, after the window is up
            where = f" ({self.service_url})" if self._port else ""
            return self.tr("Local service on this computer") + where
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
        """Called once the first window is shown: start the service, the client and the
        health checks."""
        if self.started:
            return
        self.started = True
        if self.embedded_mode:
            self._choose_port()
        chosen = self.keyring_backend
        self.tasks.run(
            lambda: _prepare_client(chosen), on_done=self._create_client, name="import client"
        )
        if self.embedded_mode:
            self._start_embedded()
        else:
            QTimer.singleShot(0, self.check_health)

    def _choose_port(self, preferred: int | None = None) -> None:
        from app.core.ports import pick_port

        if preferred is None:
            preferred = int(self.settings.extra.get("embedded_port", 0) or 0)
        self._port = pick_port(preferred)
        if self._port != preferred:
            self.settings.extra["embedded_port"] = self._port
            self._save_settings()

    def _start_embedded(self) -> None:
        from app.gui.embedded import EmbeddedService

        self.embedded = EmbeddedService(
            self.tasks, port=self._port, extra_args=self.embedded_args, parent=self
        )
        self.embedded.state_changed.connect(self._embedded_state)
        self.embedded.start()
        self.health_changed.emit()

    @Slot(str)
    def _embedded_state(self, state: str) -> None:
        if state == "running":
            self._set_reachable(True)
        elif state == "failed":
            self._set_reachable(False, self.embedded.tail() if self.embedded else "")
        else:
            self.health_changed.emit()

    def restart_embedded(self) -> None:
        """Start the local service again (after it failed); on another port when its own
        was taken meanwhile, which is another service to the client and the session."""
        if self.embedded is None:
            return
        self.embedded.stop(then=self._embedded_stopped_for_restart)

    def _embedded_stopped_for_restart(self) -> None:
        if self.embedded is None:
            return
        old = self._port
        self._choose_port(old)
        if self._port != old and self.client is not None:
            self.service_changed.emit()  # the session drops what belonged to the old address
            self.client.close()
            self._create_client()
        self.embedded.port = self._port
        self.embedded.start()

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
        from app.gui import translation

        self.client = ApiClient(
            self.service_url,
            tokens=self.tokens,
            on_signed_out=self._remote_signed_out.emit,
            language=translation.current(),  # the service's refusals and mails in it
        )
        pending, self._pending = self._pending, []
        for start in pending:
            start()
        self.client_ready.emit()

    def set_service(self, server_url: str) -> None:
        """Switch to another service ("" for the embedded one); the sign-in stays with the
        service it belongs to (each remembers its own)."""
        server_url = server_url.strip().rstrip("/")
        if server_url == self.server_url:
            return
        if self.embedded is not None:
            self.embedded.stop()
            self.embedded.deleteLater()
            self.embedded = None
        self.server_url = server_url
        self.settings.server_url = server_url
        self._save_settings()
        self.reachable = None
        self.vendor_name = ""
        self._catalog_fresh = ""
        self._set_catalog(None)
        if self.client is not None:
            self.client.close()
            self.client = None
        self.service_changed.emit()  # the session leaves the old service first
        if self.started:
            if self.embedded_mode:
                self._choose_port()
            self._create_client()
            if self.embedded_mode:
                self._start_embedded()
            else:
                self.check_health()
        self.health_changed.emit()

    # -- reachability -----------------------------------------------------------------------

    @Slot()
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
            on_error=self._health_failed,
            on_finally=self._health_done,
            name="health",
        )

    def _health_done(self) -> None:
        self._checking = False

    def _health_ok(self, health: dict[str, Any]) -> None:
        self.vendor_name = str(health.get("vendor", "") or "")
        self._set_reachable(True)

    def _health_failed(self, error: BaseException) -> None:
        self._set_reachable(False, error_text(error))

    def _set_reachable(self, reachable: bool, error: str = "") -> None:
        changed = reachable != self.reachable
        self.reachable = reachable
        self.last_health_error = error
        self._health_timer.start(HEALTHY_INTERVAL_MS if reachable else UNHEALTHY_INTERVAL_MS)
        if changed or not reachable:
            self.health_changed.emit()
        if reachable and not self._catalog_fresh:
            self.load_catalog()
        if not reachable and error:
            self.feedback.connection_problem.emit(error)

    # -- the catalog ------------------------------------------------------------------------

    def load_catalog(self, language: str | None = None) -> None:
        """The service's catalog in ``language``: the copy kept on disk at once (it still
        works offline), then the service's own answer. Once per service and language."""
        from app.gui import translation

        language = language or translation.current()
        if language in (self._catalog_loading, self._catalog_fresh):
            return
        self._catalog_loading = language
        url = self.service_url
        if self.catalog is None or self.catalog.language != language:
            self.tasks.run(
                lambda: _cached_catalog(url, language),
                on_done=self._cached_catalog_read,
                owner=self,
                name="catalog cache",
            )

        def fetch(client: ApiClient) -> Catalog:
            from app.core import catalog

            return catalog.fetch(client.catalog, url, language)

        self.call(
            fetch,
            on_done=self._catalog_fetched,
            on_error=self.catalog_failed.emit,
            on_finally=self._catalog_done,
            owner=self,
            name="catalog",
        )

    def _cached_catalog_read(self, catalog: Catalog | None) -> None:
        """The copy on disk serves until the service answers in that language."""
        if catalog is None or self._catalog_fresh == catalog.language:
            return
        if self.catalog is None or self.catalog.language != catalog.language:
            self._set_catalog(catalog)

    def _catalog_fetched(self, catalog: Catalog) -> None:
        self._catalog_fresh = catalog.language
        if catalog != self.catalog:
            self._set_catalog(catalog)

    def _catalog_done(self) -> None:
        self._catalog_loading = ""

    def _set_catalog(self, catalog: Catalog | None) -> None:
        self.catalog = catalog
        self.catalog_changed.emit()

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

    # -- shutdown ---------------------------------------------------------------------------

    def shutdown(self) -> None:
        """At quit: stop the health checks, ask the embedded service to stop (``embedded``
        says when it has) and close the client."""
        self._health_timer.stop()
        if self.embedded is not None:
            self.embedded.stop()
        if self.client is not None:
            self.client.close()


def _cached_catalog(url: str, language: str) -> Catalog | None:
    from app.core import catalog

    return catalog.cached(url, language)


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
