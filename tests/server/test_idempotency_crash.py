"""A keyed create survives a crash (W7): the service process is killed with SIGKILL between
the steps of a keyed POST, or at random moments under concurrent keyed creates; after a
restart on the same database every retry with the same key gets an answer, and each key
made exactly one request."""

from __future__ import annotations

import random
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from server.db.models import Product, SupportRequest
from server.db.session import Database
from server.services import accounts
from server.services.crash_points import ENV
from tests.support.databases import temporary_database
from tests.support.http import Caller
from tests.support.live_service import ServiceProcess
from tests.support.support_requests import support_body

PASSWORD = "Blue-Harbor-42x"
LEASE = ["--idempotency-lease", "1"]
# One account files every request of these tests: no mail budget may refuse one.
UNLIMITED_MAIL = {
    "PC_SERVER_MAIL_ACCOUNT_BUDGET": "1000000",
    "PC_SERVER_MAIL_RECIPIENT_BUDGET": "1000000",
}
# Between the claim and the route, after the route before the answer is stored, after it
# is stored before it is sent.
CRASH_POINTS = ("claimed", "answered", "stored")
RETRY_FOR = 30.0  # seconds a retry loop may take at most, far above the lease


@contextmanager
def _service(backend: str, folder: Path) -> Iterator[tuple[ServiceProcess, str]]:
    with temporary_database(backend, folder) as url:
        proc = ServiceProcess(
            data_dir=folder / "data",
            database_url=url,
            args=LEASE,
            env=dict(UNLIMITED_MAIL),
            log_file=folder / "log",
        )
        try:
            yield proc, url
        finally:
            proc.kill()


def _seed(url: str) -> tuple[int, str]:
    """A product and an active account, written through the service's own code."""
    db = Database.connect(url)
    try:
        with db.write() as s:
            product = Product(slug=f"p-{uuid.uuid4().hex[:8]}", name="AV", versions=["21.3.10.391"])
            s.add(product)
            email = f"crash-{uuid.uuid4().hex[:8]}@example.com"
            accounts.create_user(s, email=email, password=PASSWORD, active=True)
            s.flush()
            return product.id, email
    finally:
        db.dispose()


def _count_requests(url: str) -> int:
    db = Database.connect(url)
    try:
        with db.read() as s:
            return int(s.scalar(select(func.count()).select_from(SupportRequest)) or 0)
    finally:
        db.dispose()


def _caller(proc: ServiceProcess, email: str) -> Caller:
    caller = Caller(api=f"{proc.url}/api/v1", email=email, password=PASSWORD)
    assert caller.signin().status_code == 200
    return caller


def _create(caller: Caller, body: dict[str, object], key: str) -> requests.Response:
    return caller.post("/requests/support", json=body, headers={"Idempotency-Key": key})


def _settle(caller: Caller, body: dict[str, object], key: str) -> requests.Response:
    """Retry as the desktop outbox does until the answer is not "still in progress"."""
    deadline = time.monotonic() + RETRY_FOR
    while True:
        r = _create(caller, body, key)
        if r.status_code != 409 or time.monotonic() > deadline:
            return r
        time.sleep(0.2)


def test_a_keyed_create_killed_at_each_step_is_answered_once_after_restart(
    backend: str, tmp_path: Path
) -> None:
    with _service(backend, tmp_path) as (proc, url):
        product, email = None, ""
        body: dict[str, object] = {}
        keys: list[str] = []
        for point in CRASH_POINTS:
            proc.env = {**UNLIMITED_MAIL, ENV: point}
            proc.start()
            if not email:
                product, email = _seed(url)
                body = support_body(product)
            keys.append(uuid.uuid4().hex)
            with pytest.raises(requests.ConnectionError):
                _create(_caller(proc, email), body, keys[-1])
            assert proc.proc is not None and proc.proc.wait(timeout=30) != 0  # killed
        proc.env = dict(UNLIMITED_MAIL)
        proc.start()
        caller = _caller(proc, email)
        numbers = []
        for key in keys:
            first = _settle(caller, body, key)
            assert first.status_code == 201, first.text
            again = _create(caller, body, key)
            assert again.status_code == 201 and again.json()["number"] == first.json()["number"]
            assert again.headers.get("Idempotent-Replayed") == "true"
            numbers.append(first.json()["number"])
        assert len(set(numbers)) == len(keys) == _count_requests(url)
        listed = {i["number"] for i in caller.get("/requests").json()["items"]}
        assert listed == set(numbers)


def test_random_kills_under_concurrent_keyed_creates_lose_and_double_nothing(
    backend: str, tmp_path: Path
) -> None:
    rng = random.Random(20261202)
    with _service(backend, tmp_path) as (proc, url):
        proc.start()
        product, email = _seed(url)
        body = support_body(product)
        keys: list[str] = []
        for _round in range(2):
            caller = _caller(proc, email)
            stop = threading.Event()

            def hammer(caller: Caller = caller, stop: threading.Event = stop) -> None:
                while not stop.is_set():
                    key = uuid.uuid4().hex
                    keys.append(key)  # list.append is atomic
                    try:
                        _create(caller, body, key)
                    except requests.RequestException:
                        return  # the service died under this call

            workers = [threading.Thread(target=hammer) for _ in range(4)]
            for w in workers:
                w.start()
            time.sleep(rng.uniform(0.2, 1.2))
            proc.kill()
            stop.set()
            for w in workers:
                w.join(timeout=60)
            proc.start()
        caller = _caller(proc, email)
        numbers: dict[str, str] = {}
        for key in keys:
            r = _settle(caller, body, key)
            assert r.status_code == 201, (key, r.status_code, r.text)
            numbers[key] = r.json()["number"]
        assert len(set(numbers.values())) == len(keys)  # one request per key...
        assert _count_requests(url) == len(keys)  # ...and no other
        for key in rng.sample(keys, min(5, len(keys))):
            assert _create(caller, body, key).json()["number"] == numbers[key]
