"""Activation codes on an account (K1–K3, K6): list, add, each refusal, remove, seats."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from server.services import licenses
from server.services.customer_type import BUSINESS, CORPORATE, HOME, customer_type
from tests.server.conftest import ServiceFactory, new_account
from tests.server.licensing import issue_codes, make_product
from tests.support.http import Caller
from tests.support.live_service import LiveService


def test_add_list_and_remove(service: LiveService, customer: Caller) -> None:
    slug = make_product(service)
    (code,) = issue_codes(service, slug, seats=3)
    r = customer.post("/licenses", json={"code": code})
    assert r.status_code == 201, r.text
    added = r.json()
    first, *_, last = code.split("-")
    assert added["code"] == f"{first}-*****-*****-{last}"
    assert added["product"]["name"].startswith("Test Product")
    assert (added["status"], added["seats_used"], added["seats_total"]) == ("active", 1, 3)
    assert added["days_left"] > 300 and added["renews"] is None

    listed = customer.get("/licenses").json()
    assert [lic["id"] for lic in listed] == [added["id"]]
    assert set(listed[0]) == {
        "id",
        "code",
        "product",
        "added_at",
        "expires_at",
        "days_left",
        "seats_used",
        "seats_total",
        "status",
    }
    assert customer.get(f"/licenses/{added['id']}").json()["code"] == added["code"]

    r = customer.post(f"/licenses/{added['id']}/remove", json={"i_agree": True})
    assert r.status_code == 204
    assert customer.get("/licenses").json() == []
    assert customer.get(f"/licenses/{added['id']}").status_code == 404


@pytest.mark.parametrize(
    "typed",
    [
        lambda c: c.lower(),
        lambda c: c.replace("-", ""),
        lambda c: " ".join(c.split("-")),
        lambda c: "  " + c.replace("-", " - ").lower() + "\n",
        lambda c: c[:3] + "-" + c[3:],
        lambda c: c.replace("-", "\u2013"),
    ],
    ids=["lower", "no-hyphens", "spaces", "mixed", "extra-hyphen", "en-dash"],
)
def test_code_typed_in_any_case_and_spacing(
    service: LiveService, customer: Caller, typed: Callable[[str], str]
) -> None:
    (code,) = issue_codes(service)
    r = customer.post("/licenses", json={"code": typed(code)})
    assert r.status_code == 201, r.text


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "ABCDE-12345-FGHIJ",
        "ABCDE-12345-FGHIJ-6789",
        "ABCDE-12345-FGHIJ-678901",
        "ABCDE_12345_FGHIJ_67890",
        "ÄBCDE-12345-FGHIJ-67890",
    ],
)
def test_code_format_refused(customer: Caller, bad: str) -> None:
    r = customer.post("/licenses", json={"code": bad})
    assert r.status_code == 422
    body = r.json()
    assert body["code"] == "code_format" and "code" in body["errors"]


def test_each_refusal_has_its_own_code(service: LiveService, customer: Caller) -> None:
    r = customer.post("/licenses", json={"code": "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZ9"})
    assert (r.status_code, r.json()["code"]) == (422, "code_unknown")

    (expired,) = issue_codes(service, days=-1)
    r = customer.post("/licenses", json={"code": expired})
    assert (r.status_code, r.json()["code"]) == (422, "code_expired")

    (blocked,) = issue_codes(service, blacklisted=True)
    r = customer.post("/licenses", json={"code": blocked})
    assert (r.status_code, r.json()["code"]) == (422, "code_blacklisted")

    (mine,) = issue_codes(service, seats=5)
    assert customer.post("/licenses", json={"code": mine}).status_code == 201
    r = customer.post("/licenses", json={"code": mine.lower()})
    assert (r.status_code, r.json()["code"]) == (409, "code_already_added")

    (single,) = issue_codes(service, seats=1)
    assert new_account(service).post("/licenses", json={"code": single}).status_code == 201
    r = customer.post("/licenses", json={"code": single})
    assert (r.status_code, r.json()["code"]) == (409, "code_no_seats")
    for refusal in (r,):
        assert refusal.headers["content-type"].startswith("application/problem+json")
        assert refusal.json()["errors"]["code"]


def test_seat_freed_on_removal_and_taken_by_another_account(
    service: LiveService, customer: Caller, other_customer: Caller
) -> None:
    (code,) = issue_codes(service, seats=1)
    held = customer.post("/licenses", json={"code": code}).json()
    assert other_customer.post("/licenses", json={"code": code}).json()["code"] == "code_no_seats"

    r = customer.post(f"/licenses/{held['id']}/remove", json={})
    assert (r.status_code, r.json()["code"]) == (422, "confirmation_required")
    assert "i_agree" in r.json()["errors"]
    assert customer.post(f"/licenses/{held['id']}/remove").json()["code"] == (
        "confirmation_required"
    )
    assert (
        customer.post(f"/licenses/{held['id']}/remove", json={"i_agree": "yes"}).status_code == 422
    )
    assert customer.get("/licenses").json()[0]["seats_used"] == 1

    assert (
        customer.post(f"/licenses/{held['id']}/remove", json={"i_agree": True}).status_code == 204
    )
    r = other_customer.post("/licenses", json={"code": code})
    assert r.status_code == 201
    assert (r.json()["seats_used"], r.json()["seats_total"]) == (1, 1)
    # The first account may add it back once a seat is free again, not before.
    assert customer.post("/licenses", json={"code": code}).json()["code"] == "code_no_seats"


def test_status_shown_for_expired_and_blocked(make_service: ServiceFactory) -> None:
    service = make_service(access_ttl=timedelta(days=60))
    assert service.state is not None
    customer = new_account(service)
    (blocked,) = issue_codes(service, seats=2)
    (lapsing,) = issue_codes(service, seats=2, days=1)
    blocked_id = customer.post("/licenses", json={"code": blocked}).json()["id"]
    lapsing_id = customer.post("/licenses", json={"code": lapsing}).json()["id"]
    with service.state.db.write() as db:
        licenses.blacklist(db, code=blocked, reason="test")
    assert customer.get(f"/licenses/{lapsing_id}").json()["status"] == "active"
    service.clock.advance(timedelta(days=1, hours=1))
    by_id = {lic["id"]: lic for lic in customer.get("/licenses").json()}
    assert by_id[blocked_id]["status"] == "blocked"
    assert (by_id[lapsing_id]["status"], by_id[lapsing_id]["days_left"]) == ("expired", 0)


def test_newer_code_of_same_product_is_the_renewal(service: LiveService, customer: Caller) -> None:
    slug = make_product(service)
    (old,) = issue_codes(service, slug, days=10)
    (new,) = issue_codes(service, slug, days=375)
    (other,) = issue_codes(service, days=500)
    old_id = customer.post("/licenses", json={"code": old}).json()["id"]
    assert customer.post("/licenses", json={"code": other}).json()["renews"] is None
    renewal = customer.post("/licenses", json={"code": new}).json()
    assert renewal["renews"] == old_id
    assert renewal["days_left"] > customer.get(f"/licenses/{old_id}").json()["days_left"]


def test_customer_type_from_held_corporate_seats(service: LiveService) -> None:
    assert service.state is not None
    user = new_account(service)

    def kind() -> str:
        assert service.state is not None
        with service.state.db.read() as db:
            return customer_type(db, user_id=user.user_id)

    (home,) = issue_codes(service, make_product(service), seats=20)
    assert user.post("/licenses", json={"code": home}).status_code == 201
    assert kind() == HOME
    corp = make_product(service, corporate=True)
    (small,) = issue_codes(service, corp, seats=50)
    small_id = user.post("/licenses", json={"code": small}).json()["id"]
    assert kind() == BUSINESS
    (big,) = issue_codes(service, corp, seats=500)
    assert user.post("/licenses", json={"code": big}).status_code == 201
    assert kind() == CORPORATE
    user.post(f"/licenses/{small_id}/remove", json={"i_agree": True})
    assert kind() == CORPORATE
    # Only licenses in force count: a blocked corporate code no longer makes a business.
    assert service.state is not None
    with service.state.db.write() as db:
        licenses.blacklist(db, code=big)
    assert kind() == HOME


def test_another_accounts_license_is_not_found(
    service: LiveService, customer: Caller, other_customer: Caller
) -> None:
    (code,) = issue_codes(service, seats=2)
    lic = customer.post("/licenses", json={"code": code}).json()["id"]
    device = customer.post(f"/licenses/{lic}/devices", json={"name": "PC"}).json()["id"]
    calls = [
        ("GET", f"/licenses/{lic}", None),
        ("POST", f"/licenses/{lic}/remove", {"i_agree": True}),
        ("GET", f"/licenses/{lic}/devices", None),
        ("POST", f"/licenses/{lic}/devices", {"name": "Mine now"}),
        ("POST", f"/licenses/{lic}/devices/{device}/deactivate", None),
        ("GET", f"/licenses/{lic}/keyfile", None),
        ("POST", f"/licenses/{lic}/keyfile/email", None),
    ]
    for method, path, body in calls:
        r = other_customer.post(path, json=body) if method == "POST" else other_customer.get(path)
        assert (r.status_code, r.json()["code"]) == (404, "not_found"), (method, path)
    assert customer.get(f"/licenses/{lic}").json()["status"] == "active"
    assert len(customer.get(f"/licenses/{lic}/devices").json()) == 1


def test_no_token_is_unauthorized(service: LiveService, anon: Caller, customer: Caller) -> None:
    (code,) = issue_codes(service)
    lic = customer.post("/licenses", json={"code": code}).json()["id"]
    calls = [
        ("GET", "/licenses", None),
        ("POST", "/licenses", {"code": code}),
        ("GET", f"/licenses/{lic}", None),
        ("POST", f"/licenses/{lic}/remove", {"i_agree": True}),
        ("GET", f"/licenses/{lic}/devices", None),
        ("POST", f"/licenses/{lic}/devices", {"name": "PC"}),
        ("POST", f"/licenses/{lic}/devices/1/deactivate", None),
        ("GET", f"/licenses/{lic}/keyfile", None),
        ("POST", f"/licenses/{lic}/keyfile/email", None),
    ]
    for method, path, body in calls:
        r = anon.post(path, json=body) if method == "POST" else anon.get(path)
        assert (r.status_code, r.json()["code"]) == (401, "unauthorized"), (method, path)
