"""Idempotency-Key on request creation (W7: an outbox retry files exactly one request)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from server.api.deps import get_db
from server.app import create_app
from server.config import Settings
from server.services import idempotency
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


def test_retries_racing_the_first_call_all_get_its_answer(
    service: LiveService, customer: Caller
) -> None:
    """The key's claim is written in the route's transaction: a retry sent while the first
    call runs waits at the claim for its commit and replays its answer, on both backends."""
    product = make_product(service)
    req = customer.post("/requests/support", json=support_body(product)).json()
    key = {"Idempotency-Key": uuid.uuid4().hex}
    url = f"/requests/{req['id']}/messages"
    with ThreadPoolExecutor(6) as pool:
        answers = list(
            pool.map(
                lambda _: customer.post(url, json={"body": "Raced"}, headers=dict(key)), range(6)
            )
        )
    assert {r.status_code for r in answers} == {201}, [r.text for r in answers]
    assert len({r.json()["id"] for r in answers}) == 1
    assert sum(r.headers.get("Idempotent-Replayed") == "true" for r in answers) == 5
    assert [m["body"] for m in customer.get(url).json()].count("Raced") == 1


def test_a_retry_after_signing_in_again_replays(service: LiveService, customer: Caller) -> None:
    product = make_product(service)
    key = {"Idempotency-Key": uuid.uuid4().hex}
    body = support_body(product)
    first = customer.post("/requests/support", json=body, headers=dict(key))
    assert customer.signin().status_code == 200  # a new sign-in session, the same account
    again = customer.post("/requests/support", json=body, headers=dict(key))
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"]


def test_a_refused_keyed_call_is_replayed_as_refused(
    service: LiveService, customer: Caller
) -> None:
    """A refusal raised in the route rolls its transaction back, claim included; the answer
    is then stored on its own, so the retry is refused the same way without running."""
    key = {"Idempotency-Key": uuid.uuid4().hex}
    body = {"body": "To nowhere"}
    first = customer.post("/requests/999999999/messages", json=body, headers=dict(key))
    again = customer.post("/requests/999999999/messages", json=body, headers=dict(key))
    assert first.status_code == again.status_code == 404
    assert again.headers.get("Idempotent-Replayed") == "true"


def test_every_post_route_says_how_its_key_is_claimed(tmp_path: Path) -> None:
    """A POST route either works in the request's transaction (``Db``), which then holds
    the key's claim, or commits its own and declares ``OwnTransactions``; one that did
    neither could run twice for one key."""
    app = create_app(
        Settings(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}"),
        migrate=False,
    )

    def routes(items: list[Any]) -> Iterator[APIRoute]:
        for item in items:
            if isinstance(item, APIRoute):
                yield item
            inner = getattr(item, "original_router", None)
            if inner is not None:
                yield from routes(inner.routes)

    def calls(dependant: Dependant) -> Iterator[Any]:
        yield dependant.call
        for sub in dependant.dependencies:
            yield from calls(sub)

    posts = [r for r in routes(app.routes) if "POST" in r.methods]
    assert len(posts) > 30
    undeclared = [
        r.path
        for r in posts
        if not r.path.startswith("/api/v1/uploads")
        and not {get_db, idempotency.own_transactions} & set(calls(r.dependant))
    ]
    assert undeclared == []


def test_a_route_with_transactions_of_its_own_replays_too(anon: Caller) -> None:
    """The two-step form (``OwnTransactions``): the claim is committed before the route."""
    key = {"Idempotency-Key": uuid.uuid4().hex}
    first = anon.post("/captcha", headers=dict(key))
    again = anon.post("/captcha", headers=dict(key))
    assert first.status_code == again.status_code == 201, again.text
    assert again.json()["id"] == first.json()["id"]
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert anon.post("/captcha").json()["id"] != first.json()["id"]
