"""Resumable uploads over tus 1.0 (W3's large attachments, V3's samples): creation, chunks,
a cut connection resumed from what was stored, checksums, termination, expiration,
ownership — with plain HTTP and with tuspy, the client the desktop application uses."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import secrets
import socket
import time
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from tusclient.client import TusClient

from tests.server.conftest import ServiceFactory, new_account
from tests.support.http import Caller
from tests.support.live_service import LiveService

TUS = {"Tus-Resumable": "1.0.0"}
STREAM = {"Content-Type": "application/offset+octet-stream"}
KB = 1024


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def metadata(
    filename: str = "capture.bin", filetype: str = "application/octet-stream", purpose: str = "file"
) -> str:
    return f"filename {b64(filename)},filetype {b64(filetype)},purpose {b64(purpose)}"


def anon_headers(token: str | None = None) -> dict[str, str]:
    return {"X-Anonymous-Token": token or secrets.token_urlsafe(32)}


def create(
    caller: Caller, length: int, headers: dict[str, str] | None = None, data: bytes = b""
) -> requests.Response:
    base = {**TUS, "Upload-Length": str(length), "Upload-Metadata": metadata()}
    if data:
        base.update(STREAM)
    return caller.post("/uploads", idempotent=False, headers={**base, **(headers or {})}, data=data)


def new_upload(caller: Caller, length: int, headers: dict[str, str] | None = None) -> str:
    r = create(caller, length, headers)
    assert r.status_code == 201, r.text
    return r.headers["Location"]


def patch(
    caller: Caller, url: str, offset: int, data: bytes, headers: dict[str, str] | None = None
) -> requests.Response:
    return caller.patch(
        url, data=data, headers={**TUS, **STREAM, "Upload-Offset": str(offset), **(headers or {})}
    )


def head(caller: Caller, url: str, headers: dict[str, str] | None = None) -> requests.Response:
    return caller.request("HEAD", url, headers={**TUS, **(headers or {})})


def checksum(algorithm: str, data: bytes) -> dict[str, str]:
    digest = hashlib.new(algorithm, data).digest()
    return {"Upload-Checksum": f"{algorithm} {base64.b64encode(digest).decode()}"}


def cut_patch(caller: Caller, url: str, offset: int, data: bytes, declared: int) -> None:
    """A PATCH whose connection dies: it announces ``declared`` bytes, sends ``data``, closes."""
    parts = urlsplit(url)
    lines = [
        f"PATCH {parts.path} HTTP/1.1",
        f"Host: {parts.netloc}",
        "Tus-Resumable: 1.0.0",
        "Content-Type: application/offset+octet-stream",
        f"Content-Length: {declared}",
        f"Upload-Offset: {offset}",
        *(f"{k}: {v}" for k, v in caller.headers().items()),
    ]
    assert parts.hostname is not None and parts.port is not None
    with socket.create_connection((parts.hostname, parts.port)) as sock:
        sock.sendall("\r\n".join(lines).encode() + b"\r\n\r\n" + data)
        time.sleep(0.3)  # let the service take in what was sent before the line drops


def stored(svc: LiveService, url: str) -> Path:
    upload_id = url.rsplit("/", 1)[1]
    return svc.settings.storage_dir / "files" / upload_id[:2] / upload_id


def test_discovery(anon: Caller, service: LiveService) -> None:
    r = anon.request("OPTIONS", "/uploads")
    assert r.status_code == 204
    assert r.headers["Tus-Resumable"] == "1.0.0"
    assert r.headers["Tus-Version"] == "1.0.0"
    assert set(r.headers["Tus-Extension"].split(",")) == {
        "creation",
        "creation-with-upload",
        "checksum",
        "termination",
        "expiration",
    }
    assert int(r.headers["Tus-Max-Size"]) == service.settings.tus_max_size
    assert r.headers["Tus-Checksum-Algorithm"] == "sha1,sha256"


def test_chunks_cut_connection_and_resume(customer: Caller) -> None:
    data = os.urandom(600 * KB)
    url = new_upload(customer, len(data))
    r = head(customer, url)
    assert r.status_code == 200
    assert (r.headers["Upload-Offset"], r.headers["Upload-Length"]) == ("0", str(len(data)))
    assert r.headers["Cache-Control"] == "no-store" and r.headers["Upload-Expires"]
    assert r.headers["Tus-Resumable"] == "1.0.0"
    assert b64("capture.bin") in r.headers["Upload-Metadata"]

    first = 200 * KB
    r = patch(customer, url, 0, data[:first], checksum("sha256", data[:first]))
    assert r.status_code == 204, r.text
    assert r.headers["Upload-Offset"] == str(first)
    assert "Upload-Attachment-Id" not in r.headers

    # The line drops halfway through the second chunk.
    cut_patch(customer, url, first, data[first : first + 100 * KB], declared=200 * KB)

    # The bytes that arrived before the cut are kept: HEAD reports them once the service
    # has noticed the cut, and the client resumes from there.
    offset = int(head(customer, url).headers["Upload-Offset"])
    deadline = time.monotonic() + 20
    while offset == first and time.monotonic() < deadline:
        offset = int(head(customer, url).headers["Upload-Offset"])
    assert first < offset <= first + 100 * KB
    r = patch(customer, url, offset, data[offset:])
    assert r.status_code == 204, r.text
    assert r.headers["Upload-Offset"] == str(len(data))
    sha = hashlib.sha256(data).hexdigest()
    assert r.headers["Upload-Sha256"] == sha
    att_id = r.headers["Upload-Attachment-Id"]

    r = head(customer, url)
    assert r.headers["Upload-Offset"] == str(len(data))
    assert (r.headers["Upload-Attachment-Id"], r.headers["Upload-Sha256"]) == (att_id, sha)

    meta = customer.get(f"/attachments/{att_id}/meta").json()
    assert (meta["size"], meta["sha256"], meta["filename"]) == (len(data), sha, "capture.bin")
    assert customer.get(f"/attachments/{att_id}").content == data


def test_tuspy_uploads_resumes_and_finishes(customer: Caller, service: LiveService) -> None:
    data = os.urandom(3 * 1024 * KB)  # over the form limit
    client = TusClient(f"{service.api}/uploads", headers=customer.headers())
    meta = {"filename": "sample.zip", "filetype": "application/zip", "purpose": "sample"}
    uploader = client.uploader(
        file_stream=io.BytesIO(data), chunk_size=512 * KB, metadata=meta, upload_checksum=True
    )
    uploader.upload(stop_at=1024 * KB)
    assert uploader.offset == 1024 * KB

    # The application restarts: a new uploader asks the service where to go on from.
    again = client.uploader(
        file_stream=io.BytesIO(data), url=uploader.url, chunk_size=1024 * KB, upload_checksum=True
    )
    assert again.offset == 1024 * KB
    again.upload()
    assert again.request is not None
    answer: dict[str, Any] = again.request.response_headers
    assert answer["upload-sha256"] == hashlib.sha256(data).hexdigest()
    att = customer.get(f"/attachments/{answer['upload-attachment-id']}/meta").json()
    assert (att["filename"], att["content_type"], att["purpose"]) == (
        "sample.zip",
        "application/zip",
        "sample",
    )
    assert customer.get(f"/attachments/{att['id']}").content == data


def test_creation_with_upload(customer: Caller) -> None:
    data = b"small but sent with the creation"
    r = create(customer, len(data), checksum("sha1", data), data=data)
    assert r.status_code == 201, r.text
    assert r.headers["Upload-Offset"] == str(len(data))
    assert r.headers["Upload-Sha256"] == hashlib.sha256(data).hexdigest()
    assert customer.get(f"/attachments/{r.headers['Upload-Attachment-Id']}").content == data

    # Only the first part: the upload goes on by PATCH.
    r = create(customer, len(data) * 2, data=data)
    assert r.status_code == 201 and r.headers["Upload-Offset"] == str(len(data))
    assert "Upload-Attachment-Id" not in r.headers
    r = patch(customer, r.headers["Location"], len(data), data)
    assert r.status_code == 204 and r.headers["Upload-Sha256"]

    # A bad checksum on the first part: the upload exists, empty, and says where it is.
    r = create(customer, len(data), checksum("sha256", b"other"), data=data)
    assert r.status_code == 460 and r.headers["Location"]
    assert head(customer, r.headers["Location"]).headers["Upload-Offset"] == "0"


def test_checksum_mismatch_keeps_nothing(customer: Caller) -> None:
    data = os.urandom(50 * KB)
    url = new_upload(customer, len(data))
    for algorithm in ("sha1", "sha256"):
        r = patch(customer, url, 0, data, checksum(algorithm, data[:-1] + b"x"))
        assert r.status_code == 460, r.text
        assert r.json()["code"] == "checksum_mismatch"
        assert r.headers["Tus-Resumable"] == "1.0.0"
        assert head(customer, url).headers["Upload-Offset"] == "0"
    r = patch(customer, url, 0, data, {"Upload-Checksum": "md5 AAAA"})
    assert r.status_code == 400 and r.json()["code"] == "checksum_algorithm_unsupported"
    r = patch(customer, url, 0, data, checksum("sha1", data))
    assert r.status_code == 204 and r.headers["Upload-Offset"] == str(len(data))
    # The refused bodies left nothing in the file's SHA-256 either.
    assert r.headers["Upload-Sha256"] == hashlib.sha256(data).hexdigest()


def test_wrong_offset_is_409(customer: Caller) -> None:
    url = new_upload(customer, 100)
    assert patch(customer, url, 0, b"a" * 10).status_code == 204
    r = patch(customer, url, 5, b"b" * 10)
    assert r.status_code == 409
    assert r.json()["code"] == "offset_mismatch"
    assert r.headers["Upload-Offset"] == "10"
    assert head(customer, url).headers["Upload-Offset"] == "10"


def test_protocol_errors(customer: Caller) -> None:
    url = new_upload(customer, 100)
    r = customer.patch(url, data=b"x", headers={**STREAM, "Upload-Offset": "0"})
    assert r.status_code == 412 and r.headers["Tus-Version"] == "1.0.0"
    r = customer.patch(url, data=b"x", headers={**TUS, "Upload-Offset": "0"})
    assert r.status_code == 415
    r = patch(customer, url, 0, b"x" * 101)
    assert r.status_code == 413 and r.json()["code"] == "upload_length_exceeded"
    assert head(customer, url).headers["Upload-Offset"] == "0"
    r = create(customer, 0)
    assert r.status_code == 422 and r.json()["code"] == "file_empty"
    r = create(customer, 10**15)
    assert r.status_code == 413 and r.json()["code"] == "file_too_large"
    r = customer.post("/uploads", idempotent=False, headers=TUS)
    assert r.status_code == 400 and "Upload-Length" in r.json()["errors"]
    r = create(customer, 10, {"Upload-Metadata": "filename %%%"})
    assert r.status_code == 400
    r = create(customer, 10, {"Upload-Metadata": f"purpose {b64('virus')}"})
    assert r.status_code == 422 and "purpose" in r.json()["errors"]


def test_termination(customer: Caller, service: LiveService) -> None:
    url = new_upload(customer, 100)
    assert patch(customer, url, 0, b"a" * 40).status_code == 204
    assert stored(service, url).exists()
    r = customer.delete(url, headers=TUS)
    assert r.status_code == 204 and r.headers["Tus-Resumable"] == "1.0.0"
    assert not stored(service, url).exists()
    assert head(customer, url).status_code == 404
    assert patch(customer, url, 40, b"a" * 60).status_code == 404
    assert customer.delete(url, headers=TUS).status_code == 404


def test_expired_uploads_are_purged(make_service: ServiceFactory) -> None:
    svc = make_service(access_ttl=timedelta(days=60))  # stays signed in as time moves
    user = new_account(svc)
    visited = new_upload(user, 100)
    assert patch(user, visited, 0, b"a" * 10).status_code == 204
    patched = new_upload(user, 100)
    left = new_upload(user, 100)
    assert patch(user, left, 0, b"b" * 10).status_code == 204
    done = create(user, 4, data=b"done")
    assert done.headers["Upload-Attachment-Id"]
    svc.clock.advance(svc.settings.upload_ttl + timedelta(seconds=1))

    assert head(user, visited).status_code == 410
    assert head(user, visited).status_code == 404
    assert not stored(svc, visited).exists()
    r = patch(user, patched, 0, b"c" * 10)
    assert r.status_code == 410 and r.json()["code"] == "upload_expired"
    assert patch(user, patched, 0, b"c" * 10).status_code == 404

    # Creating an upload sweeps the other expired ones: unfinished bytes go; finished
    # uploads leave their attachment behind.
    assert stored(svc, left).exists()
    new_upload(user, 10)
    assert not stored(svc, left).exists()
    assert head(user, left).status_code == 404
    assert head(user, done.headers["Location"]).status_code == 404


def test_finished_upload_outlives_its_expiry_as_an_attachment(
    make_service: ServiceFactory,
) -> None:
    svc = make_service(access_ttl=timedelta(days=60))
    user = new_account(svc)
    r = create(user, 4, data=b"data")
    att_id = r.headers["Upload-Attachment-Id"]
    svc.clock.advance(svc.settings.upload_ttl + timedelta(seconds=1))
    new_upload(user, 10)
    assert head(user, r.headers["Location"]).status_code == 404
    assert user.get(f"/attachments/{att_id}").content == b"data"


def test_other_accounts_and_anonymous_tokens_get_404(
    customer: Caller, other_customer: Caller, anon: Caller
) -> None:
    url = new_upload(customer, 100)
    stranger = anon_headers()
    for caller, extra in ((other_customer, None), (anon, stranger)):
        assert head(caller, url, extra).status_code == 404
        assert patch(caller, url, 0, b"x", extra).status_code == 404
        r = caller.delete(url, headers={**TUS, **(extra or {})})
        assert r.status_code == 404 and r.headers["Tus-Resumable"] == "1.0.0"
    assert head(customer, url).headers["Upload-Offset"] == "0"


def test_anonymous_uploads_belong_to_their_token(customer: Caller, anon: Caller) -> None:
    mine = anon_headers()
    url = new_upload(anon, 5, mine)
    r = patch(anon, url, 0, b"12345", mine)
    assert r.status_code == 204
    att_id = r.headers["Upload-Attachment-Id"]
    assert anon.get(f"/attachments/{att_id}", headers=mine).content == b"12345"
    assert head(anon, url, anon_headers()).status_code == 404
    assert head(customer, url, mine).status_code == 404
    assert anon.get(f"/attachments/{att_id}", headers=anon_headers()).status_code == 404
    assert customer.get(f"/attachments/{att_id}").status_code == 404


def test_no_identity_is_401(customer: Caller, anon: Caller) -> None:
    url = new_upload(customer, 100)
    answers = [
        create(anon, 100),
        head(anon, url),
        patch(anon, url, 0, b"x"),
        anon.delete(url, headers=TUS),
    ]
    for r in answers:
        assert r.status_code == 401
        assert r.headers["Tus-Resumable"] == "1.0.0"
    assert answers[0].json()["code"] == "unauthorized"
    r = create(anon, 100, anon_headers("short"))
    assert r.status_code == 401 and r.json()["code"] == "anonymous_token_invalid"
    r = create(anon, 100, {"Authorization": "Bearer pc1.1.1.forged"})
    assert r.status_code == 401


@pytest.mark.parametrize("upload_id", ["../../etc", "0" * 32, "Z" * 32])
def test_unknown_or_malformed_ids_are_404(customer: Caller, upload_id: str) -> None:
    r = head(customer, f"/uploads/{upload_id}")
    assert r.status_code == 404
