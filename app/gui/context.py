"""What every window and dialog is handed: the settings, the one worker pool, the error
channel, the service connection and the session — each its own object; this one only
creates them and saves the settings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject

from app.core.settings import Settings
from app.gui.collector import MainThreadCollector
from app.gui.connection import ServiceConnection
from app.gui.feedback import Feedback
from app.gui.session import Session
from app.gui.tasks import Task, TaskRunner


class AppContext(QObject):
    def __init__(
        self,
        settings: Settings,
        *,
        server_url: str | None = None,
        keyring_backend: Any = None,
        embedded_args: Sequence[str] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.collector = MainThreadCollector(self)
        self.tasks = TaskRunner(self)
        self.feedback = Feedback(self)
        self.connection = ServiceConnection(
            settings,
            self.tasks,
            self.feedback,
            server_url=server_url,
            keyring_backend=keyring_backend,
            embedded_args=embedded_args,
            save_settings=self.save_settings,
            parent=self,
        )
        self.session = Session(
            self.connection, settings, self.feedback, save_settings=self.save_settings, parent=self
        )

    def save_settings(self) -> Task:
        """Write a snapshot of the settings on a worker (the GUI goes on changing them)."""
        snapshot = replace(self.settings, extra=dict(self.settings.extra))
        return self.tasks.run(snapshot.save, name="save settings")

    def shutdown(self) -> None:
        """At quit: the connection stops; the local service is given a few seconds to exit
        (the event loop runs meanwhile) and the workers a few more to finish."""
        embedded = self.connection.embedded
        self.connection.shutdown()
        if embedded is not None:
            embedded.wait_stopped()
        self.tasks.wait(3000)
        self.collector.stop()
