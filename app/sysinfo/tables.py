"""A section's data as tables, for the HTML page and the viewer alike.

The convention (documented in docs/sysinfo-report.md): members of ``data`` that are arrays of
objects are tables; every other member (nested objects flattened with dotted names) is a
property in the section's "Summary" table.
"""

from __future__ import annotations

from typing import Any, NamedTuple


# A NamedTuple, not a dataclass: ``dataclasses`` pulls in ``inspect`` (~8 ms of the report's
# start, S5) and a table needs neither.
class Table(NamedTuple):
    key: str
    title: str
    columns: list[str]
    rows: list[list[Any]]


def _title(key: str) -> str:
    if not key:
        return "Summary"
    return key.replace("_", " ").replace(".", " › ").capitalize()


def _walk(prefix: str, value: Any, props: list[list[Any]], tables: list[Table]) -> None:
    if isinstance(value, dict):
        if not value:
            props.append([prefix, value])
        for k, v in value.items():
            _walk(f"{prefix}.{k}" if prefix else str(k), v, props, tables)
    elif isinstance(value, list) and value and all(isinstance(x, dict) for x in value):
        columns: dict[str, None] = {}
        for row in value:
            columns.update(dict.fromkeys(row))
        names = list(columns)
        tables.append(
            Table(prefix, _title(prefix), names, [[row.get(c) for c in names] for row in value])
        )
    else:
        props.append([prefix, value])


def section_tables(data: Any) -> list[Table]:
    """The Summary table (when there are properties) followed by each list table."""
    if data is None:
        return []
    props: list[list[Any]] = []
    tables: list[Table] = []
    if isinstance(data, dict):
        for k, v in data.items():
            _walk(str(k), v, props, tables)
    else:
        props.append(["value", data])
    if props:
        tables.insert(0, Table("", "Summary", ["property", "value"], props))
    return tables


def human_bytes(value: int | float) -> str:
    size = float(value)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(size) < 1024 or unit == "TiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} PiB"


def cell_text(value: Any, column: str = "") -> str:
    """How a value is shown: sizes in binary units, yes/no, lists joined, empty for null."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int) and column.endswith("_bytes"):
        return human_bytes(value)
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    if isinstance(value, list):
        return ", ".join(cell_text(v) for v in value) if value else "none"
    if isinstance(value, dict):
        return ", ".join(f"{k}={cell_text(v)}" for k, v in value.items()) if value else "none"
    return str(value)


def display(table: Table, row: list[Any], column: int) -> str:
    """The text of one cell; in the Summary table a value is formatted by its property name."""
    name = str(row[0]) if not table.key and column == 1 else table.columns[column]
    return cell_text(row[column], name)
