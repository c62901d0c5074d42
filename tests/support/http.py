"""A tiny test-side HTTP helper over requests (the tests' own, not the app's client)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

import requests


@dataclass
class Caller:
    """Someone calling the service: anonymous, a customer or staff."""

    api: str
    token: str | None = None
    refresh_token: str | None = None
    email: str = ""
    password: str = ""
    customer_id: str = ""
    user_id: int = 0
    http: requests.Session = field(default_factory=requests.Session)

    def headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        h = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        h.update(extra or {})
        return h

    def request(self, method: str, path: str, **kw: Any) -> requests.Response:
        headers = self.headers(kw.pop("headers", None))
        url = path if path.startswith("http") else f"{self.api}{path}"
        return self.http.request(method, url, headers=headers, timeout=30, **kw)

    def get(self, path: str, **kw: Any) -> requests.Response:
        return self.request("GET", path, **kw)

    def post(self, path: str, **kw: Any) -> requests.Response:
        if kw.pop("idempotent", True):
            kw.setdefault("headers", {}).setdefault("Idempotency-Key", uuid.uuid4().hex)
        return self.request("POST", path, **kw)

    def put(self, path: str, **kw: Any) -> requests.Response:
        return self.request("PUT", path, **kw)

    def patch(self, path: str, **kw: Any) -> requests.Response:
        return self.request("PATCH", path, **kw)

    def delete(self, path: str, **kw: Any) -> requests.Response:
        return self.request("DELETE", path, **kw)

    def signin(self, login: str | None = None, password: str | None = None) -> requests.Response:
        r = self.post(
            "/auth/signin",
            json={"login": login or self.email, "password": password or self.password},
            idempotent=False,
        )
        if r.status_code == 200:
            self.token = r.json()["access_token"]
            self.refresh_token = r.json()["refresh_token"]
        return r

    def anonymous(self) -> Caller:
        return Caller(api=self.api)
