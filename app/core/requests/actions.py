"""What the customer may do with a request in its current state (R3), as the service's
rules allow it, so the window offers only what will succeed: reply until it is closed;
close until it is closed; reopen a resolved support request within the reopen window, and
past it (or once closed) start a follow-up request that quotes the old number; rate once
there is an answer and it is not rated yet."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from app.core.requests.conversation import moment

# The service's ``request_states.ANSWERED``: a support answer or a Virus Lab verdict.
ANSWERED = frozenset(
    {"resolved", "closed", "verdict_malicious", "verdict_clean", "verdict_false_positive"}
)


def available(detail: dict[str, Any], now: datetime | None = None) -> frozenset[str]:
    now = now or datetime.now(UTC)
    status = str(detail.get("status", ""))
    support = detail.get("kind") == "support"
    found: set[str] = set()
    if status != "closed":
        found.update({"reply", "close"})
    until = detail.get("reopen_until")
    if support and status == "resolved" and until and moment(str(until)) > now:
        found.add("reopen")
    elif support and status in ("resolved", "closed"):
        found.add("follow_up")
    if status in ANSWERED and detail.get("helped") is None:
        found.add("rate")
    return frozenset(found)


def follow_up_payload(detail: dict[str, Any], text: str) -> dict[str, Any]:
    """A new support request like the old one, linked to it by ``follow_up_of`` (its
    description quotes the old number too, for whoever reads it by mail)."""
    product = detail.get("product") or {}
    body = f"Follow-up to request {detail.get('number', '')}.\n\n{text.strip()}"
    payload: dict[str, Any] = {
        "type": detail.get("type", ""),
        "product_id": product.get("id") if isinstance(product, dict) else None,
        "product_version": detail.get("product_version", ""),
        "os": detail.get("os", ""),
        "description": body,
        "email": detail.get("email") or None,
        "country": detail.get("country", ""),
        "city": detail.get("city", ""),
        "company": detail.get("company", ""),
        "follow_up_of": detail.get("number", ""),
    }
    return {k: v for k, v in payload.items() if v not in (None, "")} | {"description": body}
