"""How the GUI words the service's values: dates in the user's locale, customer types,
request statuses. The service sends ISO-8601 times and stable codes; wording is ours."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale

from app.core.text import QT_TRANSLATE_NOOP
from app.gui.translation import translated

CUSTOMER_TYPES = {
    "home": QT_TRANSLATE_NOOP("Formatting", "Home user"),
    "business": QT_TRANSLATE_NOOP("Formatting", "Business (1–499 licenses of corporate products)"),
    "corporate": QT_TRANSLATE_NOOP(
        "Formatting", "Corporate (500 or more licenses of corporate products)"
    ),
}

STATUSES = {
    "new": QT_TRANSLATE_NOOP("Formatting", "New"),
    "open": QT_TRANSLATE_NOOP("Formatting", "Open"),
    "waiting_for_customer": QT_TRANSLATE_NOOP("Formatting", "Waiting for your reply"),
    "resolved": QT_TRANSLATE_NOOP("Formatting", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("Formatting", "Closed"),
    "received": QT_TRANSLATE_NOOP("Formatting", "Received"),
    "analyzing": QT_TRANSLATE_NOOP("Formatting", "Analyzing"),
    "verdict": QT_TRANSLATE_NOOP("Formatting", "Verdict given"),
    "malicious": QT_TRANSLATE_NOOP("Formatting", "Verdict: malicious"),
    "clean": QT_TRANSLATE_NOOP("Formatting", "Verdict: clean"),
    "false_positive_confirmed": QT_TRANSLATE_NOOP(
        "Formatting", "Verdict: false positive confirmed"
    ),
    "verdict_malicious": QT_TRANSLATE_NOOP("Formatting", "Verdict: malicious"),
    "verdict_clean": QT_TRANSLATE_NOOP("Formatting", "Verdict: clean"),
    "verdict_false_positive": QT_TRANSLATE_NOOP("Formatting", "Verdict: false positive"),
}

LICENSE_STATUSES = {
    "active": QT_TRANSLATE_NOOP("Formatting", "Active"),
    "expired": QT_TRANSLATE_NOOP("Formatting", "Expired"),
    "blocked": QT_TRANSLATE_NOOP("Formatting", "Blocked"),
}

# Requests in these states need nothing more; the others count as open on Home.
FINISHED_STATUSES = frozenset({"resolved", "closed"})


def plain(code: str) -> str:
    """A code the GUI has no wording for, made readable."""
    return code.replace("_", " ").replace("-", " ").capitalize() if code else ""


def status_text(code: str) -> str:
    return translated(STATUSES.get(code) or plain(code))


def customer_type_text(code: str) -> str:
    return translated(CUSTOMER_TYPES.get(code) or plain(code))


def _plain_c() -> bool:
    """No language set (the bare "C" locale): ISO-like dates read better than its formats."""
    return QLocale().language() == QLocale.Language.C


def _parsed(iso: str) -> QDateTime:
    from PySide6.QtCore import Qt  # (not at import: see app/gui/theme.py)

    value = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    return value if value.isValid() else QDateTime.fromString(iso, Qt.DateFormat.ISODate)


def date_time(iso: str) -> str:
    """``2026-11-22T03:21:25Z`` as a short local date and time."""
    if not iso:
        return ""
    value = _parsed(iso)
    if not value.isValid():
        return iso
    if _plain_c():
        return value.toLocalTime().toString("yyyy-MM-dd HH:mm")
    return QLocale().toString(value.toLocalTime(), QLocale.FormatType.ShortFormat)


def stamp_text(stamp: float) -> str:
    """A moment of this computer's clock (seconds since the epoch) as a short local date and
    time in the interface language — a draft's or a queued request's."""
    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(stamp)).toLocalTime(), QLocale.FormatType.ShortFormat
    )


def date_only(iso: str) -> str:
    if not iso:
        return ""
    value = _parsed(iso)
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
