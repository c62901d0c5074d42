"""The service's Server-Sent Events stream (R4) as a blocking iterator of ``Event``.

It reconnects by itself (growing pauses while the service is away) and resumes with
``Last-Event-ID``, so no event is lost or repeated across a drop. When the service ends the
stream because the access token expired, it refreshes the token and reconnects; when the
sign-in is over, iteration raises ``Unauthorized``. ``close()`` may be called from any thread
and ends the iteration promptly.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from typing import Any

import requests

from app.api import errors
from app.api.models import Event
from app.api.transport import Transport
from app.core.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CLOSED_EVENT = "stream.closed"  # the service's last word before it ends a stream


class EventStream:
    def __init__(
        self,
        transport: Transport,
        *,
        last_event_id: str | None = None,
        since: int | None = None,
        read_timeout: float = 45.0,
        reconnect_delay: float = 0.5,
        max_reconnect_delay: float = 30.0,
    ) -> None:
        self.transport = transport
        # The id of the last event delivered; persist it to resume after a restart.
        self.last_event_id = last_event_id
        self._since = since
        # Heartbeats come every 15 s: silence longer than this means a dead connection.
        self.read_timeout = read_timeout
        self.reconnect_delay = reconnect_delay
        self.max_reconnect_delay = max_reconnect_delay
        self.connected = False
        self._closed = threading.Event()
        self._response: requests.Response | None = None
        self._lock = threading.Lock()

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            response = self._response
        if response is not None:
            _abort(response)

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def __iter__(self) -> Iterator[Event]:
        delay = self.reconnect_delay
        while not self._closed.is_set():
            try:
                response = self._connect()
            except errors.ServiceUnreachable as exc:
                log.info("event stream: %s; retrying in %.1fs", exc.code, delay)
                if self._closed.wait(delay):
                    return
                delay = min(delay * 2, self.max_reconnect_delay)
                continue
            delay = self.reconnect_delay
            reason = ""
            try:
                for event in _parse(response):
                    if event.kind == CLOSED_EVENT:
                        reason = str(event.data.get("reason", ""))
                        break
                    if event.id:
                        self.last_event_id = event.id
                    yield event
            except (requests.RequestException, OSError, ValueError) as exc:
                if not self._closed.is_set():
                    log.info("event stream dropped: %s", type(exc).__name__)
            finally:
                self.connected = False
                with self._lock:
                    self._response = None
                response.close()
            if self._closed.is_set():
                return
            if reason == "signed_out":
                raise errors.Unauthorized(
                    QT_TRANSLATE_NOOP("ApiClient", "You were signed out; sign in again."),
                    status=401,
                    code="signed_out",
                )
            if reason == "expired" and not self.transport.refresh():
                raise errors.Unauthorized(
                    QT_TRANSLATE_NOOP("ApiClient", "Your sign-in has expired; sign in again."),
                    status=401,
                    code="session_expired",
                )
            if reason != "expired" and self._closed.wait(self.reconnect_delay):
                return

    def _connect(self) -> requests.Response:
        headers = {"Accept": "text/event-stream", "Cache-Control": "no-cache"}
        params: dict[str, Any] = {}
        if self.last_event_id:
            headers["Last-Event-ID"] = self.last_event_id
        elif self._since is not None:
            params["since"] = self._since
        response = self.transport.request(
            "GET",
            "/events",
            headers=headers,
            params=params,
            stream=True,
            retries=0,
            timeout=(5.0, self.read_timeout),
        )
        with self._lock:
            self._response = response
        self.connected = True
        if self._closed.is_set():
            _abort(response)
        return response


def _abort(response: requests.Response) -> None:
    """Wake a thread blocked reading a streaming response: shut its socket down, so the
    read ends with end-of-stream and the reading thread closes the response itself.
    Closing it from here instead would pull the buffer away under the reader
    (``'NoneType' object has no attribute 'read'``)."""
    try:
        raw = response.raw
        sock = getattr(getattr(raw, "_fp", None), "fp", None)
        sock = getattr(getattr(sock, "raw", None), "_sock", None)
        if sock is not None:
            import socket

            sock.shutdown(socket.SHUT_RDWR)
            return
    except OSError:
        return  # already shut down or closed: the reader is waking anyway
    response.close()


def _lines(response: requests.Response) -> Iterator[str]:
    """Lines of the stream as they arrive; CR, LF and CRLF all end a line (SSE spec)."""
    buffer = ""
    pending_cr = False
    for chunk in response.iter_content(chunk_size=None, decode_unicode=False):
        text = chunk.decode("utf-8", errors="replace")
        if pending_cr and text.startswith("\n"):
            text = text[1:]
        pending_cr = text.endswith("\r")
        buffer += text
        parts = buffer.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        buffer = parts.pop()
        yield from parts
    if buffer:
        yield buffer


def _parse(response: requests.Response) -> Iterator[Event]:
    event_id: str | None = None
    kind = ""
    data: list[str] = []
    for line in _lines(response):
        if not line:
            if data:
                yield _event(event_id or "", kind or "message", "\n".join(data))
            kind, data = "", []
            continue
        if line.startswith(":"):
            continue  # heartbeat comment
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "id" and "\0" not in value:
            event_id = value
        elif name == "event":
            kind = value
        elif name == "data":
            data.append(value)


def _event(event_id: str, kind: str, raw: str) -> Event:
    try:
        payload = json.loads(raw)
    except ValueError:
        payload = {"text": raw}
    if not isinstance(payload, dict):
        payload = {"value": payload}
    return Event(id=event_id, kind=kind, data=payload)
