"""What every page of the wizard shares: its step's title, the message line, inline field
errors, and leaving the page only when the state allows it (``app.core.wizard.flow``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizardPage

from app.core.text import Joined
from app.core.wizard.fields import field
from app.core.wizard.flow import missing
from app.core.wizard.state import Step, WizardState
from app.gui.feedback import FormErrors
from app.gui.translation import translated
from app.gui.wizard.widgets import STEP_TITLES

if TYPE_CHECKING:
    from app.gui.wizard.wizard import RequestWizard


def field_label(name: str, key: str, widget: QWidget) -> QLabel:
    """The label of a field from the table (``fields.FIELDS``), with ``key`` (one of its
    letters) as the Alt shortcut and a star when the field is required; it names
    ``widget`` for screen readers too."""
    spec = field(name)
    shown = translated(spec.label)
    at = shown.casefold().find(key.casefold())  # a translation may lack the letter
    text = (shown[:at] + "&" + shown[at:] if at >= 0 else shown) + (" *" if spec.required else "")
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(shown)
    return label


class StepPage(QWizardPage):
    """One step. Subclasses show the state in ``show_state`` (never deciding what it
    becomes: that is ``flow.settle``, run before) and write every change back through
    ``self.wiz.changed``; ``check`` adds format checks to the flow's rules. Which page
    follows is the flow's ``step_after``."""

    step: Step = Step.TYPE

    def __init__(self, wiz: RequestWizard, subtitle: str) -> None:
        super().__init__()
        self.wiz = wiz
        self.setTitle(
            self.tr("Step {step} of 5: {title}").format(
                step=int(self.step), title=translated(STEP_TITLES[self.step])
            )
        )
        self.setSubTitle(subtitle)
        self.outer = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("pageMessage")
        self.message.hide()
        self.errors: FormErrors | None = None

    @property
    def state(self) -> WizardState:
        return self.wiz.state

    def finish_layout(self, fields: Mapping[str, QWidget] | None = None) -> None:
        """Put the message line last and connect inline errors to ``fields``."""
        self.outer.addWidget(self.message)
        if fields:
            self.errors = FormErrors(self.message, fields, self.wiz.ctx.feedback)

    def initializePage(self) -> None:
        self.clear_errors()
        self.wiz.settle(self.step)  # the core decides what the state becomes; we show it
        self.show_state()

    def first_field(self) -> QWidget | None:
        """Where the keyboard starts when the page is shown."""
        return None

    def show_state(self) -> None:
        """Fill the widgets from the state (the state is the truth)."""

    def check(self) -> dict[str, str]:
        """Format problems beyond what is missing (field → message)."""
        return {}

    def clear_errors(self) -> None:
        if self.errors is not None:
            self.errors.clear()
        self.wiz.say(self.message, "")

    def problems(self) -> dict[str, str]:
        return {**missing(self.state, self.step, self.wiz.types), **self.check()}

    def show_problems(self, problems: Mapping[str, str]) -> None:
        self.clear_errors()
        first = None
        for name, text in problems.items():
            if self.errors is not None and name in self.errors.fields:
                self.errors.field(name, text)
                first = first or self.errors.fields[name]
            self.wiz.record_message(self.step, text, "error")
        outside = [
            t for n, t in problems.items() if self.errors is None or n not in self.errors.fields
        ]
        self.wiz.say(
            self.message,
            translated(Joined(*outside)) or self.tr("Correct the marked fields."),
            "error",
            record=False,
        )
        if first is not None:
            first.setFocus()

    def validatePage(self) -> bool:
        if self.wiz.restoring:
            return True
        problems = self.problems()
        if problems:
            self.show_problems(problems)
            return False
        self.clear_errors()
        self.wiz.record_changes(self.step)
        return True

    def nextId(self) -> int:
        return self.wiz.next_id(self.step)
