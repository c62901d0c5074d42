"""Comparing two system reports (H4): per section and table, the rows added, removed and
changed, and a summary line such as "Installed software: 3 added, 1 removed, 2 upgraded".

Tables are the ones the viewer shows (``tables.section_tables``). A row is matched across
the reports by its identity column (a package's name, a service's name, a summary's
property); where names repeat (processes), by name and occurrence. A changed row lists the
columns that differ; a package whose version went up is "upgraded", down "downgraded".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from app.sysinfo.model import Report
from app.sysinfo.tables import Table, section_tables

KEY_COLUMNS = ("property", "name", "id", "path", "device", "interface", "user", "pid")
# Columns whose values move between any two runs: they would mark every row changed.
VOLATILE = frozenset({"cpu_percent", "memory_percent", "rss_bytes", "uptime_s", "last_seen"})

Kind = Literal["added", "removed", "changed", "upgraded", "downgraded"]


@dataclass(frozen=True)
class RowChange:
    kind: Kind
    key: str
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    columns: tuple[str, ...] = ()  # the columns that differ (changed rows)


@dataclass(frozen=True)
class TableDiff:
    key: str
    title: str
    columns: list[str]
    changes: list[RowChange]
    unchanged: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class SectionDiff:
    id: str
    title: str
    tables: list[TableDiff]
    note: str = ""  # e.g. the section is only in one of the reports

    @property
    def counts(self) -> Counter[str]:
        return Counter(c.kind for t in self.tables for c in t.changes)

    def summary(self) -> str:
        if self.note:
            return f"{self.title}: {self.note}"
        counts = self.counts
        order = ("added", "removed", "upgraded", "downgraded", "changed")
        parts = [f"{counts[k]} {k}" for k in order if counts[k]]
        return f"{self.title}: " + (", ".join(parts) if parts else "no changes")


def _version_key(text: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", text))


def _keyed(table: Table) -> dict[str, dict[str, Any]]:
    key_column = next((c for c in KEY_COLUMNS if c in table.columns), None)
    rows: dict[str, dict[str, Any]] = {}
    seen: Counter[str] = Counter()
    for values in table.rows:
        row = dict(zip(table.columns, values, strict=False))
        base = str(row.get(key_column)) if key_column else repr(values)
        seen[base] += 1
        rows[base if seen[base] == 1 else f"{base} #{seen[base]}"] = row
    return rows


def _row_change(key: str, before: dict[str, Any], after: dict[str, Any]) -> RowChange | None:
    columns = tuple(
        c
        for c in dict.fromkeys([*before, *after])
        if c not in VOLATILE and before.get(c) != after.get(c)
    )
    if not columns:
        return None
    kind: Kind = "changed"
    if "version" in columns:
        old, new = _version_key(str(before.get("version"))), _version_key(str(after.get("version")))
        if old != new:
            kind = "upgraded" if new > old else "downgraded"
    return RowChange(kind, key, before, after, columns)


def compare_tables(before: Table | None, after: Table | None) -> TableDiff:
    ref = after or before
    assert ref is not None
    old = _keyed(before) if before else {}
    new = _keyed(after) if after else {}
    changes: list[RowChange] = []
    unchanged: list[dict[str, Any]] = []
    for key, row in new.items():
        if key not in old:
            changes.append(RowChange("added", key, after=row))
        elif (change := _row_change(key, old[key], row)) is not None:
            changes.append(change)
        else:
            unchanged.append(row)
    changes.extend(
        RowChange("removed", key, before=row) for key, row in old.items() if key not in new
    )
    columns = list(
        dict.fromkeys([*(before.columns if before else []), *(after.columns if after else [])])
    )
    return TableDiff(ref.key, ref.title, columns, changes, unchanged)


def compare(before: Report, after: Report) -> list[SectionDiff]:
    """Every section of either report, in the later report's order."""
    ids = list(dict.fromkeys([*after.sections, *before.sections]))
    diffs = []
    for sid in ids:
        a, b = before.sections.get(sid), after.sections.get(sid)
        title = str((b or a or {}).get("title", sid))
        if a is None or b is None:
            note = "only in the later report" if a is None else "only in the earlier report"
            diffs.append(SectionDiff(sid, title, [], note))
            continue
        old = {t.key: t for t in section_tables(a.get("data"))}
        new = {t.key: t for t in section_tables(b.get("data"))}
        tables = [compare_tables(old.get(k), new.get(k)) for k in dict.fromkeys([*new, *old])]
        diffs.append(SectionDiff(sid, title, tables))
    return diffs


# -- output -------------------------------------------------------------------------------


def _brief(row: dict[str, Any] | None, columns: Sequence[str] = ()) -> str:
    if not row:
        return ""
    shown = columns or [c for c in row if c not in VOLATILE][:4]
    return ", ".join(f"{c}={row.get(c)!r}" for c in shown)


def to_text(diffs: Sequence[SectionDiff]) -> str:
    """Summary lines first, then each change."""
    lines = [d.summary() for d in diffs]
    for d in diffs:
        for table in d.tables:
            if not table.changes:
                continue
            lines.append("")
            lines.append(f"== {d.title} › {table.title}")
            for c in table.changes:
                if c.kind in ("added", "removed"):
                    row = c.after if c.kind == "added" else c.before
                    lines.append(f"{c.kind:>10}  {c.key}  ({_brief(row)})")
                else:
                    moves = "; ".join(
                        f"{col}: {(c.before or {}).get(col)!r} → {(c.after or {}).get(col)!r}"
                        for col in c.columns
                    )
                    lines.append(f"{c.kind:>10}  {c.key}  ({moves})")
    return "\n".join(lines) + "\n"


def to_json(diffs: Sequence[SectionDiff]) -> dict[str, Any]:
    return {
        "sections": [
            {
                "id": d.id,
                "title": d.title,
                "summary": d.summary(),
                "counts": dict(d.counts),
                "note": d.note,
                "tables": [
                    {
                        "key": t.key,
                        "title": t.title,
                        "unchanged": len(t.unchanged),
                        "changes": [
                            {
                                "kind": c.kind,
                                "key": c.key,
                                "before": c.before,
                                "after": c.after,
                                "columns": list(c.columns),
                            }
                            for c in t.changes
                        ],
                    }
                    for t in d.tables
                ],
            }
            for d in diffs
        ]
    }
