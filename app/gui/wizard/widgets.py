"""Small widgets the wizard's pages share: the list of steps beside the pages, and the
captcha picture with its answer field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.text import QT_TRANSLATE_NOOP
from app.core.wizard.state import Step
from app.gui.context import AppContext
from app.gui.feedback import message_for
from app.gui.theme import set_role
from app.gui.translation import translated

STEP_TITLES = {
    Step.TYPE: QT_TRANSLATE_NOOP("StepList", "Request type"),
    Step.ACCOUNT: QT_TRANSLATE_NOOP("StepList", "Your account"),
    Step.DETAILS: QT_TRANSLATE_NOOP("StepList", "Your request"),
    Step.SYSTEM: QT_TRANSLATE_NOOP("StepList", "Your computer"),
    Step.REVIEW: QT_TRANSLATE_NOOP("StepList", "Review and send"),
}


class StepList(QFrame):
    """Beside the pages: the five steps, the current one marked, those done ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setAccessibleName(self.tr("Steps"))
        self.setMinimumWidth(170)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 12, 8)
        layout.setSpacing(10)
        self.labels: dict[Step, QLabel] = {}
        for step in Step:
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.RichText)
            self.labels[step] = label
            layout.addWidget(label)
        layout.addStretch(1)
        self.show_step(Step.TYPE)
        # As wide as the longest step in bold (the current one is), in this language: the
        # wizard's layout would otherwise squeeze it and cut the longer titles off.
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max(
            metrics.horizontalAdvance(f"▸    {int(step)}. {translated(STEP_TITLES[step])}")
            for step in Step
        )
        margins = layout.contentsMargins()
        self.setMinimumWidth(max(170, widest + margins.left() + margins.right() + 8))

    def show_step(self, current: int, *, finished: bool = False) -> None:
        for step, label in self.labels.items():
            title = translated(STEP_TITLES[step])
            if finished or step < current:
                text, role = f"✓&nbsp;&nbsp;{step}. {title}", "hint"
            elif step == current:
                text, role = f"▸&nbsp;&nbsp;<b>{step}. {title}</b>", ""
            else:
                text, role = f"&nbsp;&nbsp;&nbsp;&nbsp;{step}. {title}", "hint"
            label.setText(text)
            set_role(label, role)
        self.setAccessibleDescription(
            self.tr("All steps done")
            if finished
            else self.tr("Step {current} of 5: {title}").format(
                current=current, title=translated(STEP_TITLES[Step(current)])
            )
        )


class CaptchaBox(QWidget):
    """The picture and its answer; a new picture on request or after a refusal. The answer
    is a secret of the wizard's state: it never reaches a draft or the trail."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.captcha_id = ""
        self.failed: Callable[[str], None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.image = QLabel(self.tr("Loading the picture…"))
        self.image.setAccessibleName(self.tr("Captcha picture"))
        self.image.setMinimumSize(200, 70)
        self.image.setFrameShape(QFrame.Shape.StyledPanel)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.refresh = QPushButton(self.tr("New &picture"))
        self.refresh.setAccessibleName(self.tr("Show a new captcha picture"))
        row.addWidget(self.image)
        row.addWidget(self.refresh, 0, Qt.AlignmentFlag.AlignBottom)
        row.addStretch(1)
        layout.addLayout(row)
        answer_row = QHBoxLayout()
        self.label = QLabel(self.tr("C&haracters in the picture:"))
        self.answer = QLineEdit()
        self.answer.setAccessibleName(self.tr("Characters in the picture"))
        self.answer.setMaxLength(32)
        self.label.setBuddy(self.answer)
        answer_row.addWidget(self.label)
        answer_row.addWidget(self.answer, 1)
        layout.addLayout(answer_row)
        self.refresh.clicked.connect(self.load)
        self.answer.textChanged.connect(lambda _t: self.changed.emit())

    @property
    def text(self) -> str:
        return self.answer.text().strip()

    def load(self) -> None:
        self.captcha_id = ""
        self.image.setPixmap(QPixmap())
        self.image.setText(self.tr("Loading the picture…"))
        self.answer.clear()
        self.changed.emit()
        self.ctx.connection.call(
            lambda c: c.new_captcha(),
            on_done=self._show,
            on_error=self._failed,
            owner=self,
            name="captcha",
        )

    def _show(self, captcha: Any) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(captcha.png, "PNG")
        self.image.setPixmap(pixmap)
        self.image.setMinimumSize(pixmap.size())
        self.captcha_id = captcha.id
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.image.setText(self.tr("No picture: the service did not answer."))
        if self.failed is not None:
            self.failed(message_for(error))
