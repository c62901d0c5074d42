"""The event stream through the client: live delivery, resume without loss, close."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from app.api import errors
from app.api.client import ApiClient
from app.api.events import EventStream
from app.api.models import Event
from server.app import build_state
from server.config import Settings
from server.services import accounts
from server.services.demo_seed import seed_demo
from tests.app.conftest import PASSWORD, Account, ServiceFactory, new_account, unique_email
from tests.support.live_service import LiveService, ServiceProcess


def _file(api: ApiClient, email: str, text: str) -> dict[str, Any]:
    product = api.products()[0]
    return dict(
        api.create_support_request(
            {
                "type": "general",
                "product_id": product["id"],
                "description": text,
                "email": email,
                "country": "DE",
                "attachment_ids": [],
            }
        )
    )


class Reader:
    """Iterates a stream on a thread, as the GUI's worker would."""

    def __init__(self, stream: EventStream) -> None:
        self.stream = stream
        self.events: list[Event] = []
        self.error: BaseException | None = None
        self.cond = threading.Condition()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            for event in self.stream:
                with self.cond:
                    self.events.append(event)
                    self.cond.notify_all()
        except BaseException as exc:
            self.error = exc
        with self.cond:
            self.cond.notify_all()

    def wait_for(self, predicate: Any, timeout: float = 15) -> Event:
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                for event in self.events:
                    if predicate(event):
                        return event
                left = deadline - time.monotonic()
                if left <= 0 or not self.thread.is_alive():
                    raise AssertionError(f"no such event; got {self.events}, {self.error!r}")
                self.cond.wait(left)

    def wait_connected(self, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while not self.stream.connected:
            assert time.monotonic() < deadline, "stream never connected"
            time.sleep(0.02)

    def stop(self) -> None:
        self.stream.close()
        self.thread.join(timeout=10)
        assert not self.thread.is_alive(), "close() did not end the iteration"


@pytest.fixture
def reader_factory() -> Iterator[Any]:
    made: list[Reader] = []

    def make(stream: EventStream) -> Reader:
        made.append(Reader(stream))
        return made[-1]

    yield make
    for r in made:
        r.stream.close()


def test_events_arrive_live_and_resume_without_loss(
    signed_in: ApiClient, account: Account, reader_factory: Any
) -> None:
    reader = reader_factory(signed_in.events())
    reader.wait_connected()
    first = _file(signed_in, account.email, "first")
    created = reader.wait_for(
        lambda e: e.kind == "request.created" and e.data["request_id"] == first["id"]
    )
    assert created.id and created.data["number"] == first["number"]
    reader.stop()

    # Events while nobody listens are delivered on resume, after the last id seen.
    second = _file(signed_in, account.email, "second")
    signed_in.close_request(second["id"])
    resumed = reader_factory(signed_in.events(last_event_id=reader.stream.last_event_id))
    resumed.wait_for(
        lambda e: e.data.get("request_id") == second["id"] and e.kind != "request.created"
    )
    ids = [e.id for e in resumed.events]
    assert created.id not in ids  # nothing repeated
    assert any(
        e.kind == "request.created" and e.data["request_id"] == second["id"] for e in resumed.events
    )
    assert len(ids) == len(set(ids))
    resumed.stop()


def test_stream_reconnects_after_the_token_expires(
    make_service: ServiceFactory, backend: str, reader_factory: Any
) -> None:
    svc = make_service(backend=backend, access_ttl=timedelta(seconds=2))
    acct = new_account(svc)
    api = ApiClient(svc.url)
    api.signin(acct.email, acct.password)
    reader = reader_factory(api.events())
    reader.wait_connected()
    first_access = api.tokens.access_token
    assert first_access
    while time.time() < int(first_access.split(".")[2]) + 0.5:
        time.sleep(0.05)
    filed = _file(api, acct.email, "after expiry")
    reader.wait_for(lambda e: e.data.get("request_id") == filed["id"])
    assert reader.error is None
    reader.stop()
    api.close()


def test_signed_out_stream_raises_unauthorized(client: ApiClient) -> None:
    with pytest.raises(errors.Unauthorized):
        next(iter(client.events()))


def test_close_from_another_thread_ends_an_idle_stream(
    signed_in: ApiClient, reader_factory: Any
) -> None:
    reader = reader_factory(signed_in.events())
    reader.wait_connected()
    reader.stop()
    assert reader.error is None


def test_stream_rides_out_a_service_crash_and_resumes(tmp_path: Path, reader_factory: Any) -> None:
    """The service process is killed mid-stream and started again on the same port: the
    stream keeps trying, reconnects by itself and delivers what happened meanwhile."""
    data = tmp_path / "service"
    state = build_state(Settings(data_dir=data))
    with state.db.write() as db:
        seed_demo(db)
        user = accounts.create_user(db, email=unique_email(), password=PASSWORD, active=True)
        email = user.email
    state.db.dispose()
    proc = ServiceProcess(data_dir=data)
    proc.start()
    try:
        api = ApiClient(proc.url, backoff=0.01)
        api.signin(email, PASSWORD)
        stream = api.events()
        stream.reconnect_delay = stream.max_reconnect_delay = 0.1
        reader = reader_factory(stream)
        reader.wait_connected()
        before = _file(api, email, "before the crash")
        reader.wait_for(lambda e: e.data.get("request_id") == before["id"])

        assert proc.proc is not None
        proc.proc.kill()
        proc.proc.wait()
        deadline = time.monotonic() + 15
        while stream.connected and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not stream.connected
        assert reader.thread.is_alive() and reader.error is None  # still trying

        proc.start()
        after = _file(api, email, "after the restart")
        reader.wait_for(lambda e: e.data.get("request_id") == after["id"])
        ids = [e.id for e in reader.events]
        assert len(ids) == len(set(ids))
        reader.stop()
        api.close()
    finally:
        proc.stop()


def test_another_customer_sees_none_of_my_events(
    signed_in: ApiClient, account: Account, service: LiveService, reader_factory: Any
) -> None:
    other_account = new_account(service)
    other = ApiClient(service.url)
    other.signin(other_account.email, other_account.password)
    theirs = reader_factory(other.events())
    theirs.wait_connected()
    mine = _file(signed_in, account.email, "private")
    marker = _file(other, other_account.email, "theirs")
    theirs.wait_for(lambda e: e.data.get("request_id") == marker["id"])
    assert all(e.data.get("request_id") != mine["id"] for e in theirs.events)
    theirs.stop()
    other.close()
