"""Change password (A6): the current one, then the new one twice, rules ticked off live."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.core import validators
from app.core.text import Joined
from app.gui.context import AppContext
from app.gui.dialogs.base import AccountDialog, FieldInvalid, PasswordFeedback
from app.gui.forms.ui_change_password import Ui_ChangePasswordDialog
from app.gui.translation import translated


class ChangePasswordDialog(AccountDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_ChangePasswordDialog()
        ui.setupUi(self)
        self.setup_feedback(
            ui.messageLabel,
            ui.busyBar,
            {
                "current_password": ui.currentEdit,
                "new_password": ui.newEdit,
                "new_password_confirm": ui.confirmEdit,
            },
            ui.saveButton,
        )
        email = str(ctx.session.account.get("email", ""))
        self.policy = PasswordFeedback(
            ctx, ui.policyLabel, ui.newEdit, ui.confirmEdit, lambda: email
        )
        ui.saveButton.clicked.connect(self.submit)
        ui.cancelButton.clicked.connect(self.reject)
        ui.currentEdit.setFocus()

    def submit(self) -> None:
        ui = self.ui
        current, new, confirm = ui.currentEdit.text(), ui.newEdit.text(), ui.confirmEdit.text()
        email = str(self.ctx.session.account.get("email", ""))
        if not current:
            self.errors.invalid("current_password", self.tr("Enter your current password."))
            return

        def change(client: Any) -> None:
            problems = validators.password_problems(new, email=email)
            if problems:
                raise FieldInvalid("new_password", translated(Joined(*problems)))
            if new != confirm:
                raise FieldInvalid(
                    "new_password_confirm", self.tr("The two passwords do not match.")
                )
            client.change_password(current, new, confirm)

        self.run(change, lambda _: self._changed(), name="change password")

    def _changed(self) -> None:
        self.ctx.feedback.notice.emit(
            self.tr(
                "Your password is changed; other devices signed in to your account were signed out."
            ),
            "info",
        )
        self.accept()
