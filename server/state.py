"""What every route and service call shares: settings, the database (with the clock) and the
mailer (and, per worker process, the running digests of uploads being received)."""

from __future__ import annotations

from dataclasses import dataclass, field

from server.clock import Clock
from server.config import Settings
from server.db.session import Database
from server.services.mail import Mailer
from server.services.upload_digests import RunningDigests


@dataclass
class ServiceState:
    settings: Settings
    db: Database
    mailer: Mailer
    upload_digests: RunningDigests = field(default_factory=RunningDigests)

    @property
    def clock(self) -> Clock:
        """The service's "now" (``server/clock.py``); its sessions carry the same one."""
        return self.db.clock

    def link(self, path: str) -> str:
        """An absolute link for a mail; ``path`` starts with '/'."""
        return self.settings.public_url.rstrip("/") + path
