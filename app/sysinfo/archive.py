"""Writing and reading reports (S4).

The zip holds ``report.json``, ``report.html``, ``errors.log`` and ``redaction-summary.json``
(counts only). The pseudonym map never goes into it: it is written next to the output as
``<name>.pseudonyms.json`` (owner-only permissions) so the viewer on this machine can show the
original beside what is sent.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path
from typing import Any

from app.core.atomic import write_bytes
from app.sysinfo.html import render_html
from app.sysinfo.model import FORMATS, SCHEMA, Report
from app.sysinfo.redact import unredact

MAP_SUFFIX = ".pseudonyms.json"
MAP_SCHEMA = "personal-cabinet/getsysteminfo-pseudonyms"


class ReportFileError(ValueError):
    """The file is not a report this program can read; the message is for the user."""


def map_path(path: Path) -> Path:
    return path.with_name(path.name + MAP_SUFFIX)


def _json(value: Any) -> bytes:
    # Compact: ``indent`` makes json use its pure-Python encoder, a seventh of the whole
    # report's time; people read report.html, the viewer reads the JSON.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def zip_bytes(report: Report) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr("report.json", _json(report.document))
        zf.writestr("report.html", render_html(report.document).encode("utf-8"))
        zf.writestr("errors.log", report.errors_log().encode("utf-8"))
        zf.writestr("redaction-summary.json", _json(report.redaction_summary()))
    return buffer.getvalue()


def render(report: Report, fmt: str) -> bytes:
    """The bytes of the report in one of ``FORMATS``."""
    if fmt == "zip":
        return zip_bytes(report)
    if fmt == "json":
        return _json(report.document)
    if fmt == "html":
        return render_html(report.document).encode("utf-8")
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_report(report: Report, path: Path, *, fmt: str = "zip", keep_map: bool = True) -> Path:
    """Write ``report`` to ``path`` as zip, json or html; keep the map next to it.

    Returns the path of the map file written, or the report path when there is no map
    (an unredacted report, or ``keep_map=False`` as for standard output).
    """
    write_bytes(path, render(report, fmt))
    if keep_map and report.redacted:
        target = map_path(path)
        content = {
            "schema": MAP_SCHEMA,
            "report": path.name,
            "created_utc": report.document.get("created_utc"),
            "note": "Original values for the pseudonyms in the report next to this file. "
            "Keep it on this machine; never send it.",
            "map": report.pseudonyms,
        }
        write_bytes(target, _json(content))
        if os.name == "posix":
            os.chmod(target, 0o600)
        return target
    return path


def _read_document(path: Path) -> dict[str, Any]:
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                raw = zf.read("report.json")
        else:
            raw = path.read_bytes()
        document = json.loads(raw)
    except KeyError:
        raise ReportFileError(f"{path.name} has no report.json inside") from None
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        raise ReportFileError(f"{path.name} cannot be read as a report: {exc}") from None
    if not isinstance(document, dict) or document.get("schema") != SCHEMA:
        raise ReportFileError(f"{path.name} is not a system report")
    if not str(document.get("schema_version", "")).startswith("1."):
        raise ReportFileError(
            f"{path.name} uses report schema {document.get('schema_version')}, "
            "which this version cannot read"
        )
    return document


def load_report(path: Path) -> Report:
    """Read a report (zip or report.json); with its map next to it, the original as well."""
    document = _read_document(path)
    mapping: dict[str, dict[str, str]] = {}
    original = None if document.get("redacted") else document
    side = map_path(path)
    if document.get("redacted") and side.exists():
        try:
            content = json.loads(side.read_bytes())
            if content.get("schema") == MAP_SCHEMA and isinstance(content.get("map"), dict):
                mapping = content["map"]
                original = unredact(document, mapping)
                original["redacted"] = False
        except (OSError, ValueError, AttributeError):
            original = None
    return Report(document=document, original=original, pseudonyms=mapping)
