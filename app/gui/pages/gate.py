"""A page that needs an account: shows a short sign-in invitation while signed out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui.context import AppContext
from app.gui.lifetime import follow
from app.gui.theme import set_role


class AccountGate(QStackedWidget):
    """Index 0: the invitation; index 1: the page itself."""

    sign_in_requested = Signal()
    register_requested = Signal()

    def __init__(self, ctx: AppContext, page: QWidget, title: str, text: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.page = page
        panel = QWidget()
        layout = QVBoxLayout(panel)
        heading = QLabel(title)
        set_role(heading, "title")
        body = QLabel(text)
        body.setWordWrap(True)
        buttons = QHBoxLayout()
        self.sign_in_button = QPushButton(QIcon(":/icons/signin.svg"), self.tr("&Sign in…"))
        self.register_button = QPushButton(
            QIcon(":/icons/register.svg"), self.tr("&Create an account…")
        )
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self.register_button.clicked.connect(self.register_requested)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.register_button)
        buttons.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.addWidget(panel)
        self.addWidget(page)
        follow(ctx.session.signed_in_changed, self._update)
        self._update(ctx.session.signed_in)

    def first_control(self) -> QWidget:
        """Where the keyboard goes when the page is opened."""
        if self.currentIndex() == 1:
            return self.page.first_control()  # type: ignore[attr-defined]
        return self.sign_in_button

    def _update(self, signed_in: bool) -> None:
        self.setCurrentIndex(1 if signed_in else 0)
