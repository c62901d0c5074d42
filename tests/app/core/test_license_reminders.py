"""Expiry reminders (K6): which licenses expire soon and which notification is due, once."""

from __future__ import annotations

from typing import Any

from app.core.license_reminders import due, expiring, reminder_text


def _lic(id: int, days: int, status: str = "active") -> dict[str, Any]:
    return {
        "id": id,
        "days_left": days,
        "status": status,
        "code": "ABCDE-*****-*****-12345",
        "product": {"name": "Internet Security"},
    }


def test_expiring_are_active_licenses_within_30_days_soonest_first() -> None:
    found = expiring([_lic(1, 40), _lic(2, 30), _lic(3, 5), _lic(4, 3, "blocked"), _lic(5, 0)])
    assert [lic["id"] for lic in found] == [3, 2]


def test_each_threshold_notifies_once_and_a_late_first_sight_notifies_once() -> None:
    given: set[str] = set()
    assert due(_lic(1, 31), given) is None
    first = due(_lic(1, 30), given)
    assert first == (30, ["1:30"])
    given.update(first[1])
    assert due(_lic(1, 12), given) is None
    seven = due(_lic(1, 7), given)
    assert seven is not None and seven[0] == 7
    given.update(seven[1])
    last = due(_lic(1, 1), given)
    assert last is not None and last[0] == 1

    late = due(_lic(2, 5), set())  # first seen with 5 days left: one notification, the 7-day
    assert late == (7, ["2:30", "2:7"])
    assert due(_lic(2, 5), set(late[1])) is None
    assert due(_lic(3, 5, "expired"), set()) is None


def test_the_text_names_the_product_code_and_days_left() -> None:
    text = reminder_text(_lic(1, 1))
    assert "Internet Security" in text and "ABCDE-*****-*****-12345" in text and "1 day" in text
