"""The service answers health, OpenAPI and problem+json on every backend."""

from __future__ import annotations

from tests.server.conftest import new_account
from tests.support.http import Caller
from tests.support.live_service import LiveService


def test_health_and_openapi(service: LiveService, anon: Caller) -> None:
    r = anon.get(f"{service.url}/healthz")
    assert r.status_code == 200 and r.json()["status"] == "ok"
    spec = anon.get(f"{service.url}/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert "/api/v1/auth/signin" in spec["paths"]


def test_errors_are_problem_json(anon: Caller) -> None:
    r = anon.post("/auth/signin", json={"login": "nobody@example.com", "password": "x"})
    assert r.status_code == 401
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["code"] == "invalid_credentials"
    r = anon.post("/auth/signin", json={"login": ""})
    assert r.status_code == 422
    body = r.json()
    assert body["code"] == "validation_error" and "password" in body["errors"]
    assert anon.get("/no/such/route").json()["code"] == "not_found"


def test_signin_refresh_signout(service: LiveService) -> None:
    user = new_account(service)
    assert user.get(f"{service.url}/healthz").status_code == 200
    r = user.post("/auth/refresh", json={"refresh_token": user.refresh_token})
    assert r.status_code == 200
    old_refresh, user.token = user.refresh_token, r.json()["access_token"]
    assert user.post("/auth/signout").status_code == 204
    r = user.post("/auth/signout")
    assert r.status_code == 401 and r.json()["code"] == "unauthorized"
    # The refresh token rotates: the old one is spent (presenting it again ends the
    # session, see test_secrets_at_rest).
    r = user.post("/auth/refresh", json={"refresh_token": old_refresh})
    assert r.status_code == 401
