"""Offline key-file verification in the client (K4), against files the service's code signs."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.keyfile import KeyFileError, load_key_file, read_key_file, vendor_public_key
from server.db.models import License, Product
from server.services import keyfiles

NOW = datetime(2030, 5, 1, 12, 0, tzinfo=UTC)


def _signed(key: Ed25519PrivateKey | None = None, *, days: int = 100) -> bytes:
    product = Product(slug="internet-security", name="Internet Security")
    lic = License(
        code="ABCDE-12345-FGHJK-67890",
        seats=3,
        issued_at=NOW - timedelta(days=1),
        expires_at=NOW + timedelta(days=days),
    )
    doc = keyfiles.build(
        license=lic,
        product=product,
        vendor="Demo vendor",
        key=key or keyfiles.load_signing_key(None),
    )
    return keyfiles.render(doc)


def test_shipped_public_key_matches_the_demo_signing_key() -> None:
    demo = keyfiles.load_signing_key(None).public_key()
    assert keyfiles.key_id(demo) == keyfiles.key_id(vendor_public_key())


def test_genuine_key_file_read_with_its_terms() -> None:
    key = read_key_file(_signed())
    assert (key.product, key.product_name, key.seats) == (
        "internet-security",
        "Internet Security",
        3,
    )
    assert key.code == "ABCDE-12345-FGHJK-67890" and key.vendor == "Demo vendor"
    assert key.expires_at == NOW + timedelta(days=100)
    assert key.days_left(NOW) == 100 and not key.expired(NOW)
    assert key.expired(NOW + timedelta(days=100)) and key.days_left(NOW + timedelta(days=101)) == 0


@pytest.mark.parametrize(
    ("field", "value"),
    [("seats", 30), ("expires_at", "2099-01-01T00:00:00Z"), ("code", "ZZZZZ-12345-FGHJK-67890")],
)
def test_tampered_field_refused(field: str, value: object) -> None:
    doc = json.loads(_signed())
    doc[field] = value
    with pytest.raises(KeyFileError, match="signature is not valid"):
        read_key_file(json.dumps(doc).encode())


def test_layout_does_not_matter_but_signature_bytes_do() -> None:
    doc = json.loads(_signed())
    assert read_key_file(json.dumps(doc, indent=None).encode()).seats == 3
    sig = bytearray(base64.b64decode(doc["signature"]))
    sig[0] ^= 1
    doc["signature"] = base64.b64encode(bytes(sig)).decode()
    with pytest.raises(KeyFileError, match="signature"):
        read_key_file(json.dumps(doc).encode())


def test_foreign_vendor_key_refused() -> None:
    with pytest.raises(KeyFileError, match="another vendor key"):
        read_key_file(_signed(Ed25519PrivateKey.generate()))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x00\x01binary", "not a key file"),
        (b"[1, 2]", "not a key file"),
        (b'{"format": "pc-key/9"}', "not supported"),
        (b'{"format": "pc-key/1", "code": "X"}', "incomplete"),
        (b"x" * 70_000, "too large"),
    ],
)
def test_not_a_key_file(data: bytes, message: str) -> None:
    with pytest.raises(KeyFileError, match=message):
        read_key_file(data)


def test_zip_as_mailed_and_files_on_disk(tmp_path: Path) -> None:
    content = _signed()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("internet-security-67890.key", content)
    (tmp_path / "key.zip").write_bytes(buf.getvalue())
    (tmp_path / "license.key").write_bytes(content)
    assert load_key_file(tmp_path / "key.zip").code == load_key_file(tmp_path / "license.key").code

    empty = io.BytesIO()
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("readme.txt", "no key here")
    with pytest.raises(KeyFileError, match="exactly one key file"):
        read_key_file(empty.getvalue())
    with pytest.raises(KeyFileError, match="cannot be read"):
        load_key_file(tmp_path / "missing.key")
