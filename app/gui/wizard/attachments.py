"""Step 3's files: add (button or drop), remove, pause and resume, each with its size and
how its upload stands; problems with a file are said in plain words under the list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.wizard.state import AttachmentRef
from app.gui.wizard.transfers import (
    DONE,
    FAILED,
    OFFLINE,
    PAUSED,
    SENDING,
    WAITING,
    Transfer,
    TransferManager,
)


def describe(transfer: Transfer | None, human_size: Callable[[int], str]) -> str:
    """How a file's upload stands, in words (also used by the review page)."""
    if transfer is None:
        return QCoreApplication.translate("Attachments", "Not sent yet")
    percent = int(transfer.done * 100 / transfer.total) if transfer.total else 0
    if transfer.state == DONE:
        return QCoreApplication.translate("Attachments", "Sent — checksum confirmed by the service")
    if transfer.state == SENDING:
        text = QCoreApplication.translate("Attachments", "Sending… {percent}%").format(
            percent=percent
        )
        if transfer.resumed_from:
            text += QCoreApplication.translate(
                "Attachments", " (went on from {resumed_from})"
            ).format(resumed_from=human_size(transfer.resumed_from))
        return text
    if transfer.state == PAUSED:
        return QCoreApplication.translate(
            "Attachments", "Paused at {percent}% — resume it, or it goes on when you submit"
        ).format(percent=percent)
    if transfer.state == OFFLINE:
        return QCoreApplication.translate(
            "Attachments", "Waiting for the service — sent when it answers, or with the request"
        )
    if transfer.state == FAILED:
        return QCoreApplication.translate("Attachments", "Not sent: {message}").format(
            message=transfer.message
        )
    if transfer.state == WAITING:
        return transfer.message or QCoreApplication.translate("Attachments", "Waiting to be sent")
    return transfer.state


class AttachmentList(QWidget):
    """The file list of step 3. The wizard state's ``attachments`` is the truth; this
    widget shows it and the transfers, and forwards the user's actions."""

    added = Signal(list)  # list[Path]: the user chose these files
    removed = Signal(object)  # AttachmentRef

    def __init__(self, transfers: TransferManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last_folder = ""
        from app.core.wizard.transfer import human_size

        self.human_size = human_size
        self.transfers = transfers
        self.refs: list[AttachmentRef] = []
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Attached files"))
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Upload")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setMinimumHeight(96)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, 300)
        header.setStretchLastSection(False)
        layout.addWidget(self.tree)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.resume_button = QPushButton(self.tr("Res&ume"))
        for button in (self.add_button, self.remove_button, self.pause_button, self.resume_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.checking = QLabel(self.tr("Checking the files…"))
        self.checking.setProperty("role", "hint")
        self.checking.hide()
        layout.addWidget(self.checking)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.hide()
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self._remove)
        self.pause_button.clicked.connect(self._pause)
        self.resume_button.clicked.connect(self._resume)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        transfers.changed.connect(self._transfer_changed)
        self._update_buttons()

    # -- showing ----------------------------------------------------------------------------

    def show_files(self, refs: list[AttachmentRef]) -> None:
        self.refs = refs
        current = self.current()
        self.tree.clear()
        for ref in refs:
            item = QTreeWidgetItem([ref.name, self.human_size(ref.size), ""])
            item.setToolTip(0, ref.path)
            item.setData(0, Qt.ItemDataRole.UserRole, ref.path)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setTextVisible(True)
            bar.setAccessibleName(self.tr("Upload of {name}").format(name=ref.name))
            self.tree.setItemWidget(item, 2, bar)
            self._show_transfer(item, ref)
            if current is not None and current.path == ref.path:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self._update_buttons()

    def _show_transfer(self, item: QTreeWidgetItem, ref: AttachmentRef) -> None:
        bar = self.tree.itemWidget(item, 2)
        transfer = self.transfers.get(ref)
        text = describe(transfer, self.human_size)
        if isinstance(bar, QProgressBar):
            done = transfer.done if transfer else (ref.size if ref.done else ref.uploaded)
            total = (transfer.total if transfer else ref.size) or 1
            bar.setValue(int(done * 1000 / total))
            short = text.split(" — ")[0] if transfer and transfer.state != FAILED else text
            bar.setFormat(short if len(short) < 44 else short[:42] + "…")
            bar.setToolTip(text)
            bar.setAccessibleDescription(text)
        item.setToolTip(2, text)

    def _transfer_changed(self, key: str) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and "file:" + str(item.data(0, Qt.ItemDataRole.UserRole)) == key:
                ref = self.refs[row]
                self._show_transfer(item, ref)
        self._update_buttons()

    def current(self) -> AttachmentRef | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        path = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self.refs if r.path == path), None)

    def _update_buttons(self) -> None:
        ref = self.current()
        transfer = self.transfers.get(ref) if ref is not None else None
        self.remove_button.setEnabled(ref is not None)
        self.pause_button.setEnabled(
            transfer is not None and transfer.state == SENDING and transfer.resumable
        )
        self.resume_button.setEnabled(
            transfer is not None and transfer.state in (PAUSED, OFFLINE, FAILED, WAITING)
        )

    def show_checking(self, busy: bool) -> None:
        """The chosen files are being checked on a worker: say so, and hold Add."""
        self.checking.setVisible(busy)
        self.add_button.setEnabled(not busy)
        self.setAcceptDrops(not busy)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setAccessibleDescription(text)

    # -- actions ----------------------------------------------------------------------------

    def choose(self) -> None:
        # The folder of the last files added, else the home folder (never the process's
        # working folder, which means nothing to the user).
        start = self._last_folder or str(Path.home())
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files to your request"), start
        )
        if names:
            self._last_folder = str(Path(names[0]).parent)
            self.added.emit([Path(n) for n in names])

    def _remove(self) -> None:
        ref = self.current()
        if ref is not None:
            self.removed.emit(ref)

    def _pause(self) -> None:
        ref = self.current()
        if ref is not None:
            self.transfers.pause(ref)

    def _resume(self) -> None:
        ref = self.current()
        if ref is not None:
            self.transfers.start(ref)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.added.emit(paths)
            event.acceptProposedAction()
