"""Drafts in the GUI (W6): saved on every change, off the GUI thread, newest always last;
offered back at the next start — resume or discard.

The state is snapshot on the GUI thread (where it lives) and written atomically on a
worker. One write at a time: changes made meanwhile are written right after it, so an
older snapshot can never overwrite a newer one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton

from app.core import paths
from app.core.drafts import Draft, DraftStore
from app.core.wizard.state import WizardState
from app.core.wizard.trail import StepTrail
from app.gui.formatting import stamp_text
from app.gui.tasks import TaskRunner

SAVE_DELAY_MS = 250  # typing bursts become one write; a pause of a quarter second saves


def draft_store() -> DraftStore:
    return DraftStore(paths.drafts_dir())


class DraftSaver(QObject):
    def __init__(
        self,
        tasks: TaskRunner,
        snapshot: Callable[[], tuple[WizardState, StepTrail]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.store = draft_store()
        self.snapshot = snapshot
        self.enabled = True
        self._writing = False
        self._again = False
        self._discarded: str | None = None
        self._lock = threading.Lock()  # one write at a time, also against flush()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    def schedule(self) -> None:
        if self.enabled:
            self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        if not self.enabled:
            return
        if self._writing:
            self._again = True
            return
        state, trail = self.snapshot()
        doc = DraftStore.snapshot(state, trail)
        self._writing = True
        store, lock = self.store, self._lock

        def write() -> None:
            with lock:
                store.write(doc)

        self.tasks.run(write, on_finally=self._written, owner=self, name="save draft")

    def flush(self) -> None:
        """Write the newest state now, on this thread (when the wizard closes): waits for a
        write in flight, so nothing older can land after it."""
        self._timer.stop()
        if not self.enabled:
            return
        state, trail = self.snapshot()
        doc = DraftStore.snapshot(state, trail)
        self.enabled = False
        with self._lock:
            self.store.write(doc)

    def _written(self) -> None:
        self._writing = False
        if self._discarded is not None:
            self.store.discard(self._discarded)  # a write that was in flight at discard
        elif self._again:
            self._again = False
            self.save_now()

    def discard(self, draft_id: str) -> None:
        """No more drafts of this wizard (sent, queued, or thrown away)."""
        self.enabled = False
        self._timer.stop()
        self._discarded = draft_id
        self.store.discard(draft_id)


def describe_draft(draft: Draft, type_title: Callable[[str], str]) -> str:
    state = draft.state
    kind = type_title(state.request_type) or QCoreApplication.translate(
        "DraftsUi", "support request"
    )
    saved = stamp_text(draft.saved_at) if draft.saved_at else ""
    words = QCoreApplication.translate("DraftsUi", "“{kind}”, step {step} of 5").format(
        kind=kind, step=int(state.step)
    )
    if state.description.strip():
        first = state.description.strip().splitlines()[0]
        words += f": {first[:60]}{'…' if len(first) > 60 else ''}"
    return words + (
        QCoreApplication.translate("DraftsUi", " (saved {saved})").format(saved=saved)
        if saved
        else ""
    )


class DraftOffer(QFrame):
    """At start: "You did not finish a support request … Resume / Discard"."""

    resume = Signal(object)  # Draft
    discard = Signal(object)  # Draft

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setProperty("level", "info")
        self.draft: Draft | None = None
        self._offered: tuple[list[Draft], Callable[[str], str]] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        icon = QLabel()
        icon.setPixmap(QIcon(":/icons/support.svg").pixmap(QSize(20, 20)))
        icon.setFixedSize(20, 20)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.resume_button = QPushButton()
        self.discard_button = QPushButton()
        self.hide_button = QToolButton()
        self.hide_button.setText("✕")
        self.retranslate()
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.discard_button)
        layout.addWidget(self.hide_button)
        self.resume_button.clicked.connect(lambda: self._act(self.resume))
        self.discard_button.clicked.connect(lambda: self._act(self.discard))
        self.hide_button.clicked.connect(self.hide)
        self.hide()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Unfinished request"))
        self.resume_button.setText(self.tr("Res&ume it"))
        self.discard_button.setText(self.tr("&Discard it"))
        self.hide_button.setToolTip(self.tr("Decide later"))
        self.hide_button.setAccessibleName(self.tr("Decide later"))
        if self._offered is not None and self.isVisible():
            self.offer(*self._offered)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def offer(self, drafts: list[Draft], type_title: Callable[[str], str]) -> None:
        self._offered = (drafts, type_title)
        if not drafts:
            self.draft = None
            self.hide()
            return
        self.draft = drafts[0]
        more = (
            self.tr(" You have {count} more unfinished.").format(count=len(drafts) - 1)
            if len(drafts) > 1
            else ""
        )
        text = self.tr(
            "You did not finish a support request: {draft}.{more} Resume it, or discard it?"
        ).format(draft=describe_draft(self.draft, type_title), more=more)
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def _act(self, signal: Any) -> None:
        draft, self.draft = self.draft, None
        self.hide()
        if draft is not None:
            signal.emit(draft)
