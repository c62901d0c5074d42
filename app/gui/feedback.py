"""The one channel for user-facing errors.

An error's message is written for the user (``ApiError``, ``validators.Invalid``,
``LaunchLinkError``). Where it shows depends on its kind: field errors next to their field,
inside the form; connection trouble in the main window's banner (and a short line in the
form); anything else in the form's message line. Exceptions that are none of these are bugs:
``TaskRunner.unexpected`` hands them to the crash handler, and the form says so briefly.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.core.text import QT_TRANSLATE_NOOP, message_of
from app.gui.theme import set_role
from app.gui.translation import translated

UNEXPECTED = QT_TRANSLATE_NOOP(
    "Feedback",
    "Something unexpected went wrong; a report was saved. Try again, or restart the application.",
)


def is_unreachable(error: BaseException) -> bool:
    return type(error).__name__ == "ServiceUnreachable" or any(
        cls.__name__ == "ServiceUnreachable" for cls in type(error).__mro__
    )


def is_user_error(error: BaseException) -> bool:
    """Errors whose message is meant for the user (no import of the API package needed)."""
    names = {cls.__name__ for cls in type(error).__mro__}
    return bool(
        names & {"ApiError", "Invalid", "LaunchLinkError", "KeyFileError", "ReportFileError"}
    )


def error_text(error: BaseException) -> str:
    """An error's own message in the interface language: the core's messages are ``Text``
    (its English is ``str(error)``), anything else is shown as it is."""
    return translated(message_of(error))


def message_for(error: BaseException) -> str:
    if is_user_error(error):
        return error_text(error)
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "Feedback", "A file could not be read or written: {value}."
        ).format(value=error.strerror or error)
    return translated(UNEXPECTED)


class Feedback(QObject):
    """Application-wide: forms report connection trouble here, the window's banner shows it."""

    connection_problem = Signal(str)
    notice = Signal(str, str)  # (text, level: info | warning | error)

    def report(self, error: BaseException) -> None:
        if is_unreachable(error):
            self.connection_problem.emit(error_text(error))


def show_message(label: QLabel, text: str, role: str = "error") -> None:
    """Put ``text`` in a form's message line (hidden when empty)."""
    label.setText(text)
    set_role(label, role)
    label.setVisible(bool(text))
    if text:
        label.setAccessibleDescription(text)


class FormErrors:
    """Field errors shown inline: a small error line inserted under each field of a
    ``QFormLayout``, plus the form's message line for everything else."""

    def __init__(
        self,
        message: QLabel,
        fields: Mapping[str, QWidget],
        feedback: Feedback | None = None,
    ) -> None:
        self.message = message
        self.fields = dict(fields)
        self.feedback = feedback
        self._inline: dict[str, QLabel] = {}
        show_message(message, "")

    def clear(self) -> None:
        show_message(self.message, "")
        for name, label in self._inline.items():
            label.hide()
            label.setText("")
            self.fields[name].setAccessibleDescription("")

    def field(self, name: str, text: str) -> None:
        """Show ``text`` under the field ``name`` (created on first use)."""
        text = translated(text)
        widget = self.fields[name]
        label = self._inline.get(name)
        if label is None:
            label = QLabel(widget.parentWidget())
            label.setWordWrap(True)
            label.setObjectName(f"{name}Error")
            set_role(label, "error")
            layout = _form_of(widget)
            if layout is not None:
                row = cast(tuple[int, Any], layout.getWidgetPosition(widget))[0]
                if row < 0:  # the widget sits inside a row's nested layout
                    row = _row_of_nested(layout, widget)
                layout.insertRow(row + 1, "", label)
            elif not _insert_below(widget, label):
                label.setProperty("unplaced", True)  # the message line carries it instead
            self._inline[name] = label
        label.setText(text)
        label.setVisible(bool(text) and not label.property("unplaced"))
        widget.setAccessibleDescription(text)
        if text:
            _grow_to_fit(widget.window())

    def show(self, error: BaseException) -> None:
        """Show ``error`` where it belongs."""
        self.clear()
        if self.feedback is not None:
            self.feedback.report(error)
        field_errors: dict[str, str] = dict(getattr(error, "field_errors", {}) or {})
        placed = False
        for name, text in field_errors.items():
            if name in self.fields:
                self.field(name, text)
                placed = True
        rest = [translated(text) for name, text in field_errors.items() if name not in self.fields]
        text = message_for(error)
        if placed and not rest and text == error_text(error):
            # the field's own line says it; a summary only when several fields are marked
            text = (
                QCoreApplication.translate("FormErrors", "Correct the marked fields.")
                if len(field_errors) > 1
                else ""
            )
        elif rest:
            text = " ".join([text, *rest])
        show_message(self.message, text)

    def invalid(self, name: str, text: str) -> None:
        """A client-side check failed for one field."""
        self.clear()
        self.field(name, text)
        self.fields[name].setFocus()


def _form_of(widget: QWidget) -> QFormLayout | None:
    parent = widget.parentWidget()
    if parent is None:
        return None
    layouts = [parent.layout(), *parent.findChildren(QFormLayout)]
    for layout in layouts:
        if isinstance(layout, QFormLayout) and (
            layout.indexOf(widget) >= 0 or _row_of_nested(layout, widget) >= 0
        ):
            return layout
    return None


def _insert_below(widget: QWidget, label: QLabel) -> bool:
    """Outside a form: put ``label`` in the vertical layout, right under the row that holds
    ``widget`` (directly or inside a horizontal row)."""
    parent = widget.parentWidget()
    top = parent.layout() if parent is not None else None

    def find(layout: QLayout) -> bool:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            inner = item.layout() if item is not None else None
            holds = item is not None and (
                item.widget() is widget or (inner is not None and inner.indexOf(widget) >= 0)
            )
            if holds and isinstance(layout, QVBoxLayout):
                layout.insertWidget(index + 1, label)
                return True
            if inner is not None and find(inner):
                return True
        return False

    return top is not None and find(top)


def _row_of_nested(layout: QFormLayout, widget: QWidget) -> int:
    for row in range(layout.rowCount()):
        item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
        inner = item.layout() if item is not None else None
        if inner is not None and inner.indexOf(widget) >= 0:
            return row
    return -1


def _grow_to_fit(window: QWidget) -> None:
    """A dialog grows when an error line is added, instead of squeezing its other text."""
    layout = window.layout()
    if layout is None or not window.isWindow():
        return
    layout.activate()
    wanted = window.sizeHint().height()
    if window.height() < wanted:
        window.resize(window.width(), wanted)


_focus_before_busy: dict[QProgressBar, QWidget] = {}


def set_busy(bar: QProgressBar, busy: bool, *widgets: QWidget) -> None:
    """Show the busy bar and disable the controls that would start the same thing again.

    A control that had the keyboard gets it back afterwards, so typing goes on where it was.
    """
    bar.setVisible(busy)
    if busy:
        focused = QApplication.focusWidget()
        if focused is not None and focused in widgets:
            _focus_before_busy[bar] = focused
    for widget in widgets:
        widget.setEnabled(not busy)
    if not busy:
        focused = _focus_before_busy.pop(bar, None)
        if focused is not None and shiboken6.isValid(focused) and focused.isEnabled():
            from PySide6.QtCore import Qt  # (not at import: see app/gui/theme.py)

            focused.setFocus(Qt.FocusReason.OtherFocusReason)
