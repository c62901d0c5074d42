"""``StaffApi``: the helpdesk's routes (``/staff/...``), typed; reached as ``client.staff``.

For a customer's account every one of them answers 404 (``errors.NotFound``), as if it did
not exist. Blocking calls, like the rest of ``app.api``: the GUI runs them on its workers.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from app.api.models import (
    CannedReply,
    Member,
    Page,
    Present,
    QueueItem,
    StaffMessage,
    StaffRequestDetail,
)
from app.api.transport import new_idempotency_key

if TYPE_CHECKING:
    from app.api.transport import Transport

VIEWS = ("all", "mine", "unassigned", "waiting", "overdue")


class StaffApi:
    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    def _json(self, method: str, path: str, **kw: Any) -> Any:
        response = self.transport.request(method, path, **kw)
        if response.status_code == 204 or not response.content:
            return None
        return response.json()

    def queue(
        self,
        *,
        view: str = "all",
        cursor: str | None = None,
        limit: int = 50,
        status: Iterable[str] = (),
        type: Iterable[str] = (),
        kind: Iterable[str] = (),
        product_id: int | None = None,
        priority: str | None = None,
        assignee_id: str | None = None,
        q: str = "",
        sort: str | None = None,
    ) -> Page[QueueItem]:
        """One page of a saved view (``VIEWS``) narrowed by filters; ``assignee_id`` is
        ``"me"``, ``"none"`` or a staff id; a cursor only goes with its sort."""
        params: dict[str, Any] = {
            k: v
            for k, v in {
                "view": view,
                "cursor": cursor,
                "limit": limit,
                "status": list(status),
                "type": list(type),
                "kind": list(kind),
                "product_id": product_id,
                "priority": priority,
                "assignee_id": assignee_id,
                "q": q,
                "sort": sort,
            }.items()
            if v not in (None, "", [])
        }
        data = self._json("GET", "/staff/requests", params=params)
        return Page(items=list(data.get("items", [])), next_cursor=data.get("next_cursor"))

    def request(self, request_id: int, *, mark_read: bool = True) -> StaffRequestDetail:
        """The request as staff see it; fetching it reads it for me (no longer bold in my
        queue) unless ``mark_read`` is false, as for a queue line a live event refreshes."""
        params = None if mark_read else {"mark_read": "false"}
        return cast(
            StaffRequestDetail,
            self._json("GET", f"/staff/requests/{request_id}", params=params),
        )

    def assign(self, request_id: int, assignee_id: int | None) -> StaffRequestDetail:
        return cast(
            StaffRequestDetail,
            self._json(
                "POST",
                f"/staff/requests/{request_id}/assign",
                json={"assignee_id": assignee_id},
            ),
        )

    def set_status(self, request_id: int, status: str) -> StaffRequestDetail:
        """Raises ``errors.Conflict`` (code ``invalid_transition``, the service's reason as
        its message) for a move the state table does not allow."""
        return cast(
            StaffRequestDetail,
            self._json("POST", f"/staff/requests/{request_id}/status", json={"status": status}),
        )

    def set_priority(self, request_id: int, priority: str) -> StaffRequestDetail:
        return cast(
            StaffRequestDetail,
            self._json(
                "POST", f"/staff/requests/{request_id}/priority", json={"priority": priority}
            ),
        )

    def post(
        self,
        request_id: int,
        body: str,
        *,
        internal: bool,
        attachment_ids: Iterable[int] = (),
        idempotency_key: str | None = None,
    ) -> StaffMessage:
        """A reply to the customer, or (``internal``) a note only staff see."""
        return cast(
            StaffMessage,
            self._json(
                "POST",
                f"/staff/requests/{request_id}/messages",
                json={"body": body, "internal": internal, "attachment_ids": list(attachment_ids)},
                idempotency_key=idempotency_key or new_idempotency_key(),
            ),
        )

    def members(self) -> list[Member]:
        return cast(list[Member], self._json("GET", "/staff/members"))

    def here(self, request_id: int, *, typing: bool = False) -> list[Present]:
        """I have the request open (renew every few seconds); who else has."""
        return cast(
            list[Present],
            self._json(
                "PUT",
                f"/staff/requests/{request_id}/presence",
                json={"typing": typing},
                retries=0,
            ),
        )

    def leave(self, request_id: int) -> None:
        self._json("DELETE", f"/staff/requests/{request_id}/presence", retries=0)

    def canned_replies(self) -> list[CannedReply]:
        return cast(list[CannedReply], self._json("GET", "/staff/canned-replies"))

    def add_canned_reply(self, title: str, body: str) -> CannedReply:
        return cast(
            CannedReply,
            self._json(
                "POST",
                "/staff/canned-replies",
                json={"title": title, "body": body},
                idempotency_key=new_idempotency_key(),
            ),
        )

    def edit_canned_reply(self, reply_id: int, title: str, body: str) -> CannedReply:
        return cast(
            CannedReply,
            self._json(
                "PUT", f"/staff/canned-replies/{reply_id}", json={"title": title, "body": body}
            ),
        )

    def remove_canned_reply(self, reply_id: int) -> None:
        self._json("DELETE", f"/staff/canned-replies/{reply_id}")
