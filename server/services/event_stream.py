"""The live side of the event log: one hub per worker process feeds every open stream.

Why a hub: each stream polling the table (SQLite) or holding its own LISTEN connection
(PostgreSQL) would cost a query or a connection per client. The hub reads new events
once, in id order, and hands each to the streams whose recipient may see it; the filter
runs at send time, so a stream never holds anything its reader may not see.

Order. A client resumes with "everything after id N", so no stream may ever get id N+1
after N+2. SQLite writes one transaction at a time, so ids commit in order. PostgreSQL
hands out ids from a sequence before commit: id 9 may commit after id 10. When the hub
sees such a gap it holds everything behind it until the missing id appears, or until
every transaction that was running when the gap was seen has ended (then the id belonged
to a rolled-back transaction, or to a deleted row, and never comes), with a time limit
so one stuck transaction cannot stall the stream for long.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import deque
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

from anyio import to_thread
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session
from sse_starlette.event import ServerSentEvent

from server import clock
from server.db.models import AuthSession, Event, User
from server.db.session import Database
from server.i18n import N_, current_language, translate
from server.services import event_listener

log = logging.getLogger(__name__)

SQLITE_POLL = 0.5  # seconds between looks at the newest id (SQLite has no NOTIFY)
SAFETY_POLL = 5.0  # PostgreSQL: a look now and then even without a NOTIFY
GAP_POLL = 0.1  # PostgreSQL: how often a held gap is looked at again
GAP_MIN_AGE = 0.2  # a gap is never given up sooner than this …
GAP_MAX_WAIT = 10.0  # … nor held longer than this
SESSION_CHECK = 5.0  # sign-out and deactivation end open streams within this time
BATCH = 500
SUBSCRIBER_BUFFER = 2000  # a slower reader falls back to reading the table
RETRY_MS = 3000  # reconnect delay suggested to EventSource clients
CLOSED_EVENT = "stream.closed"


@dataclass(frozen=True)
class StreamEvent:
    id: int
    kind: str
    owner_id: int | None
    internal: bool
    payload: dict[str, Any]

    def to_sse(self) -> ServerSentEvent:
        data = json.dumps(self.payload, separators=(",", ":"), ensure_ascii=False, default=str)
        return ServerSentEvent(data=data, event=self.kind, id=str(self.id))


@dataclass(frozen=True)
class Recipient:
    """Who reads a stream: customers see their own requests' public events, staff all."""

    user_id: int
    staff: bool
    session_id: int

    def sees(self, event: StreamEvent) -> bool:
        return self.staff or (event.owner_id == self.user_id and not event.internal)


@dataclass(eq=False)
class Subscription:
    recipient: Recipient
    # Everything up to this id was settled when the stream joined; later ids come live.
    start: int
    pending: deque[StreamEvent] = field(default_factory=deque)
    lagged: bool = False
    closed: str | None = None
    ready: asyncio.Event = field(default_factory=asyncio.Event)

    def offer(self, event: StreamEvent) -> None:
        if self.lagged:
            return
        if len(self.pending) >= SUBSCRIBER_BUFFER:
            self.pending.clear()
            self.lagged = True  # the stream re-reads from the table
        else:
            self.pending.append(event)
        self.ready.set()

    def close(self, reason: str) -> None:
        if self.closed is None:
            self.closed = reason
        self.ready.set()


@dataclass
class _Gap:
    after: int  # the id below the missing one
    seen: float  # monotonic time it was first seen
    xmax: int  # every transaction that could still fill it has an xid below this


@dataclass
class _Read:
    rows: list[StreamEvent]
    xmin_before: int = 0
    xmax_after: int = 0
    sessions: dict[int, tuple[int, bool]] | None = None  # valid session -> (user, is staff)


def _row(ev: Event) -> StreamEvent:
    return StreamEvent(ev.id, ev.kind, ev.owner_id, ev.internal, dict(ev.payload or {}))


class EventHub:
    """Reads the event log for one worker process and wakes the streams waiting on it."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.head = 0  # every event up to here has been handed out (or will never exist)
        self._by_user: dict[int, set[Subscription]] = {}
        self._staff: set[Subscription] = set()
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._gap: _Gap | None = None
        self._listening = False
        self._last_session_check = 0.0
        self._waiters: list[asyncio.Future[None]] = []
        self._behind = False  # the last read filled a batch: more rows wait

    @classmethod
    @asynccontextmanager
    async def running(cls, db: Database) -> AsyncIterator[EventHub]:
        hub = cls(db)
        await hub.start()
        try:
            yield hub
        finally:
            await hub.stop()

    async def start(self) -> None:
        self.head = await to_thread.run_sync(self._newest_id)
        self._tasks.append(asyncio.create_task(self._pump(), name="event-hub"))
        if not self.db.is_sqlite:
            listener = event_listener.listen(
                self.db.url, on_notify=self._wake.set, on_state=self._on_listen_state
            )
            self._tasks.append(asyncio.create_task(listener, name="event-listener"))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        for sub in list(self._subscriptions()):
            sub.close("shutdown")

    # -- streams -------------------------------------------------------------------------

    def subscribe(self, recipient: Recipient) -> Subscription:
        sub = Subscription(recipient, start=self.head)
        if recipient.staff:
            self._staff.add(sub)
        else:
            self._by_user.setdefault(recipient.user_id, set()).add(sub)
        return sub

    async def caught_up(self) -> None:
        """Return once a read of the log that began after this call has been handed out.

        "From now" then means what the database holds now, not what the last poll saw.
        """
        deadline = time.monotonic() + GAP_MAX_WAIT
        while True:
            waiter = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            self._wake.set()
            with suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(waiter), deadline - time.monotonic())
            # A backlog (writes while no stream was open) is read a batch at a time.
            if not self._behind or time.monotonic() >= deadline:
                return

    def unsubscribe(self, sub: Subscription) -> None:
        self._staff.discard(sub)
        subs = self._by_user.get(sub.recipient.user_id)
        if subs is not None:
            subs.discard(sub)
            if not subs:
                del self._by_user[sub.recipient.user_id]

    @property
    def subscriber_count(self) -> int:
        return len(self._staff) + sum(len(s) for s in self._by_user.values())

    def _subscriptions(self) -> Iterable[Subscription]:
        yield from self._staff
        for subs in self._by_user.values():
            yield from subs

    def replay(self, recipient: Recipient, after: int, upto: int) -> list[StreamEvent]:
        """Up to BATCH settled events in (after, upto] for this recipient (thread pool)."""
        query = select(Event).where(Event.id > after, Event.id <= upto)
        if not recipient.staff:
            query = query.where(Event.owner_id == recipient.user_id, Event.internal.is_(False))
        with self.db.read() as db:
            return [_row(ev) for ev in db.scalars(query.order_by(Event.id).limit(BATCH))]

    # -- the pump ------------------------------------------------------------------------

    def _on_listen_state(self, listening: bool) -> None:
        self._listening = listening
        self._wake.set()  # read what committed while nobody listened

    def _interval(self) -> float:
        if self._gap is not None:
            return GAP_POLL
        if self.db.is_sqlite:
            return SQLITE_POLL
        return min(SAFETY_POLL if self._listening else 1.0, SESSION_CHECK)

    async def _pump(self) -> None:
        while True:
            with suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._interval())
            self._wake.clear()
            waiters, self._waiters = self._waiters, []
            try:
                if waiters or self.subscriber_count:
                    await self._step()
                # else: nobody to hand events to, and reading them after every write
                # cost each write a query per worker; the next read catches up.
            except Exception:
                log.exception("event hub: reading the event log failed")
                await asyncio.sleep(1.0)
            finally:
                for waiter in waiters:
                    if not waiter.done():
                        waiter.set_result(None)

    async def _step(self) -> None:
        now = time.monotonic()
        check_due = now - self._last_session_check >= SESSION_CHECK
        session_ids = {sub.recipient.session_id for sub in self._subscriptions()}
        read = await to_thread.run_sync(self._read, self.head, session_ids, check_due)
        if read.sessions is not None:
            self._last_session_check = now
            self._end_invalid(session_ids, read.sessions)
        fresh = self._settle(read, now)
        for event in fresh:
            for sub in self._staff:
                sub.offer(event)
            if event.owner_id is not None and not event.internal:
                for sub in self._by_user.get(event.owner_id, ()):
                    sub.offer(event)
        self._behind = len(read.rows) >= BATCH and bool(fresh)
        if self._behind:
            self._wake.set()  # more to read (after a while with no streams, say)

    def _read(self, head: int, session_ids: set[int], check_due: bool) -> _Read:
        pg = not self.db.is_sqlite
        with self.db.read() as db:
            read = _Read(rows=[])
            # PostgreSQL gap rule: xmin is taken before the rows and xmax after them
            # (see the module docstring and _settle).
            if pg:
                read.xmin_before = _snapshot_bound(db, "xmin")
            rows = db.scalars(select(Event).where(Event.id > head).order_by(Event.id).limit(BATCH))
            read.rows = [_row(ev) for ev in rows]
            if pg and read.rows:
                read.xmax_after = _snapshot_bound(db, "xmax")
            # Sessions are checked before anything new is handed out, so a signed-out
            # reader gets nothing that was written after the sign-out.
            if session_ids and (check_due or read.rows):
                read.sessions = _valid_sessions(db, session_ids)
        return read

    def _settle(self, read: _Read, now: float) -> list[StreamEvent]:
        """The rows that may go out now, in id order; advances ``head`` past them."""
        out: list[StreamEvent] = []
        for event in read.rows:
            if event.id <= self.head:
                continue
            if event.id > self.head + 1 and not self._gap_closed(read, now):
                break
            self._gap = None
            out.append(event)
            self.head = event.id
        return out

    def _gap_closed(self, read: _Read, now: float) -> bool:
        if self.db.is_sqlite:
            return True  # writes are serialised: a missing id was deleted, it never comes
        gap = self._gap
        if gap is None or gap.after != self.head:
            self._gap = _Gap(self.head, now, read.xmax_after)
            return False
        age = now - gap.seen
        return (age >= GAP_MIN_AGE and read.xmin_before >= gap.xmax) or age >= GAP_MAX_WAIT

    def _end_invalid(self, checked: set[int], valid: dict[int, tuple[int, bool]]) -> None:
        # Streams that joined while the check ran were not part of it: they were just
        # authorised and stay.
        for sub in list(self._subscriptions()):
            r = sub.recipient
            if r.session_id in checked and valid.get(r.session_id) != (r.user_id, r.staff):
                sub.close("signed_out")

    def _newest_id(self) -> int:
        with self.db.read() as db:
            return int(db.scalar(select(func.max(Event.id))) or 0)


def _snapshot_bound(db: Session, which: str) -> int:
    fn = "pg_snapshot_xmin" if which == "xmin" else "pg_snapshot_xmax"
    return int(db.scalar(text(f"SELECT {fn}(pg_current_snapshot())::text::bigint")) or 0)


def _valid_sessions(db: Session, session_ids: set[int]) -> dict[int, tuple[int, bool]]:
    rows = db.execute(
        select(AuthSession.id, User.id, User.role)
        .join(User, User.id == AuthSession.user_id)
        .where(
            AuthSession.id.in_(session_ids),
            AuthSession.revoked_at.is_(None),
            AuthSession.expires_at > clock.now(db),
            User.is_active.is_(True),
        )
    )
    return {sid: (uid, role == "staff") for sid, uid, role in rows}


_CLOSED_DETAIL = {
    "expired": N_("Your sign-in has expired; refresh it and reconnect."),
    "signed_out": N_("You were signed out."),
    "shutdown": N_("The service is restarting; reconnect."),
}


def _closed(reason: str) -> ServerSentEvent:
    detail = translate(current_language(), _CLOSED_DETAIL[reason])
    return ServerSentEvent(
        data=json.dumps({"reason": reason, "detail": detail}), event=CLOSED_EVENT
    )


async def stream(
    hub: EventHub, recipient: Recipient, *, after: int | None, expires_at: float
) -> AsyncIterator[ServerSentEvent]:
    """One reader's events after ``after`` (None: from now), until its sign-in ends.

    The first thing sent is a comment, after the stream has joined the hub: anything
    committed once a client has read it reaches that client.
    """
    if after is None:
        await hub.caught_up()
    sub = hub.subscribe(recipient)
    try:
        cursor = sub.start if after is None else after
        yield ServerSentEvent(comment="stream open", retry=RETRY_MS)
        upto = sub.start
        while True:
            sub.ready.clear()
            if sub.closed is None and hub.db.clock.now().timestamp() >= expires_at:
                sub.close("expired")
            if sub.closed is not None:
                yield _closed(sub.closed)
                return
            if sub.lagged:
                sub.pending.clear()
                sub.lagged = False
                upto = hub.head
            # Settled events the hub handed out before we listened (or while we lagged).
            while cursor < upto and sub.closed is None:
                page = await to_thread.run_sync(hub.replay, recipient, cursor, upto)
                for event in page:
                    yield event.to_sse()
                    cursor = event.id
                if len(page) < BATCH:
                    cursor = max(cursor, upto)
            while sub.pending and sub.closed is None:
                event = sub.pending.popleft()
                if event.id > cursor:
                    yield event.to_sse()
                    cursor = event.id
            if sub.closed is not None or sub.lagged or sub.pending:
                continue
            with suppress(TimeoutError):
                left = expires_at - hub.db.clock.now().timestamp()
                await asyncio.wait_for(sub.ready.wait(), max(0.0, left))
    finally:
        hub.unsubscribe(sub)
