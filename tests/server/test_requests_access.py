"""Another account's request answers 404 on every route, exactly like a missing one; with
no sign-in every route but filing answers 401."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.support_requests import file_support, make_product


def _routes(rid: int) -> list[tuple[str, str, dict[str, Any] | None]]:
    return [
        ("GET", f"/requests/{rid}", None),
        ("GET", f"/requests/{rid}/messages", None),
        ("POST", f"/requests/{rid}/messages", {"body": "let me in"}),
        ("POST", f"/requests/{rid}/close", None),
        ("POST", f"/requests/{rid}/reopen", None),
        ("POST", f"/requests/{rid}/rate", {"helped": False}),
    ]


@pytest.fixture
def theirs(service: LiveService, customer: Caller) -> dict[str, Any]:
    return file_support(customer, make_product(service))


def test_another_accounts_request_is_not_found(
    customer: Caller, other_customer: Caller, staff: Caller, theirs: dict[str, Any]
) -> None:
    missing = _routes(999_999_999)
    for (method, path, body), (_m, missing_path, _b) in zip(
        _routes(theirs["id"]), missing, strict=True
    ):
        for intruder in (other_customer, staff):
            r = intruder.request(method, path, json=body)
            gone = intruder.request(method, missing_path, json=body)
            assert r.status_code == gone.status_code == 404, (method, path, r.text)
            assert r.json() == gone.json()  # indistinguishable from a missing request
    # The owner's request is untouched.
    detail = customer.get(f"/requests/{theirs['id']}").json()
    assert detail["status"] == "new" and detail["message_count"] == 0
    assert detail["helped"] is None
    ids = [i["id"] for i in other_customer.get("/requests").json()["items"]]
    assert theirs["id"] not in ids


def test_no_sign_in_is_401(anon: Caller, theirs: dict[str, Any]) -> None:
    for method, path, body in [*_routes(theirs["id"]), ("GET", "/requests", None)]:
        r = anon.request(method, path, json=body)
        assert r.status_code == 401 and r.json()["code"] == "unauthorized", (method, path)
