"""The step trail (H3): what the customer saw and did, so staff can replay it.

Values are recorded only for fields the table marks ``recorded`` (``fields.FIELDS``); every
other change is recorded as "changed" without its value, so a password or captcha can never
leak into a trail even when a new field is added without thought for it.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

from app.core.wizard.fields import RECORDED_VALUES

TRAIL_FORMAT = "pc-trail/1"

_MAX_VALUE = 4000
_MAX_ENTRIES = 2000
# The service refuses trails over 256 KB; the request must never fail for its trail.
MAX_BYTES = 200_000
_SHORT_VALUE = 200


@dataclass
class StepTrail:
    client_version: str
    language: str
    entries: list[dict[str, Any]] = field(default_factory=list)
    started: float = field(default_factory=time.time)
    client_build: str = ""  # "commit, date" of the build (``build_info``)

    def _add(self, kind: str, **data: Any) -> None:
        if len(self.entries) >= _MAX_ENTRIES:
            return
        self.entries.append({"t": round(time.time() - self.started, 3), "kind": kind, **data})

    def step_shown(self, step: int, title: str) -> None:
        self._add("step", step=step, title=title)

    def value_changed(self, step: int, name: str, value: Any) -> None:
        if name in RECORDED_VALUES:
            shown = value if isinstance(value, int | float | bool | type(None)) else str(value)
            if isinstance(shown, str) and len(shown) > _MAX_VALUE:
                shown = shown[:_MAX_VALUE] + "…"
            self._add("value", step=step, field=name, value=shown)
        else:
            self._add("value", step=step, field=name, redacted=True)

    def message_shown(self, step: int, text: str, *, level: str = "info") -> None:
        self._add("message", step=step, level=level, text=text[:_MAX_VALUE])

    def to_dict(self, *, max_bytes: int = MAX_BYTES) -> dict[str, Any]:
        """The trail as sent. Over ``max_bytes``, the older entries' long values are shortened
        first (the last value of each field stays whole), then the oldest entries go."""
        entries = [dict(e) for e in self.entries]
        doc = {
            "format": TRAIL_FORMAT,
            "client_version": self.client_version,
            "client_build": self.client_build,
            "language": self.language,
            "started_at": round(self.started, 3),
            "entries": entries,
        }
        if _size(doc) <= max_bytes:
            return doc
        last_of_field = {e.get("field"): i for i, e in enumerate(entries) if "field" in e}
        for i, entry in enumerate(entries):
            for key in ("value", "text"):
                value = entry.get(key)
                if (
                    isinstance(value, str)
                    and len(value) > _SHORT_VALUE
                    and last_of_field.get(entry.get("field")) != i
                ):
                    entry[key] = value[:_SHORT_VALUE] + "…"
        while _size(doc) > max_bytes and len(entries) > 1:
            del entries[0]
            doc["truncated"] = True
        return doc

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StepTrail:
        trail = cls(
            client_version=str(data.get("client_version", "")),
            client_build=str(data.get("client_build", "")),
            language=str(data.get("language", "")),
            entries=[e for e in data.get("entries", []) if isinstance(e, dict)],
        )
        trail.started = float(data.get("started_at", trail.started))
        return trail


def _size(doc: dict[str, Any]) -> int:
    return len(json.dumps(doc, ensure_ascii=False).encode("utf-8"))
