"""Attachments in the form (up to 2 MB), downloads, and who may read a file (W3, R2–R3)."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from urllib.parse import unquote

import pytest
import requests

from server.db.models import Product
from tests.server.conftest import new_account
from tests.support.http import Caller
from tests.support.live_service import LiveService

MB = 1024 * 1024


def anon_token() -> str:
    return secrets.token_urlsafe(32)


def as_anon(token: str) -> dict[str, str]:
    return {"X-Anonymous-Token": token}


def attach(
    caller: Caller,
    content: bytes,
    filename: str = "log.txt",
    *,
    headers: dict[str, str] | None = None,
    **data: str,
) -> requests.Response:
    return caller.post(
        "/attachments",
        files={"file": (filename, content, "text/plain")},
        data=data,
        headers=dict(headers or {}),
    )


def product_id(svc: LiveService) -> int:
    """A catalog product: the catalog is vendor data, loaded outside the API."""
    assert svc.state is not None
    with svc.state.db.write() as db:
        product = Product(slug=f"p-{uuid.uuid4().hex[:10]}", name="Demo AV", versions=["21.3"])
        db.add(product)
        db.flush()
        return product.id


def file_request(svc: LiveService, caller: Caller, attachment_ids: list[int]) -> int:
    r = caller.post(
        "/requests/support",
        json={
            "type": "application",
            "product_id": product_id(svc),
            "description": "The scanner stops at 40% and the window freezes.",
            "country": "DE",
            "attachment_ids": attachment_ids,
        },
    )
    assert r.status_code == 201, r.text
    return int(r.json()["id"])


def test_small_file_upload_download_and_meta(customer: Caller) -> None:
    content = "строка журнала\n".encode() * 100
    r = attach(customer, content, "журнал 1.txt", purpose="sysinfo")
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["filename"] == "журнал 1.txt"
    assert body["size"] == len(content)
    assert body["sha256"] == hashlib.sha256(content).hexdigest()
    assert body["content_type"] == "text/plain"
    assert body["purpose"] == "sysinfo"

    r = customer.get(f"/attachments/{body['id']}")
    assert r.status_code == 200
    assert r.content == content
    disposition = r.headers["content-disposition"]
    assert disposition.startswith("attachment;")
    assert unquote(disposition.split("filename*=UTF-8''")[1]) == "журнал 1.txt"
    assert r.headers["x-content-type-options"] == "nosniff"

    meta = customer.get(f"/attachments/{body['id']}/meta")
    assert meta.status_code == 200
    assert meta.json() == {**body, "created_at": meta.json()["created_at"]}


def test_filename_is_only_a_name(customer: Caller) -> None:
    r = attach(customer, b"x", "../../etc/passwd\x07")
    assert r.status_code == 201
    assert r.json()["filename"] == "passwd"


def test_limit_is_the_form_file_limit(customer: Caller, service: LiveService) -> None:
    limit = service.settings.form_file_limit
    assert limit == 2 * MB
    assert attach(customer, b"a" * limit).status_code == 201

    r = attach(customer, b"a" * (limit + 1))
    assert r.status_code == 413
    problem = r.json()
    assert problem["code"] == "file_too_large"
    assert "2 MB" in problem["detail"] and "resumable" in problem["detail"]
    assert problem["limit"] == limit

    # Far over the limit: refused from Content-Length, before the body is read.
    r = attach(customer, b"a" * (limit + MB))
    assert r.status_code == 413 and r.json()["code"] == "file_too_large"


def test_empty_and_missing_files_are_refused(customer: Caller) -> None:
    r = attach(customer, b"")
    assert r.status_code == 422 and r.json()["code"] == "file_empty"
    r = customer.post("/attachments", data={"purpose": "file"})
    assert r.status_code == 422 and "file" in r.json()["errors"]
    r = attach(customer, b"x", purpose="virus")
    assert r.status_code == 422 and "purpose" in r.json()["errors"]


def test_retry_with_the_same_idempotency_key_replays(customer: Caller) -> None:
    key = uuid.uuid4().hex
    # requests picks a new multipart boundary per send, as any client retrying would.
    first = attach(customer, b"report", headers={"Idempotency-Key": key})
    again = attach(customer, b"report", headers={"Idempotency-Key": key})
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"]
    assert again.headers.get("idempotent-replayed") == "true"
    other = attach(customer, b"another report", headers={"Idempotency-Key": key})
    assert other.status_code == 422 and other.json()["code"] == "idempotency_key_reused"


def test_no_identity_is_401(anon: Caller, customer: Caller) -> None:
    r = attach(anon, b"x")
    assert r.status_code == 401 and r.json()["code"] == "unauthorized"
    att_id = attach(customer, b"x").json()["id"]
    assert anon.get(f"/attachments/{att_id}").status_code == 401
    assert anon.get(f"/attachments/{att_id}/meta").status_code == 401
    r = attach(anon, b"x", headers=as_anon("too-short"))
    assert r.status_code == 401 and r.json()["code"] == "anonymous_token_invalid"


def test_another_account_or_anonymous_token_gets_404(
    customer: Caller, other_customer: Caller, anon: Caller
) -> None:
    att_id = attach(customer, b"mine").json()["id"]
    for path in (f"/attachments/{att_id}", f"/attachments/{att_id}/meta"):
        assert other_customer.get(path).status_code == 404
        assert anon.get(path, headers=as_anon(anon_token())).status_code == 404
        assert customer.get(path).status_code == 200
    assert customer.get("/attachments/999999999").status_code == 404


def test_anonymous_uploads_belong_to_their_token(customer: Caller, anon: Caller) -> None:
    token = anon_token()
    r = attach(anon, b"sample bytes", headers=as_anon(token))
    assert r.status_code == 201
    att_id = r.json()["id"]
    assert anon.get(f"/attachments/{att_id}", headers=as_anon(token)).content == b"sample bytes"
    assert anon.get(f"/attachments/{att_id}", headers=as_anon(anon_token())).status_code == 404
    # A signed-in account is not the anonymous uploader, even with the token.
    assert customer.get(f"/attachments/{att_id}", headers=as_anon(token)).status_code == 404


def test_linked_files_follow_the_request(
    service: LiveService, customer: Caller, other_customer: Caller, staff: Caller
) -> None:
    att_id = attach(customer, b"log").json()["id"]
    request_id = file_request(service, customer, [att_id])
    assert customer.get(f"/attachments/{att_id}").content == b"log"
    assert staff.get(f"/attachments/{att_id}").content == b"log"
    assert other_customer.get(f"/attachments/{att_id}").status_code == 404

    # Staff files: an internal note's attachment stays with staff; a reply's reaches the owner.
    note = attach(staff, b"internal analysis").json()["id"]
    reply = attach(staff, b"fixed build").json()["id"]
    r = staff.post(
        f"/staff/requests/{request_id}/messages",
        json={"body": "Looked at it.", "internal": True, "attachment_ids": [note]},
    )
    assert r.status_code == 201, r.text
    r = staff.post(
        f"/staff/requests/{request_id}/messages",
        json={"body": "Try this build.", "attachment_ids": [reply]},
    )
    assert r.status_code == 201, r.text
    assert staff.get(f"/attachments/{note}").status_code == 200
    assert customer.get(f"/attachments/{note}").status_code == 404
    assert customer.get(f"/attachments/{note}/meta").status_code == 404
    assert customer.get(f"/attachments/{reply}").content == b"fixed build"
    assert other_customer.get(f"/attachments/{reply}").status_code == 404


def test_staff_do_not_read_unlinked_files_of_others(service: LiveService, customer: Caller) -> None:
    staff = new_account(service, role="staff")
    att_id = attach(customer, b"draft").json()["id"]
    assert staff.get(f"/attachments/{att_id}").status_code == 404


@pytest.mark.parametrize("bad_id", ["0", "abc", str(2**40)])
def test_malformed_ids_are_refused(customer: Caller, bad_id: str) -> None:
    assert customer.get(f"/attachments/{bad_id}").status_code in (404, 422)


def test_a_stored_page_is_served_sandboxed(customer: Caller) -> None:
    """A file that a browser would run as a page is a download in a sandbox, never a page of
    the service's origin: attachment disposition, no sniffing, a CSP sandbox."""
    page = b"<html><script>fetch('/api/v1/me')</script></html>"
    r = attach(customer, page, "page.html")
    assert r.status_code == 201, r.text
    got = customer.get(f"/attachments/{r.json()['id']}")
    assert got.content == page
    assert got.headers["content-disposition"].startswith("attachment;")
    assert got.headers["x-content-type-options"] == "nosniff"
    policy = [p.strip() for p in got.headers["content-security-policy"].split(";")]
    assert "sandbox" in policy and "default-src 'none'" in policy
