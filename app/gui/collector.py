"""Python's cyclic garbage collection, run on the GUI thread only.

Left automatic, a collection runs in whichever thread passes the allocation threshold: a
worker thread may then destroy a Qt object of the GUI thread, and Qt's connection lock and
Python's GIL deadlock (seen: a service thread collecting a page's widgets while the GUI
thread built a label). So while an application context lives, automatic collection is off
and a timer on the GUI thread collects with the same thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500

_active = 0  # contexts alive; automatic collection is back on when none is


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        global _active
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.running = True
        _active += 1
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        """The generation that automatic collection would have collected by now, if any."""
        counts = gc.get_count()
        if counts[0] <= self.thresholds[0]:
            return
        generation = 0
        for level in (1, 2):
            if counts[level] > self.thresholds[level]:
                generation = level
        gc.collect(generation)

    def stop(self) -> None:
        global _active
        if not self.running:
            return
        self.running = False
        self.timer.stop()
        _active -= 1
        if _active == 0:
            gc.enable()
