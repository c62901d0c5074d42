"""Signed key files (K4): a JSON document with the license's terms, signed with Ed25519.

The vendor's private key signs; the client ships the public key and verifies offline
(``app/core/keyfile.py`` holds the same canonical form, since ``server`` never imports
``app``). The signature covers every field except ``signature``, serialized canonically:
keys sorted, no spaces, UTF-8. Key files are deterministic (Ed25519 signatures are, and the
times are the license's own), so a downloaded copy of a lost key file equals the original.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from server.db.models import License, Product
from server.errors import Problem

FORMAT = "pc-key/1"
MAX_SIZE = 64 * 1024
DEMO_KEY_NAME = "demo-vendor-ed25519.pem"
_FIELDS = (
    "format",
    "product",
    "product_name",
    "seats",
    "expires_at",
    "code",
    "issued_at",
    "vendor",
    "key_id",
)


def load_signing_key(path: Path | None) -> Ed25519PrivateKey:
    """The key at ``Settings.vendor_key_path``, or the demo key shipped in ``server/keys``."""
    if path is None:
        pem = resources.files("server.keys").joinpath(DEMO_KEY_NAME).read_bytes()
    else:
        pem = Path(path).read_bytes()
    return _parse_private(pem)


@lru_cache(maxsize=8)
def _parse_private(pem: bytes) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("the vendor key must be an Ed25519 private key in PEM form")
    return key


def key_id(public_key: Ed25519PublicKey) -> str:
    """A short fingerprint, so a client can tell "another vendor key" from "tampered"."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def canonical(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def build(
    *, license: License, product: Product, vendor: str, key: Ed25519PrivateKey
) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "format": FORMAT,
        "product": product.slug,
        "product_name": product.name,
        "seats": license.seats,
        "expires_at": _stamp(license.expires_at),
        "code": license.code,
        "issued_at": _stamp(license.issued_at),
        "vendor": vendor,
        "key_id": key_id(key.public_key()),
    }
    signature = key.sign(canonical(fields))
    return {**fields, "signature": base64.b64encode(signature).decode()}


def render(document: dict[str, Any]) -> bytes:
    """The file's bytes: readable JSON (the signature does not depend on the layout)."""
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode()


def filename(product_slug: str, code: str) -> str:
    return f"{product_slug}-{code.replace('-', '')[-5:]}.key"


def zipped(name: str, content: bytes) -> bytes:
    """A zip holding the one key file, as "Get key by e-mail" sends it."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(name, content)
    return buf.getvalue()


def _invalid(detail: str, field: str) -> Problem:
    return Problem(422, "key_file_invalid", detail, errors={field: detail})


def verify(data: bytes, *, public_key: Ed25519PublicKey, field: str = "key_file") -> dict[str, Any]:
    """The fields of a genuine key file; a damaged, foreign or altered one is refused."""
    if len(data) > MAX_SIZE:
        raise _invalid("This file is too large to be a key file.", field)
    if data[:2] == b"PK":
        data = _from_zip(data, field)
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _invalid("This file is not a key file.", field) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _invalid("This file is not a key file of a supported format.", field)
    if any(name not in document for name in (*_FIELDS, "signature")):
        raise _invalid("The key file is incomplete.", field)
    fields = {k: v for k, v in document.items() if k != "signature"}
    if fields.get("key_id") != key_id(public_key):
        raise _invalid("The key file was not issued by this vendor.", field)
    try:
        signature = base64.b64decode(str(document["signature"]), validate=True)
        public_key.verify(signature, canonical(fields))
    except (InvalidSignature, binascii.Error, ValueError):
        raise _invalid(
            "The key file's signature is not valid: the file was changed or damaged.", field
        ) from None
    return fields


def _from_zip(data: bytes, field: str) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = [i for i in zf.infolist() if i.filename.lower().endswith(".key")]
            if len(names) != 1 or names[0].file_size > MAX_SIZE:
                raise _invalid("The archive must hold exactly one key file (.key).", field)
            return zf.read(names[0])
    except zipfile.BadZipFile:
        raise _invalid("This file is not a key file.", field) from None
