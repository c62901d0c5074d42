"""The demo activation codes of the local service (embedded mode only), for newcomers.

The embedded service is this installation's own ``server`` package, seeded by
``seed-demo`` from ``server.services.demo_seed``; the codes are read from that one list
(imported only in embedded mode), so the page and the service cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class DemoCode:
    code: str
    product: str
    label: str


def demo_codes() -> list[DemoCode]:
    from server.services.demo_seed import DEMO_LICENSES, DEMO_PRODUCTS

    names = {slug: name for slug, name, _corporate, _versions in DEMO_PRODUCTS}
    return [DemoCode(d.code, names.get(d.product, d.product), d.label) for d in DEMO_LICENSES]


class DemoCodesBox(QGroupBox):
    """ "Try a demo code": the codes the local service holds, with Copy and Use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "DemoCodesBox", "Demo activation codes of the local service"
            ),
            parent,
        )
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "The local service on this computer holds these demo licenses. Copy one, or put "
                "it in the field above with Use; some are meant to be refused (expired, blocked, "
                "no seat left) so you can see what happens."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Demo activation code"))
        for demo in demo_codes():
            self.combo.addItem(f"{demo.code}  —  {demo.product}, {demo.label}", demo.code)
        self.copy_button = QPushButton(self.tr("Cop&y"))
        self.copy_button.setAccessibleName(self.tr("Copy the demo activation code"))
        self.use_button = QPushButton(self.tr("&Use"))
        self.use_button.setAccessibleName(self.tr("Put the demo activation code in the field"))
        row.addWidget(self.combo, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.use_button)
        layout.addLayout(row)
        self.copy_button.clicked.connect(self.copy)

    @property
    def code(self) -> str:
        return str(self.combo.currentData() or "")

    def copy(self) -> None:
        QApplication.clipboard().setText(self.code)
