"""Key files verified offline (K4): the vendor's Ed25519 signature, checked with the public
key that ships next to this module, so an imported key file is trusted without the service.

A key file is JSON: ``format`` ("pc-key/1"), ``product``, ``product_name``, ``seats``,
``expires_at``, ``code``, ``issued_at``, ``vendor``, ``key_id`` and ``signature`` — base64
of the signature over every other field, serialized with sorted keys, no spaces, UTF-8.
(The service signs the same form in ``server/services/keyfiles.py``.) A zip holding one
``.key`` file, as "Get key by e-mail" sends it, is accepted too. Qt-free.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import math
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.core.text import QT_TRANSLATE_NOOP

FORMAT = "pc-key/1"
MAX_SIZE = 64 * 1024
PUBLIC_KEY_NAME = "vendor_public_key.pem"
_TEXT_FIELDS = ("product", "product_name", "code", "vendor", "key_id")


class KeyFileError(ValueError):
    """The file cannot be used as a key file; the message is meant for the user."""


@dataclass(frozen=True)
class KeyFile:
    product: str
    product_name: str
    seats: int
    expires_at: datetime
    code: str
    issued_at: datetime
    vendor: str
    key_id: str

    def expired(self, now: datetime | None = None) -> bool:
        return self.expires_at <= (now or datetime.now(UTC))

    def days_left(self, now: datetime | None = None) -> int:
        """Whole days counted up (the last day shows as 1); 0 once expired."""
        seconds = (self.expires_at - (now or datetime.now(UTC))).total_seconds()
        return max(0, math.ceil(seconds / 86400))


@lru_cache(maxsize=1)
def vendor_public_key() -> Ed25519PublicKey:
    pem = resources.files("app.core").joinpath(PUBLIC_KEY_NAME).read_bytes()
    return load_public_key(pem)


def load_public_key(pem: bytes) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("the vendor public key must be an Ed25519 key in PEM form")
    return key


def key_id(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def _canonical(fields: dict[str, Any]) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _time(value: object) -> datetime:
    if not isinstance(value, str):
        raise KeyFileError(
            QT_TRANSLATE_NOOP("Keyfile", "The key file is damaged: a date is missing.")
        )
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise KeyFileError(
            QT_TRANSLATE_NOOP("Keyfile", "The key file is damaged: a date cannot be read.")
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _unzip(data: bytes) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            keys = [i for i in zf.infolist() if i.filename.lower().endswith(".key")]
            if len(keys) != 1:
                raise KeyFileError(
                    QT_TRANSLATE_NOOP(
                        "Keyfile", "The archive must hold exactly one key file (.key)."
                    )
                )
            if keys[0].file_size > MAX_SIZE:
                raise KeyFileError(
                    QT_TRANSLATE_NOOP(
                        "Keyfile", "The file in the archive is too large to be a key file."
                    )
                )
            return zf.read(keys[0])
    except zipfile.BadZipFile:
        raise KeyFileError(QT_TRANSLATE_NOOP("Keyfile", "This archive is damaged.")) from None


def read_key_file(data: bytes, *, public_key: Ed25519PublicKey | None = None) -> KeyFile:
    """The verified contents of a key file (or of a zip holding one), else ``KeyFileError``."""
    if len(data) > MAX_SIZE:
        raise KeyFileError(QT_TRANSLATE_NOOP("Keyfile", "This file is too large to be a key file."))
    if data[:2] == b"PK":
        data = _unzip(data)
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise KeyFileError(QT_TRANSLATE_NOOP("Keyfile", "This file is not a key file.")) from None
    if not isinstance(document, dict) or "format" not in document:
        raise KeyFileError(QT_TRANSLATE_NOOP("Keyfile", "This file is not a key file."))
    if document["format"] != FORMAT:
        raise KeyFileError(
            QT_TRANSLATE_NOOP(
                "Keyfile",
                "This key file's format ({format}) is not supported by this version of the "
                "application.",
            ).format(format=document["format"])
        )
    key = public_key or vendor_public_key()
    fields = {k: v for k, v in document.items() if k != "signature"}
    missing = [n for n in (*_TEXT_FIELDS, "seats", "expires_at", "issued_at") if n not in fields]
    if missing or not isinstance(document.get("signature"), str):
        raise KeyFileError(QT_TRANSLATE_NOOP("Keyfile", "The key file is incomplete."))
    if fields["key_id"] != key_id(key):
        raise KeyFileError(
            QT_TRANSLATE_NOOP(
                "Keyfile",
                "This key file was not issued for this application: it is signed with another "
                "vendor key.",
            )
        )
    try:
        key.verify(base64.b64decode(document["signature"], validate=True), _canonical(fields))
    except (InvalidSignature, binascii.Error, ValueError):
        raise KeyFileError(
            QT_TRANSLATE_NOOP(
                "Keyfile",
                "The key file's signature is not valid: the file was changed or damaged. "
                "Download a new copy under Licenses.",
            )
        ) from None
    # Signed, so the values are the vendor's; still check their types before trusting them.
    seats = fields["seats"]
    if not isinstance(seats, int) or isinstance(seats, bool) or seats < 1:
        raise KeyFileError(
            QT_TRANSLATE_NOOP(
                "Keyfile", "The key file is damaged: the number of seats cannot be read."
            )
        )
    if not all(isinstance(fields[n], str) for n in _TEXT_FIELDS):
        raise KeyFileError(QT_TRANSLATE_NOOP("Keyfile", "The key file is damaged."))
    return KeyFile(
        product=fields["product"],
        product_name=fields["product_name"],
        seats=seats,
        expires_at=_time(fields["expires_at"]),
        code=fields["code"],
        issued_at=_time(fields["issued_at"]),
        vendor=fields["vendor"],
        key_id=fields["key_id"],
    )


def load_key_file(path: Path | str) -> KeyFile:
    """Read and verify the key file at ``path`` (a .key file or a .zip holding one)."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_SIZE:
            raise KeyFileError(
                QT_TRANSLATE_NOOP("Keyfile", "This file is too large to be a key file.")
            )
        data = p.read_bytes()
    except OSError as exc:
        raise KeyFileError(
            QT_TRANSLATE_NOOP("Keyfile", "The file cannot be read: {value}.").format(
                value=exc.strerror or exc
            )
        ) from None
    return read_key_file(data)
