"""The one way the GUI runs work off its thread: ``TaskRunner.run(fn)``.

``fn`` runs on a ``QThreadPool`` worker; its result or exception comes back on the GUI
thread through a queued signal, to the callbacks given. A task tied to an ``owner`` widget
is cancelled when the widget goes away, so a late answer never touches a deleted dialog.
Cancelling sets ``task.cancel_event`` (long jobs pass it on and stop early) and drops the
answer; an HTTP call already sent finishes on its own, bounded by the client's timeouts.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits on it, Qt queues the call across."""

    finished = Signal(object, object)  # (result, exception or None)


class Task(QObject):
    """One call in flight. ``succeeded``/``failed`` fire on the GUI thread, then ``done``."""

    succeeded = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.cancel_event = threading.Event()
        self.running = True
        from PySide6.QtCore import Qt  # not at import: no task runs before the first paint

        self._relay = _Relay()
        self._relay.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def cancel(self) -> None:
        self.cancel_event.set()

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        if not self.cancelled:
            if error is None:
                self.succeeded.emit(result)
            else:
                self.failed.emit(error)
        self.done.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._relay = task._relay  # keep a Python reference for the worker thread
        self._fn = fn

    def run(self) -> None:
        result, error = None, None
        if not self._task.cancel_event.is_set():
            try:
                result = self._fn()
            except BaseException as exc:  # handed to the GUI thread, which decides
                error = exc
        # RuntimeError: the application is gone (quit while this ran); nobody left to tell
        with contextlib.suppress(RuntimeError):
            self._relay.finished.emit(result, error)


class TaskRunner(QObject):
    """Runs callables on a small thread pool and reports back on the GUI thread."""

    # Exceptions that are not a user-facing error of ours: a bug; the crash handler sees it.
    unexpected = Signal(object)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._tasks: set[Task] = set()
        self.expected: tuple[type[BaseException], ...] = (OSError, ValueError)

    def run(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        on_finally: Callable[[], None] | None = None,
        owner: QObject | None = None,
        name: str = "",
    ) -> Task:
        """Run ``fn()`` on a worker. ``on_error`` gets the exception; exceptions that are
        not expected ones (``self.expected``) are also reported through ``unexpected``."""
        task = Task(name or getattr(fn, "__name__", "task"))
        self._tasks.add(task)

        def owner_alive() -> bool:
            return owner is None or shiboken6.isValid(owner)

        def succeeded(result: Any) -> None:
            if on_done is not None and owner_alive():
                on_done(result)

        def failed(error: BaseException) -> None:
            if not isinstance(error, self.expected):
                log.error("task %s failed unexpectedly", task.name, exc_info=error)
                self.unexpected.emit(error)
            if on_error is not None and owner_alive():
                on_error(error)

        def finished() -> None:
            self._tasks.discard(task)
            if on_finally is not None and owner_alive():
                on_finally()
            task.deleteLater()

        task.succeeded.connect(succeeded)
        task.failed.connect(failed)
        task.done.connect(finished)
        if owner is not None:
            owner.destroyed.connect(task.cancel)
        self.pool.start(_Runnable(task, fn))
        return task

    @property
    def active(self) -> int:
        return len(self._tasks)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the workers are idle (at quit); true when they all finished."""
        self.cancel_all()
        return bool(self.pool.waitForDone(msecs))
