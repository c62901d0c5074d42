"""Send a file to the Virus Lab (V1–V4): suspected malware or a false positive, with its
samples packed into an encrypted zip on a worker. The form only shows the state of
``app.core.viruslab`` and forwards what the user does; it keeps a draft on every change
and, signed in, queues in the outbox when the service cannot be reached."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import paths
from app.core.catalog import Catalog
from app.core.outbox import Outbox
from app.core.text import QT_TRANSLATE_NOOP, Joined
from app.core.viruslab.form import DraftFile, ViruslabForm
from app.core.viruslab.samples import Sample, read_samples
from app.core.wizard.transfer import human_size
from app.gui.context import AppContext
from app.gui.feedback import FormErrors, message_for, show_message
from app.gui.lifetime import follow
from app.gui.theme import set_role
from app.gui.translation import translated
from app.gui.wizard.widgets import CaptchaBox

PHASES = {
    "packing": QT_TRANSLATE_NOOP(
        "ViruslabPage", "Packing the samples into the encrypted archive… {percent}%"
    ),
    "uploading": QT_TRANSLATE_NOOP("ViruslabPage", "Sending the archive… {percent}%"),
    "filing": QT_TRANSLATE_NOOP("ViruslabPage", "Filing the request…"),
}


class _Relay(QObject):
    """Progress from the worker, queued across to the GUI thread."""

    moved = Signal(str, int, int)


class ViruslabPage(QWidget):
    request_opened = Signal(int)  # the request's id, to open in My requests
    queued = Signal(object)  # OutboxEntry: waits in the outbox for the service
    sign_in_requested = Signal()

    def __init__(self, ctx: AppContext, outbox: Outbox) -> None:
        """``outbox``: the one the outbox controller reads and sends from."""
        super().__init__()
        self.ctx = ctx
        self.draft = DraftFile(paths.drafts_dir() / "viruslab.json")
        self.outbox = outbox
        self.form = self.draft.load() or ViruslabForm()
        self._cancel: threading.Event | None = None
        self._sent_id: int | None = None
        self._pending_product = ""  # from a launch link that came before the catalog
        self._relay = _Relay(self)
        self._relay.moved.connect(self._moved)
        self._save_timer = QTimer(self, singleShot=True, interval=300)
        self._save_timer.timeout.connect(self._save_draft)
        self._build()
        self._show_form()
        follow(ctx.connection.catalog_changed, self._show_catalog)
        follow(ctx.session.profile_changed, self._show_account)
        follow(ctx.session.signed_in_changed, self._show_account)
        follow(ctx.connection.client_ready, self._show_account)
        self._show_catalog()
        self._show_account()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Send a file to the Virus Lab"))
        set_role(title, "title")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Send a file the product does not detect but you suspect, or a clean file it "
                "detects by mistake. The Virus Lab's analysts check it and give a verdict."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.launch_note = QLabel()
        self.launch_note.setWordWrap(True)
        layout.addWidget(self.launch_note)
        show_message(self.launch_note, "")

        self.types = QButtonGroup(self)
        self.malware = QRadioButton(self.tr("&Suspected unknown malware"))
        self.false_positive = QRadioButton(self.tr("&False positive"))
        self.malware_text = QLabel()
        self.false_positive_text = QLabel()
        type_box = QVBoxLayout()
        for radio, text in (
            (self.malware, self.malware_text),
            (self.false_positive, self.false_positive_text),
        ):
            self.types.addButton(radio)
            text.setWordWrap(True)
            text.setContentsMargins(24, 0, 0, 4)
            set_role(text, "hint")
            type_box.addWidget(radio)
            type_box.addWidget(text)
            radio.toggled.connect(self._edited)
        type_holder = QWidget()
        type_holder.setLayout(type_box)
        type_box.setContentsMargins(0, 0, 0, 0)

        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields.addRow(self.tr("Type:"), type_holder)
        self.product = QComboBox()
        self.product.setAccessibleName(self.tr("Product"))
        self.product.currentIndexChanged.connect(self._edited)
        fields.addRow(self.tr("&Product:"), self.product)
        self.version = QLineEdit()
        self.version.setPlaceholderText(self.tr("for example 21.3.10.391 (optional)"))
        self.version.setAccessibleName(self.tr("Product version"))
        self.version.textEdited.connect(self._edited)
        fields.addRow(self.tr("&Version:"), self.version)
        self.db_known = QCheckBox(self.tr("I know it:"))
        self.db_date = QDateEdit()
        self.db_date.setCalendarPopup(True)
        self.db_date.setDisplayFormat("yyyy-MM-dd")
        self.db_date.setMaximumDate(QDate.currentDate())
        self.db_date.setDate(QDate.currentDate())
        self.db_date.setAccessibleName(self.tr("Date of the last successful database update"))
        self.db_known.toggled.connect(self.db_date.setEnabled)
        self.db_known.toggled.connect(self._edited)
        self.db_date.dateChanged.connect(self._edited)
        db_row = QHBoxLayout()
        db_row.addWidget(self.db_known)
        db_row.addWidget(self.db_date)
        db_row.addStretch(1)
        db_holder = QWidget()
        db_holder.setLayout(db_row)
        db_row.setContentsMargins(0, 0, 0, 0)
        fields.addRow(self.tr("Last successful\ndatabase update:"), db_holder)
        self.detection = QLineEdit()
        self.detection.setMaxLength(200)
        self.detection.setPlaceholderText(self.tr("as the product's report names it"))
        self.detection.setAccessibleName(self.tr("Detected as"))
        self.detection.textEdited.connect(self._edited)
        self.detection_label = QLabel(self.tr("&Detected as:"))
        self.detection_label.setBuddy(self.detection)
        fields.addRow(self.detection_label, self.detection)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        self.description.setMaximumHeight(160)
        self.description.setPlaceholderText(
            self.tr("Where the file came from, and what the product did (or did not do).")
        )
        self.description.setAccessibleName(self.tr("Description"))
        self.description.textChanged.connect(self._edited)
        fields.addRow(self.tr("D&escription:"), self.description)
        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("E-mail"))
        self.email.setPlaceholderText(self.tr("where the verdict is sent"))
        self.email.textEdited.connect(self._edited)
        fields.addRow(self.tr("E-&mail:"), self.email)

        self.samples = QTreeWidget()
        self.samples.setHeaderLabels([self.tr("Sample"), self.tr("Size"), self.tr("SHA-256")])
        self.samples.setRootIsDecorated(False)
        self.samples.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.samples.setAccessibleName(self.tr("Samples"))
        self.samples.setMinimumHeight(90)
        self.samples.setMaximumHeight(150)
        header = self.samples.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.add_button.clicked.connect(self._choose_files)
        self.remove_button.clicked.connect(self._remove_selected)
        self.samples.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        sample_box = QVBoxLayout()
        sample_box.setContentsMargins(0, 0, 0, 0)
        sample_box.addWidget(self.samples)
        sample_box.addLayout(buttons)
        self.samples_note = QLabel()
        self.samples_note.setWordWrap(True)
        set_role(self.samples_note, "hint")
        sample_box.addWidget(self.samples_note)
        sample_holder = QWidget()
        sample_holder.setLayout(sample_box)
        fields.addRow(self.tr("Sa&mples:"), sample_holder)
        layout.addLayout(fields)

        self.account_label = QLabel()
        self.account_label.setWordWrap(True)
        self.account_label.linkActivated.connect(lambda _l: self.sign_in_requested.emit())
        layout.addWidget(self.account_label)
        self.captcha = CaptchaBox(self.ctx)
        layout.addWidget(self.captcha)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.captcha.failed = lambda text: show_message(self.message, text)
        self.errors = FormErrors(
            self.message,
            {
                "type": type_holder,
                "product_id": self.product,
                "product_version": self.version,
                "last_db_update": db_holder,
                "detection_name": self.detection,
                "description": self.description,
                "email": self.email,
                "samples": sample_holder,
                "sample_attachment_ids": sample_holder,
            },
            self.ctx.feedback,
        )
        self.phase = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        layout.addWidget(self.phase)
        layout.addWidget(self.bar)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.cancel_button = QPushButton(self.tr("&Cancel sending"))
        self.cancel_button.clicked.connect(self._cancel_sending)
        self.clear_button = QPushButton(self.tr("C&lear the form"))
        self.clear_button.clicked.connect(self._clear)
        self.send_button = QPushButton(self.tr("Se&nd to the Virus Lab"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        actions.addWidget(self.clear_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.send_button)
        layout.addLayout(actions)

        self.done = QFrame()
        self.done.setFrameShape(QFrame.Shape.StyledPanel)
        done_box = QVBoxLayout(self.done)
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.done_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number = QLabel()
        self.number.setObjectName("viruslabNumber")
        set_role(self.number, "title")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        done_box.addWidget(self.number)
        done_box.addWidget(self.done_text)
        done_buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open in My requests"))
        self.open_button.clicked.connect(self._open_sent)
        self.another_button = QPushButton(self.tr("Send &another file"))
        self.another_button.clicked.connect(self._another)
        done_buttons.addWidget(self.open_button)
        done_buttons.addWidget(self.another_button)
        done_buttons.addStretch(1)
        done_box.addLayout(done_buttons)
        layout.addWidget(self.done)
        layout.addStretch(1)
        self.done.hide()
        self._busy(False)

    # -- what the page shows --------------------------------------------------------------

    @property
    def catalog(self) -> Catalog | None:
        return self.ctx.connection.catalog

    def first_control(self) -> QWidget:
        return self.malware

    def activate(self) -> None:
        if self.catalog is None:
            self.ctx.connection.load_catalog()
        self._show_account()

    def _show_catalog(self) -> None:
        catalog = self.catalog
        if catalog is None:
            return
        for radio, text, code in (
            (self.malware, self.malware_text, "malware"),
            (self.false_positive, self.false_positive_text, "false_positive"),
        ):
            found = catalog.request_type(code, "viruslab")
            if found is not None:
                radio.setText("&" + found.title.replace("&", "&&"))
                text.setText(found.description)
        self.product.blockSignals(True)
        self.product.clear()
        self.product.addItem(self.tr("Choose your product…"), None)
        for product in catalog.products:
            self.product.addItem(product.name, product.id)
        self.product.setCurrentIndex(max(0, self.product.findData(self.form.product_id)))
        self.product.blockSignals(False)
        self._apply_product()
        self.samples_note.setText(
            self.tr(
                "Each sample is read as bytes only — never opened or run — and packed into "
                "one zip encrypted with the password “{password}”. Samples up to {limit}."
            ).format(password=catalog.sample_password, limit=human_size(catalog.sample_limit))
        )

    def _show_account(self, *_args: Any) -> None:
        session = self.ctx.session
        if session.signed_in:
            account = session.account
            who = account.get("name") or account.get("email") or account.get("customer_id", "")
            self.account_label.setText(
                self.tr(
                    "Sent from your account ({who}); the verdict also appears in My requests."
                ).format(who=who)
            )
            self.captcha.hide()
            if not self.email.text().strip() and account.get("email"):
                self.email.setText(str(account["email"]))
                self._edited()
        else:
            self.account_label.setText(
                self.tr(
                    "You are not signed in. The request goes without an account: type the "
                    "characters from the picture. Requests without an account are analysed "
                    "with a lower priority than those from an account. "
                    "<a href='signin'>Sign in</a>"
                )
            )
            self.captcha.show()
            if not self.captcha.captcha_id and self.ctx.connection.client is not None:
                self.captcha.load()

    def _show_form(self) -> None:
        form = self.form
        widgets = (self.malware, self.false_positive, self.version, self.detection)
        for widget in (*widgets, self.description, self.email, self.db_known, self.db_date):
            widget.blockSignals(True)
        self.types.setExclusive(False)
        self.malware.setChecked(form.type == "malware")
        self.false_positive.setChecked(form.type == "false_positive")
        self.types.setExclusive(True)
        self.version.setText(form.product_version)
        self.detection.setText(form.detection_name)
        self.description.setPlainText(form.description)
        self.email.setText(form.email)
        self.db_known.setChecked(form.last_db_update is not None)
        self.db_date.setEnabled(form.last_db_update is not None)
        if form.last_db_update is not None:
            d = form.last_db_update
            self.db_date.setDate(QDate(d.year, d.month, d.day))
        for widget in (*widgets, self.description, self.email, self.db_known, self.db_date):
            widget.blockSignals(False)
        index = self.product.findData(form.product_id)
        if index >= 0:
            self.product.setCurrentIndex(index)
        self._show_samples()
        self._show_type()

    def _show_type(self) -> None:
        shown = self.false_positive.isChecked()
        self.detection.setVisible(shown)
        self.detection_label.setVisible(shown)

    def _show_samples(self) -> None:
        self.samples.clear()
        for sample in self.form.samples:
            item = QTreeWidgetItem([sample.name, human_size(sample.size), sample.sha256])
            item.setToolTip(0, sample.path)
            item.setToolTip(2, sample.sha256)
            item.setFont(2, QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            item.setData(0, Qt.ItemDataRole.UserRole, sample.path)
            self.samples.addTopLevelItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._cancel is not None
        self.remove_button.setEnabled(not busy and bool(self.samples.selectedItems()))
        self.add_button.setEnabled(not busy)

    def _busy(self, busy: bool, text: str = "") -> None:
        self.phase.setText(text)
        self.phase.setVisible(busy)
        self.bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.send_button.setEnabled(not busy)
        self.clear_button.setEnabled(not busy)
        self._update_buttons()

    # -- editing --------------------------------------------------------------------------

    def _read_widgets(self) -> ViruslabForm:
        kind = (
            "malware"
            if self.malware.isChecked()
            else "false_positive"
            if self.false_positive.isChecked()
            else ""
        )
        when = self.db_date.date()
        return ViruslabForm(
            type=kind,
            description=self.description.toPlainText(),
            product_id=self.product.currentData(),
            product_version=self.version.text().strip(),
            last_db_update=date(when.year(), when.month(), when.day())
            if self.db_known.isChecked()
            else None,
            email=self.email.text(),
            detection_name=self.detection.text(),
            samples=self.form.samples,
            idempotency_key=self.form.idempotency_key,
        )

    def _edited(self, *_args: Any) -> None:
        self.form = self._read_widgets()
        self._show_type()
        self._save_timer.start()

    def _save_draft(self) -> None:
        # Here, not on a worker: a small file, written at most every 300 ms, and in order
        # with the discards that follow sending or clearing.
        if self.form.blank:
            self.draft.discard()
        else:
            self.draft.save(self.form)

    def prefill(self, *, request_type: str = "", product: str = "", version: str = "") -> None:
        """From the product's link: the type, the product (by name or slug), the version."""
        if request_type == "malware":
            self.malware.setChecked(True)
        elif request_type == "false_positive":
            self.false_positive.setChecked(True)
        if version:
            self.version.setText(version)
        self._pending_product = product
        show_message(
            self.launch_note,
            self.tr("Filled in from your product's link.") if (request_type or version) else "",
            "info",
        )
        self._apply_product()
        self._edited()

    def _apply_product(self) -> None:
        product, catalog = self._pending_product, self.catalog
        if product and catalog is not None:
            self._pending_product = ""
            found = catalog.resolve(product=product, kind="viruslab")
            if found.product_id is not None:
                self.product.setCurrentIndex(self.product.findData(found.product_id))
                show_message(
                    self.launch_note, self.tr("Filled in from your product's link."), "info"
                )
            else:
                show_message(
                    self.launch_note,
                    self.tr(
                        "Your product's link names a product “{product}” that is not in the list; "
                        "choose it below."
                    ).format(product=product),
                    "warning",
                )
            self._edited()

    def _choose_files(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Choose the files for the Virus Lab")
        )
        if chosen:
            self.add_files([Path(p) for p in chosen])

    def add_files(self, chosen: list[Path]) -> None:
        """Read the files (for their SHA-256) on a worker, then list them."""
        limit = self.catalog.sample_limit if self.catalog else 256 * 1024 * 1024
        known = self.form.samples
        self.add_button.setEnabled(False)
        self._busy(True, self.tr("Reading the files…"))
        self.cancel_button.hide()
        self.bar.setRange(0, 0)
        self.ctx.tasks.run(
            lambda: read_samples(chosen, known, limit),
            on_done=self._files_read,
            on_error=lambda e: show_message(self.message, message_for(e)),
            on_finally=lambda: self._busy(False),
            owner=self,
            name="read samples",
        )

    def _files_read(self, result: tuple[list[Sample], list[str]]) -> None:
        added, problems = result
        self.form = self._read_widgets()
        self.form = replace(self.form, samples=(*self.form.samples, *added))
        self._show_samples()
        self._save_timer.start()
        show_message(self.message, translated(Joined(*problems)), "warning" if added else "error")

    def _remove_selected(self) -> None:
        gone = {item.data(0, Qt.ItemDataRole.UserRole) for item in self.samples.selectedItems()}
        self.form = replace(
            self._read_widgets(), samples=tuple(s for s in self.form.samples if s.path not in gone)
        )
        self._show_samples()
        self._save_timer.start()

    def _clear(self) -> None:
        self._forget_archive(self.form.idempotency_key)
        self.form = ViruslabForm()
        self.draft.discard()
        self.errors.clear()
        self._show_form()
        self._show_account()

    def _forget_archive(self, key: str) -> None:
        from app.core.viruslab.sending import forget

        outbox = self.outbox

        def drop() -> None:
            if outbox.get(key) is None:  # a queued request keeps its archive
                forget(outbox, key)

        self.ctx.tasks.run(drop, owner=self, name="forget archive")

    # -- sending --------------------------------------------------------------------------

    def send(self) -> None:
        self.form = self._read_widgets()
        self.errors.clear()
        problems = self.form.problems(today=date.today())
        signed_in = self.ctx.session.signed_in
        if not signed_in and not self.captcha.text:
            problems.setdefault("captcha", self.tr("Type the characters from the picture."))
        if problems:
            for name, text in problems.items():
                if name in self.errors.fields:
                    self.errors.field(name, text)
            if "captcha" in problems:
                self.captcha.answer.setFocus()
            show_message(
                self.message,
                translated(problems.get("captcha", "")) or self.tr("Complete the marked fields."),
            )
            first = next(iter(problems))
            widget = self.errors.fields.get(first)
            if widget is not None:
                (self.malware if first == "type" else widget).setFocus()
            return
        if self.ctx.connection.client is None:
            show_message(self.message, self.tr("The service is not ready yet; try again."))
            return
        from app.core.viruslab.sending import Captcha, send

        catalog = self.catalog
        password = catalog.sample_password if catalog else "infected"
        account = str(self.ctx.session.account.get("customer_id", "")) if signed_in else ""
        captcha = None if signed_in else Captcha(self.captcha.captcha_id, self.captcha.text)
        cancel = self._cancel = threading.Event()
        form, outbox, relay = self.form, self.outbox, self._relay
        self._save_draft()
        self._busy(True, translated(PHASES["packing"].format(percent=0)))
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.cancel_button.setFocus()

        def run(client: Any) -> Any:
            from app.api.uploads import UploadCancelled
            from app.core.viruslab.samples import PackingCancelled

            try:
                return send(
                    client,
                    form,
                    outbox=outbox,
                    password=password,
                    account=account,
                    captcha=captcha,
                    progress=relay.moved.emit,
                    cancel=cancel,
                )
            except (UploadCancelled, PackingCancelled):
                return None

        self.ctx.connection.call(
            run,
            on_done=self._sent,
            on_error=self._failed,
            on_finally=self._finished,
            owner=self,
            name="send to the Virus Lab",
        )

    def _moved(self, phase: str, done: int, total: int) -> None:
        if self._cancel is None:
            return
        percent = int(done * 100 / total) if total else 0
        self.phase.setText(translated(PHASES[phase].format(percent=percent)))
        if phase == "filing":
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 100)
            self.bar.setValue(percent)

    def _cancel_sending(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.phase.setText(self.tr("Stopping…"))

    def _finished(self) -> None:
        self._cancel = None
        self._busy(False)

    def _sent(self, result: Any) -> None:
        from app.core.viruslab.sending import Queued, Sent

        if result is None:
            show_message(
                self.message,
                self.tr("Sending was stopped. Send again to go on from where it stopped."),
                "info",
            )
            self.send_button.setFocus()
            return
        if isinstance(result, Sent):
            summary = result.summary
            self._sent_id = int(summary.get("id", 0)) or None
            self.number.setText(str(summary.get("number", "")))
            self.done_text.setText(
                self.tr(
                    "Your request is with the Virus Lab. Its number is above; the verdict "
                    "comes by e-mail and appears in My requests."
                )
                if self.ctx.session.signed_in
                else self.tr(
                    "Your request is with the Virus Lab. Its number is above; the verdict "
                    "comes by e-mail."
                )
            )
            self.open_button.setVisible(self.ctx.session.signed_in and self._sent_id is not None)
        elif isinstance(result, Queued):
            self._sent_id = None
            self.number.setText(self.tr("Waiting to be sent"))
            self.done_text.setText(
                self.tr(
                    "The service cannot be reached. Your request and its encrypted archive wait "
                    "in the outbox (under Support request) and go out by themselves, once, "
                    "when the service answers."
                )
            )
            self.open_button.hide()
            self.queued.emit(result.entry)
            # The status bar and the outbox learn that the service is away, and the outbox
            # sends the request once the next health check finds it back.
            self.ctx.connection.check_health()
        self.draft.discard()
        self.form = ViruslabForm()
        self.done.show()
        self.another_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        from app.api import errors as api_errors
        from app.core.viruslab.sending import refusal_keeps_key

        if isinstance(error, api_errors.ApiError):
            unreachable = isinstance(error, api_errors.ServiceUnreachable)
            if not unreachable and not refusal_keeps_key(error):
                self._forget_archive(self.form.idempotency_key)  # packed under the old key
                self.form = self.form.renewed()  # the service keeps its answer to the old key
                self._save_draft()
            if not unreachable and not self.ctx.session.signed_in:
                self.captcha.load()  # an answer is good for one try
            if unreachable:
                show_message(
                    self.message,
                    self.tr(
                        "The service cannot be reached, and a request without an account "
                        "needs it right away to check the characters from the picture, so it "
                        "cannot wait in the outbox. The form and its packed archive are kept: "
                        "send again when the service answers, and the upload goes on where it "
                        "stopped. Or sign in: signed-in requests wait in the outbox."
                    ),
                )
                return
        self.errors.show(error)

    def restore(self, form: ViruslabForm, message: str = "") -> None:
        """Show ``form`` to correct (a refused request from the outbox)."""
        self.done.hide()
        self.form = form
        self._show_form()
        self._save_draft()
        show_message(self.message, message)

    def _open_sent(self) -> None:
        if self._sent_id is not None:
            self.request_opened.emit(self._sent_id)

    def _another(self) -> None:
        self.done.hide()
        self.number.clear()
        self._sent_id = None
        self._show_form()
        self._show_account()
        self.malware.setFocus()
