"""Desktop notifications for new answers and status changes (R4).

Qt's own ``QSystemTrayIcon``: it needs no extra package, and Qt routes ``showMessage`` to
the platform's service (the StatusNotifierItem/freedesktop notifications on Linux, the
Action Center on Windows, Notification Center on macOS), with ``messageClicked`` telling us
the user clicked it, which opens the request. The ``notifications`` setting turns it off.
Where no tray exists (a bare X server, the offscreen platform) nothing pops up, and the
notification is still emitted as ``shown`` for the window to reflect.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from app.gui.context import AppContext

SHOW_MS = 10_000


class Notifier(QObject):
    shown = Signal(int, str, str)  # request id, title, text
    open_requested = Signal(int)
    page_requested = Signal(str)  # a notification about a page (license reminders: "licenses")

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tray: QSystemTrayIcon | None = None
        self.last_request_id = 0
        self.last_page = ""
        self.history: list[tuple[int, str, str]] = []

    def notify(self, request_id: int, title: str, text: str, *, page: str = "") -> bool:
        """Tell the user; False when the ``notifications`` setting is off. A click opens the
        request, or ``page`` for a notification that is about no request (id 0)."""
        if not self.ctx.settings.notifications:
            return False
        self.last_request_id = request_id
        self.last_page = page
        self.history = [*self.history[-49:], (request_id, title, text)]
        tray = self._tray()
        if tray is not None:
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, SHOW_MS)
        self.shown.emit(request_id, title, text)
        return True

    def _tray(self) -> QSystemTrayIcon | None:
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QIcon(":/icons/app-icon.svg"), self)
            self.tray.setToolTip(self.tr("Personal Cabinet"))
            self.tray.messageClicked.connect(self._clicked)
            self.tray.activated.connect(self._activated)
            self.tray.show()
        return self.tray

    @Slot()
    def _clicked(self) -> None:
        if self.last_request_id:
            self.open_requested.emit(self.last_request_id)
        elif self.last_page:
            self.page_requested.emit(self.last_page)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._clicked()

    def hide(self) -> None:
        if self.tray is not None:
            self.tray.hide()
