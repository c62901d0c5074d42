""" "Now" for every rule of the service (expiry, lock-outs, purges, windows), from one clock.

The clock is held on the ``ServiceState`` and on every database session the service opens
(``Session.info["clock"]``, and the engines' ``clock`` execution option for column
defaults), so rules read it as ``clock.now(db)`` and tests can move time instead of
sleeping or back-dating rows.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy.orm import Session

INFO_KEY = "clock"


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class MovableClock:
    """The system's time plus an offset that tests move forward (or back).

    Time keeps flowing between moves, so ordering (created before updated) stays true.
    """

    def __init__(self) -> None:
        self._offset = timedelta(0)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            offset = self._offset
        return datetime.now(UTC) + offset

    def advance(self, delta: timedelta) -> None:
        with self._lock:
            self._offset += delta


SYSTEM = SystemClock()


def of(db: Session) -> Clock:
    """The clock of the service that opened ``db`` (the system's for a bare session)."""
    clock: Clock = db.info.get(INFO_KEY, SYSTEM)
    return clock


def now(db: Session) -> datetime:
    return of(db).now()


def for_column_default(context: Any) -> datetime:
    """A column default's "now": the clock travels as the engine's execution option."""
    options = getattr(context, "execution_options", None) or {}
    clock: Clock = options.get(INFO_KEY, SYSTEM)
    return clock.now()
