"""The request state machine, rule by rule: every move staff may and may not make, the
customer's own moves, the history and the events each move leaves behind."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from sqlalchemy import select

from server.db.models import Event
from server.services.request_states import (
    SUPPORT_STATUSES,
    TRANSITIONS,
    VIRUSLAB_STATUSES,
)
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.support_requests import (
    encrypted_zip,
    file_support,
    make_product,
    upload,
)

# How staff bring a fresh request to each status.
SUPPORT_PATHS: dict[str, list[str]] = {
    "new": [],
    "open": ["open"],
    "waiting_for_customer": ["open", "waiting_for_customer"],
    "resolved": ["open", "resolved"],
    "closed": ["open", "resolved", "closed"],
}
VIRUSLAB_PATHS: dict[str, list[str]] = {
    "received": [],
    "analyzing": ["analyzing"],
    "verdict_malicious": ["analyzing", "verdict_malicious"],
    "verdict_clean": ["analyzing", "verdict_clean"],
    "verdict_false_positive": ["analyzing", "verdict_false_positive"],
    "closed": ["analyzing", "verdict_clean", "closed"],
}

# The rules, written out here rather than read from the table under test.
STAFF_SUPPORT = {
    ("new", "open"),
    ("open", "waiting_for_customer"),
    ("waiting_for_customer", "open"),
    ("open", "resolved"),
    ("resolved", "open"),
    ("resolved", "closed"),
}
STAFF_VIRUSLAB = {
    ("received", "analyzing"),
    ("analyzing", "verdict_malicious"),
    ("analyzing", "verdict_clean"),
    ("analyzing", "verdict_false_positive"),
    ("verdict_malicious", "closed"),
    ("verdict_clean", "closed"),
    ("verdict_false_positive", "closed"),
}


@pytest.fixture
def product(service: LiveService) -> int:
    return make_product(service)


def _new_viruslab(service: LiveService, customer: Caller, product: int) -> dict[str, Any]:
    sample = upload(customer, content=encrypted_zip())
    r = customer.post(
        "/requests/viruslab",
        json={
            "type": "malware",
            "description": "suspicious",
            "product_id": product,
            "sample_attachment_ids": [sample],
        },
    )
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    return result


def _move(staff: Caller, request_id: int, status: str) -> Any:
    return staff.post(f"/staff/requests/{request_id}/status", json={"status": status})


def test_the_table_is_the_documented_machine() -> None:
    staff_moves = {
        (kind, frm, to) for (kind, frm, to), who in TRANSITIONS.items() if "staff" in who
    }
    assert staff_moves == {("support", *m) for m in STAFF_SUPPORT} | {
        ("viruslab", *m) for m in STAFF_VIRUSLAB
    }


def test_staff_support_moves(customer: Caller, staff: Caller, product: int) -> None:
    for start, target in itertools.product(SUPPORT_STATUSES, SUPPORT_STATUSES):
        req = file_support(customer, product)
        for step in SUPPORT_PATHS[start]:
            assert _move(staff, req["id"], step).status_code == 200
        r = _move(staff, req["id"], target)
        if (start, target) in STAFF_SUPPORT:
            assert r.status_code == 200, (start, target, r.text)
            assert r.json()["status"] == target
        else:
            assert r.status_code == 409, (start, target, r.text)
            body = r.json()
            assert body["code"] == "invalid_transition"
            assert body["from"] == start and body["to"] == target
            assert set(body["allowed"]) == {t for f, t in STAFF_SUPPORT if f == start}


def test_staff_viruslab_moves(
    service: LiveService, customer: Caller, staff: Caller, product: int
) -> None:
    for start, target in itertools.product(VIRUSLAB_STATUSES, VIRUSLAB_STATUSES):
        req = _new_viruslab(service, customer, product)
        for step in VIRUSLAB_PATHS[start]:
            assert _move(staff, req["id"], step).status_code == 200
        r = _move(staff, req["id"], target)
        expected = 200 if (start, target) in STAFF_VIRUSLAB else 409
        assert r.status_code == expected, (start, target, r.text)


def test_statuses_of_the_other_kind_are_unknown(
    service: LiveService, customer: Caller, staff: Caller, product: int
) -> None:
    support = file_support(customer, product)
    lab = _new_viruslab(service, customer, product)
    for request_id, status in (
        (support["id"], "analyzing"),
        (lab["id"], "open"),
        (lab["id"], "done"),
    ):
        r = _move(staff, request_id, status)
        assert r.status_code == 422 and r.json()["code"] == "unknown_status"


def test_customer_may_close_a_support_request_unless_closed(
    customer: Caller, staff: Caller, product: int
) -> None:
    for start, path in SUPPORT_PATHS.items():
        req = file_support(customer, product)
        for step in path:
            _move(staff, req["id"], step)
        r = customer.post(f"/requests/{req['id']}/close")
        assert r.status_code == (409 if start == "closed" else 200), start


def test_customer_may_close_a_viruslab_request_unless_closed(
    service: LiveService, customer: Caller, staff: Caller, product: int
) -> None:
    for start, path in VIRUSLAB_PATHS.items():
        req = _new_viruslab(service, customer, product)
        for step in path:
            _move(staff, req["id"], step)
        r = customer.post(f"/requests/{req['id']}/close")
        assert r.status_code == (409 if start == "closed" else 200), start


def test_customer_may_reopen_only_a_resolved_request(
    customer: Caller, staff: Caller, product: int
) -> None:
    for start, path in SUPPORT_PATHS.items():
        req = file_support(customer, product)
        for step in path:
            _move(staff, req["id"], step)
        r = customer.post(f"/requests/{req['id']}/reopen")
        if start == "resolved":
            assert r.status_code == 200 and r.json()["status"] == "open"
        else:
            assert r.status_code == 409 and r.json()["code"] == "invalid_transition", start


def test_a_customer_reply_does_not_move_a_new_or_open_request(
    customer: Caller, staff: Caller, product: int
) -> None:
    req = file_support(customer, product)
    customer.post(f"/requests/{req['id']}/messages", json={"body": "more details"})
    assert customer.get(f"/requests/{req['id']}").json()["status"] == "new"
    _move(staff, req["id"], "open")
    customer.post(f"/requests/{req['id']}/messages", json={"body": "even more"})
    assert customer.get(f"/requests/{req['id']}").json()["status"] == "open"


def test_history_and_events_follow_every_move(
    service: LiveService, customer: Caller, staff: Caller, product: int
) -> None:
    req = file_support(customer, product)
    for step in ("open", "waiting_for_customer"):
        _move(staff, req["id"], step)
    customer.post(f"/requests/{req['id']}/messages", json={"body": "tried it"})
    staff.post(f"/staff/requests/{req['id']}/messages", json={"body": "note", "internal": True})
    staff.post(f"/staff/requests/{req['id']}/messages", json={"body": "Try this."})
    _move(staff, req["id"], "resolved")
    customer.post(f"/requests/{req['id']}/close")

    history = customer.get(f"/requests/{req['id']}").json()["history"]
    assert [(h["from_status"], h["to_status"]) for h in history] == [
        (None, "new"),
        ("new", "open"),
        ("open", "waiting_for_customer"),
        ("waiting_for_customer", "open"),
        ("open", "resolved"),
        ("resolved", "closed"),
    ]
    assert service.state is not None
    with service.state.db.read() as db:
        events = list(
            db.scalars(select(Event).where(Event.request_id == req["id"]).order_by(Event.id))
        )
    seen = [(e.kind, e.payload.get("to") or e.payload.get("sender"), e.internal) for e in events]
    assert seen == [
        ("request.created", None, False),
        ("request.status", "open", False),
        ("request.status", "waiting_for_customer", False),
        ("request.status", "open", False),
        ("request.message", "customer", False),
        ("request.message", "staff", True),
        ("request.message", "staff", False),
        ("request.status", "resolved", False),
        ("request.status", "closed", False),
    ]
    assert all(e.owner_id == customer.user_id for e in events)
