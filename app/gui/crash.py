"""Uncaught exceptions: a report saved to the logs folder (``app.core.crash_report`` says
what it holds) and a non-modal dialog that shows it."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from app.core.crash_report import build_report, save_report

log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    def __init__(self, report: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.gui.forms.ui_crash import Ui_CrashDialog  # only when something went wrong

        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        self.path = path
        self.ui.pathLabel.setText(str(path))
        self.ui.detailsEdit.setPlainText(report)
        self.ui.copyButton.clicked.connect(self._copy)
        self.ui.openFolderButton.clicked.connect(lambda: _open_folder(path.parent))

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.ui.detailsEdit.toPlainText())


class CrashHandler:
    """Saves a report for each unexpected exception and shows it, one dialog at a time."""

    def __init__(self, parent: Callable[[], QWidget | None] = lambda: None) -> None:
        self._parent = parent
        self._dialog: CrashDialog | None = None
        self.last_report: Path | None = None

    def handle(self, exc: BaseException) -> None:
        self.hook(type(exc), exc, exc.__traceback__)

    def hook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        report = build_report(exc_type, exc, tb)
        try:
            self.last_report = save_report(report)
        except OSError as err:
            log.error("cannot save the crash report: %s", err)
            self.last_report = Path("(not saved: the logs folder cannot be written)")
        if self._dialog is not None and self._dialog.isVisible():
            return  # one dialog is enough; the report is saved either way
        self._dialog = CrashDialog(report, self.last_report, self._parent())
        self._dialog.show()  # not exec(): the application keeps running

    def install(self) -> None:
        sys.excepthook = self.hook


def _open_folder(folder: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
