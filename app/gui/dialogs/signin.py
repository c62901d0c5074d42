"""Sign in (A3): the shared sign-in panel in a dialog with Cancel and Sign in (Confirm on the
second-factor page). The links to register, recover or activate close it and open theirs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.signin_flow import Stage
from app.gui.context import AppContext
from app.gui.dialogs.base import fit_to_page
from app.gui.signin_panel import SignInPanel
from app.gui.theme import set_role


class SignInDialog(QDialog):
    register_requested = Signal()
    forgot_requested = Signal()
    activate_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, login: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("SignInDialog")
        self.setWindowTitle(self.tr("Sign in"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        set_role(self.title, "title")
        layout.addWidget(self.title)
        self.panel = panel = SignInPanel(ctx, self, login=login)
        layout.addWidget(panel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.sign_in_button = QPushButton()
        self.sign_in_button.setDefault(True)  # Enter in a field signs in
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_in_button)
        layout.addLayout(buttons)
        self.setTabOrder(panel.ui.otherAccountButton, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.sign_in_button)
        self._stage: Stage | None = None
        self.sign_in_button.clicked.connect(panel.submit)
        self.cancel_button.clicked.connect(self.reject)
        panel.changed.connect(self._follow)
        panel.signed_in.connect(self._signed_in)
        panel.register_requested.connect(self._register)
        panel.forgot_requested.connect(self._forgot)
        panel.activate_requested.connect(self._activate)
        self._follow()
        panel.first_field().setFocus()

    @property
    def busy(self) -> bool:
        return self.panel.busy

    def _follow(self) -> None:
        """Title, button and size follow the panel's stage; no second try while locked."""
        ui, stage = self.panel.ui, self.panel.state.stage
        self.sign_in_button.setEnabled(self.panel.can_submit)
        if stage is self._stage:
            return
        self._stage = stage
        second = stage is Stage.SECOND_FACTOR
        self.title.setText(
            self.tr("Confirm it is you") if second else self.tr("Sign in to Personal Cabinet")
        )
        self.sign_in_button.setText(self.tr("&Confirm") if second else self.tr("&Sign in"))
        fit_to_page(self, ui.pages)

    def _signed_in(self, _login: str) -> None:
        self.accept()

    def _register(self) -> None:
        self.reject()
        self.register_requested.emit()

    def _forgot(self) -> None:
        self.reject()
        self.forgot_requested.emit()

    def _activate(self) -> None:
        self.reject()
        self.activate_requested.emit()
