"""PostgreSQL drops the service's connections (a restart, a failover): a call that meets a
broken connection is answered 503 with Retry-After, nothing half done, and the next call
works on fresh connections."""

from __future__ import annotations

import uuid
from urllib.parse import urlparse

import psycopg
import pytest

from tests.server.conftest import ServiceFactory, new_account
from tests.support.support_requests import make_product, support_body


def _drop_connections(database_url: str) -> int:
    url = urlparse(database_url.replace("postgresql+psycopg", "postgresql"))
    name = url.path.lstrip("/")
    with psycopg.connect(
        host=url.hostname, port=url.port, user=url.username, dbname="postgres", autocommit=True
    ) as admin:
        rows = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        ).fetchall()
    return len(rows)


def test_calls_after_the_database_dropped_every_connection(
    backend: str, make_service: ServiceFactory
) -> None:
    if backend != "postgres":
        pytest.skip("SQLite has no connections to lose")
    svc = make_service()
    customer = new_account(svc)
    product = make_product(svc)
    assert customer.get("/me").status_code == 200
    assert _drop_connections(svc.settings.database_url) >= 1
    key = {"Idempotency-Key": uuid.uuid4().hex}
    body = support_body(product)
    answers = [customer.post("/requests/support", json=body, headers=dict(key))]
    if answers[0].status_code == 503:  # the pooled connection was the broken one
        assert answers[0].headers["Retry-After"] == "1"
        assert answers[0].json()["code"] == "database_unavailable"
        answers.append(customer.post("/requests/support", json=body, headers=dict(key)))
    assert answers[-1].status_code == 201, answers[-1].text
    items = customer.get("/requests").json()["items"]
    assert [i["id"] for i in items] == [answers[-1].json()["id"]]
    assert customer.get("/me").status_code == 200
