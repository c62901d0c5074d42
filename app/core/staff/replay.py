"""Replaying a customer's step trail (H3), Qt-free: the stored trail as a timeline of
moments, and what the wizard showed at each one — the step, every field's value as typed
so far (a field the trail records only as "changed" shows as masked), and the messages.

Only what the trail holds is shown: an older client's trail without a version, language
or values says so (``gaps``) instead of being guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any

from app.core.text import QT_TRANSLATE_NOOP
from app.core.wizard.fields import BY_NAME, label
from app.core.wizard.state import AttachmentRef, Step, SysinfoRef, WizardState

MASK = "••••••"
STEP_TITLES = {
    1: QT_TRANSLATE_NOOP("Replay", "Request type"),
    2: QT_TRANSLATE_NOOP("Replay", "Account"),
    3: QT_TRANSLATE_NOOP("Replay", "Details"),
    4: QT_TRANSLATE_NOOP("Replay", "System"),
    5: QT_TRANSLATE_NOOP("Replay", "Review"),
}
ACCOUNT_MODES = {
    "signed_in": QT_TRANSLATE_NOOP("Replay", "signed in"),
    "credentials": QT_TRANSLATE_NOOP(
        "Replay", "signing in with Customer ID or e-mail and password"
    ),
    "skip": QT_TRANSLATE_NOOP("Replay", "without an account"),
}


@dataclass(frozen=True)
class Moment:
    at: float  # seconds since the wizard opened
    kind: str  # step | value | message
    step: int
    text: str  # one line for the timeline
    field: str = ""  # a value's field, so a window may name a product or country instead
    value: Any = None


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
    client_build: str = ""

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

    def state(self, index: int) -> WizardState:
        """The wizard's state after the ``index``-th moment, for the wizard itself to show:
        values as the trail holds them, a field recorded only as "changed" as ``MASK``, the
        files by name and size (the trail never holds their paths)."""
        state = WizardState()
        for entry in self.entries[: index + 1]:
            kind = entry.get("kind")
            if kind == "step":
                try:
                    state.step = Step(int(entry.get("step", 0) or 0))
                except ValueError:
                    continue
            elif kind == "value":
                _put(state, str(entry.get("field", "")), entry)
        return state


# The table's fields that the state holds as text (the rest have their own shapes above).
_TEXT_FIELDS = frozenset(f.name for f in fields(WizardState) if f.type == "str") & set(BY_NAME)
_FILE = re.compile(r"(?P<name>.*?) \((?P<size>\d+) bytes\)(?:, |$)")


def _files(text: str) -> list[tuple[str, int]]:
    return [(m["name"], int(m["size"])) for m in _FILE.finditer(text) if m["name"]]


def _put(state: WizardState, name: str, entry: dict[str, Any]) -> None:
    """One "value" entry of the trail into the state (unknown fields are left out)."""
    masked = entry.get("redacted") or "value" not in entry
    value = entry.get("value")
    if name == "product_id":
        state.product_id = value if isinstance(value, int) and not masked else None
    elif name == "attachments":
        state.attachments = [
            AttachmentRef(path="", name=n, size=size) for n, size in _files(str(value or ""))
        ]
    elif name == "sysinfo":
        found = _files(str(value or ""))
        state.sysinfo = (
            SysinfoRef(path=found[0][0], generated=False, size=found[0][1]) if found else None
        )
    elif name in _TEXT_FIELDS:
        setattr(state, name, MASK if masked else ("" if value is None else str(value)))


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
            (
                QT_TRANSLATE_NOOP(
                    "Replay",
                    "This request has no step trail (filed without the wizard or by an older "
                    "client).",
                ),
            ),
        )
    entries = tuple(e for e in trail.get("entries") or [] if isinstance(e, dict))
    moments = []
    for e in entries:
        step = int(e.get("step", 0) or 0)
        kind = str(e.get("kind", ""))
        text: str
        if kind == "step":
            title = str(e.get("title") or "")
            text = QT_TRANSLATE_NOOP("Replay", "Step {step}: {title}").format(
                step=step, title=title or STEP_TITLES.get(step, "")
            )
        elif kind == "value":
            name = str(e.get("field", ""))
            shown = _shown(e)
            if name == "account_mode":
                shown = ACCOUNT_MODES.get(shown, shown)
            text = QT_TRANSLATE_NOOP("Replay", "{field} = {value}").format(
                field=label(name), value=shown
            )
        elif kind == "message":
            text = QT_TRANSLATE_NOOP("Replay", "Shown: {text}").format(text=str(e.get("text", "")))
        else:
            text = kind
        moments.append(
            Moment(
                at=float(e.get("t", 0) or 0),
                kind=kind,
                step=step,
                text=text,
                field=str(e.get("field", "")) if kind == "value" else "",
                value=e.get("value"),
            )
        )
    gaps = []
    version, language = str(trail.get("client_version", "")), str(trail.get("language", ""))
    if not version:
        gaps.append(
            QT_TRANSLATE_NOOP(
                "Replay", "The trail does not say which client version the customer used."
            )
        )
    if not language:
        gaps.append(
            QT_TRANSLATE_NOOP(
                "Replay", "The trail does not say the language of the customer's application."
            )
        )
    if trail.get("truncated"):
        gaps.append(
            QT_TRANSLATE_NOOP(
                "Replay",
                "The trail was too long; its oldest steps were left out when it was sent.",
            )
        )
    if not any(m.kind == "message" for m in moments):
        gaps.append(
            QT_TRANSLATE_NOOP("Replay", "The trail records no message shown to the customer.")
        )
    unknown = {str(e.get("field")) for e in entries if e.get("kind") == "value"} - set(BY_NAME)
    if unknown:
        gaps.append(
            QT_TRANSLATE_NOOP("Replay", "Fields this version does not know: {fields}.").format(
                fields=", ".join(sorted(unknown))
            )
        )
    build = str(trail.get("client_build", ""))
    return Replay(
        tuple(moments), entries, version, language, tuple(gaps), f"({build})" if build else ""
    )
