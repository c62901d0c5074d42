"""What the account dialogs share: busy state, the error channel, live password feedback."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from app.core import validators
from app.core.text import QT_TRANSLATE_NOOP
from app.gui.context import AppContext
from app.gui.feedback import FormErrors, error_text, set_busy
from app.gui.theme import is_dark
from app.gui.translation import translated


class FieldInvalid(validators.Invalid):
    """A client-side check of one field failed; shown inline like the service's errors."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field_errors = {field: message}


def checked(field: str, check: Callable[[str], str], text: str) -> str:
    """``check(text)``, with its ``Invalid`` turned into a field error for ``field``."""
    try:
        return check(text)
    except validators.Invalid as exc:
        raise FieldInvalid(field, error_text(exc)) from None


def fit_to_page(dialog: QDialog, stack: QStackedWidget) -> None:
    """Size the dialog to the page shown, not to the largest page of the stack."""
    for index in range(stack.count()):
        page = stack.widget(index)
        if page is None:
            continue
        policy = (
            QSizePolicy.Policy.Preferred
            if page is stack.currentWidget()
            else (QSizePolicy.Policy.Ignored)
        )
        page.setSizePolicy(policy, policy)
        page.updateGeometry()
    # Growing needs fresh size hints: without this a larger page was squeezed into the size
    # of the smaller one before it (widgets drawn over each other).
    stack.updateGeometry()
    layout = dialog.layout()
    if layout is not None:
        layout.invalidate()
    stack.adjustSize()
    dialog.adjustSize()
    grow_to_hint(dialog)


class GrowWithContent(QObject):
    """Grows a window whenever its content asks for more room than it has — a translated
    label, a note that appears, a longer page — and never shrinks it under the user."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self._grow)
        return False

    def _grow(self) -> None:
        if shiboken6.isValid(self.window) and self.window.isVisible():
            grow_to_hint(self.window)


def grow_to_hint(window: QWidget) -> None:
    """Give a window at least the size its content asks for now.

    adjustSize() keeps a window within part of the screen and does not grow one that has its
    own minimum size (set in Designer), so content that grew after the window was sized (a
    larger page, a new line) would be squeezed or clipped.
    """
    layout = window.layout()
    if layout is not None:
        layout.activate()
    hint = window.sizeHint()
    if window.width() < hint.width() or window.height() < hint.height():
        window.resize(max(window.width(), hint.width()), max(window.height(), hint.height()))


class AccountDialog(QDialog):
    """A dialog that calls the service: one busy bar, one message line, inline errors."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self._busy_bar: QProgressBar | None = None
        self._busy_widgets: tuple[QWidget, ...] = ()

    def setup_feedback(
        self,
        message: QLabel,
        busy_bar: QProgressBar,
        fields: Mapping[str, QWidget],
        *busy_widgets: QWidget,
    ) -> None:
        self.errors = FormErrors(message, fields, self.ctx.feedback)
        self._busy_bar = busy_bar
        self._busy_widgets = busy_widgets
        set_busy(busy_bar, False)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        if self._busy_bar is not None:
            set_busy(self._busy_bar, busy, *self._busy_widgets)

    def run(
        self,
        fn: Callable[[Any], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        name: str = "",
    ) -> None:
        """``fn(client)`` on a worker, with the dialog busy meanwhile."""
        if self.busy:
            return
        self.errors.clear()
        self.set_busy(True)
        self.ctx.connection.call(
            fn,
            on_done=on_done,
            on_error=on_error or self.errors.show,
            on_finally=lambda: self.set_busy(False),
            owner=self,
            name=name or type(self).__name__,
        )


class PasswordFeedback:
    """Ticks the password rules off as the user types (A1), from ``app.core.validators``.

    The check runs on a worker a moment after the last key (zxcvbn loads its dictionaries
    on first use); only the newest answer is shown.
    """

    DELAY_MS = 150

    def __init__(
        self,
        ctx: AppContext,
        label: QLabel,
        password: QLineEdit,
        confirm: QLineEdit,
        email: Callable[[], str] = lambda: "",
    ) -> None:
        self.ctx, self.label, self.password, self.confirm, self.email = (
            ctx,
            label,
            password,
            confirm,
            email,
        )
        self._seq = 0
        self._timer = QTimer(label)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self._check)
        password.textChanged.connect(self._timer.start)
        confirm.textChanged.connect(self._timer.start)
        self.rules: list[validators.PasswordRule] = []
        self._render([])
        # warm zxcvbn up now, so the first real check is quick
        ctx.tasks.run(lambda: validators.password_rules("Warm-up-1x"), owner=label)

    def _check(self) -> None:
        self._seq += 1
        seq, password, email = self._seq, self.password.text(), self.email()
        self.ctx.tasks.run(
            lambda: validators.password_rules(password, email=email),
            on_done=lambda rules: self._answer(seq, rules),
            owner=self.label,
            name="password rules",
        )

    def _answer(self, seq: int, rules: list[validators.PasswordRule]) -> None:
        if seq == self._seq:
            self.rules = rules
            self._render(rules)

    def _render(self, rules: list[validators.PasswordRule]) -> None:
        dark = is_dark()
        ok_colour, bad_colour = ("#7ed69a", "#ff8a80") if dark else ("#1e7b3a", "#b3261e")
        neutral = "#9aa0a6" if dark else "#5f6368"
        typed = bool(self.password.text())
        if not rules:
            rules, typed = _blank_rules(), False
        lines = []
        for rule in rules:
            if rule.key == "max" and rule.ok:
                continue  # only worth saying when broken
            if not typed:
                mark, colour = "•", neutral
            else:
                mark, colour = ("✓", ok_colour) if rule.ok else ("✗", bad_colour)
            lines.append(
                f'<span style="color:{colour}">{mark} {escape(translated(rule.text))}</span>'
            )
        if self.confirm.text():
            same = self.confirm.text() == self.password.text()
            colour = ok_colour if same else bad_colour
            text = (
                "✓ " + QCoreApplication.translate("PasswordFeedback", "The two passwords match")
                if same
                else "✗ "
                + QCoreApplication.translate("PasswordFeedback", "The two passwords do not match")
            )
            lines.append(f'<span style="color:{colour}">{text}</span>')
        self.label.setText("<br>".join(lines))
        self._grow_to_fit()
        met = sum(1 for r in rules if r.ok) if typed else 0
        self.label.setAccessibleDescription(
            QCoreApplication.translate(
                "PasswordFeedback", "{met} of {count} password rules met"
            ).format(met=met, count=len(rules))
        )

    def _grow_to_fit(self) -> None:
        """A new line ("the two passwords match") must not be clipped by a dialog that was
        sized before it existed."""
        window = self.label.window()
        if window is not self.label and window.isVisible():
            grow_to_hint(window)

    @property
    def acceptable(self) -> bool:
        return bool(self.rules) and all(r.ok for r in self.rules)


def _blank_rules() -> list[validators.PasswordRule]:
    return [
        validators.PasswordRule(r.key, r.text, False)
        for r in validators.password_rules("x")
        if r.key != "strength"
    ] + [
        validators.PasswordRule(
            "strength", QT_TRANSLATE_NOOP("Validators", "Not too simple or common"), False
        )
    ]
