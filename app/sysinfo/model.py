"""The report's vocabulary: section statuses, one section's result, the report object.

A report is kept as the plain JSON document that ``report.json`` holds (so what the program
works with is exactly what is written), plus what must never leave this machine: the
unredacted original and the pseudonym map.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, NamedTuple

SCHEMA = "personal-cabinet/getsysteminfo"
SCHEMA_VERSION = "1.0"
# The files a report is written as (``archive.render``).
FORMATS = ("zip", "json", "html")


class Status(StrEnum):
    """How a section ended; only ``ok`` and ``skipped`` count as success (see docs)."""

    OK = "ok"
    PARTIAL = "partial"
    TIMEOUT = "timeout"
    ERROR = "error"
    SKIPPED = "skipped"
    NEEDS_ADMIN = "needs_admin"


SUCCESS = frozenset({Status.OK, Status.SKIPPED})


class Progress(NamedTuple):
    """One section finished: reported to the caller's progress callback.

    Plain classes here, no ``dataclasses``: importing it pulls in ``inspect``, about 8 ms
    of the ``getsysteminfo`` command's start.
    """

    done: int
    total: int
    section: str
    title: str
    status: Status
    duration_ms: int = 0


class Cancelled(Exception):
    """The caller set the cancel flag; no report was made."""


class Report:
    """A built or loaded report.

    ``document`` is what ``report.json`` holds. ``original`` is the same document before
    redaction and ``pseudonyms`` maps kind → {original value: pseudonym}; both exist only in
    memory or in the map file kept next to the zip, never inside it.
    """

    __slots__ = ("document", "original", "pseudonyms")

    def __init__(
        self,
        document: dict[str, Any],
        original: dict[str, Any] | None = None,
        pseudonyms: dict[str, dict[str, str]] | None = None,
    ) -> None:
        self.document = document
        self.original = original
        self.pseudonyms: dict[str, dict[str, str]] = {} if pseudonyms is None else pseudonyms

    def __repr__(self) -> str:
        return (
            f"Report(document={self.document!r}, original={self.original!r}, "
            f"pseudonyms={self.pseudonyms!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Report):
            return NotImplemented
        return (self.document, self.original, self.pseudonyms) == (
            other.document,
            other.original,
            other.pseudonyms,
        )

    __hash__ = None  # type: ignore[assignment]

    @property
    def sections(self) -> dict[str, dict[str, Any]]:
        sections: dict[str, dict[str, Any]] = self.document["sections"]
        return sections

    @property
    def redacted(self) -> bool:
        return bool(self.document.get("redacted"))

    @property
    def succeeded(self) -> bool:
        """True when every section is ok or skipped (the CLI's exit status 0)."""
        return all(s["status"] in SUCCESS for s in self.sections.values())

    def data(self, section: str) -> Any:
        return self.sections[section]["data"]

    def original_data(self, section: str) -> Any:
        """The section's data before redaction, when this machine still has it."""
        if self.original is None:
            return None
        return self.original["sections"][section]["data"]

    def redaction_summary(self) -> dict[str, Any]:
        """What ``redaction-summary.json`` holds: counts per kind, never the values."""
        counts = (self.document.get("redaction") or {}).get("counts", {})
        distinct = (self.document.get("redaction") or {}).get("distinct", {})
        return {
            "schema_version": self.document.get("schema_version"),
            "redacted": self.redacted,
            "counts": counts,
            "distinct": distinct,
        }

    def errors_log(self) -> str:
        """Plain-text log of every section that did not end ``ok``, with details."""
        lines = [f"getsysteminfo report created {self.document.get('created_utc', '?')}"]
        for sid, section in self.sections.items():
            if section["status"] != Status.OK:
                lines.append(
                    f"[{section['status']}] {sid} ({section['title']}, "
                    f"{section['duration_ms']} ms): {section.get('error') or ''}".rstrip()
                )
        for entry in self.document.get("log", []):
            lines.append(f"{entry['level'].upper()} {entry['section']}: {entry['message']}")
            if entry.get("detail"):
                lines.extend("    " + line for line in entry["detail"].rstrip().splitlines())
        if len(lines) == 1:
            lines.append("every section completed")
        return "\n".join(lines) + "\n"
