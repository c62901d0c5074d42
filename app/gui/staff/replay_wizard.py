"""The customer's wizard, read-only, for a replay (H3): the same pages the customer saw,
shown from the state the stored trail gives at a moment (``app.core.staff.replay``).

It is the request wizard with everything that would act taken away: no draft, no trail of
its own, no uploads, no sign-in, no captcha, the staff member's session never consulted —
and every control on the pages takes neither clicks, keys nor shortcuts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizard,
)

from app.core.wizard.flow import Facts
from app.core.wizard.state import AccountMode, Step, WizardState
from app.gui.context import AppContext
from app.gui.feedback import show_message
from app.gui.wizard.base import StepPage
from app.gui.wizard.wizard import RequestWizard

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.Shortcut,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
    }
)
_ACTING = (QAbstractButton, QComboBox, QAbstractSpinBox)
_INERT = (*_ACTING, QLabel)


class _Inert(QObject):
    """Swallows what would operate a control, so it looks as the customer saw it (not
    greyed out) and still cannot change anything."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in _INPUT_EVENTS


class ReplayWizard(RequestWizard):
    replaying = True

    def __init__(self, ctx: AppContext, customer: str, parent: QWidget | None = None) -> None:
        self.customer = customer  # who the customer was signed in as, from the request
        super().__init__(ctx, parent=parent)
        self.outcome = ("replay", None)  # nothing is saved, kept or asked on closing
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setButtonLayout([QWizard.WizardButton.Stretch])
        self.setMinimumSize(0, 0)
        self._inert = _Inert(self)

    # -- what the request wizard would do, undone -------------------------------------------

    def adopt_anonymous_identity(self) -> None:
        """The staff member's client keeps its own identity."""

    def facts(self) -> Facts:
        return Facts(
            signed_in=self.state.account_mode == AccountMode.SIGNED_IN,
            profile={},
            detected_os=self.state.os_name,
        )

    def settle(self, step: Step) -> None:
        """The state is the trail's: nothing settles it."""

    def _facts_changed(self, *_args: Any) -> None:
        """The staff member signing in or out is not the customer's fact."""

    def _os_detected(self, name: str) -> None:
        """This machine's system is not the customer's."""

    def changed(self, name: str, *, record: bool = False, save: bool = True) -> None:
        """Nothing the replay shows is written anywhere."""

    def record_changes(self, step: int) -> None:
        pass

    def record_message(self, step: int, text: str, level: str = "info") -> None:
        pass

    def _arrived(self, step: Step) -> None:
        pass

    def entered(self, step: Step) -> None:
        self.state.step = step
        self.steps.show_step(int(step))

    # -- showing a moment -------------------------------------------------------------------

    def show_moment(self, state: WizardState, messages: list[tuple[str, str]]) -> None:
        """The page of ``state.step`` with ``state`` in it and the last message shown on it."""
        if state.account_mode == AccountMode.SIGNED_IN:
            state.signed_in_as = self.customer
        self.state = state
        step = state.step if 1 <= int(state.step) <= 5 else Step.TYPE
        if self.currentId() != int(step):
            if self.currentId() > int(step) or self.currentId() == -1:
                self.restart()
            self.restoring = True
            try:
                while self.currentId() < int(step):
                    before = self.currentId()
                    self.next()
                    if self.currentId() == before:
                        break
            finally:
                self.restoring = False
        page = self.currentPage()
        if isinstance(page, StepPage):
            page.show_state()
            if page is self.account_page:
                self.account_page.panel.ui.passwordEdit.setText(state.password)
            level, text = messages[-1] if messages else ("info", "")
            show_message(page.message, text, level)
        self.make_inert()

    def make_inert(self) -> None:
        """Every control of every page: text read-only, the rest deaf to input."""
        for page_id in self.pageIds():
            for widget in self.page(page_id).findChildren(QWidget):
                if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                    widget.setReadOnly(True)
                elif isinstance(widget, _INERT):
                    if widget.property("inert") is not True:
                        widget.setProperty("inert", True)
                        widget.installEventFilter(self._inert)
                    if isinstance(widget, _ACTING):
                        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
