"""What the staff queue asks the service for: a saved view, filters, search and the sort.

A saved view (``VIEWS``) is the service's ``view``; the filters narrow it further. Every
column sorts on the service (``SERVICE_SORT``): priority high > normal > low, assignee by
name with the unassigned first ascending, response by the moment the answer is due with the
requests nobody waits on last.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.text import QT_TRANSLATE_NOOP

VIEWS = ("unassigned", "mine", "waiting", "overdue", "all")
VIEW_TITLES = {
    "unassigned": QT_TRANSLATE_NOOP("QueuePage", "Unassigned and open"),
    "mine": QT_TRANSLATE_NOOP("QueuePage", "Mine"),
    "waiting": QT_TRANSLATE_NOOP("QueuePage", "Waiting for the customer"),
    "overdue": QT_TRANSLATE_NOOP("QueuePage", "Overdue"),
    "all": QT_TRANSLATE_NOOP("QueuePage", "All requests"),
}
COLUMNS = ("number", "type", "product", "status", "priority", "assignee", "due", "updated_at")
DEFAULT_SORT = "updated_at"
SERVICE_SORT = {
    "number": "number",
    "type": "type",
    "product": "product",
    "status": "status",
    "priority": "priority",
    "assignee": "assignee",
    "due": "response",
    "updated_at": "updated",
}


@dataclass(frozen=True)
class QueueQuery:
    view: str = "unassigned"
    status: str = ""
    type: str = ""
    kind: str = ""
    product_id: int | None = None
    priority: str = ""
    assignee: str = ""  # "me", "none" or a staff id
    q: str = ""
    sort: str = DEFAULT_SORT
    descending: bool = True

    @property
    def newest_first(self) -> bool:
        return self.sort == DEFAULT_SORT and self.descending

    def sortable(self, column: str) -> bool:
        return column in SERVICE_SORT

    def params(self) -> dict[str, Any]:
        """Keyword arguments of ``StaffApi.queue`` (paging aside)."""
        found: dict[str, Any] = {
            "view": self.view,
            "status": [self.status] if self.status else [],
            "type": [self.type] if self.type else [],
            "kind": [self.kind] if self.kind else [],
            "product_id": self.product_id,
            "priority": self.priority or None,
            "assignee_id": self.assignee or None,
            "q": self.q.strip(),
            "sort": ("-" if self.descending else "") + SERVICE_SORT.get(self.sort, "updated"),
        }
        return found

    def matches(self, item: dict[str, Any], *, me: int | None) -> bool | None:
        """Whether a live change belongs in this view as far as the row tells; None when
        only the service can say (a search, the overdue view): shown on the next reload."""
        if self.q.strip() or self.view == "overdue":
            return None
        done = str(item.get("status", "")) in DONE
        if self.view == "mine" and (item.get("assignee_id") != me or done):
            return False
        if self.view == "unassigned" and (item.get("assignee_id") is not None or done):
            return False
        if self.view == "waiting" and item.get("status") != "waiting_for_customer":
            return False
        for name, wanted in (
            ("status", self.status),
            ("type", self.type),
            ("kind", self.kind),
            ("priority", self.priority),
        ):
            if wanted and item.get(name) != wanted:
                return False
        product = item.get("product") or {}
        return not (self.product_id and product.get("id") != self.product_id)


DONE = frozenset(
    {"resolved", "closed", "verdict_malicious", "verdict_clean", "verdict_false_positive"}
)
