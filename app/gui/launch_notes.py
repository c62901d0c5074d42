"""What the user is told about the parts of a product's link that the catalog cannot use
(shared by the Support page and the wizard, so both say it alike)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.catalog import Prefill


def launch_problems(prefill: Prefill) -> list[str]:
    problems = []
    if prefill.unknown_type:
        problems.append(
            QCoreApplication.translate(
                "LaunchLink", "the request type “{name}” is not one we know"
            ).format(name=prefill.unknown_type)
        )
    if prefill.unknown_product:
        problems.append(
            QCoreApplication.translate(
                "LaunchLink", "the product “{name}” is not in the catalog"
            ).format(name=prefill.unknown_product)
        )
    return problems
