"""Where the event stream resumes: the id of the last event handled, kept in the settings
with the account and service it belongs to, so a restart (or another sign-in) neither
replays what was shown nor skips what happened meanwhile."""

from __future__ import annotations

from dataclasses import dataclass

SETTINGS_KEY = "event_cursor_owner"  # settings.extra: whose ``last_event_id`` it is


@dataclass
class EventCursor:
    owner: str  # "<service URL> <Customer ID>"
    last_id: int = 0

    @classmethod
    def resume(cls, owner: str, saved_owner: str, saved_id: str) -> EventCursor:
        """The saved position when it is this owner's; else start from now (0 = none)."""
        if saved_owner == owner and saved_id.strip().isdigit():
            return cls(owner, int(saved_id))
        return cls(owner)

    @property
    def last_event_id(self) -> str | None:
        """What to send as ``Last-Event-ID``; None starts from the newest event."""
        return str(self.last_id) if self.last_id else None

    def accept(self, event_id: str) -> bool:
        """Whether an event is new (ids only grow); a new one moves the cursor."""
        try:
            value = int(event_id)
        except ValueError:
            return True  # an event without an id cannot be a repeat we know of
        if value <= self.last_id:
            return False
        self.last_id = value
        return True
