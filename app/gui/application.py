"""Start-up of the desktop client: the QApplication, the single-instance hand-off (L3), the
main window, then — once the window is shown — the service, the client and the rest.

Nothing slow runs before the first window: no ``requests``, no ``keyring``, no ``server``
package; those load on workers afterwards (``bench/startup.py`` measures this).
"""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app.core.settings import Settings
from app.gui import forms as _forms  # noqa: F401 - the package of compiled forms
from app.gui import theme
from app.gui.context import AppContext
from app.gui.crash import CrashHandler
from app.gui.forms import icons_rc  # noqa: F401 - registers the icons
from app.gui.instance import InstanceServer, hand_off
from app.gui.main_window import MainWindow

log = logging.getLogger(__name__)

SHOWN_MARKER = "personal-cabinet: main window shown"


@dataclass
class Running:
    app: QApplication
    ctx: AppContext
    window: MainWindow
    instance: InstanceServer | None


class _FirstPaint(QObject):
    """Calls ``then`` once, when the window has painted for the first time: the moment the
    user sees it, after which the slower parts may start."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then: Callable[[], None] | None = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.then is not None:
            then, self.then = self.then, None
            QTimer.singleShot(0, then)
        return False


def peak_rss_kb() -> int:
    """This process's peak resident memory so far, in kB."""
    try:
        with open("/proc/self/status", encoding="utf-8") as fh:  # (ascii: one codec more)
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak // 1024 if sys.platform == "darwin" else peak)


class _UrlOpener(QObject):
    """macOS hands ``personal-cabinet://`` links to the running app as FileOpen events.

    Installed on the application, it is handed every event of every object, and the first
    object of a class PySide has no wrapper for (the navigation list's private model) makes
    it load every class of QtCore, QtGui and QtWidgets, with their enums: some 40 ms and
    3 MB before the first paint. So it is installed only where such events come from
    (``start(file_open_events=...)``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen:
            return False
        # only macOS sends these: the class is not loaded on the way to the window
        from PySide6.QtGui import QFileOpenEvent

        if isinstance(event, QFileOpenEvent):
            url = event.url().toString() or event.file()
            if url:
                self.window.handle_launch([url])
                return True
        return False


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Crisp text and icons at fractional scale factors (the rounding policy PassThrough)
    # are Qt 6's default: nothing to set, and setting it would make the Qt namespace.
    app = QApplication([sys.argv[0] if sys.argv else "personal-cabinet"])
    app.setApplicationName("Personal Cabinet")
    app.setOrganizationName("Personal Cabinet")
    app.setDesktopFileName("personal-cabinet")
    return app


def start(
    argv: list[str],
    *,
    server_url: str | None = None,
    keyring_backend: Any = None,
    embedded_args: tuple[str, ...] = (),
    single_instance: bool = True,
    install_crash_handler: bool = True,
    after_shown: Callable[[], None] | None = None,
    file_open_events: bool = sys.platform == "darwin",
) -> Running:
    """Create and show the main window; the service and client start right after."""
    app = application()
    settings = Settings.load()
    if settings.language or not QLocale.system().name().startswith(("en", "C")):
        from app.gui import translation  # English, as on most test machines, needs none

        translation.install(translation.chosen(settings.language))
    theme.apply(app, settings.theme)
    if settings.theme == "system":
        app.styleHints().colorSchemeChanged.connect(
            lambda _scheme: theme.apply(app, settings.theme)
        )
    notice = ""
    if server_url:
        from app.core import validators
        from app.gui.feedback import error_text

        try:
            server_url = validators.service_url(server_url)
        except validators.Invalid as exc:
            notice = QCoreApplication.translate(
                "Application", "The --server address was not used: {reason}"
            ).format(reason=error_text(exc))
            server_url = None
    ctx = AppContext(
        settings,
        server_url=server_url,
        keyring_backend=keyring_backend,
        embedded_args=embedded_args,
        parent=app,
    )
    window = MainWindow(ctx)
    if install_crash_handler:
        crash = CrashHandler(lambda: window)
        crash.install()
        window.crash_handler = crash
    running = Running(app=app, ctx=ctx, window=window, instance=None)

    def shown() -> None:
        if single_instance:  # the application itself (tests start windows without it)
            _log_to_file()  # before it listens: a handed-over link is noted from the first
            running.instance = InstanceServer(window)
            running.instance.received.connect(window.handle_launch)
            running.instance.listen()
        ctx.connection.start()
        window.after_first_paint()

    if file_open_events:
        app.installEventFilter(_UrlOpener(window))
    _FirstPaint(window, after_shown or shown)
    window.show()
    window.handle_launch(argv, raise_window=False)
    if notice:
        window.notice(notice, "warning")
    return running


def _quit_on_signals(app: QApplication) -> None:
    """Ctrl+C or a plain ``kill`` quits properly, so the local service is stopped too.

    Python runs signal handlers only when it gets control; a light timer gives it that.
    """
    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda *_: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(500)


def _log_to_file() -> None:
    from app.core import app_log, paths

    app_log.configure(paths.logs_dir())


def run(argv: list[str], *, server_url: str | None = None, exit_after_shown: bool = False) -> int:
    """The application's life: hand off to a running instance, or start and run."""
    if hand_off(argv):
        return 0

    def shown_then_quit() -> None:
        # benchmarks and smoke tests: report and leave before anything else starts
        print(f"{SHOWN_MARKER}; peak RSS {peak_rss_kb()} kB", flush=True)
        QApplication.quit()

    running = start(
        argv, server_url=server_url, after_shown=shown_then_quit if exit_after_shown else None
    )
    app = running.app
    _quit_on_signals(app)
    app.aboutToQuit.connect(running.ctx.shutdown)
    app.aboutToQuit.connect(lambda: running.instance.close() if running.instance else None)
    return int(app.exec())
