"""What a section gets to work with: its time budget, bounded commands and calls, notes.

Every call that can block runs where it can be abandoned: external commands are killed when
the section's budget runs out or the report is cancelled, and blocking library calls (a
``statvfs`` on a dead network mount, a name lookup) run in a daemon thread the section stops
waiting for. A section therefore never holds the report beyond its budget.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from app.sysinfo.model import Status

T = TypeVar("T")

# The kinds of private value a section may register for pseudonymisation.
PRIVATE_KINDS = ("hostname", "domain", "user", "home", "serial")


class SectionStop(Exception):
    """Ends a section early with a status other than ``ok``; ``data`` keeps what was found."""

    status = Status.ERROR

    def __init__(self, reason: str, data: dict[str, Any] | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.data = data


class Skipped(SectionStop):
    """This platform or machine has nothing of the kind (no battery API, no package manager)."""

    status = Status.SKIPPED


class NeedsAdmin(SectionStop):
    """The information exists but only an administrator may read it."""

    status = Status.NEEDS_ADMIN


class CommandError(Exception):
    """An external command was missing, failed, or ran out of time."""


class CommandMissing(CommandError):
    pass


class CommandTimeout(CommandError):
    pass


class CallTimeout(Exception):
    """A blocking call did not return in time; its thread was left behind."""


class PrivateValues:
    """Values found while collecting that must be pseudonymised (shared, thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: dict[str, set[str]] = {kind: set() for kind in PRIVATE_KINDS}

    def add(self, kind: str, value: str | None) -> None:
        if not value or not isinstance(value, str):
            return
        value = value.strip()
        if value:
            with self._lock:
                self._values[kind].add(value)

    def snapshot(self) -> dict[str, set[str]]:
        with self._lock:
            return {kind: set(values) for kind, values in self._values.items()}


class Shared:
    """What several sections read, read once per report: the first to ask reads it.

    The others wait for that result (within their own budget) instead of walking /proc
    again; an error reaches every asker.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[threading.Event, dict[str, Any]]] = {}

    def once(self, key: str, fn: Callable[[], T], timeout: float) -> T:
        with self._lock:
            entry = self._entries.get(key)
            first = entry is None
            if entry is None:
                entry = self._entries[key] = (threading.Event(), {})
        done, box = entry
        if first:
            try:
                box["value"] = fn()
            except BaseException as exc:
                box["error"] = exc
            finally:
                done.set()
        elif not done.wait(max(0.0, timeout)):
            raise CallTimeout(f"{key} did not arrive within {timeout:.1f} s")
        if "error" in box:
            raise box["error"]
        value: T = box["value"]
        return value


def _command_env() -> dict[str, str]:
    """Our own environment with a fixed locale so command output parses the same everywhere."""
    env = dict(os.environ)
    if sys.platform != "win32":
        env["LC_ALL"] = "C.UTF-8"
        env["LANG"] = "C.UTF-8"
    env["SYSTEMD_PAGER"] = ""
    env["PAGER"] = "cat"
    return env


class Running:
    """A command started by ``Context.start``; ``result()`` waits for it (once)."""

    def __init__(
        self,
        ctx: Context,
        argv: list[str],
        proc: subprocess.Popen[bytes],
        limit: float,
        ok_codes: tuple[int, ...],
        encoding: str | None,
    ) -> None:
        self.ctx, self.argv, self.proc = ctx, argv, proc
        self.limit, self.ends = limit, time.monotonic() + limit
        self.ok_codes, self.encoding = ok_codes, encoding
        self._closed = False

    def result(self) -> str:
        proc, argv = self.proc, self.argv
        out = err = b""
        try:
            while True:
                try:
                    out, err = proc.communicate(timeout=0.05)
                    self._closed = True
                    break
                except subprocess.TimeoutExpired:
                    if self.ctx.stop.is_set() or time.monotonic() >= self.ends:
                        self.close()
                        raise CommandTimeout(
                            f"{argv[0]} did not finish within {self.limit:.1f} s"
                        ) from None
        finally:
            self.close()
        enc = self.encoding or ("oem" if sys.platform == "win32" else "utf-8")
        if proc.returncode not in self.ok_codes:
            message = err.decode(enc, "replace").strip().splitlines()
            detail = message[-1] if message else f"exit status {proc.returncode}"
            raise CommandError(f"{' '.join(argv[:2])}: {detail}")
        return out.decode(enc, "replace")

    def close(self) -> None:
        """Kill the command if it still runs; reap it and close its pipes."""
        if self._closed:
            return
        self._closed = True
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.communicate()


class Context:
    """Per-section helpers; ``notes`` turn an otherwise successful section into ``partial``."""

    def __init__(
        self,
        *,
        section: str,
        deadline: float,
        stop: threading.Event,
        private: PrivateValues,
        options: dict[str, Any] | None = None,
        shared: Shared | None = None,
    ) -> None:
        self.section = section
        self.shared = shared or Shared()
        self.deadline = deadline
        self.stop = stop
        self.private = private
        self.options = options or {}
        self.notes: list[str] = []
        self.admin_notes: list[str] = []
        self._running: list[Running] = []

    # -- outcome -----------------------------------------------------------------------
    def note(self, message: str) -> None:
        """Something could not be read; the section ends ``partial``."""
        self.notes.append(message)

    def needs_admin(self, what: str) -> None:
        """Part of the section needs administrator rights; the section ends ``partial``."""
        self.admin_notes.append(what)

    def register(self, kind: str, value: str | None) -> None:
        """Mark a value private: it is replaced by a pseudonym everywhere in the report."""
        self.private.add(kind, value)

    # -- time ---------------------------------------------------------------------------
    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def _check_stop(self) -> None:
        if self.stop.is_set() or self.remaining() <= 0:
            raise CommandTimeout("the section ran out of time")

    def once(self, key: str, fn: Callable[[], T]) -> T:
        """``fn()``, computed once for the whole report (see ``Shared``)."""
        return self.shared.once(key, fn, self.remaining())

    # -- commands -----------------------------------------------------------------------
    @staticmethod
    def has_command(name: str) -> bool:
        return shutil.which(name) is not None

    def run(
        self,
        argv: Sequence[str],
        *,
        timeout: float | None = None,
        ok_codes: Sequence[int] = (0,),
        encoding: str | None = None,
    ) -> str:
        """Run an external command and return its standard output.

        Bounded by ``timeout`` and by the section's budget; the child is killed when either
        runs out or the report stops. Raises ``CommandMissing``, ``CommandTimeout`` or
        ``CommandError`` (non-zero exit, with its standard error as the message).
        """
        return self.start(argv, timeout=timeout, ok_codes=ok_codes, encoding=encoding).result()

    def start(
        self,
        argv: Sequence[str],
        *,
        timeout: float | None = None,
        ok_codes: Sequence[int] = (0,),
        encoding: str | None = None,
    ) -> Running:
        """Start a command now and read it later (``result()``), so that several run at once.

        Same bounds and errors as ``run``; ``CommandMissing`` is raised here. A command
        never read is killed when the section ends.
        """
        exe = shutil.which(argv[0])
        if exe is None:
            raise CommandMissing(f"{argv[0]} is not installed")
        self._check_stop()
        limit = self.remaining() if timeout is None else min(timeout, self.remaining())
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        proc = subprocess.Popen(
            [exe, *argv[1:]],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_command_env(),
            creationflags=flags,
        )
        running = Running(self, list(argv), proc, limit, tuple(ok_codes), encoding)
        self._running.append(running)
        return running

    def close(self) -> None:
        """Kill and reap the commands the section started and never read."""
        for running in self._running:
            running.close()
        self._running.clear()

    # -- blocking calls -----------------------------------------------------------------
    def call(self, fn: Callable[..., T], *args: Any, timeout: float = 3.0) -> T:
        """Run a call that may block (network file systems, name service) in a daemon thread.

        The thread is abandoned if it does not return in time; ``CallTimeout`` is raised.
        """
        box: dict[str, Any] = {}
        done = threading.Event()

        def target() -> None:
            try:
                box["value"] = fn(*args)
            except BaseException as exc:
                box["error"] = exc
            finally:
                done.set()

        threading.Thread(target=target, name=f"sysinfo-call-{self.section}", daemon=True).start()
        if not done.wait(max(0.0, min(timeout, self.remaining()))):
            name = getattr(fn, "__name__", "call")
            raise CallTimeout(f"{name} did not return within {timeout:.1f} s")
        if "error" in box:
            raise box["error"]
        value: T = box["value"]
        return value

    # -- files ----------------------------------------------------------------------------
    @staticmethod
    def read(path: str | Path, limit: int = 1 << 20) -> str | None:
        """A small text file's content, or None when it is missing or unreadable."""
        try:
            with open(path, "rb") as fh:
                return fh.read(limit).decode("utf-8", "replace")
        except OSError:
            return None

    @staticmethod
    def read_value(path: str | Path) -> str | None:
        """One stripped line of a /sys or /proc attribute; None when missing or empty."""
        try:
            with open(path, "rb") as fh:
                value = fh.read(4096).decode("utf-8", "replace").strip()
        except OSError:
            return None
        return value or None


def lower_thread_priority() -> None:
    """Run the calling thread (and the commands it starts) at low priority.

    Per thread, so a GUI that builds a report from a worker thread keeps its own priority:
    Linux nice values are per thread, macOS has a per-thread background class, Windows has
    thread priorities. Failures are ignored: priority is a courtesy, not a requirement.
    """
    try:
        if sys.platform.startswith("linux"):
            tid = threading.get_native_id()
            current = os.getpriority(os.PRIO_PROCESS, tid)
            if current < 10:
                os.setpriority(os.PRIO_PROCESS, tid, 10)
        elif sys.platform == "darwin":
            prio_darwin_thread, prio_darwin_bg = 3, 0x1000
            os.setpriority(prio_darwin_thread, 0, prio_darwin_bg)
        elif sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32
            kernel32.SetThreadPriority(kernel32.GetCurrentThread(), -1)  # BELOW_NORMAL
    except (OSError, AttributeError, ValueError):
        pass
