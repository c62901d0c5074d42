"""My requests' unread markers, paperclips and filter counts: a request is unread once the
experts did something the customer has not seen, and reading it (or acting on it) clears
that; internal notes never make a request unread."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.support_requests import file_support, make_product, upload


@pytest.fixture
def product(service: LiveService) -> int:
    return make_product(service)


def _line(caller: Caller, request_id: int) -> dict[str, Any]:
    items = caller.get("/requests").json()["items"]
    return next(item for item in items if item["id"] == request_id)


def test_staff_reply_makes_unread_until_read(customer: Caller, staff: Caller, product: int) -> None:
    filed = file_support(customer, product)
    assert _line(customer, filed["id"])["unread"] is False  # one's own new request
    r = staff.post(f"/staff/requests/{filed['id']}/messages", json={"body": "Try safe mode."})
    assert r.status_code == 201, r.text
    assert _line(customer, filed["id"])["unread"] is True
    assert customer.get("/requests").json()["counts"]["unread"] == {"all": 1}

    assert customer.post(f"/requests/{filed['id']}/read").status_code == 204
    assert _line(customer, filed["id"])["unread"] is False
    assert customer.get("/requests").json()["counts"]["unread"] == {"all": 0}


def test_internal_note_and_own_reply_leave_it_read(
    customer: Caller, staff: Caller, product: int
) -> None:
    filed = file_support(customer, product)
    note = {"body": "Looks like driver trouble.", "internal": True}
    assert staff.post(f"/staff/requests/{filed['id']}/messages", json=note).status_code == 201
    assert _line(customer, filed["id"])["unread"] is False
    staff.post(f"/staff/requests/{filed['id']}/messages", json={"body": "Which driver?"})
    r = customer.post(f"/requests/{filed['id']}/messages", json={"body": "The printer's."})
    assert r.status_code == 201
    assert _line(customer, filed["id"])["unread"] is False  # answering is reading


def test_status_change_by_staff_makes_unread(customer: Caller, staff: Caller, product: int) -> None:
    filed = file_support(customer, product)
    r = staff.post(f"/staff/requests/{filed['id']}/status", json={"status": "open"})
    assert r.status_code == 200, r.text
    assert _line(customer, filed["id"])["unread"] is True


def test_paperclip_counts_only_files_the_customer_sees(
    customer: Caller, staff: Caller, product: int
) -> None:
    plain = file_support(customer, product)
    with_file = file_support(customer, product, attachment_ids=[upload(customer)])
    assert _line(customer, plain["id"])["has_attachments"] is False
    assert _line(customer, with_file["id"])["has_attachments"] is True

    staff_file = upload(staff, filename="notes.txt")
    note = {"body": "Internal.", "internal": True, "attachment_ids": [staff_file]}
    assert staff.post(f"/staff/requests/{plain['id']}/messages", json=note).status_code == 201
    assert _line(customer, plain["id"])["has_attachments"] is False


def test_counts_cover_all_requests_whatever_the_filter(
    customer: Caller, other_customer: Caller, product: int
) -> None:
    file_support(other_customer, product)
    file_support(customer, product, type="application")
    file_support(customer, product, type="application")
    file_support(customer, product, type="disinfection")
    page = customer.get("/requests", params={"type": "disinfection", "limit": 1}).json()
    assert len(page["items"]) == 1
    assert page["counts"]["type"] == {"application": 2, "disinfection": 1}
    assert page["counts"]["kind"] == {"support": 3}
    assert sum(page["counts"]["status"].values()) == 3
    assert page["next_cursor"] is None
    second = customer.get("/requests", params={"limit": 1}).json()
    assert (
        customer.get("/requests", params={"limit": 1, "cursor": second["next_cursor"]}).json()[
            "counts"
        ]
        is None
    )  # only the first page carries them


def test_read_is_for_the_owner_only(customer: Caller, other_customer: Caller, product: int) -> None:
    filed = file_support(customer, product)
    assert other_customer.post(f"/requests/{filed['id']}/read").status_code == 404
