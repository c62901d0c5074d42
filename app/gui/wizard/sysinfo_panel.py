"""Step 4's GetSystemInfo panel: generate a report in the background (progress, cancel),
look at it in the collector's viewer, attach it — or attach a report saved earlier.

The report is written as a zip under the data folder; the pseudonym map stays next to it on
this computer (the viewer shows the originals from it) and is never sent. The zip goes up
as an attachment with purpose "sysinfo", like any other file.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import paths
from app.core.wizard.state import SysinfoRef
from app.gui.context import AppContext
from app.gui.feedback import message_for
from app.gui.theme import set_role
from app.gui.wizard.attachments import describe
from app.gui.wizard.transfers import TransferManager


def summarize(report: Any) -> str:
    """``15 sections: 13 complete, 2 partial`` — what the review page and the panel say."""
    statuses = [str(s.get("status", "")) for s in report.sections.values()]
    complete = sum(1 for s in statuses if s in ("ok", "skipped"))
    rest: dict[str, int] = {}
    for status in statuses:
        if status not in ("ok", "skipped"):
            word = {
                "needs_admin": QCoreApplication.translate(
                    "SysinfoPanel", "needing administrator rights"
                )
            }.get(status, status)
            rest[word] = rest.get(word, 0) + 1
    complete_text = QCoreApplication.translate("SysinfoPanel", "{count} complete")
    parts = [complete_text.format(count=complete)]
    parts += [f"{n} {word}" for word, n in rest.items()]
    return QCoreApplication.translate("SysinfoPanel", "{count} sections: {parts}").format(
        count=len(statuses), parts=", ".join(parts)
    )


def _generate(cancel: threading.Event, progress: Any) -> tuple[Any, Path] | None:
    """Build and write a report (on a worker); None when cancelled."""
    from app.sysinfo import Cancelled, build_report, write_report

    try:
        report = build_report(progress=progress, cancel=cancel)
    except Cancelled:
        return None
    folder = paths.data_dir() / "reports"
    path = folder / time.strftime("getsysteminfo-%Y%m%d-%H%M%S.zip")
    write_report(report, path)
    return report, path


def _load(path: Path) -> Any:
    from app.core.wizard.transfer import UnusableFile
    from app.sysinfo import ReportFileError, load_report

    try:
        return load_report(path)
    except ReportFileError as exc:
        raise UnusableFile(
            QCoreApplication.translate(
                "SysinfoPanel", "{exc}. Choose a report saved by GetSystemInfo (a .zip)."
            ).format(exc=exc)
        ) from None


class SysinfoPanel(QGroupBox):
    attached = Signal(object)  # SysinfoRef, or None when the report is taken off
    said = Signal(str, str)  # (text, level): a message shown, for the step trail
    _progress = Signal(object)  # app.sysinfo.Progress, from the worker

    def __init__(
        self, ctx: AppContext, transfers: TransferManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("SysinfoPanel", "GetSystemInfo report"), parent)
        self.ctx = ctx
        self.transfers = transfers
        self.ref: SysinfoRef | None = None
        self.report: Any = None
        self.viewer: Any = None
        self._cancel: threading.Event | None = None
        self.opening = False  # a saved report is read for the viewer
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A report about this computer (system, hardware, programs, recent errors) that "
                "the experts need for most requests. Names, addresses and serial numbers in it "
                "are replaced by pseudonyms; look at it before you send it."
            )
        )
        intro.setWordWrap(True)
        set_role(intro, "hint")
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.generate_button = QPushButton(self.tr("&Generate a report"))
        self.cancel_button = QPushButton(self.tr("Cancel &generating"))
        self.saved_button = QPushButton(self.tr("Attach a &saved report…"))
        self.view_button = QPushButton(self.tr("Vie&w the report…"))
        self.remove_button = QPushButton(self.tr("&Don't attach it"))
        for button in (
            self.generate_button,
            self.cancel_button,
            self.saved_button,
            self.view_button,
            self.remove_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Report progress"))
        layout.addWidget(self.bar)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Report status"))
        layout.addWidget(self.status)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button.clicked.connect(self.cancel)
        self.saved_button.clicked.connect(self.choose_saved)
        self.view_button.clicked.connect(self.view)
        self.remove_button.clicked.connect(lambda: self.attached.emit(None))
        self._progress.connect(self._on_progress)
        transfers.changed.connect(self._transfer_changed)
        self.show_ref(None)

    @property
    def generating(self) -> bool:
        return self._cancel is not None

    # -- showing ----------------------------------------------------------------------------

    def show_ref(self, ref: SysinfoRef | None) -> None:
        if ref is None or self.ref is None or ref.path != self.ref.path:
            self.report = None if ref is None or not ref.generated else self.report
        self.ref = ref
        self._update()

    def _update(self) -> None:
        busy = self.generating
        # The button that had the focus may be about to hide; its counterpart takes it,
        # or Qt would hand it to the wizard's next button (Enter would then go "< Back").
        focused = self.generate_button.hasFocus() or self.cancel_button.hasFocus()
        shown, hidden = (
            (self.cancel_button, self.generate_button)
            if busy
            else (self.generate_button, self.cancel_button)
        )
        shown.setVisible(True)
        self.view_button.setEnabled(self.ref is not None and not busy and not self.opening)
        if focused:
            # a report just made: the next thing to do with it is to look at it
            after = self.view_button if not busy and self.view_button.isEnabled() else shown
            after.setFocus(Qt.FocusReason.OtherFocusReason)
        hidden.setVisible(False)
        self.bar.setVisible(busy)
        self.saved_button.setEnabled(not busy)
        self.remove_button.setEnabled(self.ref is not None and not busy)
        self.generate_button.setText(
            self.tr("&Generate a new report")
            if self.ref is not None
            else self.tr("&Generate a report")
        )
        if busy:
            self._say(self.tr("Collecting the report; it takes a few seconds."), "hint")
            return
        if self.ref is None:
            self._say(self.tr("No report attached."), "hint")
            return
        if self.opening:
            self._say(self.tr("Opening {name} in the viewer…").format(name=self.ref.name), "hint")
            return
        from app.core.wizard.transfer import human_size

        ref = self.ref
        origin = self.tr("made now") if ref.generated else self.tr("saved earlier")
        upload = describe(self.transfers.get(ref), human_size)
        summary = f" — {ref.summary}" if ref.summary else ""
        self._say(
            self.tr("Attached: {name} ({origin}, {size}){summary}. {upload}.").format(
                name=ref.name,
                origin=origin,
                size=human_size(ref.size),
                summary=summary,
                upload=upload,
            ),
            "success" if ref.done else "",
        )

    def _say(self, text: str, role: str = "") -> None:
        self.status.setText(text)
        set_role(self.status, role)
        self.status.setAccessibleDescription(text)

    def _transfer_changed(self, key: str) -> None:
        if self.ref is not None and key == self.transfers.key(self.ref):
            self._update()

    # -- generating -------------------------------------------------------------------------

    def generate(self) -> None:
        if self.generating:
            return
        self._cancel = cancel = threading.Event()
        from app.sysinfo import SECTIONS

        self.bar.setRange(0, len(SECTIONS))
        self.bar.setValue(0)
        self.bar.setFormat(self.tr("Starting…"))
        self._update()
        emit = self._progress.emit
        self.ctx.tasks.run(
            lambda: _generate(cancel, emit),
            on_done=self._generated,
            on_error=self._failed,
            on_finally=self._finished,
            owner=self,
            name="getsysteminfo",
        )

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.bar.setFormat(self.tr("Cancelling…"))

    @Slot(object)
    def _on_progress(self, progress: Any) -> None:
        self.bar.setRange(0, progress.total)
        self.bar.setValue(progress.done)
        self.bar.setFormat(
            self.tr("Collected {title} — {done} of {total}").format(
                title=progress.title, done=progress.done, total=progress.total
            )
        )

    def _generated(self, result: tuple[Any, Path] | None) -> None:
        if result is None:
            self.said.emit(self.tr("Generating the report was cancelled."), "info")
            return
        report, path = result
        self.report = report
        ref = SysinfoRef(
            path=str(path), generated=True, size=path.stat().st_size, summary=summarize(report)
        )
        self.attached.emit(ref)

    def _failed(self, error: BaseException) -> None:
        text = self.tr("The report could not be made: {reason}").format(reason=message_for(error))
        self._say(text, "error")
        self.said.emit(text, "error")

    def _finished(self) -> None:
        self._cancel = None
        self._update()

    # -- a saved report ---------------------------------------------------------------------

    def choose_saved(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a saved GetSystemInfo report"),
            str(paths.data_dir() / "reports"),
            self.tr("GetSystemInfo reports (*.zip *.json);;All files (*)"),
        )
        if name:
            self.attach_saved(Path(name))

    def attach_saved(self, path: Path) -> None:
        """Check that ``path`` is a report (on a worker), then attach it."""
        self._say(self.tr("Reading {name}…").format(name=path.name), "hint")

        def load() -> tuple[Any, int]:
            return _load(path), path.stat().st_size

        def loaded(result: tuple[Any, int]) -> None:
            report, size = result
            self.report = report
            ref = SysinfoRef(path=str(path), generated=False, size=size, summary=summarize(report))
            self.attached.emit(ref)

        def failed(error: BaseException) -> None:
            text = message_for(error)
            self._say(text, "error")
            self.said.emit(text, "error")

        self.ctx.tasks.run(load, on_done=loaded, on_error=failed, owner=self, name="load report")

    # -- viewing ----------------------------------------------------------------------------

    def view(self) -> None:
        """Open the report in the viewer; a saved one is read (unzipped) on a worker first,
        the panel saying so meanwhile."""
        ref = self.ref
        if ref is None or self.opening:
            return
        if self.report is not None:
            self._open_viewer(self.report, Path(ref.path))
            return
        path = Path(ref.path)
        self.opening = True
        self._update()
        self.ctx.tasks.run(
            lambda: _load(path),
            on_done=lambda report: self._viewer_loaded(report, path),
            on_error=self._view_failed,
            owner=self,
            name="load report",
        )

    def _view_failed(self, error: BaseException) -> None:
        self.opening = False
        self._update()
        self._say(message_for(error), "error")

    def _viewer_loaded(self, report: Any, path: Path) -> None:
        self.opening = False
        self._update()
        if self.ref is None or Path(self.ref.path) != path:
            return  # another report was attached meanwhile
        self.report = report
        self._open_viewer(report, path)

    def _open_viewer(self, report: Any, path: Path) -> None:
        from app.gui.sysinfo_viewer import ViewerWindow

        if self.viewer is not None:
            self.viewer.close()
        self.viewer = ViewerWindow(report, path, tasks=self.ctx.tasks)
        self.viewer.setParent(self.window(), self.viewer.windowFlags())
        self.viewer.show()
