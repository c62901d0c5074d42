"""What the user is told about the parts of a product's link that the catalog cannot use
(shared by the Support page and the wizard, so both say it alike)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.catalog import Prefill


def launch_problems(prefill: Prefill) -> list[str]:
    tr = QCoreApplication.translate
    problems = []
    if prefill.unknown_type:
        problems.append(
            tr("LaunchLink", "the request type “{}” is not one we know").format(
                prefill.unknown_type
            )
        )
    if prefill.unknown_product:
        problems.append(
            tr("LaunchLink", "the product “{}” is not in the catalog").format(
                prefill.unknown_product
            )
        )
    return problems
