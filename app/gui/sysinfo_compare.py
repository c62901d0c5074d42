"""Two system reports side by side in time (H4): a summary line per section, then per
table the rows added, removed and changed, from ``app.sysinfo.compare``. "Changed only"
(the default) hides the rows that are the same in both."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.text import QT_TRANSLATE_NOOP
from app.gui.feedback import error_text
from app.gui.translation import translated
from app.sysinfo.archive import ReportFileError, load_report
from app.sysinfo.compare import RowChange, SectionDiff, compare

REPORT_FILTER = QT_TRANSLATE_NOOP("SysinfoCompare", "System reports (*.zip *.json);;All files (*)")
COLORS = {
    "added": "#2e7d32",
    "removed": "#c62828",
    "upgraded": "#1565c0",
    "downgraded": "#ef6c00",
    "changed": "#6a1b9a",
}


def _details(change: RowChange) -> str:
    if change.kind in ("added", "removed"):
        row = change.after if change.kind == "added" else change.before
        return ", ".join(f"{k}: {v}" for k, v in (row or {}).items() if v not in (None, ""))
    return "; ".join(
        f"{c}: {(change.before or {}).get(c)} → {(change.after or {}).get(c)}"
        for c in change.columns
    )


class CompareWindow(QWidget):
    def __init__(
        self,
        earlier: Path | None = None,
        later: Path | None = None,
        *,
        titles: tuple[str, str] | None = None,
    ) -> None:
        """``titles`` name the two reports (a request's number, say) in place of their paths
        until another file is chosen."""
        super().__init__()
        self.titles: list[str] = list(titles or ("", ""))
        self.setWindowTitle(self.tr("Compare system reports"))
        self.resize(1100, 700)
        self.paths: list[Path | None] = [earlier, later]
        self.diffs: list[SectionDiff] = []
        layout = QVBoxLayout(self)
        self.labels: list[QLabel] = []
        for index, title in enumerate((self.tr("&Earlier report…"), self.tr("&Later report…"))):
            row = QHBoxLayout()
            button = QPushButton(title)
            button.clicked.connect(lambda _c=False, i=index: self._choose(i))
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels.append(label)
            row.addWidget(button)
            row.addWidget(label, 1)
            layout.addLayout(row)
        self.changed_only = QCheckBox(self.tr("&Changed only"))
        self.changed_only.setChecked(True)
        self.changed_only.toggled.connect(self._show)
        layout.addWidget(self.changed_only)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Section, table or row"), self.tr("What changed")])
        self.tree.setColumnWidth(0, 380)
        self.tree.setAccessibleName(self.tr("Differences"))
        layout.addWidget(self.tree, 1)
        self._compare()

    def _choose(self, index: int) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a system report"), "", translated(REPORT_FILTER)
        )
        if chosen:
            self.paths[index] = Path(chosen)
            self.titles[index] = ""
            self._compare()

    def set_paths(self, earlier: Path, later: Path) -> None:
        self.paths, self.titles = [earlier, later], ["", ""]
        self._compare()

    def _compare(self) -> None:
        for label, path, title in zip(self.labels, self.paths, self.titles, strict=True):
            label.setText(title or (str(path) if path else self.tr("(not chosen)")))
            label.setToolTip(str(path) if path else "")
        self.diffs = []
        earlier, later = self.paths
        if earlier is None or later is None:
            self.message.setText(self.tr("Choose the two reports to compare."))
            self._show()
            return
        try:
            self.diffs = compare(load_report(earlier), load_report(later))
        except ReportFileError as exc:
            self.message.setText(error_text(exc))
        else:
            changed = sum(1 for d in self.diffs if d.counts or d.note)
            self.message.setText(
                self.tr("{changed} of {total} sections differ.").format(
                    changed=changed, total=len(self.diffs)
                )
            )
        self._show()

    def _show(self, *_args: Any) -> None:
        self.tree.clear()
        only = self.changed_only.isChecked()
        for diff in self.diffs:
            if only and not (diff.counts or diff.note):
                continue
            top = QTreeWidgetItem([diff.summary(), ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for table in diff.tables:
                if only and not table.changes:
                    continue
                node = QTreeWidgetItem([table.title, ""])
                top.addChild(node)
                for change in table.changes:
                    item = QTreeWidgetItem([f"{change.kind}: {change.key}", _details(change)])
                    item.setForeground(0, QBrush(QColor(COLORS[change.kind])))
                    item.setToolTip(1, _details(change))
                    node.addChild(item)
                if not only:
                    for row in table.unchanged:
                        key = next(iter(row.values()), "")
                        node.addChild(
                            QTreeWidgetItem([self.tr("unchanged: {key}").format(key=key), ""])
                        )
            top.setExpanded(True)
            for n in range(top.childCount()):
                child = top.child(n)
                if child is not None:
                    child.setExpanded(len(diff.tables) <= 3)
