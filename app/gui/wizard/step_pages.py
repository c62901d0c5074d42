"""Steps 1 to 4 of the wizard (seed 000 Q5, 001 Q12): request type and product, account,
the request itself with its files, and the computer with its GetSystemInfo report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from app.core import validators
from app.core.text import Joined
from app.core.wizard.flow import may_skip_account
from app.core.wizard.state import AccountMode, AttachmentRef, Step, SysinfoRef
from app.gui.feedback import error_text, message_for
from app.gui.signin_panel import SignInPanel
from app.gui.theme import set_role
from app.gui.translation import translated
from app.gui.wizard.attachments import AttachmentList
from app.gui.wizard.base import StepPage, field_label
from app.gui.wizard.sysinfo_panel import SysinfoPanel
from app.gui.wizard.widgets import CaptchaBox

if TYPE_CHECKING:
    from app.gui.wizard.wizard import RequestWizard


def _hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    set_role(label, "hint")
    return label


def _link(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setFlat(True)
    button.setProperty("flat", True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


# -- step 1 ---------------------------------------------------------------------------------

_ARROWS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1}


class TypePage(StepPage):
    step = Step.TYPE

    def __init__(self, wiz: RequestWizard) -> None:
        super().__init__(
            wiz,
            QCoreApplication.translate(
                "TypePage", "Choose what your request is about, and the product you use."
            ),
        )
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.types_box = QWidget()
        self.types_box.setAccessibleName(self.tr("Request type"))
        self.types_grid = QGridLayout(self.types_box)
        self.types_grid.setContentsMargins(0, 0, 0, 0)
        self.types_grid.setVerticalSpacing(2)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.product = QComboBox()
        self.product.setAccessibleName(self.tr("Product"))
        # "&t" only once the choices exist to take the focus; a label without a buddy
        # would show the ampersand.
        self.types_label = types_label = QLabel(self.tr("Request type"))
        product_label = QLabel(self.tr("&Product"))
        product_label.setBuddy(self.product)
        self.form.addRow(types_label, self.types_box)
        self.form.addRow(product_label, self.product)
        self.outer.addLayout(self.form)
        self.launch_note = _hint()
        self.launch_note.hide()
        self.outer.addWidget(self.launch_note)
        loading = QHBoxLayout()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Loading the catalog"))
        self.reload = QPushButton(self.tr("&Try again"))
        loading.addWidget(self.busy, 1)
        loading.addWidget(self.reload)
        self.outer.addLayout(loading)
        self.outer.addStretch(1)
        self.finish_layout({"request_type": self.types_box, "product_id": self.product})
        self.group.idClicked.connect(self._type_chosen)
        self.product.currentIndexChanged.connect(self._product_chosen)
        self.reload.clicked.connect(wiz.load_catalog)
        self.reload.hide()
        self.busy.hide()
        self.waiting = False

    def show_catalog(self) -> None:
        """Build the choices from the catalog (once it has arrived)."""
        for radio in self.radios.values():
            self.group.removeButton(radio)
        while self.types_grid.count():
            item = self.types_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.radios.clear()
        for row, info in enumerate(self.wiz.types):
            radio = QRadioButton(info.title)
            radio.setAccessibleDescription(info.description)
            radio.installEventFilter(self)
            self.group.addButton(radio, row)
            self.radios[info.code] = radio
            description = info.description
            if info.skippable:
                description += self.tr(" May be sent without an account.")
            hint = _hint(description)
            hint.setContentsMargins(24, 0, 0, 6)
            self.types_grid.addWidget(radio, row * 2, 0)
            self.types_grid.addWidget(hint, row * 2 + 1, 0)
        first = next(iter(self.radios.values()), None)
        if first is not None:
            self.types_label.setText(self.tr("Request &type"))
            self.types_label.setBuddy(first)  # Alt+T lands on the choices
            self.setTabOrder(first, self.product)
        self.product.blockSignals(True)
        self.product.clear()
        self.product.addItem(self.tr("Choose your product…"), None)
        for product in self.wiz.catalog.products if self.wiz.catalog is not None else ():
            self.product.addItem(product.name, product.id)
        self.product.blockSignals(False)
        self.show_state()
        # The catalog came after the step was entered: the focus went to Next then, for
        # want of a choice; now the choices can take it.
        focused = QApplication.focusWidget()
        if self.wiz.currentPage() is self and (
            focused is None or focused is self.wiz.button(QWizard.WizardButton.NextButton)
        ):
            choice = self.first_field()
            if choice is not None:
                choice.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys choose the next or previous type, as in any list of choices.

        Qt only moves the focus while no choice is made yet, so the first arrow press
        left the type unchosen."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = _ARROWS.get(Qt.Key(event.key()))
            radios = list(self.radios.values())
            if step is not None and watched in radios:
                index = radios.index(watched)
                target = radios[max(0, min(len(radios) - 1, index + step))]
                target.setFocus(Qt.FocusReason.TabFocusReason)
                if not target.isChecked():
                    target.click()
                return True
        return super().eventFilter(watched, event)

    def first_field(self) -> QWidget | None:
        checked = self.group.checkedButton()
        if checked is not None:
            return checked
        return next(iter(self.radios.values()), None)

    def show_loading(self, busy: bool, error: str = "") -> None:
        self.waiting = False
        self.busy.setVisible(busy)
        self.reload.setVisible(bool(error))
        if error:
            self.wiz.say(self.message, error, "error")
        elif busy or self.radios:
            self.wiz.say(self.message, "", record=False)

    def show_waiting(self, text: str) -> None:
        """Busy with nothing to retry: the wizard loads again when the service answers."""
        self.waiting = True
        self.busy.show()
        self.reload.hide()
        self.wiz.say(self.message, text, "hint")

    def show_state(self) -> None:
        radio = self.radios.get(self.state.request_type)
        if radio is not None:
            radio.setChecked(True)
        index = self.product.findData(self.state.product_id)
        self.product.blockSignals(True)
        self.product.setCurrentIndex(max(0, index))
        self.product.blockSignals(False)
        note = self.wiz.launch_note
        self.launch_note.setText(note)
        self.launch_note.setVisible(bool(note))

    def _type_chosen(self, row: int) -> None:
        self.state.request_type = self.wiz.types[row].code
        self.wiz.changed("request_type", record=True)

    def _product_chosen(self) -> None:
        self.state.product_id = self.product.currentData()
        self.wiz.changed("product_id", record=True)


# -- step 2 ---------------------------------------------------------------------------------


class AccountPage(StepPage):
    step = Step.ACCOUNT

    def __init__(self, wiz: RequestWizard) -> None:
        super().__init__(
            wiz,
            QCoreApplication.translate(
                "AccountPage",
                "Sign in with your Customer ID or e-mail and password, so the request is filed "
                "under your account.",
            ),
        )
        self.views = QStackedWidget()
        self.outer.addWidget(self.views)

        # signed in: who, and on
        self.signed_in_view = QWidget()
        signed = QVBoxLayout(self.signed_in_view)
        signed.setContentsMargins(0, 0, 0, 0)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setTextFormat(Qt.TextFormat.RichText)
        signed.addWidget(self.who)
        signed.addStretch(1)
        self.views.addWidget(self.signed_in_view)

        # not signed in: the shared sign-in panel, or skip
        self.sign_in_view = QWidget()
        box = QVBoxLayout(self.sign_in_view)
        box.setContentsMargins(0, 0, 0, 0)
        self.use_account = QRadioButton(
            self.tr("I have an &account: Customer ID or e-mail and password")
        )
        self.use_account.setChecked(True)
        box.addWidget(self.use_account)
        # Activation has its own dialog from the main window; "&Activate" would take the
        # radio button's Alt+A.
        self.panel = SignInPanel(wiz.ctx, offer_activation=False)
        self.panel.setContentsMargins(24, 0, 0, 0)
        box.addWidget(self.panel)
        self.skip = QRadioButton(self.tr("&Skip this step: send the request without an account"))
        box.addWidget(self.skip)
        self.skip_note = _hint()
        self.skip_note.setContentsMargins(24, 0, 0, 0)
        box.addWidget(self.skip_note)
        self.captcha = CaptchaBox(wiz.ctx)
        self.captcha.setContentsMargins(24, 0, 0, 0)
        box.addWidget(self.captcha)
        box.addStretch(1)
        self.views.addWidget(self.sign_in_view)
        self.finish_layout({"captcha_answer": self.captcha.answer})
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.use_account)
        self.mode_group.addButton(self.skip)
        self.use_account.toggled.connect(self._mode_chosen)
        self.panel.ui.loginEdit.textChanged.connect(self._login_typed)
        self.panel.ui.passwordEdit.textChanged.connect(self._password_typed)
        self.panel.changed.connect(self.completeChanged)
        self.panel.signed_in.connect(self._signed_in)
        self.panel.said.connect(self._said)
        self.panel.forgot_requested.connect(wiz.forgot_requested)
        self.panel.register_requested.connect(wiz.register_requested)
        self.captcha.changed.connect(self._captcha_typed)
        self.captcha.failed = lambda text: self.wiz.say(self.message, text, "error")

    def show_state(self) -> None:
        """Show the account choice the core settled (``flow.settle``): signed in, or the
        sign-in with the skip where the request type allows it."""
        state = self.state
        if state.account_mode == AccountMode.SIGNED_IN:
            cid = "" if self.wiz.replaying else self.wiz.ctx.session.account.get("customer_id", "")
            who = (
                self.tr("You are signed in as <b>{name}</b> (Customer ID {cid}).")
                if cid
                else self.tr("You are signed in as <b>{name}</b>.")
            ).format(name=state.signed_in_as, cid=cid)
            self.who.setText(
                who
                + "<br><br>"
                + self.tr(
                    "The request is filed under this account: the experts' answers arrive by "
                    "e-mail and appear in My requests. Choose <b>Next</b> to go on."
                )
            )
            self.views.setCurrentWidget(self.signed_in_view)
            self.setSubTitle(
                self.tr("You are signed in; your request is filed under your account.")
            )
            return
        self.views.setCurrentWidget(self.sign_in_view)
        skippable = may_skip_account(state, self.wiz.types)
        self.setSubTitle(
            self.tr("Sign in with your Customer ID or e-mail and password")
            + (self.tr(", or skip this step.") if skippable else ".")
        )
        self.skip.setEnabled(skippable)
        if skippable:
            self.skip_note.setText(
                self.tr(
                    "Allowed for suggestions, key and license problems and pre-sale questions, "
                    "for example when the key or activation code is lost or the product is not "
                    "bought yet. Type the characters from the picture; the answer comes by e-mail."
                )
            )
        else:
            self.skip_note.setText(
                self.tr(
                    "This type of request needs an account. Only Suggestions for future "
                    "versions, Key problem / License expiration and Pre-sale questions may be "
                    "sent without one."
                )
            )
        (self.skip if state.account_mode == AccountMode.SKIP else self.use_account).setChecked(True)
        login = self.panel.ui.loginEdit
        if self.wiz.replaying:
            login.setText(state.login)
        elif not login.text():
            login.setText(state.login or self.wiz.ctx.settings.last_login)
        self._show_mode()

    def first_field(self) -> QWidget | None:
        if self.views.currentWidget() is self.signed_in_view:
            return None  # the Next button: one click on
        if self.skip.isChecked():
            return self.captcha.answer
        return self.panel.first_field()

    def _show_mode(self) -> None:
        skip = self.skip.isChecked()
        self.panel.setEnabled(not skip)
        self.captcha.setVisible(skip)
        if skip and not self.captcha.captcha_id and not self.wiz.replaying:
            self.captcha.load()

    def _mode_chosen(self) -> None:
        skip = self.skip.isChecked()
        if skip:
            self.state.account_mode = AccountMode.SKIP
        elif self.state.account_mode == AccountMode.SKIP:
            self.state.account_mode = (
                AccountMode.CREDENTIALS if self.panel.ui.loginEdit.text() else ""
            )
        self.wiz.changed("account_mode", record=True)
        self._show_mode()
        self.completeChanged.emit()  # a lock-out holds only the sign-in, not the skip
        if skip and self.skip.hasFocus():
            self.captcha.answer.setFocus()  # chosen from the keyboard: on to the answer

    def _login_typed(self, text: str) -> None:
        self.state.login = text.strip()
        if not self.skip.isChecked():
            self.state.account_mode = AccountMode.CREDENTIALS
        self.wiz.changed("login")

    def _password_typed(self, text: str) -> None:
        self.state.password = text
        self.wiz.changed("password", save=False)

    def _captcha_typed(self) -> None:
        self.state.captcha_id = self.captcha.captcha_id
        self.state.captcha_answer = self.captcha.text
        self.wiz.changed("captcha_answer", save=False)

    def _said(self, text: str, level: str) -> None:
        self.wiz.record_message(self.step, text, level)

    # -- leaving: sign in first -------------------------------------------------------------

    def isComplete(self) -> bool:
        return self.skip.isChecked() or self.wiz.ctx.session.signed_in or self.panel.can_submit

    def validatePage(self) -> bool:
        if self.wiz.restoring:
            return True
        if self.wiz.ctx.session.signed_in:
            self.state.account_mode = AccountMode.SIGNED_IN
            self.wiz.record_changes(self.step)
            return True
        if self.skip.isChecked():
            self.state.account_mode = AccountMode.SKIP
            self._captcha_typed()
            return super().validatePage()
        self.clear_errors()
        self.panel.submit()
        return False

    def _signed_in(self, login: str) -> None:
        self.state.password = ""
        self.state.account_mode = AccountMode.SIGNED_IN
        self.state.signed_in_as = login
        self.wiz.record_changes(self.step)
        self.wiz.changed("account_mode")
        self.wiz.next()


# -- step 3 ---------------------------------------------------------------------------------


class DetailsPage(StepPage):
    step = Step.DETAILS

    def __init__(self, wiz: RequestWizard) -> None:
        super().__init__(
            wiz,
            QCoreApplication.translate(
                "DetailsPage",
                "Describe your problem in detail, say where to answer, and attach files that "
                "help the experts.",
            ),
        )
        form = QFormLayout()
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(
            self.tr(
                "What happened, what you did before, what the product showed (error messages, "
                "codes), and what you already tried."
            )
        )
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(96)
        self.email = QLineEdit()
        self.country = QComboBox()
        self.city = QLineEdit()
        self.city.setMaxLength(200)
        self.company = QLineEdit()
        self.company.setMaxLength(200)
        self.company.setPlaceholderText(self.tr("the company that bought the license, if any"))
        for name, key, widget in (
            ("description", "d", self.description),
            ("email", "e", self.email),
            ("country", "o", self.country),
            ("city", "y", self.city),
            ("company", "m", self.company),
        ):
            form.addRow(field_label(name, key, widget), widget)
        self.outer.addLayout(form)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        set_role(self.warning, "warning")
        self.outer.addWidget(self.warning)
        files = QGroupBox(self.tr("Files"))
        files_layout = QVBoxLayout(files)
        files_layout.addWidget(
            _hint(
                self.tr(
                    "Files up to 2 MB go with the form. Larger files, up to 4 GB, are sent in "
                    "parts: they can be paused, and go on from where they stopped after a lost "
                    "connection or a restart. The service confirms each file's checksum."
                )
            )
        )
        self.files = AttachmentList(wiz.transfers)
        files_layout.addWidget(self.files)
        self.outer.addWidget(files, 1)
        self.finish_layout(
            {
                "description": self.description,
                "email": self.email,
                "country": self.country,
            }
        )
        self.description.textChanged.connect(self._description_typed)
        self.email.textChanged.connect(lambda t: self._set("email", t.strip()))
        self.city.textChanged.connect(lambda t: self._set("city", t))
        self.company.textChanged.connect(lambda t: self._set("company", t))
        self.country.currentIndexChanged.connect(self._country_chosen)
        self._checking = 0
        self.files.added.connect(self.add_files)
        self.files.removed.connect(self.remove_file)

    def show_state(self) -> None:
        state = self.state
        if self.description.toPlainText() != state.description:
            self.description.setPlainText(state.description)
        for widget, value in (
            (self.email, state.email),
            (self.city, state.city),
            (self.company, state.company),
        ):
            if widget.text() != value:
                widget.setText(value)
        self.show_countries()
        title = self.wiz.type_title(state.request_type)
        warning = (self.wiz.catalog.content_warning if self.wiz.catalog is not None else "") or (
            self.tr(
                "Requests whose content does not match their type are not processed by the experts."
            )
        )
        self.warning.setText(
            self.tr("{warning} Your request type: {title}.").format(warning=warning, title=title)
            if title
            else warning
        )
        self.files.show_files(state.attachments)

    def first_field(self) -> QWidget | None:
        return self.description

    def show_countries(self) -> None:
        names = self.wiz.countries
        if names is None:
            self.wiz.load_catalog()  # countries come with it, in the interface language
            if self.country.count() == 0:
                self.country.blockSignals(True)
                self.country.addItem(self.tr("Loading the list of countries…"), "")
                self.country.blockSignals(False)
            return
        self.country.blockSignals(True)
        if self.country.count() != len(names) + 1:
            self.country.clear()
            self.country.addItem(self.tr("Choose your country…"), "")
            for code, name in names:
                self.country.addItem(name, code)
        self.country.setCurrentIndex(max(0, self.country.findData(self.state.country)))
        self.country.blockSignals(False)

    def _set(self, name: str, value: str) -> None:
        if getattr(self.state, name) != value:
            setattr(self.state, name, value)
            self.wiz.changed(name)

    def _description_typed(self) -> None:
        self._set("description", self.description.toPlainText())

    def _country_chosen(self) -> None:
        if self.wiz.countries is None:
            return  # only the "loading" line is there
        code = self.country.currentData() or ""
        if code != self.state.country:
            self.state.country = code
            self.wiz.changed("country", record=True)

    def check(self) -> dict[str, str]:
        if self.state.email.strip() and not validators.is_email(self.state.email):
            return {
                "email": self.tr("This is not an e-mail address; check it for typing mistakes.")
            }
        return {}

    # -- files ------------------------------------------------------------------------------

    @property
    def checking(self) -> bool:
        return self._checking > 0

    def add_files(self, chosen: list[Path]) -> None:
        """Check the chosen files on a worker (they may sit on a slow share), then list the
        usable ones; uploads start at once, in the background."""
        from app.core.wizard.transfer import MAX_FILES, check_files

        known = [a.path for a in self.state.attachments]
        room = MAX_FILES - len(known)
        self._checking += 1
        self.files.show_checking(True)
        self.wiz.ctx.tasks.run(
            lambda: check_files(chosen, known, room),
            on_done=self._files_checked,
            on_error=lambda e: self._files_refused(message_for(e)),
            on_finally=self._checked,
            owner=self,
            name="check files",
        )

    def _checked(self) -> None:
        self._checking -= 1
        self.files.show_checking(self.checking)

    def _files_checked(self, result: tuple[list[AttachmentRef], list[str]]) -> None:
        from app.core.wizard.transfer import MAX_FILES

        refs, problems = result
        known = {a.path for a in self.state.attachments}
        for ref in refs:
            if ref.path in known:  # added by another choice meanwhile
                problems.append(self.tr("“{name}” is attached already.").format(name=ref.name))
                continue
            if len(self.state.attachments) >= MAX_FILES:
                problems.append(
                    self.tr(
                        "A request takes at most {MAX_FILES} files; pack more in a zip."
                    ).format(MAX_FILES=MAX_FILES)
                )
                break
            self.state.attachments.append(ref)
            known.add(ref.path)
            self.wiz.transfers.track(ref, "file")
        self._files_refused(translated(Joined(*problems)))
        self.files.show_files(self.state.attachments)
        self.wiz.changed("attachments", record=True)

    def _files_refused(self, text: str) -> None:
        self.files.say(text)
        if text:
            self.wiz.record_message(self.step, text, "error")

    def remove_file(self, ref: AttachmentRef) -> None:
        self.wiz.transfers.remove(ref)
        if ref in self.state.attachments:
            self.state.attachments.remove(ref)
        self.files.say("")
        self.files.show_files(self.state.attachments)
        self.wiz.changed("attachments", record=True)


# -- step 4 ---------------------------------------------------------------------------------


class SystemPage(StepPage):
    step = Step.SYSTEM

    def __init__(self, wiz: RequestWizard) -> None:
        super().__init__(
            wiz,
            QCoreApplication.translate(
                "SystemPage",
                "Say which operating system and which exact version of the product you use, and "
                "attach a GetSystemInfo report.",
            ),
        )
        form = QFormLayout()
        self.os_name = QLineEdit()
        self.os_name.setMaxLength(200)
        self.version = QLineEdit()
        self.version.setMaxLength(40)
        version_label = field_label("product_version", "v", self.version)
        form.addRow(field_label("os_name", "o", self.os_name), self.os_name)
        self.os_note = _hint(
            self.tr("Detected on this computer; correct it if the problem is elsewhere.")
        )
        form.addRow("", self.os_note)
        form.addRow(version_label, self.version)
        self.version_note = _hint()
        form.addRow("", self.version_note)
        self.outer.addLayout(form)
        self.sysinfo = SysinfoPanel(wiz.ctx, wiz.transfers)
        self.outer.addWidget(self.sysinfo)
        self.outer.addStretch(1)
        self.finish_layout({"os_name": self.os_name, "product_version": self.version})
        self.os_name.textChanged.connect(self._os_typed)
        self.version.textChanged.connect(self._version_typed)
        self.sysinfo.attached.connect(self.attach_report)
        self.sysinfo.said.connect(self._report_said)

    def show_state(self) -> None:
        state = self.state
        if self.os_name.text() != state.os_name:
            self.os_name.setText(state.os_name)
        if self.version.text() != state.product_version:
            self.version.setText(state.product_version)
        versions = self.wiz.product_versions()
        example = versions[0] if versions else "21.3.10.391"
        self.version.setPlaceholderText(
            self.tr("the full version, for example {example}").format(example=example)
        )
        self.version_note.setText(
            self.tr("From your product's link.")
            if state.from_launch_link and state.product_version
            else self.tr("Numbers separated by dots, as shown in the product's About window.")
        )
        self.sysinfo.show_ref(state.sysinfo)

    def first_field(self) -> QWidget | None:
        return self.version if self.state.os_name and not self.state.product_version else None

    def _os_typed(self, text: str) -> None:
        if text != self.state.os_name:
            self.state.os_name = text
            self.wiz.changed("os_name")

    def _version_typed(self, text: str) -> None:
        if text.strip() != self.state.product_version:
            self.state.product_version = text.strip()
            self.wiz.changed("product_version")

    def check(self) -> dict[str, str]:
        if self.state.product_version:
            try:
                validators.product_version(self.state.product_version)
            except validators.Invalid as exc:
                return {"product_version": error_text(exc)}
        return {}

    def _report_said(self, text: str, level: str) -> None:
        self.wiz.record_message(self.step, text, level)

    def attach_report(self, ref: SysinfoRef | None) -> None:
        old = self.state.sysinfo
        if old is not None and (ref is None or old.path != ref.path):
            self.wiz.transfers.remove(old)
        self.state.sysinfo = ref
        if ref is not None:
            self.wiz.transfers.track(ref, "sysinfo")
        self.sysinfo.show_ref(ref)
        self.wiz.changed("sysinfo", record=True)
