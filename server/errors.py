"""One error channel for the service: ``Problem`` answers as RFC 9457 problem+json."""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_JSON = "application/problem+json"


class Problem(Exception):
    """A refusal meant for the client: stable ``code``, human ``detail``, per-field ``errors``."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        *,
        errors: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.errors = errors or {}
        self.headers = headers or {}
        self.extra = extra or {}


def not_found(what: str = "object") -> Problem:
    return Problem(404, "not_found", f"No such {what}.")


def problem_response(
    status: int,
    code: str,
    detail: str,
    errors: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": f"urn:personal-cabinet:problem:{code}",
        "title": code.replace("_", " ").capitalize(),
        "status": status,
        "code": code,
        "detail": detail,
    }
    if errors:
        body["errors"] = errors
    if extra:
        body.update(extra)
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def _field_name(loc: tuple[Any, ...]) -> str:
    """``("body", "email", "function-after[...]")`` → ``"email"``: the field the user filled,
    without pydantic's validator and union tags."""
    parts: list[str] = []
    for part in loc[1:] if loc and loc[0] in ("body", "query", "path", "header") else loc:
        if isinstance(part, int):
            parts.append(str(part))
        elif isinstance(part, str) and _IDENT.match(part) and not part.startswith("function-"):
            parts.append(part)
        else:
            break
    return ".".join(parts) or "body"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(_: Request, exc: Problem) -> JSONResponse:
        return problem_response(
            exc.status, exc.code, exc.detail, exc.errors, exc.headers, exc.extra
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors: dict[str, str] = {}
        for err in exc.errors():
            errors.setdefault(_field_name(tuple(err.get("loc", ()))), str(err.get("msg")))
        return problem_response(422, "validation_error", "Some fields are not valid.", errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized"}.get(
            exc.status_code, "http_error"
        )
        return problem_response(
            exc.status_code, code, str(exc.detail), headers=getattr(exc, "headers", None)
        )
