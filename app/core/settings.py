"""The user's settings: one dataclass, saved atomically as JSON in the config folder.

A settings file that cannot be read never stops the application: it is renamed aside (so
nothing is lost and it can be inspected) and the defaults are used. Unknown keys are
dropped and a value of the wrong type falls back to that field's default, so files written
by an older or newer version still load.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from app.core import atomic, paths

log = logging.getLogger(__name__)

# P1: the interface languages; "" follows the system.
LANGUAGES = ("en", "ru", "de", "pl", "fr", "es")
THEMES = ("system", "light", "dark")


@dataclass
class Settings:
    # Base URL of a remote service ("https://host[:port]"); "" starts the embedded one.
    server_url: str = ""
    language: str = ""
    theme: str = "system"
    # A7: when true the refresh token of the last sign-in is kept in the OS keyring.
    remember_me: bool = False
    # The login (e-mail or Customer ID) shown prefilled in the sign-in dialog.
    last_login: str = ""
    # Qt's saveGeometry()/saveState() as base64 text; opaque here.
    window_geometry: str = ""
    window_state: str = ""
    notifications: bool = True
    # Last Event-ID seen on the event stream, so the client resumes after a restart.
    last_event_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def embedded(self) -> bool:
        return not self.server_url.strip()

    def with_changes(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        defaults = cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            value, default = data[f.name], getattr(defaults, f.name)
            if isinstance(value, type(default)) and not (
                isinstance(value, bool) and not isinstance(default, bool)
            ):
                values[f.name] = value
            else:
                log.warning("settings: ignoring %s of type %s", f.name, type(value).__name__)
        settings = cls(**values)
        if settings.language not in ("", *LANGUAGES):
            settings.language = ""
        if settings.theme not in THEMES:
            settings.theme = "system"
        return settings

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """The saved settings, or the defaults when there are none or they are unreadable."""
        path = path or paths.settings_file()
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls()
        except OSError as exc:
            log.warning("settings: cannot read %s (%s); using defaults", path, exc)
            return cls()
        import json  # not on a first start, which has no file yet: off the way to the window

        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            aside = set_aside(path)
            log.warning("settings: %s is corrupt (%s); moved to %s", path, exc, aside)
            return cls()
        return cls.from_dict(data)

    def save(self, path: Path | None = None) -> None:
        atomic.write_json(path or paths.settings_file(), self.to_dict())


def set_aside(path: Path) -> Path:
    """Rename an unreadable file to ``<name>.corrupt-<time>`` and return the new path."""
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    n = 1
    while aside.exists():
        aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}-{n}")
        n += 1
    os.replace(path, aside)
    return aside
