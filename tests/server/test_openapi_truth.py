"""The OpenAPI document tells the truth: every 4xx answer a route gives is listed for it,
with the problem+json schema. Each operation is probed the ways a schema-driven client
would (anonymous, with an expired token, with bad fields, with ids that do not exist)."""

from __future__ import annotations

import re
import uuid
from typing import Any

import requests

from tests.support.http import Caller
from tests.support.live_service import LiveService

SKIPPED = ("/api/v1/events",)  # a stream: it has its own tests
PROBLEM_REF = "#/components/schemas/Problem"


def _url(svc: LiveService, path: str, ident: str) -> str:
    return svc.url + re.sub(r"\{[^}]+\}", ident, path)


def _probes(caller: Caller) -> list[tuple[dict[str, str], Any, str]]:
    bearer = {"Authorization": f"Bearer {caller.token}"}
    expired = {"Authorization": "Bearer pc1.1.1.AAAA"}
    return [
        ({}, None, "2147483000"),
        (expired, None, "1"),
        (bearer, {"unexpected": "x" * 50}, "2147483000"),
        (bearer, ["not", "an", "object"], "abc"),
        (bearer, None, "2147483000"),
    ]


def test_every_4xx_answer_is_documented(service: LiveService, customer: Caller) -> None:
    doc = requests.get(f"{service.url}/openapi.json", timeout=30).json()
    undocumented: list[str] = []
    for path, item in doc["paths"].items():
        if path.startswith(SKIPPED):
            continue
        for method, operation in item.items():
            for code, answer in operation["responses"].items():
                if code.startswith("4"):
                    schema = answer["content"]["application/problem+json"]["schema"]
                    assert schema == {"$ref": PROBLEM_REF}, (method, path, code)
            for headers, body, ident in _probes(customer):
                r = requests.request(
                    method.upper(),
                    _url(service, path, ident),
                    headers={**headers, "Idempotency-Key": uuid.uuid4().hex},
                    json=body,
                    timeout=30,
                )
                assert r.status_code < 500, (method, path, r.status_code, r.text)
                if 400 <= r.status_code < 500 and str(r.status_code) not in operation["responses"]:
                    undocumented.append(f"{method.upper()} {path} {r.status_code}")
    assert undocumented == [], "\n".join(undocumented)
    assert "Problem" in doc["components"]["schemas"]
