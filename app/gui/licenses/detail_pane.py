"""One license beside the list (K1, K3–K6): its terms, the code (masked, with Show and
Copy), the devices using it, its key file, Renew and Remove.

The service lists codes masked; the whole code is read from the license's signed key file,
verified here with the vendor key (``app.core.keyfile``), so Show and Copy never trust an
unsigned answer. Every call runs on the connection's workers; the pane says what happened
in its own message line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
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

from app.core import keyfile
from app.core.license_reminders import SOON_DAYS, days_text
from app.gui.context import AppContext
from app.gui.feedback import message_for, set_busy, show_message
from app.gui.formatting import LICENSE_STATUSES, date_only, date_time
from app.gui.licenses import confirm
from app.gui.translation import translated


def _full_code(client: Any, license_id: int) -> str:
    """The whole code, from the license's key file once its signature is verified."""
    return keyfile.read_key_file(client.key_file(license_id).content).code


def _save_key_file(client: Any, license_id: int, target: Path) -> tuple[Path, keyfile.KeyFile]:
    download = client.key_file(license_id)
    verified = keyfile.read_key_file(download.content)  # never save what does not verify
    target.write_bytes(download.content)
    return target, verified


class LicenseDetail(QWidget):
    removed = Signal(int)  # the holding id, once the service freed the seat
    changed = Signal()  # seats changed (a device was deactivated): the list loads again
    renew_requested = Signal(object)  # the license (dict) a new code should renew

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.license: dict[str, Any] | None = None
        self.full_code = ""
        self.devices: list[dict[str, Any]] = []
        self.dialog: confirm.ConfirmDialog | None = None
        self._build()
        self.show_license(None)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        layout.addWidget(self.title_label)
        self.empty_label = QLabel(self.tr("Choose a license in the list to see its details."))
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.product_value = QLabel()
        self.code_value = QLabel()
        self.code_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_value.setAccessibleName(self.tr("Activation code"))
        self.show_code_button = QPushButton(self.tr("&Show"))
        self.show_code_button.setCheckable(True)
        self.show_code_button.setAccessibleName(self.tr("Show the whole activation code"))
        self.copy_code_button = QPushButton(self.tr("&Copy"))
        self.copy_code_button.setAccessibleName(self.tr("Copy the activation code"))
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_value, 1)
        code_row.addWidget(self.show_code_button)
        code_row.addWidget(self.copy_code_button)
        self.added_value = QLabel()
        self.expires_value = QLabel()
        self.seats_value = QLabel()
        self.status_value = QLabel()
        form.addRow(self.tr("Product"), self.product_value)
        form.addRow(self.tr("Activation code"), code_row)
        form.addRow(self.tr("Activated"), self.added_value)
        form.addRow(self.tr("Expires"), self.expires_value)
        form.addRow(self.tr("Seats"), self.seats_value)
        form.addRow(self.tr("Status"), self.status_value)
        body.addLayout(form)

        devices = QGroupBox(self.tr("Devices using this license"))
        devices_layout = QVBoxLayout(devices)
        self.devices_tree = QTreeWidget()
        self.devices_tree.setAccessibleName(self.tr("Devices using this license"))
        self.devices_tree.setRootIsDecorated(False)
        self.devices_tree.setHeaderLabels(
            [self.tr("Device"), self.tr("Operating system"), self.tr("Last seen")]
        )
        self.devices_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.devices_tree.setMinimumHeight(90)
        self.devices_tree.setMaximumHeight(150)
        self.no_devices_label = QLabel(
            self.tr("No device uses this license through your account yet.")
        )
        self.no_devices_label.setWordWrap(True)
        self.deactivate_button = QPushButton(self.tr("D&eactivate…"))
        self.deactivate_button.setAccessibleName(self.tr("Deactivate the chosen device"))
        self.deactivate_button.setEnabled(False)
        devices_layout.addWidget(self.devices_tree)
        devices_layout.addWidget(self.no_devices_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.deactivate_button)
        devices_layout.addLayout(row)
        body.addWidget(devices)

        keys = QGroupBox(self.tr("Key file"))
        keys_layout = QHBoxLayout(keys)
        self.download_button = QPushButton(self.tr("Do&wnload a copy…"))
        self.email_button = QPushButton(self.tr("Send the key file by e-&mail"))
        keys_layout.addWidget(self.download_button)
        keys_layout.addWidget(self.email_button)
        keys_layout.addStretch(1)
        body.addWidget(keys)

        actions = QHBoxLayout()
        self.renew_button = QPushButton(self.tr("Re&new…"))
        self.renew_button.setAccessibleName(self.tr("Renew with a new activation code"))
        self.remove_button = QPushButton(self.tr("Remo&ve…"))
        self.remove_button.setAccessibleName(self.tr("Remove this activation code"))
        actions.addWidget(self.renew_button)
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        body.addLayout(actions)
        layout.addWidget(self.body)

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(4)
        self.busy_bar.setTextVisible(False)
        layout.addWidget(self.busy_bar)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setOpenExternalLinks(False)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        set_busy(self.busy_bar, False)
        show_message(self.message_label, "")

        self.show_code_button.toggled.connect(self._show_code)
        self.copy_code_button.clicked.connect(self.copy_code)
        self.devices_tree.currentItemChanged.connect(
            lambda item, _old: self.deactivate_button.setEnabled(item is not None)
        )
        self.deactivate_button.clicked.connect(self.confirm_deactivate)
        self.download_button.clicked.connect(self.choose_download)
        self.email_button.clicked.connect(self.email_key_file)
        self.renew_button.clicked.connect(self._renew)
        self.remove_button.clicked.connect(self.confirm_remove)

    def _renew(self) -> None:
        if self.license is not None:
            self.renew_requested.emit(self.license)

    # -- showing ----------------------------------------------------------------------------

    def show_license(self, lic: dict[str, Any] | None) -> None:
        same = lic is not None and self.license is not None and lic["id"] == self.license["id"]
        self.license = lic
        self.body.setVisible(lic is not None)
        self.empty_label.setVisible(lic is None)
        if not same:
            self.full_code = ""
            self.show_code_button.setChecked(False)
            self.devices = []
            self.devices_tree.clear()
            show_message(self.message_label, "")
        if lic is None:
            self.title_label.setText("")
            return
        product = (lic.get("product") or {}).get("name", "")
        status = str(lic.get("status", ""))
        days = int(lic.get("days_left", 0))
        self.title_label.setText(product)
        self.product_value.setText(product)
        self._show_code_text()
        self.added_value.setText(date_only(str(lic.get("added_at", ""))))
        expires = date_only(str(lic.get("expires_at", "")))
        if status == "active":
            soon = self.tr(" — renew it soon") if days <= SOON_DAYS else ""
            expires += self.tr(" ({days} left{soon})").format(
                days=translated(days_text(days)), soon=soon
            )
        self.expires_value.setText(expires)
        self.seats_value.setText(
            self.tr("{seats_used} used of {seats_total}").format(
                seats_used=lic.get("seats_used", 0), seats_total=lic.get("seats_total", 0)
            )
        )
        self.status_value.setText(translated(LICENSE_STATUSES.get(status, status)))
        blocked = status == "blocked"
        for button in (
            self.show_code_button,
            self.copy_code_button,
            self.download_button,
            self.email_button,
        ):
            button.setEnabled(not blocked)
            button.setToolTip(self.tr("Not available for a blocked license.") if blocked else "")
        if not same:
            self.load_devices()

    def _show_code_text(self) -> None:
        if self.license is None:
            return
        shown = self.show_code_button.isChecked() and self.full_code
        self.code_value.setText(self.full_code if shown else str(self.license.get("code", "")))

    def _busy(self, busy: bool) -> None:
        set_busy(self.busy_bar, busy)

    def _call(self, fn: Any, on_done: Any, name: str) -> None:
        lic = self.license
        if lic is None:
            return
        license_id = int(lic["id"])
        self._busy(True)
        self.ctx.connection.call(
            lambda c: fn(c, license_id),
            on_done=on_done,
            on_error=lambda e: show_message(self.message_label, message_for(e)),
            on_finally=lambda: self._busy(False),
            owner=self,
            name=name,
        )

    # -- the code ---------------------------------------------------------------------------

    def _with_full_code(self, then: Any) -> None:
        if self.full_code:
            then()
            return
        wanted = self.license["id"] if self.license else None

        def got(code: str) -> None:
            if self.license is not None and self.license["id"] == wanted:
                self.full_code = code
                then()

        self._call(_full_code, got, "full code")

    def _show_code(self, on: bool) -> None:
        if on:
            self._with_full_code(self._show_code_text)
        else:
            self._show_code_text()

    def copy_code(self) -> None:
        def copy() -> None:
            QApplication.clipboard().setText(self.full_code)
            show_message(self.message_label, self.tr("The activation code was copied."), "success")

        self._with_full_code(copy)

    # -- devices (K5) -----------------------------------------------------------------------

    def load_devices(self) -> None:
        wanted = self.license["id"] if self.license else None

        def show(devices: list[dict[str, Any]]) -> None:
            if self.license is None or self.license["id"] != wanted:
                return
            self.devices = devices
            self.devices_tree.clear()
            for device in devices:
                item = QTreeWidgetItem(
                    [
                        str(device.get("name", "")),
                        str(device.get("os", "")),
                        date_time(str(device.get("last_seen_at", ""))),
                    ]
                )
                item.setToolTip(
                    2,
                    self.tr("Activated on {activated_at}").format(
                        activated_at=date_only(str(device.get("activated_at", "")))
                    ),
                )
                item.setData(0, Qt.ItemDataRole.UserRole, device.get("id"))
                self.devices_tree.addTopLevelItem(item)
            self.devices_tree.setVisible(bool(devices))
            self.no_devices_label.setVisible(not devices)
            self.deactivate_button.setEnabled(self.devices_tree.currentItem() is not None)

        self._call(lambda c, i: c.devices(i), show, "devices")

    def confirm_deactivate(self) -> None:
        item = self.devices_tree.currentItem()
        if item is None or self.license is None:
            return
        device_id = int(item.data(0, Qt.ItemDataRole.UserRole))
        product = (self.license.get("product") or {}).get("name", "")
        self.dialog = confirm.deactivate_device(self, item.text(0), product)
        self.dialog.accepted.connect(lambda: self._deactivate(device_id, item.text(0)))
        self.dialog.open()

    def _deactivate(self, device_id: int, name: str) -> None:
        def done(_: Any) -> None:
            show_message(
                self.message_label,
                self.tr("“{name}” was deactivated; its seat is free.").format(name=name),
                "success",
            )
            self.load_devices()
            self.changed.emit()

        self._call(lambda c, i: c.deactivate_device(i, device_id), done, "deactivate device")

    # -- key files (K4) ---------------------------------------------------------------------

    def choose_download(self) -> None:
        if self.license is None:
            return
        product = (self.license.get("product") or {}).get("slug", "license")
        suggested = str(Path.home() / f"{product}.key")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the key file"),
            suggested,
            self.tr("Key files (*.key);;All files (*)"),
        )
        if path:
            self.download_key_file(Path(path))

    def download_key_file(self, target: Path) -> None:
        def done(result: tuple[Path, keyfile.KeyFile]) -> None:
            path, key = result
            show_message(
                self.message_label,
                self.tr(
                    "The key file for {product_name} was saved as {path}. Its signature was "
                    "checked."
                ).format(product_name=key.product_name, path=path),
                "success",
            )

        self._call(lambda c, i: _save_key_file(c, i, target), done, "download key file")

    def email_key_file(self) -> None:
        embedded = self.ctx.connection.embedded_mode

        def done(sent_to: str) -> None:
            where = self.tr(" It arrives in the Local mailbox.") if embedded else ""
            show_message(
                self.message_label,
                self.tr("The key file is on its way to {sent_to}, as a zip archive.{where}").format(
                    sent_to=sent_to, where=where
                ),
                "success",
            )

        self._call(lambda c, i: c.email_key_file(i), done, "mail key file")

    # -- remove (K3) ------------------------------------------------------------------------

    def confirm_remove(self) -> None:
        lic = self.license
        if lic is None:
            return
        product = (lic.get("product") or {}).get("name", "")
        self.dialog = confirm.remove_code(self, product, str(lic.get("code", "")))
        self.dialog.accepted.connect(self._remove)
        self.dialog.open()

    def _remove(self) -> None:
        lic = self.license
        if lic is None or self.dialog is None or not self.dialog.agreed:
            return
        license_id = int(lic["id"])
        self._call(
            lambda c, i: c.remove_license(i, i_agree=True),
            lambda _: self.removed.emit(license_id),
            "remove license",
        )
