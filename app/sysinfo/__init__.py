"""GetSystemInfo: a fast, private system report for support (PRODUCT.md S1–S5). Qt-free.

The API the wizard uses, from any thread::

    report = build_report(progress=on_progress, cancel=cancel_event)
    write_report(report, path)          # the zip; the pseudonym map stays next to it
    report = load_report(path)          # the map, when present, gives back the original

Writing and reading (``archive``: zip, HTML, redaction) load on first use, so the
``getsysteminfo`` command can import them while the sections collect.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from app.sysinfo.model import FORMATS, SCHEMA_VERSION, Cancelled, Progress, Report, Status
from app.sysinfo.runner import DEFAULT_TIMEOUT, build_report
from app.sysinfo.sections import SECTIONS, Section

if TYPE_CHECKING:
    from app.sysinfo.archive import ReportFileError, load_report, map_path, write_report

_ARCHIVE = ("ReportFileError", "load_report", "map_path", "write_report")


def __getattr__(name: str) -> Any:
    if name not in _ARCHIVE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module("app.sysinfo.archive"), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_TIMEOUT",
    "FORMATS",
    "SCHEMA_VERSION",
    "SECTIONS",
    "Cancelled",
    "Progress",
    "Report",
    "ReportFileError",
    "Section",
    "Status",
    "build_report",
    "load_report",
    "map_path",
    "write_report",
]
