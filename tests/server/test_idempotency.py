"""Idempotency-Key on request creation (W7: an outbox retry files exactly one request)."""

from __future__ import annotations

import uuid

from tests.server.conftest import unique_email
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox
from tests.support.support_requests import make_product, solved_captcha, support_body


def test_a_retry_with_the_same_key_files_one_request(
    service: LiveService, customer: Caller, mailbox: Mailbox
) -> None:
    product = make_product(service)
    address = unique_email("retry")
    body = support_body(product, email=address)
    key = {"Idempotency-Key": uuid.uuid4().hex}
    first = customer.post("/requests/support", json=body, headers=dict(key))
    again = customer.post("/requests/support", json=body, headers=dict(key))
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers.get("Idempotent-Replayed") == "true"
    items = customer.get("/requests").json()["items"]
    assert [i["id"] for i in items] == [first.json()["id"]]
    mailbox.wait_for(address, subject=first.json()["number"])
    assert len(mailbox.all_for(address)) == 1  # one confirmation too

    # The same key with another body is a client bug, not a retry.
    changed = {**body, "description": "Something else entirely."}
    r = customer.post("/requests/support", json=changed, headers=dict(key))
    assert r.status_code == 422 and r.json()["code"] == "idempotency_key_reused"
    assert len(customer.get("/requests").json()["items"]) == 1
    # A new key files a new request.
    assert customer.post("/requests/support", json=body).json()["id"] != first.json()["id"]


def test_an_anonymous_retry_files_one_request(
    service: LiveService, anon: Caller, staff: Caller
) -> None:
    product = make_product(service)
    captcha_id, answer = solved_captcha(service)
    body = support_body(
        product,
        type="suggestion",
        email=unique_email("anon"),
        captcha_id=captcha_id,
        captcha_answer=answer,
    )
    key = {"Idempotency-Key": uuid.uuid4().hex}
    first = anon.post("/requests/support", json=body, headers=dict(key))
    # Without the key the spent captcha would refuse this; with it the first answer is replayed.
    again = anon.post("/requests/support", json=body, headers=dict(key))
    assert first.status_code == again.status_code == 201
    assert again.json()["number"] == first.json()["number"]
    queue = staff.get("/staff/requests", params={"product_id": product}).json()["items"]
    assert [i["id"] for i in queue] == [first.json()["id"]]


def test_a_retried_reply_is_posted_once(service: LiveService, customer: Caller) -> None:
    product = make_product(service)
    req = customer.post("/requests/support", json=support_body(product)).json()
    key = {"Idempotency-Key": uuid.uuid4().hex}
    for _ in range(2):
        r = customer.post(
            f"/requests/{req['id']}/messages", json={"body": "Same words"}, headers=dict(key)
        )
        assert r.status_code == 201
    assert len(customer.get(f"/requests/{req['id']}/messages").json()) == 1
