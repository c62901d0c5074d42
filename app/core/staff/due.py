"""The queue's response-time column: how long staff have left to answer, or how long over.

The service says when an answer is due (``due_at``, from its configured response time);
the wording is here so the list, the request and their tests agree. ``now`` is passed in.
"""

from __future__ import annotations

from datetime import datetime

from app.core.requests.conversation import moment
from app.core.text import QT_TRANSLATE_NOOP, Text


def span(seconds: float) -> Text:
    """``3 d 4 h``, ``2 h 05 min``, ``7 min`` — the two largest units, never seconds."""
    minutes = int(abs(seconds) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return QT_TRANSLATE_NOOP("Due", "{days} d {hours} h").format(days=days, hours=hours)
    if hours:
        return QT_TRANSLATE_NOOP("Due", "{hours} h {minutes:02d} min").format(
            hours=hours, minutes=mins
        )
    return QT_TRANSLATE_NOOP("Due", "{minutes} min").format(minutes=mins)


def due_text(due_at: str | None, now: datetime) -> tuple[str, bool]:
    """(text, overdue): "2 h 05 min left", "1 d 3 h over", or "" when nobody waits."""
    if not due_at:
        return "", False
    left = (moment(due_at) - now).total_seconds()
    if left >= 0:
        return QT_TRANSLATE_NOOP("Due", "{span} left").format(span=span(left)), False
    return QT_TRANSLATE_NOOP("Due", "{span} over").format(span=span(left)), True
