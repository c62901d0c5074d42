"""The event stream (R4) over HTTP: live delivery, per-recipient filtering, resuming with
Last-Event-ID, and the end of a stream when its sign-in ends.

Events are written the way the service writes them (``events.emit`` in a write
transaction of the running service); the stream is only read over HTTP.
"""

from __future__ import annotations

import json
import random
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx

from server.db.models import SupportRequest
from server.services import events
from tests.server.conftest import ServiceFactory, new_account
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.support_requests import file_support, make_product

# Shorter than the heartbeat, so a silent stream fails the read; heartbeats cannot keep a
# test waiting past the deadline either.
READ_TIMEOUT = 10.0
EVENT_DEADLINE = 20.0


@dataclass
class Sse:
    id: str | None
    event: str
    data: dict[str, Any]


class EventReader:
    """Reads one SSE stream line by line; comments (heartbeats, the opening line) are skipped."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self._lines = response.iter_lines()

    def wait_open(self) -> None:
        for line in self._lines:
            if line.startswith(": stream open"):
                return
        raise AssertionError("the stream ended before it opened")

    def next_about(self, request_id: int) -> Sse:
        """The next event about ``request_id``: a staff stream sees every request's events,
        including late commits of other tests' requests on the shared service."""
        while True:
            event = self.next()
            if event.data.get("request_id") == request_id:
                return event

    def next(self) -> Sse:
        fields: dict[str, str] = {}
        deadline = time.monotonic() + EVENT_DEADLINE
        for line in self._lines:
            assert time.monotonic() < deadline, "no event arrived in time"
            if line == "":
                if fields:
                    return Sse(fields.get("id"), fields.get("event", "message"), _json(fields))
                continue
            if line.startswith(":") or line.startswith("retry:"):
                continue
            name, _, value = line.partition(":")
            fields[name] = fields.get(name, "") + value.removeprefix(" ")
        raise StopIteration

    def next_event_not_closed(self) -> Sse:
        event = self.next()
        assert event.event != "stream.closed", event
        return event

    def ended(self) -> bool:
        """True when the server closed the stream (no further line arrives)."""
        for line in self._lines:
            if line and not line.startswith(":") and not line.startswith("retry:"):
                return False
        return True


def _json(fields: dict[str, str]) -> dict[str, Any]:
    data = fields.get("data")
    return json.loads(data) if data else {}


@contextmanager
def open_stream(
    caller: Caller,
    *,
    last_event_id: int | None = None,
    params: dict[str, Any] | None = None,
) -> Iterator[EventReader]:
    headers = caller.headers()
    if last_event_id is not None:
        headers["Last-Event-ID"] = str(last_event_id)
    timeout = httpx.Timeout(10.0, read=READ_TIMEOUT)
    with (
        httpx.Client(timeout=timeout) as client,
        client.stream("GET", f"{caller.api}/events", headers=headers, params=params) as r,
    ):
        assert r.status_code == 200, r.read()
        assert r.headers["content-type"].startswith("text/event-stream")
        reader = EventReader(r)
        reader.wait_open()
        yield reader


def new_request(svc: LiveService, owner: Caller | None) -> int:
    assert svc.state is not None
    with svc.state.db.write() as db:
        req = SupportRequest(
            number=f"TS-{uuid.uuid4().hex[:12]}",
            kind="support",
            type="general",
            owner_id=owner.user_id if owner else None,
            status="new",
            description="The stream test's request.",
            email=owner.email if owner else "anonymous@example.com",
        )
        db.add(req)
        db.flush()
        return req.id


def emit(
    svc: LiveService,
    request_id: int,
    kind: str = "request.message",
    *,
    internal: bool = False,
    hold: float = 0.0,
    fail: bool = False,
    **payload: Any,
) -> int:
    """Write one event as the service does; ``hold`` keeps the transaction open after it."""
    assert svc.state is not None

    class _Rollback(Exception):
        pass

    try:
        with svc.state.db.write() as db:
            req = db.get(SupportRequest, request_id)
            assert req is not None
            event_id = events.emit(db, kind=kind, request=req, payload=payload, internal=internal)
            if hold:
                time.sleep(hold)
            if fail:
                raise _Rollback
    except _Rollback:
        return 0
    return event_id


def test_the_request_routes_feed_the_stream(
    service: LiveService, customer: Caller, other_customer: Caller, staff: Caller
) -> None:
    """Filing, a staff reply, an internal note and a status change, all over HTTP."""
    product = make_product(service)
    with open_stream(customer) as mine, open_stream(staff) as desk:
        filed = file_support(customer, product)
        rid = filed["id"]
        created = mine.next()
        assert (created.event, created.data["request_id"]) == ("request.created", rid)
        assert desk.next_about(rid).id == created.id
        r = staff.post(f"/staff/requests/{rid}/messages", json={"body": "note", "internal": True})
        assert r.status_code == 201, r.text
        r = staff.post(f"/staff/requests/{rid}/messages", json={"body": "Try version 22."})
        assert r.status_code == 201, r.text
        r = staff.post(f"/staff/requests/{rid}/status", json={"status": "open"})
        assert r.status_code == 200, r.text
        reply, status = mine.next(), mine.next()
        assert (reply.event, reply.data["sender"], reply.data["internal"]) == (
            "request.message",
            "staff",
            False,
        )
        assert (status.event, status.data["to"]) == ("request.status", "open")
        staff_saw = [desk.next_about(rid) for _ in range(3)]
        assert [e.event for e in staff_saw] == ["request.message"] * 2 + ["request.status"]
        assert staff_saw[0].data["internal"] is True
        assert [e.id for e in staff_saw[1:]] == [reply.id, status.id]
    # The other customer, resuming from before all of it, sees nothing of it.
    with open_stream(other_customer, last_event_id=int(created.id or 0) - 1) as theirs:
        marker = emit(service, new_request(service, other_customer), "request.status")
        assert theirs.next().id == str(marker)


def test_my_events_arrive_live(service: LiveService, customer: Caller) -> None:
    req = new_request(service, customer)
    with open_stream(customer) as stream:
        first = emit(service, req, "request.status", status="open")
        second = emit(service, req, "request.message", sender="staff", body="Hello")
        a, b = stream.next(), stream.next()
    assert (a.id, a.event) == (str(first), "request.status")
    assert a.data["request_id"] == req and a.data["status"] == "open" and a.data["number"]
    assert (b.id, b.event) == (str(second), "request.message")
    assert b.data["body"] == "Hello"


def test_another_customer_sees_none_of_them(
    service: LiveService, customer: Caller, other_customer: Caller
) -> None:
    mine, theirs = new_request(service, customer), new_request(service, other_customer)
    with open_stream(other_customer) as stream:
        emit(service, mine, "request.status", status="open")
        emit(service, mine, "request.message", body="private")
        marker = emit(service, theirs, "request.status", status="open")
        # The first thing the other customer gets is their own event, nothing of mine.
        assert stream.next().id == str(marker)
    # Replaying everything they may see shows none of mine either.
    with open_stream(other_customer, params={"since": 0}) as stream:
        seen = stream.next()
        assert seen.id == str(marker) and seen.data["request_id"] == theirs


def test_internal_notes_reach_staff_only(
    service: LiveService, customer: Caller, staff: Caller
) -> None:
    req = new_request(service, customer)
    with open_stream(customer) as mine, open_stream(staff) as desk:
        note = emit(service, req, "request.message", internal=True, body="staff only")
        public = emit(service, req, "request.message", body="for the customer")
        assert mine.next().id == str(public)
        staff_saw = [desk.next(), desk.next()]
    assert [e.id for e in staff_saw] == [str(note), str(public)]
    assert staff_saw[0].data["body"] == "staff only"


def test_anonymous_requests_events_reach_staff(service: LiveService, staff: Caller) -> None:
    req = new_request(service, None)
    with open_stream(staff) as desk:
        event = emit(service, req, "request.created", status="received")
        assert desk.next().id == str(event)


def test_last_event_id_resumes_without_loss_or_duplicates(
    service: LiveService, customer: Caller
) -> None:
    req = new_request(service, customer)
    with open_stream(customer) as stream:
        e1, e2 = emit(service, req, n=1), emit(service, req, n=2)
        assert [stream.next().id, stream.next().id] == [str(e1), str(e2)]
    # Written while the client is away.
    e3, e4 = emit(service, req, n=3), emit(service, req, n=4)
    with open_stream(customer, last_event_id=e2) as stream:
        e5 = emit(service, req, n=5)
        got = [stream.next().id for _ in range(3)]
        e6 = emit(service, req, n=6)
        got.append(stream.next().id)
    assert got == [str(e3), str(e4), str(e5), str(e6)]
    # The same with the query parameter (for clients that cannot set headers).
    with open_stream(customer, params={"last_event_id": e4}) as stream:
        got = [stream.next().id, stream.next().id]
        e7 = emit(service, req, n=7)
        got.append(stream.next().id)
    assert got == [str(e5), str(e6), str(e7)]
    # since=0: the whole history of my events, once each and in order.
    with open_stream(customer, params={"since": 0}) as stream:
        history = [int(stream.next().id or 0) for _ in range(7)]
        e8 = emit(service, req, n=8)
        history.append(int(stream.next().id or 0))
    assert history == [e1, e2, e3, e4, e5, e6, e7, e8]


def test_concurrent_writers_resume_complete_and_in_order(
    service: LiveService, customer: Caller, staff: Caller
) -> None:
    """Writers commit out of id order (and one rolls back); a reader that disconnects
    half-way and resumes still gets every event exactly once, in id order."""
    req = new_request(service, customer)
    tag = uuid.uuid4().hex
    written: list[int] = []
    lock = threading.Lock()

    def writer(seed: int) -> None:
        rnd = random.Random(seed)
        for i in range(6):
            fail = seed == 0 and i == 2
            eid = emit(service, req, tag=tag, hold=rnd.uniform(0, 0.05), fail=fail)
            if eid:
                with lock:
                    written.append(eid)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    received: list[int] = []
    with open_stream(customer) as stream:
        for t in threads:
            t.start()
        while len(received) < 10:
            received.append(int(stream.next_event_not_closed().id or 0))
    last = received[-1]
    for t in threads:
        t.join(timeout=30)
    expected = sorted(written)
    with open_stream(customer, last_event_id=last) as stream:
        while len(received) < len(expected):
            received.append(int(stream.next_event_not_closed().id or 0))
        # Nothing more, no duplicate: the next event is one written now.
        after = emit(service, req, tag="after")
        assert stream.next().id == str(after)
    assert received == expected
    # Staff, reading from the first of them, see the same events in the same order.
    with open_stream(staff, params={"since": expected[0] - 1}) as desk:
        seen: list[int] = []
        while len(seen) < len(expected):
            ev = desk.next_event_not_closed()
            if ev.data.get("tag") == tag:
                seen.append(int(ev.id or 0))
    assert seen == expected


def test_no_token_or_bad_token_is_refused(anon: Caller, customer: Caller) -> None:
    r = anon.get("/events")
    assert r.status_code == 401
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["code"] == "unauthorized"
    r = anon.get("/events", headers={"Authorization": "Bearer pc1.1.1.forged"})
    assert r.status_code == 401 and r.json()["code"] == "unauthorized"
    r = customer.get("/events", headers={"Last-Event-ID": "not-a-number"})
    assert r.status_code == 422 and "Last-Event-ID" in r.json()["errors"]
    r = customer.get("/events", params={"since": -1})
    assert r.status_code == 422 and "since" in r.json()["errors"]


def test_sign_out_ends_the_stream(service: LiveService) -> None:
    user = new_account(service)
    req = new_request(service, user)
    with open_stream(user) as stream:
        assert user.post("/auth/signout").status_code == 204
        emit(service, req, body="written after the sign-out")
        closed = stream.next()
        assert closed.event == "stream.closed" and closed.data["reason"] == "signed_out"
        assert closed.id is None
        assert stream.ended()
    assert user.get("/events").status_code == 401


def test_expired_token_ends_the_stream(make_service: ServiceFactory) -> None:
    svc = make_service(access_ttl=timedelta(seconds=3))
    user = new_account(svc)
    with open_stream(user) as stream:
        closed = stream.next()
        assert closed.event == "stream.closed" and closed.data["reason"] == "expired"
        assert stream.ended()
    r = user.get("/events")
    assert r.status_code == 401 and r.json()["code"] == "unauthorized"


def test_a_closed_connection_frees_its_subscription(service: LiveService, customer: Caller) -> None:
    assert service._server is not None
    hub = service._server.config.app.state.event_hub
    before = hub.subscriber_count
    with open_stream(customer):
        assert hub.subscriber_count == before + 1
    deadline = time.monotonic() + 10
    while hub.subscriber_count > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert hub.subscriber_count == before


def test_without_a_cursor_the_stream_starts_from_now(
    service: LiveService, customer: Caller
) -> None:
    req = new_request(service, customer)
    emit(service, req, body="before")
    with open_stream(customer) as stream:
        now = emit(service, req, body="after")
        assert stream.next().id == str(now)


def test_writes_while_no_stream_is_open_are_caught_up(make_service: ServiceFactory) -> None:
    """A worker with no open stream does not read the log after each write; the first
    stream after more than a batch of such writes still starts from now, and a resuming
    one gets the whole backlog in order."""
    from server.db.models import Event
    from server.services.event_stream import BATCH

    svc = make_service()
    user = new_account(svc)
    req = new_request(svc, user)
    before = emit(svc, req, body="before the backlog")
    assert svc.state is not None
    with svc.state.db.write() as db:
        db.add_all(
            Event(kind="request.message", request_id=req, owner_id=user.user_id, payload={})
            for _ in range(BATCH * 2 + 10)
        )
    last = emit(svc, req, body="the backlog's end")
    with open_stream(user) as stream:
        now = emit(svc, req, body="after")
        assert stream.next().id == str(now)
    with open_stream(user, last_event_id=before) as stream:
        ids = [int(stream.next().id or 0) for _ in range(BATCH * 2 + 11)]
    assert ids == sorted(ids) and ids[0] > before and ids[-1] == last and len(set(ids)) == len(ids)
