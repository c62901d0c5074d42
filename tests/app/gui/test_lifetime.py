"""Windows come and go; the session and the connection stay. Nothing in ``app/gui`` may
connect a callable to their signals that outlives its window (the crash "Internal C++
object (RequestWizard) already deleted" after a wizard was closed)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from app.gui.lifetime import follow

GUI = Path(__file__).resolve().parents[3] / "app" / "gui"
LONG_LIVED = ("session", "connection")


class _Source(QObject):
    changed = Signal(bool)


class _Window(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.heard: list[bool] = []

    def hear(self, value: bool) -> None:
        self.heard.append(value)


def test_follow_refuses_what_would_outlive_its_window() -> None:
    source = _Source()
    with pytest.raises(TypeError):
        follow(source.changed, lambda _value: None)
    with pytest.raises(TypeError):
        follow(source.changed, print)


def test_a_followed_window_hears_until_it_is_deleted(qapp: object) -> None:
    import shiboken6

    source, window = _Source(), _Window()
    follow(source.changed, window.hear)
    source.changed.emit(True)
    assert window.heard == [True]
    shiboken6.delete(window)
    source.changed.emit(False)  # would raise "already deleted" if still connected


def _connect_calls(tree: ast.AST) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "connect"
    ]


def _names(node: ast.AST) -> set[str]:
    return {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)} | {
        n.id for n in ast.walk(node) if isinstance(n, ast.Name)
    }


def test_gui_code_follows_the_session_and_the_connection_only_through_follow() -> None:
    offenders = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name in ("session.py", "connection.py") or "forms" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _connect_calls(tree):
            assert isinstance(call.func, ast.Attribute)
            if _names(call.func.value) & set(LONG_LIVED):
                offenders.append(f"{path.relative_to(GUI)}:{call.lineno}")
    assert not offenders, f"connect() to a session/connection signal; use follow(): {offenders}"
