"""One error channel for the service: ``Problem`` answers as RFC 9457 problem+json.

Texts are English msgids; the handler translates ``detail`` and each ``errors`` value into the
caller's language when the answer is rendered, then fills their ``{fields}`` from ``params``.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from server.i18n import N_, current_language, translate

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
        params: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(translate("en", detail, params))
        self.status = status
        self.code = code
        self.detail = detail
        self.errors = errors or {}
        self.headers = headers or {}
        self.extra = extra or {}
        self.params = params or {}

    def rendered(self, lang: str) -> tuple[str, dict[str, str]]:
        """``detail`` and ``errors`` in ``lang``, their fields filled."""
        errors = {k: translate(lang, v, self.params) for k, v in self.errors.items()}
        return translate(lang, self.detail, self.params), errors


_NO_SUCH = {
    "object": N_("No such object."),
    "request": N_("No such request."),
    "canned reply": N_("No such canned reply."),
    "device": N_("No such device."),
    "file": N_("No such file."),
    "license": N_("No such license."),
    "upload": N_("No such upload."),
}


def not_found(what: str = "object") -> Problem:
    detail = _NO_SUCH.get(what)
    if detail is None:
        return Problem(404, "not_found", "No such {what}.", params={"what": what})
    return Problem(404, "not_found", detail)


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


def render(exc: Problem) -> JSONResponse:
    """The answer for a refusal, in the caller's language."""
    detail, errors = exc.rendered(current_language())
    return problem_response(exc.status, exc.code, detail, errors, exc.headers, exc.extra)


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


# Pydantic's own messages for the errors a form commonly meets, as our msgids; English keeps
# pydantic's text as it is (byte for byte), other languages get the translation.
_PYDANTIC = {
    "missing": N_("Field required"),
    "string_too_short": N_("String should have at least {min_length} characters"),
    "string_too_long": N_("String should have at most {max_length} characters"),
    "string_type": N_("Input should be a valid string"),
    "int_parsing": N_("Input should be a valid integer, unable to parse string as an integer"),
    "int_type": N_("Input should be a valid integer"),
    "bool_parsing": N_("Input should be a valid boolean, unable to interpret input"),
    "greater_than_equal": N_("Input should be greater than or equal to {ge}"),
    "less_than_equal": N_("Input should be less than or equal to {le}"),
    "json_invalid": N_("JSON decode error"),
    "date_from_datetime_parsing": N_("Input should be a valid date"),
    "date_parsing": N_("Input should be a valid date"),
    "enum": N_("Input should be {expected}"),
    "literal_error": N_("Input should be {expected}"),
    "extra_forbidden": N_("Extra inputs are not permitted"),
}
_EMAIL = N_("Enter a valid e-mail address.")


def _validation_message(lang: str, err: dict[str, Any]) -> str:
    msg = str(err.get("msg"))
    if lang == "en":
        return msg
    kind = str(err.get("type", ""))
    if kind == "value_error" and "email" in msg.lower():
        return translate(lang, _EMAIL)
    template = _PYDANTIC.get(kind)
    if template is None:
        return msg
    try:
        return translate(lang, template, err.get("ctx") or {})
    except (KeyError, IndexError, ValueError):
        return msg


_DATABASE_LOST = N_("The service lost its database connection for a moment; retry shortly.")


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(_: Request, exc: Problem) -> JSONResponse:
        return render(exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        lang = current_language()
        errors: dict[str, str] = {}
        for err in exc.errors():
            field = _field_name(tuple(err.get("loc", ())))
            if field not in errors:
                errors[field] = _validation_message(lang, err)
        detail = translate(lang, N_("Some fields are not valid."))
        return problem_response(422, "validation_error", detail, errors)

    @app.exception_handler(DBAPIError)
    async def _database(_: Request, exc: DBAPIError) -> JSONResponse:
        if not exc.connection_invalidated:
            raise exc  # a fault of ours: a 500, logged
        # The connection broke (the database restarted or failed over): nothing was done,
        # and the pool reconnects; the client may simply repeat the call.
        detail = translate(current_language(), _DATABASE_LOST)
        return problem_response(503, "database_unavailable", detail, headers={"Retry-After": "1"})

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized"}.get(
            exc.status_code, "http_error"
        )
        detail = translate(current_language(), str(exc.detail))
        return problem_response(
            exc.status_code, code, detail, headers=getattr(exc, "headers", None)
        )


# Starlette's own details for a missing route or method, translated like ours.
_STARLETTE = (N_("Not Found"), N_("Method Not Allowed"), N_("Unauthorized"))
