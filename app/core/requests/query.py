"""What the My requests list asks the service for: kind, status and type filters, the text
search (the service's ``q``) and the sort the user chose, kept in the settings between runs.

The service sorts and pages by any list column (its ``sort``), so a sort reloads from the
first page and scrolls on with the service's cursors like the default order does.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

# The list's columns, in order; the sort keys are these names.
COLUMNS = ("number", "type", "product", "status", "created_at", "updated_at")
DEFAULT_SORT = "updated_at"
# The list's column -> the service's ``sort`` name (``-`` first for descending).
SERVICE_SORT = {
    "number": "number",
    "type": "type",
    "product": "product",
    "status": "status",
    "created_at": "created",
    "updated_at": "updated",
}
KINDS = ("", "support", "viruslab")  # "" is both
SETTINGS_KEY = "requests_list"


@dataclass(frozen=True)
class RequestsQuery:
    kind: str = ""
    status: str = ""
    type: str = ""
    q: str = ""
    sort: str = DEFAULT_SORT
    descending: bool = True

    @property
    def filtered(self) -> bool:
        """Whether an empty answer means "none match" rather than "none yet"."""
        return bool(self.kind or self.status or self.type or self.q.strip())

    @property
    def newest_first(self) -> bool:
        """The default order, in which a request that changes moves to the top."""
        return self.sort == DEFAULT_SORT and self.descending

    def params(self) -> dict[str, str]:
        """The query parameters of ``GET /requests`` (paging aside)."""
        found = {"kind": self.kind, "status": self.status, "type": self.type, "q": self.q.strip()}
        chosen = {k: v for k, v in found.items() if v}
        chosen["sort"] = ("-" if self.descending else "") + SERVICE_SORT[self.sort]
        return chosen

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> RequestsQuery:
        """A saved query; anything unknown or of the wrong type falls back to the default."""
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            value = data.get(f.name)
            if isinstance(value, type(getattr(defaults, f.name))):
                values[f.name] = value
        query = cls(**values)
        if query.sort not in COLUMNS:
            query = cls(**{**values, "sort": DEFAULT_SORT})
        if query.kind not in KINDS:
            query = cls(**{**query.to_dict(), "kind": ""})
        return query
