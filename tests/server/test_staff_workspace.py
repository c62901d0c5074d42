"""The helpdesk's workspace on the service (H1, H2, H5): saved views with the response time,
sorting, priority, canned replies and short-lived presence."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from tests.server.conftest import ServiceFactory, new_account
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.support_requests import file_support, make_product


def _ids(staff: Caller, **params: Any) -> list[int]:
    r = staff.get("/staff/requests", params={"limit": 100, **params})
    assert r.status_code == 200, r.text
    return [item["id"] for item in r.json()["items"]]


def test_saved_views_and_overdue(make_service: ServiceFactory) -> None:
    svc = make_service(response_time=timedelta(hours=8), access_ttl=timedelta(days=3))
    customer, staff = new_account(svc), new_account(svc, role="staff")
    colleague = new_account(svc, role="staff")
    product = make_product(svc)
    fresh = file_support(customer, product)
    mine = file_support(customer, product)
    theirs = file_support(customer, product)
    answered = file_support(customer, product)
    staff.post(f"/staff/requests/{mine['id']}/assign", json={"assignee_id": staff.user_id})
    staff.post(f"/staff/requests/{theirs['id']}/assign", json={"assignee_id": colleague.user_id})
    for status in ("open", "waiting_for_customer"):
        staff.post(f"/staff/requests/{answered['id']}/status", json={"status": status})

    assert _ids(staff, view="mine") == [mine["id"]]
    assert _ids(colleague, view="mine") == [theirs["id"]]
    assert set(_ids(staff, view="unassigned")) == {fresh["id"], answered["id"]}
    assert _ids(staff, view="waiting") == [answered["id"]]
    assert _ids(staff, view="overdue") == []
    row = staff.get("/staff/requests", params={"view": "unassigned", "limit": 100}).json()
    due = {item["id"]: item["due_at"] for item in row["items"]}
    assert due[answered["id"]] is None and due[fresh["id"]] is not None

    svc.clock.advance(timedelta(hours=9))
    assert set(_ids(staff, view="overdue")) == {fresh["id"], mine["id"], theirs["id"]}
    # A public answer stops the clock; an internal note does not.
    staff.post(f"/staff/requests/{mine['id']}/messages", json={"body": "n", "internal": True})
    staff.post(f"/staff/requests/{fresh['id']}/messages", json={"body": "Try this."})
    assert set(_ids(staff, view="overdue")) == {mine["id"], theirs["id"]}
    # The customer's answer starts it again.
    customer.post(f"/requests/{answered['id']}/messages", json={"body": "Did not help"})
    detail = staff.get(f"/staff/requests/{answered['id']}").json()
    assert detail["status"] == "open" and detail["due_at"] is not None
    assert answered["id"] not in _ids(staff, view="overdue")
    svc.clock.advance(timedelta(hours=9))
    assert answered["id"] in _ids(staff, view="overdue")
    assert staff.get("/staff/requests", params={"view": "someone"}).status_code == 422


def test_queue_sorts_by_any_column(service: LiveService, customer: Caller, staff: Caller) -> None:
    product = make_product(service)
    filed = [file_support(customer, product, type=t) for t in ("setup", "application", "general")]
    by_number = _ids(staff, product_id=product, sort="number")
    assert by_number == sorted(by_number)
    assert _ids(staff, product_id=product, sort="-number") == list(reversed(by_number))
    by_type = staff.get("/staff/requests", params={"product_id": product, "sort": "type"}).json()[
        "items"
    ]
    assert [i["type"] for i in by_type] == sorted(i["type"] for i in by_type)
    assert len(by_type) == len(filed)


def test_priority_is_staff_business(service: LiveService, customer: Caller, staff: Caller) -> None:
    req = file_support(customer, make_product(service))
    r = staff.post(f"/staff/requests/{req['id']}/priority", json={"priority": "high"})
    assert r.status_code == 200 and r.json()["priority"] == "high"
    assert (
        staff.post(f"/staff/requests/{req['id']}/priority", json={"priority": "urgent"}).status_code
        == 422
    )
    assert customer.get(f"/requests/{req['id']}").json()["updated_at"] == req["updated_at"]
    assert (
        customer.post(f"/staff/requests/{req['id']}/priority", json={"priority": "low"}).status_code
        == 404
    )


def test_canned_replies(service: LiveService, customer: Caller, staff: Caller) -> None:
    r = staff.post(
        "/staff/canned-replies",
        json={"title": "Reinstall", "body": "Hello {name}, about {number}: reinstall."},
    )
    assert r.status_code == 201, r.text
    reply = r.json()
    listed = staff.get("/staff/canned-replies").json()
    assert reply in listed
    r = staff.put(
        f"/staff/canned-replies/{reply['id']}", json={"title": "Reinstall", "body": "Hi {name}."}
    )
    assert r.status_code == 200 and r.json()["body"] == "Hi {name}."
    assert customer.get("/staff/canned-replies").status_code == 404
    assert staff.delete(f"/staff/canned-replies/{reply['id']}").status_code == 204
    assert (
        staff.put(
            f"/staff/canned-replies/{reply['id']}", json={"title": "x", "body": "y"}
        ).status_code
        == 404
    )


def test_presence_is_short_lived(make_service: ServiceFactory) -> None:
    svc = make_service(presence_ttl=timedelta(seconds=30))
    customer = new_account(svc)
    anna, ben = new_account(svc, role="staff"), new_account(svc, role="staff")
    req = file_support(customer, make_product(svc))
    path = f"/staff/requests/{req['id']}/presence"
    assert anna.put(path, json={}).json() == []
    others = ben.put(path, json={"typing": True}).json()
    assert [(o["id"], o["typing"]) for o in others] == [(anna.user_id, False)]
    assert [(o["id"], o["typing"]) for o in anna.put(path, json={}).json()] == [(ben.user_id, True)]
    svc.clock.advance(timedelta(seconds=31))
    assert anna.put(path, json={}).json() == []  # Ben stopped renewing
    ben.put(path, json={})
    assert ben.delete(path).status_code == 204
    assert anna.put(path, json={}).json() == []
    assert customer.put(path, json={}).status_code == 404
