"""Forwarded addresses are believed only from the proxies the service is told to trust:
a forged X-Forwarded-For buys no fresh per-source budget."""

from __future__ import annotations

from pathlib import Path

import requests

from tests.server.conftest import ServiceFactory
from tests.support.databases import temporary_database
from tests.support.live_service import ServiceProcess

BUDGET = 20  # the default per-source budget of password resets


def _resets(api: str, forwarded: list[str]) -> list[int]:
    return [
        requests.post(
            f"{api}/auth/password-reset",
            json={"login": "nobody@example.com"},
            headers={"X-Forwarded-For": address},
            timeout=30,
        ).status_code
        for address in forwarded
    ]


def test_served_as_deployed_forwarded_headers_are_ignored(backend: str, tmp_path: Path) -> None:
    with temporary_database(backend, tmp_path) as url:
        proc = ServiceProcess(data_dir=tmp_path / "data", database_url=url)
        proc.start()
        try:
            spoofed = [f"203.0.113.{n}" for n in range(1, BUDGET + 3)]
            statuses = _resets(f"{proc.url}/api/v1", spoofed)
        finally:
            proc.stop()
    assert statuses[:BUDGET] == [202] * BUDGET
    assert statuses[BUDGET:] == [429, 429]  # all of them came from 127.0.0.1


def test_a_trusted_proxy_names_the_caller(make_service: ServiceFactory) -> None:
    svc = make_service(trusted_proxies=("127.0.0.1",), source_budget=3)
    # Callers behind the proxy each have their own budget...
    assert (
        _resets(svc.api, ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4"]) == [202] * 4
    )
    # ...and one caller spends its own.
    assert _resets(svc.api, ["198.51.100.7"] * 4) == [202, 202, 202, 429]
