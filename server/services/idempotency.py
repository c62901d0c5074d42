"""Idempotency-Key on creates: the same key replays the first answer; the same key with
another body is refused; a retry racing the first call gets its answer once it is stored
(or, for a route with transactions of its own, is told to wait).

An ASGI middleware, so every POST route gets it without code of its own. Keys are scoped
to the account (so a retry after signing in again still matches), to an anonymous
caller's ``X-Anonymous-Token``, or to anonymous callers without one.

Crash safety: a route that works in the request's transaction (``Db``) writes the key's
claim as that transaction's first statement and does not commit it: the answer is stored in
the same transaction, so the object and its stored answer exist together or not at all, and
a retry meanwhile waits at the claim for the first call's commit. Routes that commit their
own transactions (``OwnTransactions``) commit a claim naming itself (``claimant``) first and
renew it while they run; a claim whose holder stopped renewing it (the process died) is
taken over by the next call with the key once the lease is over, and a holder that finds
its claim taken over rolls back.

Answers that carry a token, a password or a one-time code are never stored: a retry
runs again.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from fastapi import Depends, Request
from sqlalchemy import Connection, bindparam, delete, event, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server import clock
from server.db.models import AuthSession, IdempotentReply
from server.errors import PROBLEM_JSON
from server.i18n import current_language, translate
from server.services import crash_points
from server.services.attachment_access import ANON_HEADER
from server.services.tokens import read_access_token
from server.state import ServiceState

KEEP_FOR = timedelta(days=7)
_IN_FLIGHT = 0  # status stored while the first call is still running
_MAX_KEY = 200
# tus bodies stream to storage as they arrive and carry their own offsets for retries.
_STREAMED_PREFIXES = ("/api/v1/uploads",)
# Room above the form file limit for a create's own fields and multipart framing; a
# larger body is passed through unbuffered, and its route refuses it.
_BUFFER_MARGIN = 1024 * 1024
# Fields of an answer that make it a secret: it is never stored for a replay.
_SECRET_FIELDS = frozenset(
    {"access_token", "refresh_token", "ticket", "secret", "otpauth_uri", "password", "token"}
)
_SCOPE_KEY = "personal_cabinet.idempotency"


def forget_old(db: Session) -> int:
    """Drop replies older than ``KEEP_FOR`` (run by the service's housekeeping)."""
    result = db.execute(
        delete(IdempotentReply).where(IdempotentReply.created_at < clock.now(db) - KEEP_FOR)
    )
    return int(getattr(result, "rowcount", 0) or 0)


@dataclass
class Claim:
    """One keyed call's hold on its key, shared by the middleware, ``get_db`` and
    ``own_transactions``.

    ``held``: "" while nothing is written; "transaction" once the claim row is written in
    the route's open transaction (nobody else sees it before the commit); "committed" for
    the two-step form, whose claim is its own committed row, renewed while the call runs.
    """

    keeper: _Keeper = field(repr=False)
    owner: str  # "" until a sign-in's account is read
    session_id: int | None
    key: str
    route: str
    digest: str
    claimant: str
    held: str = ""
    session: Session | None = field(default=None, repr=False)
    renewing: asyncio.Task[None] | None = field(default=None, repr=False)

    def adopt(self, session: Session) -> None:
        """Take over the request's open transaction: committed with the stored answer."""
        self.session = session

    def release(self) -> None:
        if self.renewing is not None:
            self.renewing.cancel()
        if self.session is not None:
            self.session.close()  # rolls back what was not committed
            self.session = None


class _Answered(Exception):
    """The key was already used: the middleware sends ``answer`` instead of the route's."""

    def __init__(self, answer: tuple[int, bytes, dict[str, str]]) -> None:
        super().__init__("answered")
        self.answer = answer


class _KeyTaken(Exception):
    """The claim's row exists (an earlier call with the key): what it holds decides."""


_INFO_KEY = "pc_idempotency_claim"


def join(session: Session, claim: Claim) -> None:
    """Have ``session``'s transaction, when it begins, write ``claim`` (``get_db``)."""
    session.info[_INFO_KEY] = claim


async def own_transactions(request: Request) -> None:
    """For POST routes that commit their own transactions (sign-in, registration): the
    claim is committed before the route runs, so a retry meanwhile is told to wait."""
    claim = claim_of(request.scope)
    if claim is None or claim.held:
        return
    found = await run_in_threadpool(claim.keeper.commit_claim, claim)
    if found is not None:
        raise _Answered(found)
    if claim.held:
        crash_points.reach("claimed")
        claim.renewing = asyncio.create_task(claim.keeper.renew_while_running(claim))


OwnTransactions = Depends(own_transactions)


def claim_of(scope: Scope) -> Claim | None:
    """The keyed call's claim, when the request runs under one (for ``get_db``)."""
    found = scope.get(_SCOPE_KEY)
    return found if isinstance(found, Claim) else None


def _problem(status: int, code: str, detail: str) -> bytes:
    """``detail`` in the caller's language (the language middleware wraps this one)."""
    detail = translate(current_language(), detail)
    return json.dumps(
        {
            "type": f"urn:personal-cabinet:problem:{code}",
            "title": code.replace("_", " "),
            "status": status,
            "code": code,
            "detail": detail,
        }
    ).encode()


def _in_progress() -> tuple[int, bytes, dict[str, str]]:
    return (
        409,
        _problem(
            409,
            "idempotency_in_progress",
            "The same request is still being processed; retry shortly.",
        ),
        {"Retry-After": "1"},
    )


def _text(raw: bytes) -> str:
    """Header bytes as text: HTTP allows any octet, so Latin-1 (as Starlette reads them)."""
    return raw.decode("latin-1")


def _holds_secret(headers: list[tuple[bytes, bytes]], body: bytes) -> bool:
    for name, value in headers:
        if name.lower() == b"cache-control" and b"no-store" in value.lower():
            return True
    try:
        document = json.loads(body) if body else None
    except ValueError:
        return False

    def walk(value: Any) -> bool:
        if isinstance(value, dict):
            return any(k in _SECRET_FIELDS or walk(v) for k, v in value.items())
        if isinstance(value, list):
            return any(walk(v) for v in value)
        return False

    return walk(document)


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp, state: ServiceState) -> None:
        self.app = app
        self.state = state
        self.keeper = _Keeper(state)
        event.listen(state.db.writer, "after_begin", self.keeper.hold_in_transaction)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "POST"
            or scope["path"].startswith(_STREAMED_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        headers = {_text(k).lower(): _text(v) for k, v in scope["headers"]}
        key = headers.get("idempotency-key")
        declared = headers.get("content-length", "")
        too_big = (
            declared.isascii()
            and declared.isdigit()
            and int(declared) > (self.state.settings.form_file_limit + _BUFFER_MARGIN)
        )
        if not key or too_big:
            await self.app(scope, receive, send)
            return
        if len(key) > _MAX_KEY:
            await _send(
                send,
                400,
                _problem(400, "idempotency_key_invalid", "The Idempotency-Key header is too long."),
            )
            return

        body = await _read_body(receive)
        sent_body = False

        async def replay_receive() -> Message:
            nonlocal sent_body
            if not sent_body:
                sent_body = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        owner, session_id = self.keeper.owner_of(
            headers.get("authorization", ""), headers.get(ANON_HEADER.lower(), "")
        )
        if owner == "invalid":  # the route answers 401 itself; nothing to remember
            await self.app(scope, replay_receive, send)
            return
        route = scope["path"]
        claim = Claim(
            keeper=self.keeper,
            owner=owner,
            session_id=session_id,
            key=key,
            route=route,
            digest=_digest(route, body, headers.get("content-type", "")),
            claimant=uuid.uuid4().hex,
        )
        scope[_SCOPE_KEY] = claim

        captured: dict[str, Any] = {"status": 500, "headers": [], "body": b""}
        # The answer is held back until it is stored: a client that retries the moment it
        # gets the answer must find it replayable, not run again.
        held: list[Message] = []
        finished = False

        async def finish() -> None:
            nonlocal finished
            finished = True
            if claim.renewing is not None:
                claim.renewing.cancel()
            crash_points.reach("answered")
            if self.state.db.is_sqlite and claim.held == "transaction" and claim.session:
                # Commits a transaction that holds the write lock already: it never waits,
                # and took less CPU than the hop to a thread (see ``get_db``).
                instead = self.keeper.finish(claim, captured)
            else:
                instead = await run_in_threadpool(self.keeper.finish, claim, captured)
            crash_points.reach("stored")
            if instead is None:
                for message in held:
                    await send(message)
            else:  # another call's answer for this key
                await _send(send, *instead)
            held.clear()

        async def capture_send(message: Message) -> None:
            if finished:
                await send(message)
                return
            if message["type"] == "http.response.start":
                captured["status"] = message["status"]
                captured["headers"] = message.get("headers", [])
            elif message["type"] == "http.response.body":
                captured["body"] += message.get("body", b"")
            held.append(message)
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                await finish()  # before background tasks (mails) run

        try:
            await self.app(scope, replay_receive, capture_send)
        except _Answered as answered:
            if not finished:
                finished = True
                await _send(send, *answered.answer)
        except _KeyTaken:
            if not finished:
                finished = True
                claim.release()
                await _send(send, *await run_in_threadpool(self.keeper.stored_answer, claim))
        finally:
            if not finished:
                finished = True
                captured["status"] = 500
                await run_in_threadpool(self.keeper.finish, claim, captured)
            claim.release()


class _Keeper:
    """The claims and answers in ``idempotent_replies``: sync, run in the thread pool (on
    SQLite, the commit of a claim held in the route's transaction runs on the event loop)."""

    def __init__(self, state: ServiceState) -> None:
        self.state = state

    def owner_of(self, authorization: str, anonymous_token: str) -> tuple[str, int | None]:
        """The owner, or ("", session id) when the account behind a sign-in is to be read;
        "invalid" for a sign-in that is not one (no database needed for either)."""
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token:
            anonymous_token = anonymous_token.strip()
            if anonymous_token:
                return "anon:" + hashlib.sha256(anonymous_token.encode()).hexdigest()[:40], None
            return "anon", None
        session_id = read_access_token(
            self.state.settings.token_secret, token.strip(), self.state.clock.now()
        )
        if session_id is None:
            return "invalid", None
        return "", session_id

    def _resolve_owner(self, claim: Claim, conn: Connection | Session) -> bool:
        """Read the account behind the claim's sign-in; False when there is none (the
        route answers 401, nothing is remembered)."""
        if claim.owner:
            return claim.owner != "invalid"
        user_id = conn.scalar(_USER_OF_SESSION, {"sid": claim.session_id})
        claim.owner = "invalid" if user_id is None else f"user:{user_id}"
        return user_id is not None

    def _insert(
        self, claim: Claim, conn: Connection | Session, status: int, body: bytes, headers: Any
    ) -> None:
        now = self.state.clock.now()
        conn.execute(
            _INSERT,
            {
                "scope": claim.owner,
                "key": claim.key,
                "route": claim.route,
                "body_hash": claim.digest,
                "status": status,
                "body": body,
                "headers": headers,
                "claimant": claim.claimant,
                "claimed_at": now if status == _IN_FLIGHT else None,
                "created_at": now,
            },
        )

    # -- the one-transaction form (routes on ``Db``) ---------------------------------------

    def hold_in_transaction(self, session: Session, _tx: Any, conn: Connection) -> None:
        """Session event ``after_begin``: a keyed call's transaction writes its claim first.
        Nobody sees the row before the commit, which stores the answer with the route's
        work: a crash leaves both or neither. A second call with the key waits for the
        first's commit at this insert (PostgreSQL's unique index, SQLite's write lock), then
        finds the row (``_KeyTaken``) and gets the first call's answer."""
        claim = session.info.get(_INFO_KEY)
        if not isinstance(claim, Claim) or claim.held or not self._resolve_owner(claim, conn):
            return
        try:
            self._insert(claim, conn, _IN_FLIGHT, b"", {})
        except IntegrityError:
            raise _KeyTaken() from None
        claim.held = "transaction"
        crash_points.reach("claimed")

    def stored_answer(self, claim: Claim) -> tuple[int, bytes, dict[str, str]]:
        """What the earlier call with this key left: its answer, a refusal, or "wait"."""
        return self._claim_taken(claim, self.state.clock.now()) or _in_progress()

    # -- the two-step form (``own_transactions``) -------------------------------------------

    def commit_claim(self, claim: Claim) -> tuple[int, bytes, dict[str, str]] | None:
        """Commit the claim (reading the sign-in's account in its transaction); the answer
        to send instead when the key is taken, else None."""
        now = self.state.clock.now()
        try:
            with self.state.db.write() as db:
                if not self._resolve_owner(claim, db):
                    return None
                self._insert(claim, db, _IN_FLIGHT, b"", {})
            claim.held = "committed"
            return None
        except IntegrityError:
            return self._claim_taken(claim, now)

    def _claim_taken(self, claim: Claim, now: datetime) -> tuple[int, bytes, dict[str, str]] | None:
        """The key exists: replay its answer, refuse, say "in progress", or take over a
        claim whose holder stopped renewing it; None when this call now holds it."""
        with self.state.db.write() as db:
            row = db.scalar(
                select(IdempotentReply).where(
                    IdempotentReply.scope == claim.owner, IdempotentReply.key == claim.key
                )
            )
            if row is None:  # the first call failed and let go of the key meanwhile
                return _in_progress()
            if row.body_hash != claim.digest:
                return (
                    422,
                    _problem(
                        422,
                        "idempotency_key_reused",
                        "This Idempotency-Key was used for a different request.",
                    ),
                    {},
                )
            if row.status != _IN_FLIGHT:
                return row.status, row.body, dict(row.headers, **{"Idempotent-Replayed": "true"})
            lease = self.state.settings.idempotency_lease
            if row.claimed_at is not None and now - row.claimed_at < lease:
                return _in_progress()
            # The holder stopped renewing: its process died. Take over, unless another
            # retry just did (the update matches only the claimant seen here).
            taken = db.execute(
                update(IdempotentReply)
                .where(
                    IdempotentReply.id == row.id,
                    IdempotentReply.claimant == row.claimant,
                    IdempotentReply.status == _IN_FLIGHT,
                )
                .values(claimant=claim.claimant, claimed_at=now)
            )
            if not getattr(taken, "rowcount", 0):
                return _in_progress()
        claim.held = "committed"
        return None

    async def renew_while_running(self, claim: Claim) -> None:
        every = max(self.state.settings.idempotency_lease.total_seconds() / 3, 0.05)
        while True:
            await asyncio.sleep(every)
            with contextlib.suppress(Exception):  # a missed renewal only shortens the lease
                await run_in_threadpool(self._renew, claim)

    def _renew(self, claim: Claim) -> None:
        with self.state.db.write() as db:
            db.connection().execute(
                _RENEW_MINE, {**_mine(claim), "b_claimed_at": self.state.clock.now()}
            )

    # -- the answer -------------------------------------------------------------------------

    def finish(
        self, claim: Claim, captured: dict[str, Any]
    ) -> tuple[int, bytes, dict[str, str]] | None:
        """Store the answer (with the route's own work when its transaction holds the
        claim); None to send it, or the answer to send instead: the earlier call's, or
        "wait" when this call's claim was taken over and its work undone."""
        status = int(captured["status"])
        forget = (
            status >= 500
            or status in (401, 409, 429)
            or _holds_secret(captured["headers"], captured["body"])
        )
        keep = {"content-type", "location"}
        headers = {_text(k): _text(v) for k, v in captured["headers"] if _text(k).lower() in keep}
        joined = claim.session
        claim.session = None
        db = joined if joined is not None else self.state.db.writer()
        try:
            if claim.held == "transaction" and joined is not None:
                if status >= 500:
                    db.rollback()  # a failure after the route: none of its work stays
                    return None
                return self._store_mine(db, claim, forget, status, captured["body"], headers)
            if claim.held == "committed":
                if joined is None:
                    db.begin()
                elif status >= 500:
                    db.rollback()
                    db.begin()
                return self._store_mine(db, claim, forget, status, captured["body"], headers)
            # Nothing written yet: the route did no work in a transaction of its own
            # (or it failed and rolled back); the answer is the first with this key.
            if joined is not None:
                if status >= 500:
                    db.rollback()
                db.commit()
            if forget or claim.owner == "invalid":
                return None
            try:
                with self.state.db.write() as fresh:
                    if not self._resolve_owner(claim, fresh):
                        return None
                    self._insert(claim, fresh, status, captured["body"], headers)
            except IntegrityError:
                return self.stored_answer(claim)
            return None
        finally:
            db.close()

    def _store_mine(
        self,
        db: Session,
        claim: Claim,
        forget: bool,
        status: int,
        body: bytes,
        headers: dict[str, str],
    ) -> tuple[int, bytes, dict[str, str]] | None:
        # One statement, no load of the row: it matches only while this call still holds
        # the claim, and then takes the row's lock until the commit.
        mine = _mine(claim)
        if forget:
            # Not an answer to remember: a retry should really be tried again.
            done = db.connection().execute(_FORGET_MINE, mine)
        else:
            answer = {"b_status": status, "b_body": body, "b_headers": headers}
            done = db.connection().execute(_STORE_MINE, {**mine, **answer})
        if not getattr(done, "rowcount", 0):
            db.rollback()  # taken over meanwhile: this call's work is undone
            return _in_progress()
        db.commit()
        return None


# Built once: building a statement cost more CPU than running it.
_MINE = (
    IdempotentReply.scope == bindparam("b_scope"),
    IdempotentReply.key == bindparam("b_key"),
    IdempotentReply.claimant == bindparam("b_claimant"),
    IdempotentReply.status == _IN_FLIGHT,
)
_FORGET_MINE = delete(IdempotentReply).where(*_MINE)
_STORE_MINE = (
    update(IdempotentReply)
    .where(*_MINE)
    .values(
        status=bindparam("b_status", type_=IdempotentReply.status.type),
        body=bindparam("b_body", type_=IdempotentReply.body.type),
        headers=bindparam("b_headers", type_=IdempotentReply.headers.type),
        claimed_at=None,
    )
)
_RENEW_MINE = (
    update(IdempotentReply)
    .where(*_MINE)
    .values(claimed_at=bindparam("b_claimed_at", type_=IdempotentReply.claimed_at.type))
)


def _mine(claim: Claim) -> dict[str, str]:
    """The parameters of ``_MINE``: the row while this call still holds it."""
    return {"b_scope": claim.owner, "b_key": claim.key, "b_claimant": claim.claimant}


_USER_OF_SESSION = select(AuthSession.user_id).where(AuthSession.id == bindparam("sid"))
_INSERT = insert(IdempotentReply)  # its columns from the parameters given


def _digest(route: str, body: bytes, content_type: str) -> str:
    """The body's hash under its route. Multipart bodies hash without their boundary:
    clients pick a new one per send, so a retry of the same form would otherwise look like
    a different request. The pieces between boundaries are hashed in place (a 1 MB upload
    is not copied to drop them)."""
    digest = hashlib.sha256(route.encode() + b"\0")
    boundary = _boundary(content_type)
    if not boundary:
        digest.update(body)
        return digest.hexdigest()
    view, start = memoryview(body), 0
    while (found := body.find(boundary, start)) >= 0:
        digest.update(view[start:found])
        start = found + len(boundary)
    digest.update(view[start:])
    return digest.hexdigest()


def _boundary(content_type: str) -> bytes:
    media, _, params = content_type.partition(";")
    if media.strip().lower() != "multipart/form-data":
        return b""
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        boundary = value.strip().strip('"').encode("latin-1")
        if name.strip().lower() == "boundary" and boundary:
            return boundary
    return b""


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _send(
    send: Send, status: int, body: bytes, headers: dict[str, str] | None = None
) -> None:
    hdrs = {"content-type": PROBLEM_JSON if status >= 400 else "application/json"}
    hdrs.update({k.lower(): v for k, v in (headers or {}).items()})
    hdrs["content-length"] = str(len(body))
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in hdrs.items()],
        }
    )
    await send({"type": "http.response.body", "body": body})
