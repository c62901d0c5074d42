"""Canned replies filled in for one request: ``{name}`` is the customer's name (their
e-mail when the account has no name), ``{number}`` the request number. Any other brace
stays as written, so a reply that shows code or a path is never mangled."""

from __future__ import annotations

from typing import Any

PLACEHOLDERS = ("{name}", "{number}")


def customer_name(detail: dict[str, Any]) -> str:
    owner = detail.get("owner") or {}
    return str(owner.get("name") or owner.get("email") or detail.get("email") or "")


def fill(body: str, detail: dict[str, Any]) -> str:
    return body.replace("{name}", customer_name(detail)).replace(
        "{number}", str(detail.get("number", ""))
    )
