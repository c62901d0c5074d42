"""The body of ``POST /api/v1/requests/support``, built from the wizard state alone.

Keys are in sorted order, nested ones too, because the service recognises a retry by its
Idempotency-Key *and* the exact bytes of its body: the outbox stores the body as JSON with
sorted keys and sends it again after a restart, so the first send must already look like
that or a retry of a request whose answer was lost would be refused as a different one.
"""

from __future__ import annotations

from typing import Any

from app.core.wizard.state import AccountMode, WizardState


def canonical(value: Any) -> Any:
    """``value`` with every mapping's keys in sorted order (what the outbox will store)."""
    if isinstance(value, dict):
        return {key: canonical(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [canonical(item) for item in value]
    return value


def support_request_payload(state: WizardState, trail: dict[str, Any] | None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": state.request_type,
        "product_id": state.product_id,
        "product_version": state.product_version.strip(),
        "os": state.os_name.strip(),
        "description": state.description.strip(),
        "email": state.email.strip(),
        "country": state.country,
        "city": state.city.strip(),
        "company": state.company.strip(),
        "attachment_ids": [a.attachment_id for a in state.attachments if a.attachment_id],
        "sysinfo_attachment_id": state.sysinfo.attachment_id if state.sysinfo else None,
        "trail": trail,
    }
    if state.account_mode == AccountMode.SKIP:
        body["captcha_id"] = state.captcha_id
        body["captcha_answer"] = state.captcha_answer
    return canonical(body)
