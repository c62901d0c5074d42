"""Scopes and budgets: captchas have a per-source budget; PATCH /me refuses fields it does
not take; query parameters are bounded."""

from __future__ import annotations

import requests

from tests.server.conftest import ServiceFactory, new_account
from tests.support.http import Caller
from tests.support.live_service import LiveService


def test_captchas_have_a_source_budget(make_service: ServiceFactory) -> None:
    svc = make_service(captcha_source_budget=3)
    statuses = [requests.post(f"{svc.api}/captcha", timeout=30).status_code for _ in range(5)]
    assert statuses == [201, 201, 201, 429, 429]
    r = requests.post(f"{svc.api}/captcha", timeout=30)
    assert r.json()["code"] == "too_many_requests" and int(r.headers["Retry-After"]) >= 1


def test_patch_me_refuses_fields_it_does_not_take(service: LiveService) -> None:
    user = new_account(service)
    before = user.get("/me").json()
    for field, value in (
        ("role", "staff"),
        ("email", "someone-else@example.com"),
        ("customer_id", "AAAAAAAAAA"),
        ("nmae", "Typo"),
    ):
        r = user.patch("/me", json={"name": "Alice", field: value})
        assert r.status_code == 422, (field, r.text)
        assert r.json()["code"] == "validation_error" and field in r.json()["errors"]
    after = user.get("/me").json()
    assert after == before  # nothing of a refused patch was saved
    assert user.patch("/me", json={"name": "Alice"}).json()["name"] == "Alice"


def test_query_parameters_are_bounded(customer: Caller, staff: Caller) -> None:
    long = "x" * 10_000
    for caller, path in ((customer, "/requests"), (staff, "/staff/requests")):
        for params in (
            {"status": long},
            {"type": long},
            {"kind": long},
            {"status": ["open"] * 200},
        ):
            r = caller.get(path, params=params)
            assert r.status_code == 422, (path, list(params), r.status_code)
        assert caller.get(path, params={"status": ["open", "closed"]}).status_code == 200
