"""Replaying a customer's step trail (H3), Qt-free: the stored trail as a timeline of
moments, and what the wizard showed at each one — the step, every field's value as typed
so far (a field the trail records only as "changed" shows as masked), and the messages.

Only what the trail holds is shown: an older client's trail without a version, language
or values says so (``gaps``) instead of being guessed at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.wizard.fields import BY_NAME, label

MASK = "••••••"
STEP_TITLES = {1: "Request type", 2: "Account", 3: "Details", 4: "System", 5: "Review"}


@dataclass(frozen=True)
class Moment:
    at: float  # seconds since the wizard opened
    kind: str  # step | value | message
    step: int
    text: str  # one line for the timeline


@dataclass
class Frame:
    """The wizard as the customer saw it after a moment."""

    step: int = 0
    title: str = ""
    values: dict[str, str] = field(default_factory=dict)  # label -> value (or MASK)
    messages: list[tuple[str, str]] = field(default_factory=list)  # (level, text) on this step


@dataclass(frozen=True)
class Replay:
    moments: tuple[Moment, ...]
    entries: tuple[dict[str, Any], ...]
    client_version: str
    language: str
    gaps: tuple[str, ...]

    def frame(self, index: int) -> Frame:
        """The wizard after the ``index``-th moment (0-based)."""
        frame = Frame()
        for entry in self.entries[: index + 1]:
            step = int(entry.get("step", 0) or 0)
            kind = entry.get("kind")
            if kind == "step":
                frame.step, frame.messages = step, []
                frame.title = str(entry.get("title") or STEP_TITLES.get(step, ""))
            elif kind == "value":
                name = str(entry.get("field", ""))
                frame.values[label(name)] = _shown(entry)
            elif kind == "message":
                frame.messages.append((str(entry.get("level", "info")), str(entry.get("text", ""))))
        return frame


def _shown(entry: dict[str, Any]) -> str:
    if entry.get("redacted") or "value" not in entry:
        return MASK
    value = entry.get("value")
    return "" if value is None else str(value)


def build(trail: dict[str, Any] | None) -> Replay:
    if not trail:
        return Replay(
            (),
            (),
            "",
            "",
            ("This request has no step trail (filed without the wizard or by an older client).",),
        )
    entries = tuple(e for e in trail.get("entries") or [] if isinstance(e, dict))
    moments = []
    for e in entries:
        step = int(e.get("step", 0) or 0)
        kind = str(e.get("kind", ""))
        if kind == "step":
            text = f"Step {step}: {e.get('title') or STEP_TITLES.get(step, '')}"
        elif kind == "value":
            name = str(e.get("field", ""))
            text = f"{label(name)} = {_shown(e)}"
        elif kind == "message":
            text = f"Shown: {e.get('text', '')}"
        else:
            text = kind
        moments.append(Moment(at=float(e.get("t", 0) or 0), kind=kind, step=step, text=text))
    gaps = []
    version, language = str(trail.get("client_version", "")), str(trail.get("language", ""))
    if not version:
        gaps.append("The trail does not say which client version the customer used.")
    if not language:
        gaps.append("The trail does not say the language of the customer's application.")
    if trail.get("truncated"):
        gaps.append("The trail was too long; its oldest steps were left out when it was sent.")
    if not any(m.kind == "message" for m in moments):
        gaps.append("The trail records no message shown to the customer.")
    unknown = {str(e.get("field")) for e in entries if e.get("kind") == "value"} - set(BY_NAME)
    if unknown:
        gaps.append("Fields this version does not know: " + ", ".join(sorted(unknown)) + ".")
    return Replay(tuple(moments), entries, version, language, tuple(gaps))
