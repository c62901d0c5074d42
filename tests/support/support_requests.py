"""Test data for support and Virus Lab requests: products, captchas, uploads, bodies."""

from __future__ import annotations

import io
import uuid
import zipfile
from typing import Any

import pyzipper
import requests

from server.db.models import Product
from tests.support.http import Caller
from tests.support.live_service import LiveService


def make_product(svc: LiveService, name: str = "Demo Anti-Virus") -> int:
    """A catalog product (the catalog is data the vendor loads, so tests add their own)."""
    assert svc.state is not None
    with svc.state.db.write() as db:
        product = Product(slug=f"p-{uuid.uuid4().hex[:10]}", name=name, versions=["21.3.10.391"])
        db.add(product)
        db.flush()
        return product.id


def solved_captcha(svc: LiveService) -> tuple[str, str]:
    """A fresh captcha over HTTP, and its answer as a person reading the picture types it."""
    r = requests.post(f"{svc.api}/captcha", timeout=30)
    assert r.status_code == 201, r.text
    captcha_id = r.json()["id"]
    return captcha_id, svc.captchas[captcha_id]


def upload(
    caller: Caller,
    *,
    content: bytes = b"log line\n",
    filename: str = "log.txt",
    anon_token: str | None = None,
) -> int:
    """A file sent as the client does (multipart), owned by the caller or the anonymous
    token, not yet linked to anything."""
    headers = {"X-Anonymous-Token": anon_token} if anon_token else {}
    r = caller.post(
        "/attachments",
        files={"file": (filename, content, "application/octet-stream")},
        headers=headers,
    )
    assert r.status_code == 201, r.text
    att_id: int = r.json()["id"]
    return att_id


def encrypted_zip(password: bytes = b"infected") -> bytes:
    """A sample packed as the client does (V3): AES zip with the password ``infected``."""
    buf = io.BytesIO()
    with pyzipper.AESZipFile(
        buf, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
    ) as zf:
        zf.setpassword(password)
        zf.writestr("sample.exe", b"MZ not really a program")
    return buf.getvalue()


def plain_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("sample.exe", b"MZ not really a program")
    return buf.getvalue()


def support_body(product_id: int, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "application",
        "product_id": product_id,
        "product_version": "21.3.10.391",
        "os": "Linux 6.1",
        "description": "The scanner stops at 40% and the window freezes.",
        "email": "",
        "country": "DE",
        "city": "Berlin",
        "company": "",
        "attachment_ids": [],
        "sysinfo_attachment_id": None,
        "trail": {"steps": [{"step": 1, "values": {"type": "application"}}]},
    }
    body.update(changes)
    return body


def file_support(caller: Caller, product_id: int, **changes: Any) -> dict[str, Any]:
    r = caller.post("/requests/support", json=support_body(product_id, **changes))
    assert r.status_code == 201, r.text
    result: dict[str, Any] = r.json()
    return result
