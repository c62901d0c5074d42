"""The helpdesk queue (H1–H2): filters, paging, assignment, staff list, and that none of it
exists for customers."""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.conftest import new_account, unique_email
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.support_requests import (
    encrypted_zip,
    file_support,
    make_product,
    solved_captcha,
    upload,
)


@pytest.fixture
def product(service: LiveService) -> int:
    """A product of this test's own, so the shared queue can be narrowed to this test."""
    return make_product(service)


def _queue(staff: Caller, **params: Any) -> list[int]:
    ids, cursor = [], None
    while True:
        query = {"limit": 2, **params, **({"cursor": cursor} if cursor else {})}
        r = staff.get("/staff/requests", params=query)
        assert r.status_code == 200, r.text
        ids += [item["id"] for item in r.json()["items"]]
        cursor = r.json()["next_cursor"]
        if cursor is None:
            return ids


def test_queue_filters_and_paging(
    service: LiveService, customer: Caller, staff: Caller, anon: Caller, product: int
) -> None:
    colleague = new_account(service, role="staff")
    word = unique_email("w").split("@")[0]
    a = file_support(customer, product, type="application", description=f"{word} crashes")
    b = file_support(customer, product, type="setup")
    captcha_id, answer = solved_captcha(service)
    c = file_support(
        anon,
        product,
        type="presale",
        email=unique_email("anon"),
        captcha_id=captcha_id,
        captcha_answer=answer,
    )
    sample = upload(customer, content=encrypted_zip())
    lab = customer.post(
        "/requests/viruslab",
        json={
            "type": "malware",
            "description": "odd",
            "product_id": product,
            "sample_attachment_ids": [sample],
        },
    ).json()
    staff.post(f"/staff/requests/{a['id']}/assign", json={"assignee_id": staff.user_id})
    staff.post(f"/staff/requests/{b['id']}/assign", json={"assignee_id": colleague.user_id})
    staff.post(f"/staff/requests/{b['id']}/status", json={"status": "open"})

    mine = {"product_id": product}
    # Newest activity first: b moved last; assignment is not activity.
    assert _queue(staff, **mine) == [b["id"], lab["id"], c["id"], a["id"]]
    assert _queue(staff, kind="viruslab", **mine) == [lab["id"]]
    assert _queue(staff, type="presale", **mine) == [c["id"]]
    assert _queue(staff, status="open", **mine) == [b["id"]]
    assert set(_queue(staff, status=["new", "received"], **mine)) == {a["id"], c["id"], lab["id"]}
    assert _queue(staff, priority="low", **mine) == [c["id"]]
    assert _queue(staff, assignee_id="me", **mine) == [a["id"]]
    assert _queue(staff, assignee_id=str(colleague.user_id), **mine) == [b["id"]]
    assert set(_queue(staff, assignee_id="none", **mine)) == {c["id"], lab["id"]}
    assert _queue(staff, q=word, **mine) == [a["id"]]
    assert _queue(staff, q=c["number"]) == [c["id"]]

    item = staff.get("/staff/requests", params={**mine, "limit": 1}).json()["items"][0]
    assert item["priority"] == "normal" and item["assignee_id"] == colleague.user_id
    assert item["owner_id"] == customer.user_id and item["email"] == customer.email

    for bad in ({"priority": "urgent"}, {"assignee_id": "someone"}, {"cursor": "x"}):
        assert staff.get("/staff/requests", params=bad).status_code == 422


def test_assign_and_unassign(
    service: LiveService, customer: Caller, staff: Caller, product: int
) -> None:
    req = file_support(customer, product)
    colleague = new_account(service, role="staff")
    r = staff.post(f"/staff/requests/{req['id']}/assign", json={"assignee_id": colleague.user_id})
    assert r.status_code == 200 and r.json()["assignee_id"] == colleague.user_id
    for bad in (customer.user_id, 10**9):
        r = staff.post(f"/staff/requests/{req['id']}/assign", json={"assignee_id": bad})
        assert r.status_code == 422 and r.json()["code"] == "not_staff"
    r = staff.post(f"/staff/requests/{req['id']}/assign", json={"assignee_id": None})
    assert r.status_code == 200 and r.json()["assignee_id"] is None
    r = staff.post(f"/staff/requests/{req['id']}/assign", json={})
    assert r.status_code == 422
    # Assignment is staff business: the customer's "last update" does not move.
    assert customer.get(f"/requests/{req['id']}").json()["updated_at"] == req["updated_at"]


def test_staff_view_has_everything(
    service: LiveService, customer: Caller, staff: Caller, product: int
) -> None:
    req = file_support(customer, product)
    staff.post(f"/staff/requests/{req['id']}/messages", json={"body": "n", "internal": True})
    view = staff.get(f"/staff/requests/{req['id']}").json()
    assert view["owner"] == {
        "id": customer.user_id,
        "customer_id": customer.customer_id,
        "email": customer.email,
        "name": "",
    }
    assert view["trail"] is not None and view["messages"][0]["internal"] is True
    assert view["message_count"] == 1 and view["allowed_statuses"] == ["open"]
    assert staff.get("/staff/requests/999999999").status_code == 404


def test_members_lists_staff_only(service: LiveService, customer: Caller, staff: Caller) -> None:
    members = staff.get("/staff/members").json()
    ids = {m["id"] for m in members}
    assert staff.user_id in ids and customer.user_id not in ids
    assert {"id", "name", "email", "customer_id"} == set(members[0])


def test_staff_routes_do_not_exist_for_customers(
    customer: Caller, anon: Caller, product: int
) -> None:
    req = file_support(customer, product)
    rid = req["id"]
    calls = [
        ("GET", "/staff/requests", None),
        ("GET", f"/staff/requests/{rid}", None),
        ("POST", f"/staff/requests/{rid}/assign", {"assignee_id": customer.user_id}),
        ("POST", f"/staff/requests/{rid}/messages", {"body": "I am staff now"}),
        ("POST", f"/staff/requests/{rid}/status", {"status": "open"}),
        ("GET", "/staff/members", None),
    ]
    for method, path, body in calls:
        r = customer.request(method, path, json=body)
        assert r.status_code == 404 and r.json()["code"] == "not_found", (method, path)
        assert anon.request(method, path, json=body).status_code == 401, (method, path)
    # Nothing happened to the request.
    detail = customer.get(f"/requests/{rid}").json()
    assert detail["status"] == "new" and detail["message_count"] == 0
