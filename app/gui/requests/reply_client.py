"""The reply outbox's way to the service."""

from __future__ import annotations

from typing import Any

from app.core.wizard.transfer import ClientOutbox


class ReplyClient(ClientOutbox):
    """The wizard's outbox transport (same uploads, same error sorting), plus replies."""

    def post_reply(
        self, request_id: int, payload: dict[str, Any], idempotency_key: str
    ) -> dict[str, Any]:
        return dict(
            self._call(
                lambda: self.client.post_message(
                    request_id,
                    str(payload.get("body", "")),
                    list(payload.get("attachment_ids") or []),
                    idempotency_key=idempotency_key,
                )
            )
        )
