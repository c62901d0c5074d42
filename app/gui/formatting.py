"""How the GUI words the service's values: dates in the user's locale, customer types,
request statuses. The service sends ISO-8601 times and stable codes; wording is ours."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

CUSTOMER_TYPES = {
    "home": "Home user",
    "business": "Business (1–499 licenses of corporate products)",
    "corporate": "Corporate (500 or more licenses of corporate products)",
}

STATUSES = {
    "new": "New",
    "open": "Open",
    "waiting_for_customer": "Waiting for your reply",
    "resolved": "Resolved",
    "closed": "Closed",
    "received": "Received",
    "analyzing": "Analyzing",
    "verdict": "Verdict given",
    "malicious": "Verdict: malicious",
    "clean": "Verdict: clean",
    "false_positive_confirmed": "Verdict: false positive confirmed",
    "verdict_malicious": "Verdict: malicious",
    "verdict_clean": "Verdict: clean",
    "verdict_false_positive": "Verdict: false positive",
}

LICENSE_STATUSES = {"active": "Active", "expired": "Expired", "blocked": "Blocked"}

# Requests in these states need nothing more; the others count as open on Home.
FINISHED_STATUSES = frozenset({"resolved", "closed"})


def plain(code: str) -> str:
    """A code the GUI has no wording for, made readable."""
    return code.replace("_", " ").replace("-", " ").capitalize() if code else ""


def status_text(code: str) -> str:
    return STATUSES.get(code, plain(code))


def customer_type_text(code: str) -> str:
    return CUSTOMER_TYPES.get(code, plain(code))


def _plain_c() -> bool:
    """No language set (the bare "C" locale): ISO-like dates read better than its formats."""
    return QLocale().language() == QLocale.Language.C


def date_time(iso: str) -> str:
    """``2026-11-22T03:21:25Z`` as a short local date and time."""
    if not iso:
        return ""
    value = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not value.isValid():
        value = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not value.isValid():
        return iso
    if _plain_c():
        return value.toLocalTime().toString("yyyy-MM-dd HH:mm")
    return QLocale().toString(value.toLocalTime(), QLocale.FormatType.ShortFormat)


def date_only(iso: str) -> str:
    if not iso:
        return ""
    value = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not value.isValid():
        value = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    day = (
        value.toLocalTime().date() if value.isValid() else QDate.fromString(iso[:10], "yyyy-MM-dd")
    )
    if not day.isValid():
        return iso
    if _plain_c():
        return day.toString("yyyy-MM-dd")
    return QLocale().toString(day, QLocale.FormatType.ShortFormat)


def countdown(seconds: int) -> str:
    """``1:05`` or ``1:02:05``: the time left of a lock-out."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
