"""GetSystemInfo: a fast, private system report for support (PRODUCT.md S1–S5). Qt-free.

The API the wizard uses, from any thread::

    report = build_report(progress=on_progress, cancel=cancel_event)
    write_report(report, path)          # the zip; the pseudonym map stays next to it
    report = load_report(path)          # the map, when present, gives back the original
"""

from app.sysinfo.archive import FORMATS, ReportFileError, load_report, map_path, write_report
from app.sysinfo.model import SCHEMA_VERSION, Cancelled, Progress, Report, Status
from app.sysinfo.runner import DEFAULT_TIMEOUT, build_report
from app.sysinfo.sections import SECTIONS, Section

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
