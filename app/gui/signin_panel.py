"""The sign-in form (A3, A7) that the sign-in dialog and the wizard's step 2 both embed.

It renders ``app.core.signin_flow``: every click and every answer of the service is an event
for the machine, and the panel shows the state it returns — the credentials or the
second-factor page, errors at their field, the lock-out counting down. The owner supplies
the button that submits (the dialog's Sign in, the wizard's Next) and follows ``changed``.
"""

from __future__ import annotations

import time
from functools import partial

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core import signin_flow as flow
from app.core.signin_flow import Notice, Stage
from app.gui.context import AppContext
from app.gui.feedback import FormErrors, message_for, set_busy, show_message
from app.gui.formatting import countdown
from app.gui.forms.ui_signin_panel import Ui_SignInPanel
from app.gui.lifetime import follow


class SignInPanel(QWidget):
    signed_in = Signal(str)  # the login, once the application knows it is signed in
    changed = Signal()  # stage, busy or lock-out changed: the owner's button follows
    said = Signal(str, str)  # (text, level) of each message shown, for the wizard's trail
    forgot_requested = Signal()
    register_requested = Signal()
    activate_requested = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        login: str = "",
        offer_activation: bool = True,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_SignInPanel()
        ui.setupUi(self)
        self.errors = FormErrors(
            ui.messageLabel,
            {"login": ui.loginEdit, "password": ui.passwordEdit, "code": ui.codeEdit},
            ctx.feedback,
        )
        self.state = flow.SignInState()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._ticked)
        ui.activateButton.setVisible(offer_activation)
        ui.loginEdit.setText(login or ctx.settings.last_login)
        ui.rememberCheck.setChecked(ctx.settings.remember_me)
        ui.sendCodeButton.clicked.connect(self.send_code)
        ui.otherAccountButton.clicked.connect(self.start_over)
        ui.forgotButton.clicked.connect(self._forgot)
        ui.registerButton.clicked.connect(self._register)
        ui.activateButton.clicked.connect(self._activate)
        follow(ctx.session.signed_in_changed, self._signed_in_changed)
        self.show_keyring_state()
        self._render()

    # -- what the owner asks ----------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.state.busy

    @property
    def locked_until(self) -> float:
        """Monotonic time the lock-out ends (0 when there is none)."""
        return self.state.locked_until

    @property
    def locked(self) -> bool:
        return self.state.locked(time.monotonic())

    @property
    def can_submit(self) -> bool:
        return not self.busy and not self.locked and self.state.stage is not Stage.SIGNED_IN

    @property
    def lock_text(self) -> str:
        return self.ui.messageLabel.text() if self.locked_until else ""

    def first_field(self) -> QWidget:
        ui = self.ui
        if self.state.stage is Stage.SECOND_FACTOR:
            return ui.codeEdit
        return ui.passwordEdit if ui.loginEdit.text() else ui.loginEdit

    def submit(self) -> None:
        """Sign in, or confirm the code on the second-factor page."""
        ui = self.ui
        remember = ui.rememberCheck.isChecked() and ui.rememberCheck.isEnabled()
        self._advance(
            flow.Submit(ui.loginEdit.text(), ui.passwordEdit.text(), remember, ui.codeEdit.text())
        )

    def send_code(self) -> None:
        self._advance(flow.SendCode())

    def start_over(self) -> None:
        self._advance(flow.StartOver())

    def show_keyring_state(self) -> None:
        """Remember me needs a keyring; without one the box is off and says why."""
        available = self.ctx.session.keyring_available
        check, label = self.ui.rememberCheck, self.ui.rememberNoteLabel
        note = ""
        if available is False:
            note = self.tr("No keyring on this computer: the sign-in is not kept.")
            check.setChecked(False)
        check.setEnabled(available is not False)
        label.setText(note)
        label.setWordWrap(False)  # one short line: a wrapped label in a form row gets clipped
        label.setToolTip(
            self.tr(
                "Remember me keeps your sign-in in the system keyring (password store). This "
                "computer has none, so you will sign in again next time; nothing is saved in "
                "a file."
            )
            if note
            else ""
        )
        label.setVisible(bool(note))

    def showEvent(self, event: QShowEvent) -> None:
        self.show_keyring_state()  # the keyring is checked on a worker after start-up
        super().showEvent(event)

    # -- the machine ------------------------------------------------------------------------

    def _advance(self, event: flow.Event) -> None:
        before = self.state
        self.state, effects = flow.advance(before, event, time.monotonic())
        if self.state is not before:
            self._render(before)
        for effect in effects:
            if isinstance(effect, flow.SignedIn):
                self._signed_in(effect)
            else:
                self.ctx.connection.call(
                    partial(flow.outcome, call=effect),
                    on_done=self._advance,
                    on_error=self._failed,
                    owner=self,
                    name="sign in",
                )

    def _failed(self, error: BaseException) -> None:
        """Not a refusal of the service (``outcome`` returns those): a bug, reported by the
        task runner; the form says so briefly and is usable again."""
        self._advance(flow.Refused("unexpected", message_for(error)))

    def _ticked(self) -> None:
        self._advance(flow.Tick())
        if self.locked_until:
            self._show_lock()

    def _signed_in(self, effect: flow.SignedIn) -> None:
        self.ui.passwordEdit.clear()
        self.ui.codeEdit.clear()
        self.said.emit(self.tr("Signed in."), "info")
        self.ctx.session.signed_in_now(remember=effect.remember, login=effect.login)
        self.signed_in.emit(effect.login)

    def _signed_in_changed(self, signed_in: bool) -> None:
        if not signed_in and self.state.stage is Stage.SIGNED_IN:
            self.state = flow.SignInState()  # signed out meanwhile: ready for the next one
            self._render()

    # -- showing the state ------------------------------------------------------------------

    def _render(self, before: flow.SignInState | None = None) -> None:
        ui, state = self.ui, self.state
        stage_changed = before is None or before.stage is not state.stage
        if stage_changed:
            self._show_page(
                ui.secondFactorPage if state.stage is Stage.SECOND_FACTOR else ui.credentialsPage
            )
        ui.sendCodeButton.setVisible(state.method == "email")
        set_busy(ui.busyBar, state.busy, ui.loginEdit, ui.passwordEdit, ui.codeEdit)
        if before is None or (before.notice, before.text, before.field_errors) != (
            state.notice,
            state.text,
            state.field_errors,
        ):
            self._show_notice()
        if state.locked_until:
            if not self._tick.isActive():
                self._tick.start()
        else:
            self._tick.stop()
        self._focus()
        self.changed.emit()

    def _show_page(self, page: QWidget) -> None:
        """Only the page shown takes room: the panel is as tall as its current page."""
        pages = self.ui.pages
        for index in range(pages.count()):
            other = pages.widget(index)
            if other is None:
                continue
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
            other.updateGeometry()
        pages.setCurrentWidget(page)
        pages.updateGeometry()
        self.updateGeometry()

    def _show_notice(self) -> None:
        ui, state = self.ui, self.state
        self.errors.clear()
        for name, text in state.field_errors.items():
            if name in self.errors.fields:
                self.errors.field(name, text or self._enter(name))
                self.said.emit(text or self._enter(name), "error")
        notice, text = state.notice, state.text
        if notice is Notice.ASK_CODE:
            ui.secondFactorLabel.setText(
                text
                or (
                    self.tr("Enter the 6-digit code from your authenticator app.")
                    if state.method == "totp"
                    else self.tr("Enter the 6-digit code we sent to your e-mail.")
                )
            )
        elif notice is Notice.LOCKED:
            self.said.emit(text or self._lock_reason(), "error")
            self._show_lock()
        elif notice is Notice.UNLOCKED:
            show_message(ui.messageLabel, self.tr("You can try again now."), "hint")
        elif notice is Notice.CODE_SENT:
            show_message(
                ui.messageLabel, self.tr("A new code is on its way to your e-mail."), "success"
            )
        elif notice is Notice.UNREACHABLE:
            self._say(text)
            self.ctx.feedback.connection_problem.emit(text)
            if self.ctx.connection.reachable:
                self.ctx.connection.check_health()
        elif notice in (Notice.STARTED_OVER, Notice.NOT_ACTIVATED, Notice.REFUSED):
            self._say(text)
        elif notice is Notice.INVALID and len(state.field_errors) > 1:
            self._say(self.tr("Correct the marked fields."))

    def _say(self, text: str) -> None:
        show_message(self.ui.messageLabel, text)
        if text:
            self.said.emit(text, "error")

    def _enter(self, name: str) -> str:
        return {
            "login": self.tr("Enter your e-mail address or Customer ID."),
            "password": self.tr("Enter your password."),
            "code": self.tr("Enter the 6-digit code."),
        }.get(name, "")

    def _lock_reason(self) -> str:
        if self.state.lock_code == "too_many_attempts":
            return self.tr("Too many sign-in attempts from this computer.")
        return self.tr("Too many failed sign-ins to this account.")

    def _show_lock(self) -> None:
        left = self.state.seconds_left(time.monotonic())
        show_message(
            self.ui.messageLabel,
            self.tr(
                "{reason} Sign-in is locked for a while, to protect the account: you can try "
                "again in {time}."
            ).format(reason=self._lock_reason(), time=countdown(max(1, left))),
        )

    def _focus(self) -> None:
        """Where the machine wants the keyboard, once the busy fields are enabled again."""
        ui, state = self.ui, self.state
        if state.busy:
            return
        if state.notice is Notice.NOT_ACTIVATED and ui.activateButton.isVisible():
            ui.activateButton.setFocus()
            return
        widget = {"login": ui.loginEdit, "password": ui.passwordEdit, "code": ui.codeEdit}.get(
            state.focus
        )
        if widget is None:
            return
        if state.notice is Notice.STARTED_OVER:
            ui.passwordEdit.clear()
        elif state.notice is Notice.ASK_CODE:
            ui.codeEdit.clear()
        widget.setFocus()
        widget.selectAll()

    # -- links ------------------------------------------------------------------------------

    def _forgot(self) -> None:
        self.forgot_requested.emit()

    def _register(self) -> None:
        self.register_requested.emit()

    def _activate(self) -> None:
        self.activate_requested.emit()
