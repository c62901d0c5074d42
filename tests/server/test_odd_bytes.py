"""Bytes a careful attacker sends: non-UTF-8 headers, bodies and queries never give a 5xx."""

from __future__ import annotations

import socket
import uuid
from urllib.parse import urlsplit

from tests.support.http import Caller
from tests.support.live_service import LiveService

ODD_HEADER_VALUES = (b"Bj\xf6rn/1.0", b"\xff\xfe\xfd", b"\xc3\x28", b"ok\x80\x81\x82")
POSTS = ("/auth/signin", "/auth/register", "/requests/support", "/captcha", "/auth/refresh")


def _raw(svc: LiveService, request: bytes) -> int:
    """The status of one raw HTTP/1.1 exchange: bytes that no client library would send."""
    parts = urlsplit(svc.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        sock.sendall(request)
        data = b""
        while b"\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    return int(data.split(b" ", 2)[1])


def _post(path: str, headers: dict[bytes, bytes], body: bytes) -> bytes:
    lines = [f"POST /api/v1{path} HTTP/1.1".encode(), b"Host: 127.0.0.1", b"Connection: close"]
    lines += [k + b": " + v for k, v in headers.items()]
    lines += [b"Content-Length: " + str(len(body)).encode(), b"", b""]
    return b"\r\n".join(lines) + body


def test_non_utf8_header_bytes_never_answer_5xx(service: LiveService, customer: Caller) -> None:
    for path in POSTS:
        for value in ODD_HEADER_VALUES:
            for extra in (
                {b"User-Agent": value},
                {b"Idempotency-Key": value},
                {b"Authorization": b"Bearer " + value},
                {b"Authorization": f"Bearer {customer.token}".encode(), b"User-Agent": value},
                {b"X-Anonymous-Token": value, b"Content-Type": b"application/json; q=" + value},
            ):
                headers = {b"Content-Type": b"application/json", **extra}
                headers.setdefault(b"Idempotency-Key", uuid.uuid4().hex.encode())
                status = _raw(service, _post(path, headers, b"{}"))
                assert status < 500, (path, extra, status)


def test_non_utf8_bodies_and_queries_never_answer_5xx(
    service: LiveService, customer: Caller
) -> None:
    auth = {b"Authorization": f"Bearer {customer.token}".encode()}
    for path in POSTS:
        for body in (b'{"login": "\xff\xfe", "password": "\xc3\x28"}', b"\xff" * 40, b"\x00{"):
            headers = {b"Content-Type": b"application/json", **auth}
            assert _raw(service, _post(path, headers, body)) < 500, (path, body)
    for query in (b"status=%ff%fe", b"q=\xff\xfe", b"%c3%28=1", b"page_size=\xf6"):
        request = b"GET /api/v1/requests?" + query + b" HTTP/1.1\r\nHost: x\r\n"
        request += b"Authorization: Bearer " + customer.token.encode() + b"\r\n"  # type: ignore[union-attr]
        request += b"Connection: close\r\n\r\n"
        assert _raw(service, request) < 500, query
