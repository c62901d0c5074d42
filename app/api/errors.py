"""The service's refusals as typed exceptions whose message is meant for the user.

The service answers every error as problem+json ``{status, code, detail, errors, …}``; the
``detail`` is already written for users, so it becomes the message. Answers that are not
problem+json (a proxy's HTML page, a crashed worker) get a plain message by status.
"""

from __future__ import annotations

import contextlib
import email.utils
import math
import re
import time
from typing import Any

import requests

from app.core.text import QT_TRANSLATE_NOOP

_FALLBACK = {
    400: QT_TRANSLATE_NOOP("ApiErrors", "The service did not understand the request."),
    401: QT_TRANSLATE_NOOP("ApiErrors", "Sign in to continue."),
    403: QT_TRANSLATE_NOOP("ApiErrors", "You are not allowed to do this."),
    404: QT_TRANSLATE_NOOP("ApiErrors", "This no longer exists, or it is not yours."),
    409: QT_TRANSLATE_NOOP(
        "ApiErrors", "This conflicts with a change made meanwhile; reload and try again."
    ),
    413: QT_TRANSLATE_NOOP("ApiErrors", "This file is too large."),
    422: QT_TRANSLATE_NOOP("ApiErrors", "Some fields are not valid."),
    429: QT_TRANSLATE_NOOP("ApiErrors", "Too many attempts; wait a little and try again."),
}


class ApiError(Exception):
    """A refusal or failure of a service call; ``str(exc)`` is the user-facing message."""

    def __init__(
        self,
        message: str,
        *,
        status: int = 0,
        code: str = "",
        field_errors: dict[str, str] | None = None,
        retry_after: int | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.field_errors = dict(field_errors or {})
        self.retry_after = retry_after
        self.extra = dict(extra or {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.status}, {self.code!r}, {self.message!r})"


class ServiceUnreachable(ApiError):
    """No answer (connection refused, timed out, dropped) or a gateway's 502/503/504."""


class Unauthorized(ApiError):
    """Wrong credentials, or a sign-in that has expired and could not be refreshed."""


class SecondFactorRequired(Unauthorized):
    """The password was right; now the second factor (``method``: "totp" or "email")."""

    @property
    def ticket(self) -> str:
        return str(self.extra.get("ticket", ""))

    @property
    def method(self) -> str:
        return str(self.extra.get("method", ""))


class Forbidden(ApiError):
    """Not allowed, e.g. ``not_activated`` before the account is activated."""


class NotFound(ApiError):
    pass


class Conflict(ApiError):
    """A move the service refuses in the current state (``invalid_transition`` …)."""


class ValidationFailed(ApiError):
    """Fields to correct: ``field_errors`` maps a field name to its message."""


class PayloadTooLarge(ApiError):
    """A file over the form limit; larger files go by resumable upload."""


class RateLimited(ApiError):
    """Too many calls; ``retry_after`` says in how many seconds to try again."""


class Locked(RateLimited):
    """Sign-in temporarily locked (``account_locked`` / ``too_many_attempts``)."""


class ServerError(ApiError):
    """The service failed on its side (500)."""


LOCK_CODES = frozenset({"account_locked", "too_many_attempts"})


def _class_for(status: int, code: str) -> type[ApiError]:
    if status == 401:
        return SecondFactorRequired if code == "second_factor_required" else Unauthorized
    if status == 429:
        return Locked if code in LOCK_CODES else RateLimited
    if status in (502, 503, 504):
        return ServiceUnreachable
    return {
        400: ValidationFailed,
        403: Forbidden,
        404: NotFound,
        409: Conflict,
        410: NotFound,
        413: PayloadTooLarge,
        422: ValidationFailed,
    }.get(status, ServerError if status >= 500 else ApiError)


def retry_after_seconds(value: str | None) -> int | None:
    """``Retry-After`` as whole seconds (it may be seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return int(value)
    with contextlib.suppress(TypeError, ValueError):
        when = email.utils.parsedate_to_datetime(value)
        return max(0, math.ceil(when.timestamp() - time.time()))
    return None


def from_response(response: requests.Response, *, service: str = "") -> ApiError:
    """The exception for an error answer."""
    status = response.status_code
    body: dict[str, Any] = {}
    with contextlib.suppress(ValueError):
        parsed = response.json()
        if isinstance(parsed, dict):
            body = parsed
    code = str(body.get("code") or "")
    if status in (502, 503, 504) and not code:
        return unreachable(service, status=status)
    message = str(body.get("detail") or "") or _FALLBACK.get(status, "")
    if not message:
        message = QT_TRANSLATE_NOOP(
            "ApiErrors", "The service answered with an error ({status})."
        ).format(status=status)
    errors = body.get("errors") if isinstance(body.get("errors"), dict) else {}
    retry_after = None
    raw_retry = body.get("retry_after")
    if isinstance(raw_retry, int | float) and not isinstance(raw_retry, bool):
        retry_after = max(0, math.ceil(raw_retry))
    if retry_after is None:
        retry_after = retry_after_seconds(response.headers.get("Retry-After"))
    known = {"type", "title", "status", "code", "detail", "errors", "retry_after", "instance"}
    extra = {k: v for k, v in body.items() if k not in known}
    cls = _class_for(status, code)
    return cls(
        message,
        status=status,
        code=code or f"http_{status}",
        field_errors=_field_errors(errors or {}),
        retry_after=retry_after,
        extra=extra,
    )


_PLAIN_PART = re.compile(r"[A-Za-z0-9_]+")


def _field_errors(raw: dict[Any, Any]) -> dict[str, str]:
    """Field name → message. Parts of a name that are validator details rather than
    fields (pydantic's ``function-after[…]``, ``literal['']`` for union members) are
    dropped, so a form can find its field; the first message per field is kept."""
    out: dict[str, str] = {}
    for key, message in raw.items():
        parts = [p for p in str(key).split(".") if _PLAIN_PART.fullmatch(p)]
        out.setdefault(".".join(parts) or str(key), str(message))
    return out


def unreachable(service: str, *, status: int = 0, cause: str = "") -> ServiceUnreachable:
    if service:
        message = QT_TRANSLATE_NOOP(
            "ApiErrors",
            "The service at {service} is not reachable right now. Check your connection; "
            "try again in a moment.",
        ).format(service=service)
    else:
        message = QT_TRANSLATE_NOOP(
            "ApiErrors",
            "The service is not reachable right now. Check your connection; try again in a moment.",
        )
    return ServiceUnreachable(
        message, status=status, code="service_unreachable", extra={"cause": cause} if cause else {}
    )
