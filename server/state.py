"""What every route and service call shares: settings, the database and the mailer."""

from __future__ import annotations

from dataclasses import dataclass

from server.config import Settings
from server.db.session import Database
from server.services.mail import Mailer


@dataclass
class ServiceState:
    settings: Settings
    db: Database
    mailer: Mailer

    def link(self, path: str) -> str:
        """An absolute link for a mail; ``path`` starts with '/'."""
        return self.settings.public_url.rstrip("/") + path
