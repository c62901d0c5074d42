"""One reader of the service's event stream (R4), on a thread of its own: it resumes after
the last event id kept in the settings (after a restart of the application, and — inside
``EventStream`` — after the network or the service comes back), hands each new event to
the GUI thread once, and keeps the navigation's unread count current."""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.api.models import Event
from app.core.requests.event_cursor import SETTINGS_KEY, EventCursor
from app.gui.context import AppContext
from app.gui.lifetime import follow

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 1000  # settings are written at most this often while events pour in


class LiveEvents(QObject):
    received = Signal(object)  # Event, new, on the GUI thread
    unread_changed = Signal(int)
    _arrived = Signal(object)  # emitted on the reader thread
    _ended = Signal(object, object)  # (stream, error or None), emitted on the reader thread

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cursor: EventCursor | None = None
        self.stream: Any = None
        self.unread = 0
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save)
        self._arrived.connect(self._on_arrived)
        self._ended.connect(self._on_ended)
        follow(ctx.session.signed_in_changed, self._signed_in_changed)
        follow(ctx.connection.service_changed, self._service_changed)
        follow(ctx.connection.client_ready, self._client_ready)
        follow(ctx.session.profile_changed, self._profile_changed)

    # -- starting and stopping --------------------------------------------------------------

    @property
    def owner(self) -> str:
        customer = (
            str(self.ctx.session.account.get("customer_id", ""))
            if self.ctx.session.signed_in
            else ""
        )
        return f"{self.ctx.connection.service_url} {customer}" if customer else ""

    def start(self) -> None:
        client = self.ctx.connection.client
        if self.stream is not None or client is None or not self.ctx.session.signed_in:
            return
        owner = self.owner
        if not owner:
            return
        settings = self.ctx.settings
        self.cursor = EventCursor.resume(
            owner, str(settings.extra.get(SETTINGS_KEY, "")), settings.last_event_id
        )
        stream = client.events(last_event_id=self.cursor.last_event_id)
        self.stream = stream
        threading.Thread(
            target=self._read, args=(stream,), name="event stream", daemon=True
        ).start()
        self.refresh_unread()

    def stop(self) -> None:
        stream, self.stream = self.stream, None
        if stream is not None:
            stream.close()
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._save()

    def _read(self, stream: Any) -> None:
        try:
            for event in stream:
                self._arrived.emit((stream, event))
        except Exception as exc:
            self._ended.emit(stream, exc)
            return
        self._ended.emit(stream, None)

    @Slot(bool)
    def _signed_in_changed(self, signed_in: bool) -> None:
        self.stop()
        if signed_in:
            self.start()
        else:
            self.unread = 0
            self.unread_changed.emit(0)

    @Slot()
    def _service_changed(self) -> None:
        self.stop()

    @Slot()
    def _client_ready(self) -> None:
        self.start()

    @Slot(object)
    def _profile_changed(self, _profile: Any) -> None:
        self.start()  # the Customer ID the cursor belongs to is known now

    # -- events, on the GUI thread ----------------------------------------------------------

    @Slot(object)
    def _on_arrived(self, pair: tuple[Any, Event]) -> None:
        stream, event = pair
        if stream is not self.stream or self.cursor is None:
            return  # an old stream's last words
        if event.id and not self.cursor.accept(event.id):
            return
        self._save_timer.start()
        self.received.emit(event)
        if event.kind in ("request.message", "request.status", "request.created"):
            self.refresh_unread()

    @Slot(object, object)
    def _on_ended(self, stream: Any, error: BaseException | None) -> None:
        if stream is not self.stream:
            return
        self.stream = None
        if error is not None:
            log.info("event stream ended: %s", type(error).__name__)
            from app.api import errors

            if isinstance(error, errors.Unauthorized):
                return  # the sign-in is over; the next call of the client says so
        if self.ctx.session.signed_in:
            QTimer.singleShot(2000, self.start)

    def _save(self) -> None:
        if self.cursor is None:
            return
        settings = self.ctx.settings
        settings.last_event_id = str(self.cursor.last_id) if self.cursor.last_id else ""
        settings.extra[SETTINGS_KEY] = self.cursor.owner
        self.ctx.save_settings()

    # -- the unread count -------------------------------------------------------------------

    def refresh_unread(self) -> None:
        if not self.ctx.session.signed_in or self.ctx.session.is_staff:
            return  # staff hear the whole helpdesk's events; their own requests' count waits
        self.ctx.connection.call(
            lambda client: client.list_requests(limit=1).counts,
            on_done=self._unread_known,
            owner=self,
            name="unread count",
        )

    def _unread_known(self, counts: Any) -> None:
        unread = int(((counts or {}).get("unread") or {}).get("all", 0))
        if unread != self.unread:
            self.unread = unread
        self.unread_changed.emit(unread)
