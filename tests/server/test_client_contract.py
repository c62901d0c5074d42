"""The client's typed models (``app/api/models.py``) match the service's OpenAPI document.

Every key a client TypedDict declares must be in the matching schema, required there when
the client requires it, with a type the client can hold: the server may be narrower (an
enum where the client reads a string), never wider (a null or a value the client's
Literal does not allow).
"""

from __future__ import annotations

import types
import typing
from pathlib import Path
from typing import Any, Literal, NotRequired, Union, get_args, get_origin, is_typeddict

import pytest

from app.api import models
from server.app import create_app
from server.config import Settings

# client TypedDict -> the schema(s) of the answers it is read from
ANSWERS: dict[type, tuple[str, ...]] = {
    models.Registered: ("LegacyRegistered",),
    models.Profile: ("Me",),
    models.TotpEnrolment: ("TotpEnrolment",),
    models.Product: ("ProductOut",),
    models.RequestType: ("RequestTypeOut",),
    models.RequestTypes: ("RequestTypesOut",),
    models.Country: ("CountryOut",),
    models.Catalog: ("CatalogOut",),
    models.ProductRef: ("ProductRef",),
    models.License: ("LicenseAdded",),
    models.Device: ("DeviceOut",),
    models.Attachment: ("AttachmentPublic", "AttachmentMeta"),
    models.RequestProduct: ("RequestProduct",),
    models.RequestSummary: ("RequestSummary",),
    models.MyRequestSummary: ("MyRequestSummary",),
    models.StatusEntry: ("StatusEntry",),
    models.RequestDetail: ("RequestDetail",),
    models.Message: ("MessageOut",),
    models.QueueItem: ("QueueItem",),
    models.StaffAttachment: ("StaffAttachment",),
    models.StaffMessage: ("StaffMessage",),
    models.Requester: ("Requester",),
    models.StaffRequestDetail: ("StaffRequestDetail",),
    models.Member: ("Member",),
    models.Present: ("Present",),
    models.CannedReply: ("CannedReplyOut",),
}
# client TypedDict -> the request body it is sent as
BODIES: dict[type, str] = {models.ProfileChanges: "ProfilePatch"}

JSON_TYPES = {str: "string", int: "integer", bool: "boolean", float: "number"}


@pytest.fixture(scope="module")
def schemas(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    data_dir: Path = tmp_path_factory.mktemp("contract")
    document = create_app(Settings(data_dir=data_dir)).openapi()
    found: dict[str, Any] = document["components"]["schemas"]
    return found


def _resolve(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _alternatives(schema: dict[str, Any], schemas: dict[str, Any]) -> list[dict[str, Any]]:
    schema = _resolve(schema, schemas)
    if "anyOf" in schema:
        return [alt for option in schema["anyOf"] for alt in _alternatives(option, schemas)]
    return [schema]


def _client_alternatives(hint: Any) -> list[Any]:
    if get_origin(hint) is NotRequired:
        hint = get_args(hint)[0]
    if get_origin(hint) in (Union, types.UnionType):
        return list(get_args(hint))
    return [hint]


def _holds(hint: Any, schema: dict[str, Any], schemas: dict[str, Any], where: str) -> list[str]:
    """What the server may send for ``schema`` that the client's ``hint`` cannot hold."""
    client = _client_alternatives(hint)
    problems: list[str] = []
    for server in _alternatives(schema, schemas):
        kind = server.get("type")
        if kind == "null":
            if type(None) not in client:
                problems.append(f"{where}: the service may send null")
            continue
        if not any(_compatible(c, server, schemas, where, problems) for c in client):
            problems.append(f"{where}: client {hint!r} cannot hold {server}")
    return problems


def _compatible(
    hint: Any, server: dict[str, Any], schemas: dict[str, Any], where: str, problems: list[str]
) -> bool:
    kind = server.get("type")
    if get_origin(hint) is Literal:
        allowed = set(get_args(hint))
        return "enum" in server and set(server["enum"]) <= allowed
    if is_typeddict(hint):
        if kind != "object" or "properties" not in server:
            return False
        problems.extend(_match(hint, server, schemas, where))
        return True
    if get_origin(hint) is list:
        if kind != "array":
            return False
        (item,) = get_args(hint)
        problems.extend(_holds(item, server.get("items", {}), schemas, f"{where}[]"))
        return True
    if get_origin(hint) is dict or hint is Any:
        return kind == "object" or hint is Any
    return JSON_TYPES.get(hint) == kind


def _required(model: Any) -> set[str]:
    """The keys the client requires. Not ``__required_keys__``: under postponed annotations
    (``from __future__ import annotations``) it misses ``NotRequired``."""
    hints = typing.get_type_hints(model, include_extras=True)
    if not getattr(model, "__total__", True):
        return set()
    return {key for key, hint in hints.items() if get_origin(hint) is not NotRequired}


def _match(
    model: Any,
    schema: dict[str, Any],
    schemas: dict[str, Any],
    where: str,
    only: set[str] | None = None,
) -> list[str]:
    hints = typing.get_type_hints(model, include_extras=True)
    needed = _required(model)
    props: dict[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", ()))
    problems: list[str] = []
    for key, hint in hints.items():
        if only is not None and key not in only:
            continue
        if key not in props:
            problems.append(f"{where}.{key}: not in the service's schema")
            continue
        if key in needed and key not in required:
            problems.append(f"{where}.{key}: the client requires it, the service may omit it")
        problems.extend(_holds(hint, props[key], schemas, f"{where}.{key}"))
    return problems


@pytest.mark.parametrize("model", list(ANSWERS), ids=lambda m: m.__name__)
def test_client_model_matches_the_answers_schema(model: Any, schemas: dict[str, Any]) -> None:
    names = ANSWERS[model]
    hints = typing.get_type_hints(model, include_extras=True)
    needed = _required(model)
    problems: list[str] = []
    for key in set(hints) - needed:
        # A key the client may miss needs only be in one of the answers it reads.
        if not any(key in schemas[n].get("properties", {}) for n in names):
            problems.append(f"{model.__name__}.{key}: in none of {names}")
    for name in names:
        schema = schemas[name]
        only = needed | set(schema.get("properties", {}))
        problems += _match(model, schema, schemas, f"{model.__name__}~{name}", only)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("model", list(BODIES), ids=lambda m: m.__name__)
def test_client_request_body_matches_the_schema(model: Any, schemas: dict[str, Any]) -> None:
    props = schemas[BODIES[model]]["properties"]
    missing = [key for key in typing.get_type_hints(model) if key not in props]
    assert not missing, f"{model.__name__}: the service does not take {missing}"
