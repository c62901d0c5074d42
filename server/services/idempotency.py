"""Idempotency-Key on creates: the same key replays the first answer; the same key with
another body is refused; a retry racing the first call is told to wait.

An ASGI middleware, so every POST route gets it without code of its own. Keys are scoped
to the account (so a retry after signing in again still matches) or to anonymous callers.
"""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server import clock
from server.db.models import AuthSession, IdempotentReply
from server.errors import PROBLEM_JSON
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


def forget_old(db: Session) -> int:
    """Drop replies older than ``KEEP_FOR`` (run by the service's housekeeping)."""
    result = db.execute(
        delete(IdempotentReply).where(IdempotentReply.created_at < clock.now(db) - KEEP_FOR)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _problem(status: int, code: str, detail: str, headers: dict[str, str] | None = None) -> bytes:
    return json.dumps(
        {
            "type": f"urn:personal-cabinet:problem:{code}",
            "title": code.replace("_", " "),
            "status": status,
            "code": code,
            "detail": detail,
        }
    ).encode()


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp, state: ServiceState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "POST"
            or scope["path"].startswith(_STREAMED_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
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
        from starlette.concurrency import run_in_threadpool

        owner = await run_in_threadpool(self._owner, headers.get("authorization", ""))
        route = scope["path"]
        canonical = _without_boundary(body, headers.get("content-type", ""))
        digest = hashlib.sha256(route.encode() + b"\0" + canonical).hexdigest()
        found = await run_in_threadpool(self._claim, owner, key, route, digest)
        if found is not None:
            status, payload, stored_headers = found
            await _send(send, status, payload, stored_headers)
            return

        captured: dict[str, Any] = {"status": 500, "headers": [], "body": b""}
        sent_body = False

        async def replay_receive() -> Message:
            nonlocal sent_body
            if not sent_body:
                sent_body = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        # The answer is held back until it is stored: a client that retries the moment it
        # gets the answer must find it replayable, not "still in progress".
        held: list[Message] = []

        async def capture_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                captured["status"] = message["status"]
                captured["headers"] = message.get("headers", [])
            elif message["type"] == "http.response.body":
                captured["body"] += message.get("body", b"")
            held.append(message)

        try:
            await self.app(scope, replay_receive, capture_send)
        finally:
            await run_in_threadpool(self._finish, owner, key, captured)
        for message in held:
            await send(message)

    # -- storage (sync, in the thread pool) ------------------------------------------------

    def _owner(self, authorization: str) -> str:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return "anon"
        session_id = read_access_token(
            self.state.settings.token_secret, token.strip(), self.state.clock.now()
        )
        if session_id is None:
            return "invalid"
        with self.state.db.read() as db:
            user_id = db.scalar(select(AuthSession.user_id).where(AuthSession.id == session_id))
        return f"user:{user_id}" if user_id is not None else "invalid"

    def _claim(
        self, owner: str, key: str, route: str, digest: str
    ) -> tuple[int, bytes, dict[str, str]] | None:
        """None when this call is the first with the key (and now holds it)."""
        if owner == "invalid":
            return None  # the route answers 401 itself; nothing to remember
        try:
            with self.state.db.write() as db:
                db.add(
                    IdempotentReply(
                        scope=owner,
                        key=key,
                        route=route,
                        body_hash=digest,
                        status=_IN_FLIGHT,
                        body=b"",
                        headers={},
                    )
                )
            return None
        except IntegrityError:
            pass
        with self.state.db.read() as db:
            row = db.scalar(
                select(IdempotentReply).where(
                    IdempotentReply.scope == owner, IdempotentReply.key == key
                )
            )
        if row is None:  # the first call failed and let go of the key meanwhile
            return (
                409,
                _problem(
                    409,
                    "idempotency_in_progress",
                    "The same request is still being processed; retry shortly.",
                ),
                {"Retry-After": "1"},
            )
        if row.body_hash != digest:
            return (
                422,
                _problem(
                    422,
                    "idempotency_key_reused",
                    "This Idempotency-Key was used for a different request.",
                ),
                {},
            )
        if row.status == _IN_FLIGHT:
            return (
                409,
                _problem(
                    409,
                    "idempotency_in_progress",
                    "The same request is still being processed; retry shortly.",
                ),
                {"Retry-After": "1"},
            )
        return row.status, row.body, dict(row.headers, **{"Idempotent-Replayed": "true"})

    def _finish(self, owner: str, key: str, captured: dict[str, Any]) -> None:
        if owner == "invalid":
            return
        status = int(captured["status"])
        with self.state.db.write() as db:
            row = db.scalar(
                select(IdempotentReply).where(
                    IdempotentReply.scope == owner, IdempotentReply.key == key
                )
            )
            if row is None:
                return
            if status >= 500 or status in (401, 409, 429):
                # Not an answer to remember: a retry should really be tried again.
                db.delete(row)
                return
            row.status = status
            row.body = captured["body"]
            keep = {"content-type", "location"}
            row.headers = {
                k.decode(): v.decode() for k, v in captured["headers"] if k.decode().lower() in keep
            }


def _without_boundary(body: bytes, content_type: str) -> bytes:
    """Multipart bodies compare without their boundary: clients pick a new one per send,
    so a retry of the same form would otherwise look like a different request."""
    media, _, params = content_type.partition(";")
    if media.strip().lower() != "multipart/form-data":
        return body
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        boundary = value.strip().strip('"').encode()
        if name.strip().lower() == "boundary" and boundary:
            return body.replace(boundary, b"")
    return body


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
            "headers": [(k.encode(), v.encode()) for k, v in hdrs.items()],
        }
    )
    await send({"type": "http.response.body", "body": body})
