"""Register with an activation code or a key file (A2, seed 000 Q3): the service makes the
account, issues a 10-character Customer ID and a generated password and mails them; "Get key
by e-mail" also mails the key file as a zip. A chosen key file is verified here first
(``app.core.keyfile``), so a tampered one is refused before it is sent; the path comes from
Browse only, as the seed asks."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core import keyfile, validators
from app.gui.context import AppContext
from app.gui.dialogs.base import AccountDialog, FieldInvalid, checked, fit_to_page
from app.gui.feedback import error_text, show_message
from app.gui.translation import plural
from app.gui.wizard.widgets import CaptchaBox


class LegacyRegisterDialog(AccountDialog):
    mailbox_requested = Signal()
    sign_in_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Register with an activation code or a key file"))
        self.key_path: Path | None = None
        self.key: keyfile.KeyFile | None = None
        self.customer_id = ""
        self._build()
        self.setup_feedback(
            self.message_label,
            self.busy_bar,
            {
                "email": self.email_edit,
                "activation_code": self.code_edit,
                "key_file_base64": self.key_edit,
                "captcha_answer": self.captcha.answer,
                "captcha_id": self.captcha.answer,
            },
            self.register_button,
        )
        self.captcha.failed = lambda text: show_message(self.message_label, text)
        self._source_changed()
        fit_to_page(self, self.pages)
        self.email_edit.setFocus()
        self.captcha.load()

    @property
    def captcha_id(self) -> str:
        return self.captcha.captcha_id

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.title_label = QLabel(self.tr("Register with an activation code or a key file"))
        self.title_label.setProperty("role", "title")
        layout.addWidget(self.title_label)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)

        self.form_page = QWidget()
        form_layout = QVBoxLayout(self.form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Have an activation code or the key file of a product you bought? Register with "
                "it: we make your account, add the license to it, and e-mail you a Customer ID and "
                "a password to sign in with."
            )
        )
        intro.setWordWrap(True)
        form_layout.addWidget(intro)
        form = QFormLayout()
        self.email_edit = QLineEdit()
        self.email_edit.setAccessibleName(self.tr("E-mail"))
        self.email_edit.setPlaceholderText(self.tr("name@example.com"))
        form.addRow(self.tr("&E-mail"), self.email_edit)

        self.code_radio = QRadioButton(self.tr("Activation &code"))
        self.key_radio = QRadioButton(self.tr("&Key file"))
        self.code_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.code_radio)
        group.addButton(self.key_radio)
        source = QHBoxLayout()
        source.addWidget(self.code_radio)
        source.addWidget(self.key_radio)
        source.addStretch(1)
        form.addRow(self.tr("Register with"), source)
        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName(self.tr("Activation code"))
        self.code_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX")
        form.addRow(self.tr("Activation code"), self.code_edit)
        self.key_edit = QLineEdit()
        self.key_edit.setReadOnly(True)  # chosen with Browse only (seed 000 Q3)
        self.key_edit.setAccessibleName(self.tr("Key file"))
        self.key_edit.setPlaceholderText(self.tr("Choose the key file with Browse"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAutoDefault(False)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.browse_button)
        form.addRow(self.tr("Key file"), key_row)
        self.key_terms_label = QLabel()
        self.key_terms_label.setWordWrap(True)
        form.addRow("", self.key_terms_label)
        self.send_key_check = QCheckBox(
            self.tr("&Get key by e-mail: also send me the key file (in a zip archive)")
        )
        form.addRow("", self.send_key_check)
        self.captcha = CaptchaBox(self.ctx)
        form.addRow(self.tr("Captcha"), self.captcha)
        form_layout.addLayout(form)
        self.pages.addWidget(self.form_page)

        self.done_page = QWidget()
        done_layout = QVBoxLayout(self.done_page)
        done_layout.setContentsMargins(0, 0, 0, 0)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setTextFormat(Qt.TextFormat.RichText)
        done_layout.addWidget(self.done_label)
        done_buttons = QHBoxLayout()
        self.mailbox_button = QPushButton(self.tr("Open the Local &mailbox"))
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        done_buttons.addWidget(self.mailbox_button)
        done_buttons.addWidget(self.sign_in_button)
        done_buttons.addStretch(1)
        done_layout.addLayout(done_buttons)
        done_layout.addStretch(1)
        self.pages.addWidget(self.done_page)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(4)
        layout.addWidget(self.busy_bar)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.register_button = QPushButton(self.tr("&Register"))
        self.register_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

        self.code_radio.toggled.connect(lambda _on: self._source_changed())
        self.browse_button.clicked.connect(self.browse)
        self.register_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.mailbox_button.clicked.connect(self.mailbox_requested)
        self.sign_in_button.clicked.connect(self._sign_in)

    def _source_changed(self) -> None:
        by_code = self.code_radio.isChecked()
        self.code_edit.setEnabled(by_code)
        self.key_edit.setEnabled(not by_code)
        self.browse_button.setEnabled(not by_code)

    # -- the key file -----------------------------------------------------------------------

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the key file"),
            str(Path.home()),
            self.tr("Key files (*.key *.zip);;All files (*)"),
        )
        if path:
            self.choose_key_file(Path(path))

    def choose_key_file(self, path: Path) -> None:
        """Verify the file offline and show its terms; a bad one is refused at the field."""
        self.key_radio.setChecked(True)
        self.key_edit.setText(str(path))
        self.errors.clear()
        try:
            self.key = keyfile.load_key_file(path)
        except keyfile.KeyFileError as exc:
            self.key, self.key_path = None, None
            self.key_terms_label.setText("")
            self.errors.field("key_file_base64", error_text(exc))
            return
        self.key_path = path
        key = self.key
        self.key_terms_label.setText(
            self.tr("{product}, {seats}, until {date} — the signature is valid.").format(
                product=key.product_name,
                seats=plural(self.tr("%n seat(s)", "", key.seats), key.seats),
                date=key.expires_at.date().isoformat(),
            )
        )

    # -- submit -----------------------------------------------------------------------------

    def submit(self) -> None:
        email_text = self.email_edit.text()
        by_code = self.code_radio.isChecked()
        code_text = self.code_edit.text()
        key_path = self.key_path
        send_key = self.send_key_check.isChecked()
        answer, captcha_id = self.captcha.text, self.captcha.captcha_id
        if not by_code and key_path is None:
            self.errors.invalid("key_file_base64", self.tr("Choose a valid key file with Browse."))
            return
        if not captcha_id:
            self.errors.invalid(
                "captcha_answer", self.tr("Wait for the picture, or ask for a new one.")
            )
            return
        if not answer:
            self.errors.invalid("captcha_answer", self.tr("Type the characters from the picture."))
            return

        def register(client: Any) -> dict[str, Any]:
            email = checked("email", validators.email, email_text)
            if by_code:
                code = checked("activation_code", validators.activation_code, code_text)
                result = client.register_legacy(
                    email=email,
                    captcha_id=captcha_id,
                    captcha_answer=answer,
                    activation_code=code,
                    send_key_file=send_key,
                )
            else:
                assert key_path is not None
                try:
                    data = key_path.read_bytes()
                except OSError as exc:
                    raise FieldInvalid(
                        "key_file_base64",
                        self.tr("The file cannot be read: {value}.").format(
                            value=exc.strerror or exc
                        ),
                    ) from None
                result = client.register_legacy(
                    email=email,
                    captcha_id=captcha_id,
                    captcha_answer=answer,
                    key_file=data,
                    send_key_file=send_key,
                )
            return dict(result)

        self.run(register, self._registered, self._failed, name="register legacy")

    def _failed(self, error: BaseException) -> None:
        self.errors.show(error)
        if not isinstance(error, validators.Invalid):
            self.captcha.load()  # the service used up the picture

    def _registered(self, result: dict[str, Any]) -> None:
        self.customer_id = str(result.get("customer_id", ""))
        email = str(result.get("email", ""))
        embedded = self.ctx.connection.embedded_mode
        key = (
            self.tr(" and, in a zip archive, the key file")
            if self.send_key_check.isChecked()
            else ""
        )
        where = (
            self.tr(
                "The local service puts its mails in the <b>Local mailbox</b> of this application."
            )
            if embedded
            else self.tr("If it does not arrive within a few minutes, look in your spam folder.")
        )
        self.done_label.setText(
            self.tr(
                "<p>Your account is ready and the license is in it. We sent your Customer ID and "
                "password{key} to <b>{email}</b>.</p><p>Sign in with the Customer ID (or the "
                "e-mail address) and that password; change the password in your profile "
                "afterwards.</p><p>{where}</p>"
            ).format(key=key, email=escape(email), where=where)
        )
        self.title_label.setText(self.tr("Check your mail"))
        self.pages.setCurrentWidget(self.done_page)
        self.mailbox_button.setVisible(embedded)
        self.register_button.hide()
        self.cancel_button.setText(self.tr("Close"))
        fit_to_page(self, self.pages)
        (self.mailbox_button if embedded else self.sign_in_button).setFocus()

    def _sign_in(self) -> None:
        self.accept()
        self.sign_in_requested.emit()
