"""The body of ``POST /api/v1/requests/support``, built from the wizard state alone.

Keys are in sorted order, nested ones too, because the service recognises a retry by its
Idempotency-Key *and* the exact bytes of its body: the outbox stores the body as JSON with
sorted keys and sends it again after a restart, so the first send must already look like
that or a retry of a request whose answer was lost would be refused as a different one.
"""

from __future__ import annotations

from typing import Any

from app.core.wizard.fields import FIELDS
from app.core.wizard.state import AccountMode, WizardState


def canonical(value: Any) -> Any:
    """``value`` with every mapping's keys in sorted order (what the outbox will store)."""
    if isinstance(value, dict):
        return {key: canonical(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [canonical(item) for item in value]
    return value


def support_request_payload(state: WizardState, trail: dict[str, Any] | None) -> dict[str, Any]:
    """Every field of the table with a body key (``fields.FIELDS``), then the trail."""
    anonymous = state.account_mode == AccountMode.SKIP
    body: dict[str, Any] = {"trail": trail}
    for f in FIELDS:
        if not f.payload_key or (f.anonymous_only and not anonymous):
            continue
        value = getattr(state, f.name)
        if f.send is not None:
            value = f.send(value)
        elif isinstance(value, str):
            value = value.strip()
        body[f.payload_key] = value
    return canonical(body)
