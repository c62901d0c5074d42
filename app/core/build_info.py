"""Which build is running: the version, and the commit and date it was built from — shown
in About and sent in the step trail, so a support expert knows exactly what the customer
ran.

``scripts/build.sh`` writes ``app/_build.json`` into the frozen build. A source checkout has
no such file and asks git, once, when first needed (never at start-up); an installed wheel
without either says "unknown" rather than guess.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app import __version__

STAMP = Path(__file__).resolve().parent.parent / "_build.json"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class BuildInfo:
    version: str
    commit: str  # short hash, with "+changes" for a checkout with uncommitted work
    built: str  # ISO date of the build; for a checkout, the commit's date

    @property
    def line(self) -> str:
        return f"{self.version} ({self.commit}, {self.built})"


def _git(root: Path, *args: str) -> str:
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, timeout=5, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip()


def _from_git(root: Path) -> tuple[str, str]:
    commit = _git(root, "rev-parse", "--short=10", "HEAD")
    if not commit:
        return UNKNOWN, UNKNOWN
    if _git(root, "status", "--porcelain", "--untracked-files=no"):
        commit += "+changes"
    return commit, _git(root, "log", "-1", "--format=%cs") or UNKNOWN


@cache
def current() -> BuildInfo:
    try:
        stamp = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stamp = None
    if isinstance(stamp, dict):
        return BuildInfo(
            __version__, str(stamp.get("commit") or UNKNOWN), str(stamp.get("built") or UNKNOWN)
        )
    root = STAMP.parent.parent
    commit, built = _from_git(root) if (root / ".git").exists() else (UNKNOWN, UNKNOWN)
    return BuildInfo(__version__, commit, built)
