"""Replay steps (H3): the customer's wizard run from the stored trail — the timeline of
every moment with its time on the left, the customer's own wizard on the right, read-only,
at the step and with the values of that moment (secrets masked) and the messages shown
then, with Back, Step and Play."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.staff.replay import Moment, build
from app.core.wizard.fields import label
from app.gui.context import AppContext
from app.gui.staff.replay_wizard import ReplayWizard
from app.gui.theme import set_role
from app.gui.translation import translated

PLAY_MS = 800


class ReplayWindow(QWidget):
    def __init__(self, ctx: AppContext, detail: dict[str, Any]) -> None:
        super().__init__()
        self.replay = build(detail.get("trail"))
        self.setWindowTitle(self.tr("Replay of request %s") % detail.get("number", ""))
        self.resize(1240, 760)
        layout = QVBoxLayout(self)
        about = QLabel(
            self.tr("Client %s, language %s — read-only")
            % (
                " ".join(filter(None, (self.replay.client_version, self.replay.client_build)))
                or "?",
                self.replay.language or "?",
            )
        )
        layout.addWidget(about)
        self.gaps_label = QLabel("\n".join(translated(gap) for gap in self.replay.gaps))
        self.gaps_label.setWordWrap(True)
        set_role(self.gaps_label, "warning")
        self.gaps_label.setVisible(bool(self.replay.gaps))
        layout.addWidget(self.gaps_label)
        split = QSplitter()
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setWordWrap(True)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split.addWidget(self.timeline)
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        owner = detail.get("owner") or {}
        self.wizard = ReplayWizard(ctx, str(owner.get("name") or owner.get("email") or ""))
        self.wizard.setAccessibleName(self.tr("The customer's wizard, read-only"))
        panel_layout.addWidget(self.wizard, 1)
        for moment in self.replay.moments:
            self.timeline.addItem(f"{moment.at:7.1f} s   {self._named(moment)}")
        self.messages_label = QLabel()
        self.messages_label.setWordWrap(True)
        self.messages_label.setAccessibleName(self.tr("Messages shown on this step"))
        panel_layout.addWidget(self.messages_label)
        split.addWidget(panel)
        split.setStretchFactor(1, 1)
        split.setSizes([380, 860])
        layout.addWidget(split, 1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("◀ &Back"))
        self.play_button = QPushButton(self.tr("▶ &Play"))
        self.step_button = QPushButton(self.tr("&Step ▶"))
        for button in (self.back_button, self.play_button, self.step_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_MS)
        self.timer.timeout.connect(self._tick)
        self.back_button.clicked.connect(lambda: self.go(self.position - 1))
        self.step_button.clicked.connect(lambda: self.go(self.position + 1))
        self.play_button.clicked.connect(self.toggle_play)
        self.timeline.currentRowChanged.connect(self._show)
        if self.replay.moments:
            self.timeline.setCurrentRow(0)
        else:
            for button in (self.back_button, self.play_button, self.step_button):
                button.setEnabled(False)

    def _named(self, moment: Moment) -> str:
        """A type, product or country by its name, as the customer saw it, where the catalog
        has it."""
        if moment.field == "request_type" and moment.value:
            name = self.wizard.type_title(str(moment.value))
        elif moment.field == "product_id" and isinstance(moment.value, int):
            name = self.wizard.product_name(moment.value)
        elif moment.field == "country" and moment.value:
            name = self.wizard.country_name(str(moment.value))
        else:
            return translated(moment.text)
        return f"{translated(label(moment.field))} = {name}" if name else translated(moment.text)

    @property
    def position(self) -> int:
        return self.timeline.currentRow()

    def go(self, index: int) -> None:
        if 0 <= index < len(self.replay.moments):
            self.timeline.setCurrentRow(index)

    def toggle_play(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.play_button.setText(self.tr("▶ &Play"))
        else:
            self.timer.start()
            self.play_button.setText(self.tr("❚❚ &Pause"))

    def _tick(self) -> None:
        if self.position + 1 >= len(self.replay.moments):
            self.toggle_play()
        else:
            self.go(self.position + 1)

    def _show(self, index: int) -> None:
        if index < 0:
            return
        frame = self.replay.frame(index)
        self.wizard.show_moment(self.replay.state(index), frame.messages)
        self.messages_label.setText(
            "\n".join(
                (self.tr("Error: %s") if level == "error" else self.tr("Shown: %s")) % text
                for level, text in frame.messages
            )
        )
        self.messages_label.setVisible(bool(frame.messages))
        self.back_button.setEnabled(index > 0)
        self.step_button.setEnabled(index + 1 < len(self.replay.moments))
