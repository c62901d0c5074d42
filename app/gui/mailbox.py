"""The Local mailbox: the ``.eml`` files the embedded service writes into ``DATA/mail``,
so a newcomer can register and activate with no mail server.

Links of our own service (``/activate``, ``/reset``, ``/confirm-email``) open the matching
dialog here, prefilled; other links open in the browser. Codes can be copied, and an
attachment (the key file's zip) saved.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHeaderView, QPushButton, QTreeWidgetItem, QWidget

from app.core.mail_files import Mail, action_of, attachment, body_html, read_mails
from app.gui.context import AppContext
from app.gui.feedback import message_for
from app.gui.formatting import date_time
from app.gui.forms.ui_mailbox import Ui_MailboxWindow
from app.gui.translation import plural


class MailboxWindow(QWidget):
    """A window of its own (not modal): the mails, one shown at a time."""

    link_action = Signal(str, str)  # (activate | reset | confirm-email, token)

    def __init__(self, ctx: AppContext, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.ctx = ctx
        self.folder = folder
        self.ui = ui = Ui_MailboxWindow()
        ui.setupUi(self)
        self.mails: list[Mail] = []
        self._loading = False
        folder.mkdir(parents=True, exist_ok=True)
        ui.folderLabel.setText(self.tr("Folder: {folder}").format(folder=folder))
        header = ui.mailList.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.mainLayout.setStretch(ui.mainLayout.indexOf(ui.splitter), 1)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        # Stretch factors share only the room left over: start at 2:3 outright, so the list
        # shows whole addresses instead of a clipped column.
        ui.splitter.setSizes([400, 600])
        ui.mailList.currentItemChanged.connect(self._show_current)
        ui.bodyView.anchorClicked.connect(self.open_link)
        ui.copyCodeButton.clicked.connect(self.copy_code)
        ui.useLinkButton.clicked.connect(self.use_link)
        # The key file's zip ("Get key by e-mail", K4/A2) is saved where the user picks.
        self.save_attachment_button = QPushButton(self.tr("&Save the attachment…"))
        self.save_attachment_button.setAccessibleName(self.tr("Save the mail's attachment"))
        ui.codeRow.insertWidget(
            ui.codeRow.indexOf(ui.useLinkButton) + 1, self.save_attachment_button
        )
        self.save_attachment_button.clicked.connect(self.choose_attachment_target)
        ui.refreshButton.clicked.connect(self.reload)
        ui.closeButton.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.reload)
        self.watcher = QFileSystemWatcher([str(folder)], self)
        self.watcher.directoryChanged.connect(lambda _: self._debounce.start())
        self._show_mail(None)
        self.reload()

    def reload(self) -> None:
        if self._loading:
            self._debounce.start()
            return
        self._loading = True
        folder = self.folder
        self.ctx.tasks.run(
            lambda: read_mails(folder),
            on_done=self._fill,
            on_error=lambda e: self.ui.headerLabel.setText(escape(message_for(e))),
            on_finally=self._loaded,
            owner=self,
            name="local mailbox",
        )

    def _loaded(self) -> None:
        self._loading = False

    def _fill(self, mails: list[Mail]) -> None:
        current = self.current()
        keep = current.path if current else None
        self.mails = mails
        tree = self.ui.mailList
        tree.blockSignals(True)
        tree.clear()
        select = None
        for mail in mails:
            when = datetime.fromtimestamp(mail.received, UTC).isoformat()
            item = QTreeWidgetItem([date_time(when), mail.to, mail.subject])
            item.setData(0, Qt.ItemDataRole.UserRole, str(mail.path))
            tree.addTopLevelItem(item)
            if keep is not None and mail.path == keep:
                select = item
        tree.blockSignals(False)
        if select is None and tree.topLevelItemCount():
            select = tree.topLevelItem(0)
        if select is not None:
            tree.setCurrentItem(select)
        else:
            self._show_mail(None)
        self.setWindowTitle(
            self.tr("Local mailbox — {mails}").format(
                mails=plural(self.tr("%n mail(s)", "", len(mails)), len(mails))
            )
        )

    def current(self) -> Mail | None:
        item = self.ui.mailList.currentItem()
        if item is None:
            return None
        path = item.data(0, Qt.ItemDataRole.UserRole)
        return next((m for m in self.mails if str(m.path) == path), None)

    def _show_current(self) -> None:
        self._show_mail(self.current())

    def _show_mail(self, mail: Mail | None) -> None:
        ui = self.ui
        if mail is None:
            ui.headerLabel.setText(
                self.tr(
                    "<b>No mail yet.</b> Mails the local service sends (activation, password "
                    "reset, confirmations) appear here as soon as they are sent."
                )
            )
            ui.bodyView.clear()
            ui.codeLabel.setText("")
            ui.copyCodeButton.setEnabled(False)
            ui.useLinkButton.setEnabled(False)
            self.save_attachment_button.setVisible(False)
            return
        ui.headerLabel.setText(
            self.tr("<b>{subject}</b><br>To: {to}").format(
                subject=escape(mail.subject), to=escape(mail.to)
            )
        )
        ui.bodyView.setHtml(body_html(mail))
        code = mail.codes[0] if mail.codes else ""
        # A long code (activation links carry 43 characters) would set the pane's minimum
        # width and squeeze the list; it is whole in the mail and in "Copy code".
        shown = f"{code[:8]}…{code[-6:]}" if len(code) > 20 else code
        ui.codeLabel.setText(
            self.tr("Code: <b>{shown}</b>").format(shown=escape(shown)) if code else ""
        )
        ui.codeLabel.setToolTip(code)
        ui.copyCodeButton.setEnabled(bool(mail.codes))
        ui.useLinkButton.setEnabled(any(action_of(link) for link in mail.links))
        self.save_attachment_button.setVisible(bool(mail.attachments))
        if mail.attachments:
            self.save_attachment_button.setToolTip(", ".join(mail.attachments))

    def copy_code(self) -> None:
        mail = self.current()
        if mail and mail.codes:
            QGuiApplication.clipboard().setText(mail.codes[0])

    def choose_attachment_target(self) -> None:
        mail = self.current()
        if mail is None or not mail.attachments:
            return
        name = mail.attachments[0]
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the attachment"), str(Path.home() / name), self.tr("All files (*)")
        )
        if path:
            self.save_attachment(Path(path))

    def save_attachment(self, target: Path) -> Path | None:
        """Write the current mail's (first) attachment to ``target``."""
        mail = self.current()
        if mail is None or not mail.attachments:
            return None
        try:
            target.write_bytes(attachment(mail, mail.attachments[0]))
        except (OSError, KeyError) as exc:
            self.ui.codeLabel.setText(
                self.tr("The attachment could not be saved: {exc}").format(exc=exc)
            )
            return None
        self.ui.codeLabel.setText(self.tr("Saved as {name}.").format(name=target.name))
        return target

    def use_link(self) -> None:
        mail = self.current()
        for link in mail.links if mail else []:
            if action_of(link):
                self.open_link(QUrl(link))
                return

    def open_link(self, url: QUrl) -> None:
        action = action_of(url.toString())
        if action is not None:
            self.link_action.emit(*action)
        else:
            QDesktopServices.openUrl(url)
