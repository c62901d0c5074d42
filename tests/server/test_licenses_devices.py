"""Devices using a license (K5): activation takes seats, deactivation frees them."""

from __future__ import annotations

from datetime import timedelta

from server.services import licenses
from tests.server.conftest import ServiceFactory, new_account
from tests.server.licensing import issue_codes
from tests.support.http import Caller
from tests.support.live_service import LiveService


def test_devices_take_seats_and_deactivation_frees_one(
    service: LiveService, customer: Caller
) -> None:
    (code,) = issue_codes(service, seats=2)
    lic = customer.post("/licenses", json={"code": code}).json()["id"]
    assert customer.get(f"/licenses/{lic}/devices").json() == []

    # The first device runs on the seat the account already holds.
    r = customer.post(f"/licenses/{lic}/devices", json={"name": " Office PC ", "os": "Windows 11"})
    assert r.status_code == 201, r.text
    office = r.json()
    assert (office["name"], office["os"]) == ("Office PC", "Windows 11")
    assert customer.get(f"/licenses/{lic}").json()["seats_used"] == 1

    laptop = customer.post(f"/licenses/{lic}/devices", json={"name": "Laptop"}).json()
    assert customer.get(f"/licenses/{lic}").json()["seats_used"] == 2
    r = customer.post(f"/licenses/{lic}/devices", json={"name": "Tablet"})
    assert (r.status_code, r.json()["code"]) == (409, "code_no_seats")

    listed = customer.get(f"/licenses/{lic}/devices").json()
    assert [d["name"] for d in listed] == ["Office PC", "Laptop"]

    r = customer.post(f"/licenses/{lic}/devices/{laptop['id']}/deactivate")
    assert r.status_code == 204
    assert [d["id"] for d in customer.get(f"/licenses/{lic}/devices").json()] == [office["id"]]
    assert customer.get(f"/licenses/{lic}").json()["seats_used"] == 1
    assert customer.post(f"/licenses/{lic}/devices", json={"name": "Tablet"}).status_code == 201
    # Deactivating twice changes nothing; an unknown device is not found.
    assert customer.post(f"/licenses/{lic}/devices/{laptop['id']}/deactivate").status_code == 204
    r = customer.post(f"/licenses/{lic}/devices/2147483000/deactivate")
    assert r.status_code == 404


def test_devices_of_all_accounts_share_the_seats(service: LiveService, customer: Caller) -> None:
    (code,) = issue_codes(service, seats=3)
    other = new_account(service)
    mine = customer.post("/licenses", json={"code": code}).json()["id"]
    theirs = other.post("/licenses", json={"code": code}).json()["id"]
    assert customer.post(f"/licenses/{mine}/devices", json={"name": "A"}).status_code == 201
    assert customer.post(f"/licenses/{mine}/devices", json={"name": "B"}).status_code == 201
    assert customer.get(f"/licenses/{mine}").json()["seats_used"] == 3
    # The other account's first device runs on its own seat; a second one has none.
    assert other.post(f"/licenses/{theirs}/devices", json={"name": "C"}).status_code == 201
    r = other.post(f"/licenses/{theirs}/devices", json={"name": "D"})
    assert r.json()["code"] == "code_no_seats"
    # Removing the code deactivates the account's devices and frees their seats.
    customer.post(f"/licenses/{mine}/remove", json={"i_agree": True})
    assert other.get(f"/licenses/{theirs}").json()["seats_used"] == 1
    assert other.post(f"/licenses/{theirs}/devices", json={"name": "D"}).status_code == 201


def test_device_refused_on_expired_or_blocked_license(make_service: ServiceFactory) -> None:
    service = make_service(access_ttl=timedelta(days=60))
    assert service.state is not None
    customer = new_account(service)
    (blocked,) = issue_codes(service, seats=2)
    (lapsed,) = issue_codes(service, seats=2, days=1)
    blocked_id = customer.post("/licenses", json={"code": blocked}).json()["id"]
    lapsed_id = customer.post("/licenses", json={"code": lapsed}).json()["id"]
    with service.state.db.write() as db:
        licenses.blacklist(db, code=blocked)
    service.clock.advance(timedelta(days=1, minutes=5))
    r = customer.post(f"/licenses/{blocked_id}/devices", json={"name": "PC"})
    assert (r.status_code, r.json()["code"]) == (409, "license_blocked")
    r = customer.post(f"/licenses/{lapsed_id}/devices", json={"name": "PC"})
    assert (r.status_code, r.json()["code"]) == (409, "license_expired")


def test_device_fields_validated(service: LiveService, customer: Caller) -> None:
    (code,) = issue_codes(service)
    lic = customer.post("/licenses", json={"code": code}).json()["id"]
    for body in ({"name": "   "}, {"name": "x" * 201}, {"name": "a\x00b"}, {}):
        r = customer.post(f"/licenses/{lic}/devices", json=body)
        assert (r.status_code, r.json()["code"]) == (422, "validation_error"), body
        assert "name" in r.json()["errors"]


def test_a_device_reporting_in_moves_its_last_seen(service: LiveService, customer: Caller) -> None:
    (code,) = issue_codes(service, seats=2)
    lic = customer.post("/licenses", json={"code": code}).json()["id"]
    device = customer.post(f"/licenses/{lic}/devices", json={"name": "PC"}).json()
    assert device["last_seen_at"] == device["activated_at"]
    r = customer.post(f"/licenses/{lic}/devices/{device['id']}/seen")
    assert r.status_code == 200, r.text
    (listed,) = customer.get(f"/licenses/{lic}/devices").json()
    assert listed["last_seen_at"] == r.json()["last_seen_at"]
    customer.post(f"/licenses/{lic}/devices/{device['id']}/deactivate")
    r = customer.post(f"/licenses/{lic}/devices/{device['id']}/seen")
    assert (r.status_code, r.json()["code"]) == (409, "device_deactivated")
