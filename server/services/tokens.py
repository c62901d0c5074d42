"""Opaque secrets: mailed tokens and refresh tokens are stored only as hashes; access
tokens are HMAC-signed and name their sign-in session so sign-out revokes them."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import datetime


def new_token(nbytes: int = 32) -> str:
    return secrets.token_urlsafe(nbytes)


def new_code(digits: int = 6) -> str:
    return "".join(secrets.choice("0123456789") for _ in range(digits))


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _sign(secret: str, payload: str) -> str:
    mac = hmac.new(secret.encode(), payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


def make_access_token(secret: str, session_id: int, expires: datetime) -> str:
    payload = f"pc1.{session_id}.{int(expires.timestamp())}"
    return f"{payload}.{_sign(secret, payload)}"


def read_access_token(secret: str, token: str, now: datetime) -> int | None:
    """The session id of a valid, unexpired token; None otherwise."""
    parts = token.split(".")
    if len(parts) != 4 or parts[0] != "pc1":
        return None
    payload = ".".join(parts[:3])
    if not hmac.compare_digest(_sign(secret, payload), parts[3]):
        return None
    try:
        session_id, exp = int(parts[1]), int(parts[2])
    except ValueError:
        return None
    if now.timestamp() >= exp:
        return None
    return session_id
