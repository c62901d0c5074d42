"""Two service processes on one PostgreSQL database share what must be shared: events reach
streams on the other process, lock-outs and budgets count across both, an Idempotency-Key
replays on the other, and a tus upload begun on one is finished on the other. Also
``serve --workers 2`` itself: two worker processes behind one address.

Both processes use one data folder (as workers on one host do: the signing secret and the
stored files are the folder's); everything else goes through the database.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import psutil
import pytest
import requests

from server.db.models import Product
from server.db.session import Database
from server.services import accounts
from tests.server.test_events import open_stream
from tests.server.test_uploads import KB, create, head, patch
from tests.support.accounts import STRONG_PASSWORD
from tests.support.databases import postgres_unavailable, temporary_database
from tests.support.http import Caller
from tests.support.live_service import ServiceProcess
from tests.support.support_requests import file_support

pytestmark = pytest.mark.skipif(
    postgres_unavailable() is not None, reason=str(postgres_unavailable())
)

SHARED_ENV = {
    "PC_SERVER_MAIL_ACCOUNT_BUDGET": "1000000",
    "PC_SERVER_MAIL_RECIPIENT_BUDGET": "1000000",
    "PC_SERVER_CAPTCHA_SOURCE_BUDGET": "3",
    "PC_SERVER_LOCKOUT_THRESHOLD": "3",
}


@dataclass
class Pair:
    a: ServiceProcess
    b: ServiceProcess
    url: str
    product_id: int

    def account(self, role: str = "customer") -> tuple[Caller, Caller]:
        """One account, signed in on A and on B (two callers, one per process)."""
        email = f"{role}-{uuid.uuid4().hex[:8]}@example.com"
        db = Database.connect(self.url)
        try:
            with db.write() as s:
                accounts.create_user(
                    s, email=email, password=STRONG_PASSWORD, role=role, active=True
                )
        finally:
            db.dispose()
        callers = []
        for proc in (self.a, self.b):
            caller = Caller(api=f"{proc.url}/api/v1", email=email, password=STRONG_PASSWORD)
            assert caller.signin().status_code == 200
            callers.append(caller)
        return callers[0], callers[1]


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    with temporary_database("postgres", tmp_path) as url:
        procs = [
            ServiceProcess(
                data_dir=tmp_path / "data",
                database_url=url,
                mail_url="file:",
                env=dict(SHARED_ENV),
                log_file=tmp_path / f"log-{name}",
            )
            for name in "ab"
        ]
        try:
            for proc in procs:  # one after the other: the first migrates
                proc.start()
            db = Database.connect(url)
            try:
                with db.write() as s:
                    product = Product(slug="av", name="AV", versions=["21.3.10.391"])
                    s.add(product)
                    s.flush()
                    product_id = product.id
            finally:
                db.dispose()
            yield Pair(procs[0], procs[1], url, product_id)
        finally:
            for proc in procs:
                proc.stop()


def test_events_reach_a_stream_on_the_other_process(pair: Pair) -> None:
    on_a, on_b = pair.account()
    req = file_support(on_a, pair.product_id)
    with open_stream(on_a) as stream:
        r = on_b.post(
            f"/requests/{req['id']}/messages", json={"body": "From B", "attachment_ids": []}
        )
        assert r.status_code == 201, r.text
        event = stream.next_event_not_closed()
    assert event.event == "request.message" and event.data["request_id"] == req["id"]


def test_a_lockout_on_one_process_holds_on_the_other(pair: Pair) -> None:
    on_a, on_b = pair.account()
    for _ in range(3):
        assert on_a.signin(password="Wrong-Password-1x").status_code in (401, 429)
    r = on_b.signin()
    assert r.status_code == 429, r.text
    assert r.json()["code"] in ("account_locked", "too_many_attempts")


def test_a_budget_spent_on_one_process_counts_on_the_other(pair: Pair) -> None:
    for proc in (pair.a, pair.a, pair.b):
        assert requests.post(f"{proc.url}/api/v1/captcha", timeout=30).status_code == 201
    r = requests.post(f"{pair.b.url}/api/v1/captcha", timeout=30)
    assert r.status_code == 429, r.text


def test_an_idempotency_key_replays_on_the_other_process(pair: Pair) -> None:
    on_a, on_b = pair.account()
    body = {"body": "Once only", "attachment_ids": []}
    req = file_support(on_a, pair.product_id)
    key = {"Idempotency-Key": uuid.uuid4().hex}
    first = on_a.post(f"/requests/{req['id']}/messages", json=body, headers=dict(key))
    again = on_b.post(f"/requests/{req['id']}/messages", json=body, headers=dict(key))
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"]
    assert again.headers.get("Idempotent-Replayed") == "true"
    messages = on_b.get(f"/requests/{req['id']}/messages").json()
    assert [m["body"] for m in messages].count("Once only") == 1


def test_a_tus_upload_begun_on_one_process_finishes_on_the_other(pair: Pair) -> None:
    on_a, on_b = pair.account()
    data = os.urandom(700 * KB)
    r = create(on_a, len(data))
    assert r.status_code == 201, r.text
    path = urlsplit(r.headers["Location"]).path
    first = 300 * KB
    assert patch(on_a, f"{pair.a.url}{path}", 0, data[:first]).status_code == 204
    at_b = f"{pair.b.url}{path}"
    assert head(on_b, at_b).headers["Upload-Offset"] == str(first)
    r = patch(on_b, at_b, first, data[first:])
    assert r.status_code == 204, r.text
    sha = hashlib.sha256(data).hexdigest()
    assert r.headers["Upload-Sha256"] == sha
    att = r.headers["Upload-Attachment-Id"]
    assert on_a.get(f"/attachments/{att}").content == data


def test_serve_workers_runs_that_many_processes(tmp_path: Path) -> None:
    with temporary_database("postgres", tmp_path) as url:
        proc = ServiceProcess(
            data_dir=tmp_path / "data",
            database_url=url,
            args=["--workers", "2"],
            log_file=tmp_path / "log",
        )
        try:
            proc.start()
            assert proc.proc is not None
            children = psutil.Process(proc.proc.pid).children(recursive=True)
            workers = [c for c in children if "spawn_main" in " ".join(c.cmdline())]
            assert len(workers) == 2
            caller = Caller(api=f"{proc.url}/api/v1")
            for _ in range(10):  # whichever worker takes each call, all answer alike
                assert caller.get("/catalog/products").status_code == 200
        finally:
            proc.stop()
