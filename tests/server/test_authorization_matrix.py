"""The authorization matrix: every operation of the API, called with no token and with a
second account's ids. Another account's object answers 404 on every route; a route that
needs an account answers 401 without one. A new route fails this test until it is listed."""

from __future__ import annotations

import re

import pytest

from tests.server.conftest import new_account
from tests.server.licensing import issue_codes
from tests.support.http import Caller
from tests.support.live_service import LiveService

# Open to anyone: signing up and in, recovery, the catalog, captchas, the tus discovery.
PUBLIC = {
    ("post", "/api/v1/auth/register"),
    ("post", "/api/v1/auth/register-legacy"),
    ("post", "/api/v1/auth/activate"),
    ("post", "/api/v1/auth/resend-activation"),
    ("post", "/api/v1/auth/signin"),
    ("post", "/api/v1/auth/signin/second-factor"),
    ("post", "/api/v1/auth/signin/email-code"),
    ("post", "/api/v1/auth/refresh"),
    ("post", "/api/v1/auth/password-reset"),
    ("post", "/api/v1/auth/password-reset/confirm"),
    ("post", "/api/v1/auth/forgot-customer-id"),
    ("post", "/api/v1/auth/confirm-email"),
    ("get", "/api/v1/catalog"),
    ("get", "/api/v1/catalog/products"),
    ("get", "/api/v1/catalog/request-types"),
    ("get", "/api/v1/catalog/countries"),
    ("post", "/api/v1/captcha"),
    ("options", "/api/v1/uploads"),
}
# Open to anonymous callers, with a captcha or an anonymous upload token (V4, W2 "skip").
ANONYMOUS_ALLOWED = {
    ("post", "/api/v1/requests/support"),
    ("post", "/api/v1/requests/viruslab"),
    ("post", "/api/v1/attachments"),
    ("post", "/api/v1/uploads"),
    ("head", "/api/v1/uploads/{upload_id}"),
    ("patch", "/api/v1/uploads/{upload_id}"),
    ("delete", "/api/v1/uploads/{upload_id}"),
}


def _operations(svc: LiveService, anon: Caller) -> list[tuple[str, str]]:
    spec = anon.get(f"{svc.url}/openapi.json").json()
    return sorted(
        (method, path)
        for path, item in spec["paths"].items()
        if path.startswith("/api/v1/")
        for method in item
        if method in {"get", "post", "put", "patch", "delete", "head", "options"}
    )


def _owned_objects(svc: LiveService, owner: Caller) -> dict[str, int | str]:
    """One of each kind of object, owned by ``owner``."""
    code = issue_codes(svc, seats=3)[0]
    holding = owner.post("/licenses", json={"code": code})
    assert holding.status_code == 201, holding.text
    license_id = holding.json()["id"]
    device = owner.post(f"/licenses/{license_id}/devices", json={"name": "PC", "os": "Linux"})
    assert device.status_code == 201, device.text
    products = owner.get("/catalog/products").json()
    linked = owner.post("/attachments", files={"file": ("a.txt", b"hello")})
    assert linked.status_code == 201, linked.text
    req = owner.post(
        "/requests/support",
        json={
            "type": "general",
            "product_id": products[0]["id"],
            "description": "Matrix",
            "country": "DE",
            "attachment_ids": [linked.json()["id"]],
        },
    )
    assert req.status_code == 201, req.text
    upload = owner.post(
        "/uploads",
        headers={"Tus-Resumable": "1.0.0", "Upload-Length": "10"},
        idempotent=False,
    )
    assert upload.status_code == 201, upload.text
    return {
        "license_id": license_id,
        "device_id": device.json()["id"],
        "request_id": req.json()["id"],
        "attachment_id": linked.json()["id"],
        "upload_id": upload.headers["Location"].rstrip("/").rsplit("/", 1)[-1],
        "reply_id": 1,  # a canned reply: staff-only, so any id
    }


# A valid body per operation, so the answer is about the object, not about the input.
BODIES: dict[str, dict[str, object]] = {
    "/staff/requests/{request_id}/messages": {"body": "Hello", "internal": False},
    "/messages": {"body": "Hello"},
    "/rate": {"helped": True},
    "/devices": {"name": "Laptop", "os": "Linux"},
    "/remove": {"i_agree": True},
    "/status": {"status": "open"},
    "/assign": {"assignee_id": None},
    "/priority": {"priority": "high"},
    "/presence": {"typing": False},
    "/canned-replies": {"title": "Hello", "body": "Hello {name}"},
    "/canned-replies/{reply_id}": {"title": "Hello", "body": "Hello {name}"},
}


def _call(caller: Caller, method: str, path: str, ids: dict[str, int | str]) -> int:
    url = re.sub(r"\{(\w+)\}", lambda m: str(ids[m.group(1)]), path).removeprefix("/api/v1")
    headers = {"Tus-Resumable": "1.0.0"}
    kwargs: dict[str, object] = {"headers": headers}
    if method == "patch" and "/uploads/" in path:
        headers.update({"Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})
        kwargs["data"] = b"0123456789"
    elif method in {"post", "patch", "put"}:
        kwargs["json"] = next(
            (body for suffix, body in BODIES.items() if path.endswith(suffix)), {}
        )
    return caller.request(method.upper(), url, **kwargs).status_code  # type: ignore[arg-type]


@pytest.fixture
def owner_and_ids(service: LiveService) -> tuple[Caller, dict[str, int | str]]:
    owner = new_account(service)
    return owner, _owned_objects(service, owner)


def test_every_operation_is_classified(service: LiveService, anon: Caller) -> None:
    ops = _operations(service, anon)
    assert len(ops) > 40
    with_ids = [op for op in ops if "{" in op[1]]
    assert with_ids, "the matrix has objects to protect"


def test_no_token_is_refused(
    service: LiveService, anon: Caller, owner_and_ids: tuple[Caller, dict[str, int | str]]
) -> None:
    _, ids = owner_and_ids
    wrong: list[str] = []
    for method, path in _operations(service, anon):
        if (method, path) in PUBLIC:
            continue
        status = _call(anon, method, path, ids)
        expected = {401, 404, 422} if (method, path) in ANONYMOUS_ALLOWED else {401}
        if status not in expected:
            wrong.append(f"{method.upper()} {path}: {status}")
    assert not wrong, "answered without an account:\n" + "\n".join(wrong)


def test_second_account_gets_404_for_every_object(
    service: LiveService, anon: Caller, owner_and_ids: tuple[Caller, dict[str, int | str]]
) -> None:
    owner, ids = owner_and_ids
    intruder = new_account(service)
    wrong: list[str] = []
    for method, path in _operations(service, anon):
        if "{" not in path and not path.startswith("/api/v1/staff"):
            continue
        status = _call(intruder, method, path, ids)
        if status != 404:
            wrong.append(f"{method.upper()} {path}: {status}")
    assert not wrong, "another account's objects (or staff routes) reached:\n" + "\n".join(wrong)
    # And the owner still reaches their own objects: the ids were real.
    assert owner.get(f"/requests/{ids['request_id']}").status_code == 200
    assert owner.get(f"/licenses/{ids['license_id']}").status_code == 200
    assert owner.get(f"/attachments/{ids['attachment_id']}").status_code == 200


def test_customer_lists_never_show_another_account(
    service: LiveService, owner_and_ids: tuple[Caller, dict[str, int | str]]
) -> None:
    _, ids = owner_and_ids
    intruder = new_account(service)
    assert intruder.get("/requests").json()["items"] == []
    assert intruder.get("/licenses").json() == [] or all(
        item["id"] != ids["license_id"] for item in intruder.get("/licenses").json()
    )
    found = intruder.get("/requests", params={"q": "Matrix"}).json()["items"]
    assert all(item["id"] != ids["request_id"] for item in found)
