"""Follow-ups: a support request may name the caller's own earlier request; the new one's
detail links back to it and the old one's lists what followed it up."""

from __future__ import annotations

import pytest

from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.support_requests import file_support, make_product, solved_captcha, support_body


@pytest.fixture
def product(service: LiveService) -> int:
    return make_product(service)


def test_a_follow_up_links_both_ways(customer: Caller, staff: Caller, product: int) -> None:
    old = file_support(customer, product)
    plain = customer.get(f"/requests/{old['id']}").json()
    assert plain["follow_up_of"] is None and plain["follow_ups"] == []
    first = file_support(customer, product, follow_up_of=old["number"])
    second = file_support(customer, product, follow_up_of=old["number"].lower())
    assert customer.get(f"/requests/{first['id']}").json()["follow_up_of"] == old["number"]
    back = customer.get(f"/requests/{old['id']}").json()
    assert back["follow_ups"] == [first["number"], second["number"]]
    assert staff.get(f"/staff/requests/{old['id']}").json()["follow_ups"] == back["follow_ups"]


def test_only_your_own_request_can_be_followed_up(
    customer: Caller, other_customer: Caller, product: int
) -> None:
    theirs = file_support(other_customer, product)
    for number in (theirs["number"], "TS-9999999"):
        r = customer.post("/requests/support", json=support_body(product, follow_up_of=number))
        assert r.status_code == 422, number
        assert set(r.json()["errors"]) == {"follow_up_of"}
    # Nothing was filed, and the other account's request shows no follow-up.
    assert customer.get("/requests").json()["items"] == []
    detail = other_customer.get(f"/requests/{theirs['id']}").json()
    assert detail["follow_ups"] == []


def test_an_anonymous_caller_has_nothing_to_follow_up(
    service: LiveService, anon: Caller, customer: Caller, product: int
) -> None:
    mine = file_support(customer, product)
    captcha_id, answer = solved_captcha(service)
    body = support_body(
        product,
        type="license",
        email="someone@example.com",
        captcha_id=captcha_id,
        captcha_answer=answer,
        follow_up_of=mine["number"],
    )
    r = anon.post("/requests/support", json=body)
    assert r.status_code == 422
    assert set(r.json()["errors"]) == {"follow_up_of"}


@pytest.mark.parametrize("number", ["x" * 21, "TS-1\x00"])
def test_the_number_is_bounded(customer: Caller, product: int, number: str) -> None:
    r = customer.post("/requests/support", json=support_body(product, follow_up_of=number))
    assert r.status_code == 422
