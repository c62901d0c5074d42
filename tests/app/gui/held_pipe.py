"""A named pipe that holds up whoever opens it to read until the test lets it go, as a file
on a slow network share would: work done on the GUI thread would freeze it meanwhile."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

HOLD_SECONDS = 20  # then let go anyway, so that a frozen GUI thread fails the test


class HeldPipe:
    def __init__(self, path: Path, data: bytes = b"") -> None:
        os.mkfifo(path)
        self.path = path
        self.data = data
        self.released = threading.Event()
        self.timed_out = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._feed, name="held pipe", daemon=True)
        self._thread.start()

    def _feed(self) -> None:
        if not self.released.wait(HOLD_SECONDS):
            self.timed_out = True
        while not self._stop.is_set():
            with contextlib.suppress(OSError), open(self.path, "wb") as fh:
                fh.write(self.data)  # each reader gets ``data`` and the end

    def release(self) -> None:
        self.released.set()

    def close(self) -> None:
        self._stop.set()
        self.released.set()
        while self._thread.is_alive():  # a writer waiting for a reader: give it one
            fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)
            os.close(fd)
            self._thread.join(0.05)
