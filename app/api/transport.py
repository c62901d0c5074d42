"""HTTP for the client: base URL, timeouts, retries where safe, token refresh, errors.

Retries are only for calls that may run twice without harm: GET/HEAD/PUT/DELETE/OPTIONS,
and POSTs that carry an ``Idempotency-Key`` (the service replays the first answer for the
same key). They happen on connection failures and on 502/503/504. A POST without a key is
sent once: if its answer is lost, the caller must decide (the outbox, for one, always sends
a key so it can retry).

On a 401 for a signed-in call the access token is refreshed once and the call repeated;
threads that hit the expiry together share one refresh.
"""

from __future__ import annotations

import locale
import logging
import os
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import requests

from app.api import errors
from app.api.tokens import MemoryTokenStore, Tokens, TokenStore
from app.core.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
USER_AGENT = "PersonalCabinet/0.1 (desktop client)"
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({502, 503, 504})
# (connect, read) seconds: a dead service is noticed fast, a slow answer still arrives.
DEFAULT_TIMEOUT: tuple[float, float] = (5.0, 30.0)

Timeout = float | tuple[float, float]


def new_idempotency_key() -> str:
    return uuid.uuid4().hex


def system_language() -> str:
    """The desktop's language as a tag (``ru-RU``), or "" when it says none (C/POSIX)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(":")[0].split(".")[0].split("@")[0]
        if value:
            return "" if value in ("C", "POSIX") else value.replace("_", "-")
    found = locale.getlocale()[0] or ""
    return "" if found in ("C", "POSIX") else found.replace("_", "-")


def accept_language(language: str) -> str:
    """``Accept-Language`` for the interface language (settings' ``language``; "" follows
    the system): the service answers refusals and texts in it, English after it."""
    tag = language or system_language()
    if not tag or tag.lower().split("-")[0] == "en":
        return "en"
    return f"{tag}, en;q=0.5"


class Transport:
    """One service's HTTP session. Thread-safe for use from worker threads."""

    def __init__(
        self,
        base_url: str,
        *,
        tokens: TokenStore | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        retries: int = 2,
        backoff: float = 0.25,
        session: requests.Session | None = None,
        anonymous_token: str | None = None,
        on_signed_out: Callable[[], None] | None = None,
        language: str | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.tokens: TokenStore = tokens if tokens is not None else MemoryTokenStore()
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        if language is not None:
            self.set_language(language)
        self._anonymous_token = anonymous_token
        # Called (on the calling thread) when a refresh is refused: the sign-in is over.
        self.on_signed_out = on_signed_out
        self._refresh_lock = threading.Lock()

    def set_language(self, language: str) -> None:
        """The interface language the service should answer in ("" = the system's)."""
        self.session.headers["Accept-Language"] = accept_language(language)

    # -- addresses --------------------------------------------------------------------------

    @property
    def api_url(self) -> str:
        return self.base_url + API_PREFIX

    @property
    def service_name(self) -> str:
        """The service's host[:port], for messages and the status bar."""
        return urlsplit(self.base_url).netloc or self.base_url

    def url(self, path: str) -> str:
        """Absolute URL: ``path`` under /api/v1 unless it is absolute or starts with ``//``."""
        if path.startswith(("http://", "https://")):
            return path
        if path.startswith("//"):  # a service path outside /api/v1, e.g. //healthz
            return self.base_url + path[1:]
        return self.api_url + path

    @property
    def anonymous_token(self) -> str:
        """The secret that owns files and requests made without an account (header
        ``X-Anonymous-Token``), created on first use."""
        if self._anonymous_token is None:
            self._anonymous_token = secrets.token_urlsafe(32)
        return self._anonymous_token

    @anonymous_token.setter
    def anonymous_token(self, value: str) -> None:
        self._anonymous_token = value

    def auth_headers(self) -> dict[str, str]:
        """Headers that identify the caller: the bearer token, or the anonymous token."""
        token = self.tokens.access_token
        if token:
            return {"Authorization": f"Bearer {token}"}
        return {"X-Anonymous-Token": self.anonymous_token}

    # -- requests ---------------------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        data: Any = None,
        files: Any = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
        auth: bool = True,
        stream: bool = False,
        timeout: Timeout | None = None,
        retries: int | None = None,
        refresh: bool = True,
    ) -> requests.Response:
        """Send a call and return its 2xx answer; any other outcome raises an ``ApiError``.

        ``auth`` sends the caller's identity (bearer or anonymous token); ``refresh`` allows
        one token refresh on 401.
        """
        method = method.upper()
        url = self.url(path)
        base_headers = {"Accept": "application/json, application/problem+json"}
        base_headers.update(headers or {})
        if idempotency_key:
            base_headers["Idempotency-Key"] = idempotency_key
        retryable = method in IDEMPOTENT_METHODS or (method == "POST" and bool(idempotency_key))
        allowed = (self.retries if retries is None else retries) if retryable else 0
        attempt = 0
        refreshed = False
        if auth and refresh and not self.tokens.access_token and self.tokens.refresh_token:
            refreshed = self._refresh(None)  # a remembered sign-in: get an access token first
        while True:
            sent_token = self.tokens.access_token if auth else None
            call_headers = dict(base_headers)
            if auth:
                call_headers.update(self.auth_headers())
            try:
                response = self.session.request(
                    method,
                    url,
                    json=json,
                    params=params,
                    data=data,
                    files=files,
                    headers=call_headers,
                    stream=stream,
                    timeout=timeout or self.timeout,
                    allow_redirects=False,
                )
            except (requests.ConnectionError, requests.Timeout) as exc:
                log.info("%s %s: %s (attempt %d)", method, path, type(exc).__name__, attempt + 1)
                if attempt < allowed:
                    self._pause(attempt)
                    attempt += 1
                    continue
                raise errors.unreachable(self.service_name, cause=type(exc).__name__) from exc
            except requests.RequestException as exc:
                raise errors.ApiError(
                    QT_TRANSLATE_NOOP(
                        "ApiClient", "The call to the service failed: {name}."
                    ).format(name=type(exc).__name__),
                    code="client_error",
                ) from exc
            status = response.status_code
            log.debug("%s %s -> %d", method, path, status)
            if status < 400:
                return response
            if status in RETRY_STATUSES and attempt < allowed:
                response.close()
                self._pause(attempt)
                attempt += 1
                continue
            error = errors.from_response(response, service=self.service_name)
            response.close()
            if (
                status == 409
                and error.code == "idempotency_in_progress"
                and idempotency_key
                and attempt < allowed
            ):
                # The first try is still running on the service: wait for its answer.
                time.sleep(min(float(error.retry_after or 1), 5.0))
                attempt += 1
                continue
            if (
                status == 401
                and auth
                and refresh
                and not refreshed
                and error.code == "unauthorized"
                and self.tokens.refresh_token
            ):
                refreshed = True
                if self._refresh(sent_token):
                    continue
                raise errors.Unauthorized(
                    QT_TRANSLATE_NOOP("ApiClient", "Your sign-in has expired; sign in again."),
                    status=401,
                    code="session_expired",
                )
            raise error

    def _pause(self, attempt: int) -> None:
        time.sleep(min(self.backoff * (2**attempt), 4.0))

    def _refresh(self, stale_access: str | None, *, force: bool = False) -> bool:
        """Exchange the refresh token for new tokens; false when the sign-in is over."""
        with self._refresh_lock:
            current = self.tokens.access_token
            if not force and current and current != stale_access:
                return True  # another thread refreshed meanwhile
            refresh_token = self.tokens.refresh_token
            if not refresh_token:
                return False
            try:
                # Keyed, so a refresh whose answer was lost can be retried: the service
                # replays the same rotated pair instead of refusing the used token.
                response = self.request(
                    "POST",
                    "/auth/refresh",
                    json={"refresh_token": refresh_token},
                    auth=False,
                    refresh=False,
                    idempotency_key=new_idempotency_key(),
                )
            except (errors.Unauthorized, errors.ValidationFailed, errors.NotFound):
                self.tokens.clear()
                if self.on_signed_out is not None:
                    self.on_signed_out()
                return False
            self.tokens.set(Tokens.from_json(response.json()))
            return True

    def refresh(self) -> bool:
        """Refresh now (e.g. after restoring a remembered sign-in); false when refused."""
        return self._refresh(None, force=True)
