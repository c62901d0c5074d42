"""The OpenAPI document lists every 4xx answer a route gives, as ``application/problem+json``.

The answers that come from shared machinery are known from each route's dependencies and
parameters, so they are added here rather than repeated on every route: a signed-in
caller's expired token (401), a missing or foreign object behind a path id or a staff-only
route (404), invalid fields (422), the Idempotency-Key of a POST (400, 409, 422), budgets
(429) and oversized bodies (413). What a route declares itself (``responses=``) is kept and
given the problem schema too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute

from server.api import deps
from server.errors import PROBLEM_JSON
from server.services.attachment_access import ANON_HEADER

PROBLEM_SCHEMA: dict[str, Any] = {
    "title": "Problem",
    "type": "object",
    "description": "RFC 9457 problem details; `code` is stable, `detail` is for people.",
    "required": ["type", "title", "status", "code", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "code": {"type": "string"},
        "detail": {"type": "string"},
        "errors": {
            "type": "object",
            "additionalProperties": {"type": "string"},
            "description": "Per-field messages, by field name",
        },
        "retry_after": {"type": "integer", "description": "Seconds, with a 429"},
    },
    "additionalProperties": True,
}
_REF = {"$ref": "#/components/schemas/Problem"}

_DESCRIPTIONS = {
    400: "The request is malformed (for a POST: an Idempotency-Key that is too long; for a "
    "page: a link that is not valid).",
    401: "Not signed in, or the sign-in has expired (`unauthorized`).",
    403: "Not allowed for this account.",
    404: "No such object, or not yours (`not_found`).",
    409: "A conflict; for a POST, the same Idempotency-Key is still being processed "
    "(`idempotency_in_progress`).",
    413: "The body is larger than allowed.",
    422: "Some fields are not valid (`validation_error`, with `errors` per field); for a POST, "
    "an Idempotency-Key used for another request (`idempotency_key_reused`).",
    429: "Over a budget or locked out: `retry_after` seconds and a Retry-After header.",
}
_FILE_LIMITED = ("/api/v1/attachments", "/api/v1/uploads")


def _dependants(root: Dependant) -> Iterator[Dependant]:
    yield root
    for child in root.dependencies:
        yield from _dependants(child)


def _operations(app: FastAPI) -> Iterator[tuple[str, set[str], APIRoute]]:
    """(path, methods, route) of every API route, through included routers too."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # a FastAPI that includes routers by copying their routes
        for route in app.routes:
            if isinstance(route, APIRoute):
                yield route.path_format, set(route.methods or ()), route
        return
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if isinstance(route, APIRoute):
            yield str(context.path_format), set(context.methods or route.methods or ()), route


def _is_page(route: APIRoute) -> bool:
    return isinstance(route.response_class, type) and issubclass(route.response_class, HTMLResponse)


def _codes(route: APIRoute, path: str, method: str) -> set[int]:
    codes: set[int] = set()
    calls = set()
    has_input = False
    for dep in _dependants(route.dependant):
        calls.add(dep.call)
        if any(p.alias.lower() == ANON_HEADER.lower() for p in dep.header_params):
            codes.add(401)  # neither an account nor an anonymous token
        if dep.path_params:
            codes.add(404)
        has_input |= bool(
            dep.path_params or dep.query_params or dep.header_params or dep.body_params
        )
    if calls & {deps.optional_user, deps.current_user, deps.require_staff}:
        codes.add(401)
    if deps.require_staff in calls:
        codes.add(404)
    if has_input:
        codes.add(422)
    if _is_page(route) and has_input:
        codes.add(400)  # a link that is not valid, as a page
    if method == "POST":
        codes |= {400, 409, 422, 429}
    if method in ("POST", "PUT", "PATCH") and path.startswith(_FILE_LIMITED):
        codes.add(413)
    return codes


def document(app: FastAPI) -> dict[str, Any]:
    """The app's OpenAPI document, built once."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
    )
    schema.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    for path, methods, route in _operations(app):
        for method in methods:
            operation = schema["paths"].get(path, {}).get(method.lower())
            if operation is None:
                continue
            responses = operation.setdefault("responses", {})
            for code in _codes(route, path, method):
                responses.setdefault(str(code), {"description": _DESCRIPTIONS[code]})
            for code, answer in responses.items():
                if code.startswith("4"):
                    answer["content"] = {PROBLEM_JSON: {"schema": _REF}}
                    if _is_page(route):  # a page tells a person, as a page
                        answer["content"]["text/html"] = {"schema": {"type": "string"}}
    schemas = schema["components"]["schemas"]
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    app.openapi_schema = schema
    return schema


def install(app: FastAPI) -> None:
    app.openapi = lambda: document(app)  # type: ignore[method-assign]
