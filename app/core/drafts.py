"""Wizard drafts (W6): saved atomically on every change, offered back after a crash or quit.

A draft holds the wizard state without secrets and the step trail so far. A file that
cannot be read is moved aside (never deleted) and otherwise ignored.
"""

from __future__ import annotations

import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core import atomic
from app.core.wizard.state import WizardState
from app.core.wizard.trail import StepTrail

DRAFT_FORMAT = "pc-draft/1"


@dataclass
class Draft:
    state: WizardState
    trail: StepTrail | None
    saved_at: float


class DraftStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, draft_id: str) -> Path:
        return self.folder / f"draft-{draft_id}.json"

    @staticmethod
    def snapshot(state: WizardState, trail: StepTrail | None = None) -> dict[str, Any]:
        """The draft document, taken where the state lives (the GUI thread) so that
        ``write`` can run on a worker while the user goes on typing."""
        return {
            "format": DRAFT_FORMAT,
            "saved_at": time.time(),
            "draft_id": state.draft_id,
            "state": state.to_dict(with_secrets=False),
            "trail": trail.to_dict() if trail else None,
        }

    def write(self, doc: dict[str, Any]) -> None:
        atomic.write_json(self._path(str(doc["draft_id"])), doc)

    def save(self, state: WizardState, trail: StepTrail | None = None) -> None:
        self.write(self.snapshot(state, trail))

    def discard(self, draft_id: str) -> None:
        self._path(draft_id).unlink(missing_ok=True)

    def load(self, path: Path) -> Draft | None:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            if doc.get("format") != DRAFT_FORMAT:
                raise ValueError(f"unknown draft format {doc.get('format')!r}")
            trail = doc.get("trail")
            return Draft(
                state=WizardState.from_dict(doc["state"]),
                trail=StepTrail.from_dict(trail) if isinstance(trail, dict) else None,
                saved_at=float(doc.get("saved_at", 0)),
            )
        except (OSError, ValueError, KeyError, TypeError):
            path.replace(path.with_suffix(".unreadable"))
            return None

    def all(self) -> list[Draft]:
        """Every readable draft, newest first."""
        drafts = [d for p in sorted(self.folder.glob("draft-*.json")) if (d := self.load(p))]
        return sorted(drafts, key=lambda d: d.saved_at, reverse=True)

    def latest(self) -> Draft | None:
        drafts = self.all()
        return drafts[0] if drafts else None


def anonymous_token(folder: Path) -> str:
    """This profile's anonymous identity (``X-Anonymous-Token``), kept across restarts.

    Files uploaded without an account belong to the token that uploaded them; a draft
    resumed after a restart (or a resumed upload) must file its request with the same token
    or the service will not let it claim them. Kept in its own owner-only file, never in a
    draft: it is a credential for those files.
    """
    path = folder / "anonymous-token"
    try:
        token = path.read_text(encoding="ascii").strip()
        if len(token) >= 32:
            return token
    except (OSError, ValueError):
        pass
    token = secrets.token_urlsafe(32)
    atomic.write_text(path, token)
    if os.name == "posix":
        os.chmod(path, 0o600)
    return token
