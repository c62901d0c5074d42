"""Expiry reminders (K6): which licenses run out soon, and which desktop notification is due.

A license is "expiring" once 30 days or fewer are left. The desktop notification comes at
30, 7 and 1 days left, once each: the thresholds already passed are remembered (as
``"<holding id>:<threshold>"`` keys in the settings), so a license first seen with 5 days
left gives one notification (the 7-day one), not two, and none again on the next start.
Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from app.core.text import QT_TRANSLATE_NOOP

SOON_DAYS = 30
THRESHOLDS = (30, 7, 1)
SETTINGS_KEY = "license_reminders"


def expiring(licenses: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Active licenses with 30 days or fewer left, the soonest first."""
    soon = [
        lic
        for lic in licenses
        if lic.get("status") == "active" and 0 < int(lic.get("days_left", 0)) <= SOON_DAYS
    ]
    return sorted(soon, key=lambda lic: int(lic.get("days_left", 0)))


def days_text(days: int) -> str:
    if days == 1:
        return QT_TRANSLATE_NOOP("LicenseReminders", "1 day")
    # a translation with plural forms needs one source per form it tells apart; the GUI
    # may say it with tr("%n day(s)") instead (see gui.translation.plural)
    return QT_TRANSLATE_NOOP("LicenseReminders", "{count} days").format(count=days)


def due(lic: Mapping[str, Any], given: Iterable[str]) -> tuple[int, list[str]] | None:
    """(the threshold to notify now, every key to remember) — or None when nothing is due."""
    days = int(lic.get("days_left", 0))
    if lic.get("status") != "active" or days <= 0:
        return None
    reached = [t for t in THRESHOLDS if days <= t]
    if not reached:
        return None
    keys = [f"{lic.get('id')}:{t}" for t in reached]
    if keys[-1] in set(given):
        return None  # the tightest threshold was notified already
    return reached[-1], keys


def reminder_text(lic: Mapping[str, Any]) -> str:
    product = (lic.get("product") or {}).get("name", "")
    days = int(lic.get("days_left", 0))
    return QT_TRANSLATE_NOOP(
        "LicenseReminders",
        "Your license for {product} ({code}) expires in {days}. "
        "Renew it with a new activation code under Licenses.",
    ).format(product=product, code=lic.get("code", ""), days=days_text(days))
