"""Replay steps (H3): the customer's wizard run from the stored trail, read-only — the
timeline of every moment with its time on the left, the wizard's step as it was then on
the right (values as typed, secrets masked, messages shown), with Back, Step and Play."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.staff.replay import build
from app.gui.theme import set_role

PLAY_MS = 800


class ReplayWindow(QWidget):
    def __init__(self, detail: dict[str, Any]) -> None:
        super().__init__()
        self.replay = build(detail.get("trail"))
        self.setWindowTitle(self.tr("Replay of request %s") % detail.get("number", ""))
        self.resize(960, 600)
        layout = QVBoxLayout(self)
        about = QLabel(
            self.tr("Client %s, language %s — read-only")
            % (self.replay.client_version or "?", self.replay.language or "?")
        )
        layout.addWidget(about)
        self.gaps_label = QLabel("\n".join(self.replay.gaps))
        self.gaps_label.setWordWrap(True)
        set_role(self.gaps_label, "warning")
        self.gaps_label.setVisible(bool(self.replay.gaps))
        layout.addWidget(self.gaps_label)
        split = QSplitter()
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Timeline"))
        for moment in self.replay.moments:
            self.timeline.addItem(f"{moment.at:7.1f} s   {moment.text}")
        split.addWidget(self.timeline)
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        self.step_title = QLabel()
        set_role(self.step_title, "title")
        panel_layout.addWidget(self.step_title)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        panel_layout.addWidget(self.form_host)
        self.messages_label = QLabel()
        self.messages_label.setWordWrap(True)
        panel_layout.addWidget(self.messages_label)
        panel_layout.addStretch(1)
        split.addWidget(panel)
        split.setSizes([420, 540])
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
        self.step_title.setText(self.tr("Step %d: %s") % (frame.step, frame.title))
        while self.form.rowCount():
            self.form.removeRow(0)
        for name, value in frame.values.items():
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(name + ":", field)
        self.messages_label.setText(
            "\n".join(f"[{level}] {text}" for level, text in frame.messages)
        )
        self.back_button.setEnabled(index > 0)
        self.step_button.setEnabled(index + 1 < len(self.replay.moments))
