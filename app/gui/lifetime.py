"""Connections from long-lived objects (the session, the connection) to windows that come
and go.

Qt breaks a connection when its receiver is destroyed only if the slot is a method of a
QObject; a lambda or a plain function stays connected and, called after its window was
deleted, touches a dead C++ object ("Internal C++ object already deleted"). ``follow``
accepts only such methods, so that crash cannot be written; a test checks that ``app/gui``
connects nothing else to the session's and the connection's signals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, SignalInstance


def follow(signal: SignalInstance, slot: Any) -> None:
    """Connect ``slot`` — a method of a live QObject — to ``signal`` for the receiver's life."""
    receiver = getattr(slot, "__self__", None)
    if not isinstance(receiver, QObject):
        raise TypeError(
            f"{slot!r} is not a method of a QObject: it would outlive its window; "
            "connect a method of the receiving widget instead"
        )
    signal.connect(slot)
