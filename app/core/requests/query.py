"""What the My requests list asks the service for: kind, status and type filters, the text
search (the service's ``q``) and the sort the user chose, kept in the settings between runs.

The service pages newest activity first; another sort is applied to the rows loaded, so the
list loads every page when it is chosen (a customer has tens of requests, not thousands).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

# The list's columns, in order; the sort keys are these names.
COLUMNS = ("number", "type", "product", "status", "created_at", "updated_at")
DEFAULT_SORT = "updated_at"
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
    def service_order(self) -> bool:
        """The order the service pages in: no need to load everything to sort."""
        return self.sort == DEFAULT_SORT and self.descending

    def params(self) -> dict[str, str]:
        """The query parameters of ``GET /requests`` (paging aside)."""
        found = {"kind": self.kind, "status": self.status, "type": self.type, "q": self.q.strip()}
        return {k: v for k, v in found.items() if v}

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


def sort_key(column: str, item: dict[str, Any], titles: dict[str, str]) -> tuple[Any, ...]:
    """How one row sorts by ``column``: numbers by their digits, times by ISO text, types by
    the title shown; ties keep the newest activity first."""
    if column == "product":
        product = item.get("product") or {}
        value: Any = str(product.get("name", "") if isinstance(product, dict) else product).lower()
    elif column == "type":
        code = str(item.get("type", ""))
        value = titles.get(code, code).lower()
    elif column == "number":
        number = str(item.get("number", ""))
        digits = "".join(ch for ch in number if ch.isdigit())
        value = (number.rstrip("0123456789-"), int(digits) if digits else 0)
    else:
        value = str(item.get(column, ""))
    return (value, str(item.get("updated_at", "")), int(item.get("id", 0)))
