"""My requests, live (R2, R4): a staff reply posted through the service's staff routes
appears in the list and in the open request without a refresh and raises a notification;
an internal note never reaches the customer's window; the stream resumes after the service
restarts without losing or repeating an event; opening a request marks it read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.core.requests.event_cursor import SETTINGS_KEY
from server.db.models import SupportRequest
from tests.app.conftest import ServiceFactory
from tests.app.gui.conftest import WAIT_MS, Launch
from tests.app.gui.requests_support import Scene, service_process, staff_reply


def _row(page: Any, request_id: int) -> dict[str, Any]:
    return dict(page.model.item(page.model.row_of(request_id)))


def test_staff_reply_shows_in_list_and_request_with_a_notification(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory
) -> None:
    scene = Scene(qtbot, launch, make_service())
    page = scene.open_list()
    window = scene.window
    assert _row(page, scene.request_id)["unread"] is False

    # the request is not open: the list marks it, the navigation counts it, a notification
    staff_reply(scene.staff, scene.request_id, "Please run the scan in safe mode.")
    qtbot.waitUntil(lambda: _row(page, scene.request_id).get("unread") is True, timeout=WAIT_MS)
    assert "●" in page.model.data(page.model.index(page.model.row_of(scene.request_id), 0))
    qtbot.waitUntil(lambda: window.live.unread == 1, timeout=WAIT_MS)
    nav = next(
        window.navigation.item(n)
        for n in range(window.navigation.count())
        if window.navigation.item(n).data(Qt.ItemDataRole.UserRole) == "requests"
    )
    qtbot.waitUntil(lambda: nav.text().endswith("(1)"), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(window.notifier.history), timeout=WAIT_MS)
    request_id, _title, text = window.notifier.history[-1]
    assert request_id == scene.request_id and scene.filed["number"] in text

    # clicking the notification opens the request, which marks it read
    with qtbot.waitSignal(window.notifier.open_requested, timeout=WAIT_MS):
        window.notifier._clicked()
    qtbot.waitUntil(lambda: scene.request_id in window.request_windows, timeout=WAIT_MS)
    request = window.request_windows[scene.request_id]
    qtbot.waitUntil(lambda: request.conversation is not None, timeout=WAIT_MS)
    assert "Please run the scan in safe mode." in request.browser.toPlainText()
    qtbot.waitUntil(lambda: _row(page, scene.request_id).get("unread") is False, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.live.unread == 0, timeout=WAIT_MS)
    assert scene.svc.state is not None
    with scene.svc.state.db.read() as db:
        stored = db.scalar(select(SupportRequest).where(SupportRequest.id == scene.request_id))
        assert stored is not None and stored.customer_read_at is not None

    # with the request open: an internal note never shows, the next reply does, live
    staff_reply(scene.staff, scene.request_id, "Internal: probably the driver.", internal=True)
    staff_reply(scene.staff, scene.request_id, "Which driver version do you have?")
    qtbot.waitUntil(
        lambda: "Which driver version" in request.browser.toPlainText(), timeout=WAIT_MS
    )
    assert "Internal" not in request.browser.toPlainText()
    assert "probably the driver" not in request.browser.toPlainText()
    assert request.shown_messages == 2

    # the "notifications" setting off: the list still follows, nothing pops up
    request.close()
    window.ctx.settings.notifications = False
    before = len(window.notifier.history)
    staff_reply(scene.staff, scene.request_id, "One more thing.")
    qtbot.waitUntil(lambda: _row(page, scene.request_id).get("unread") is True, timeout=WAIT_MS)
    assert len(window.notifier.history) == before


def test_stream_resumes_after_the_service_restarts_without_loss_or_repeat(
    qtbot: QtBot, launch: Launch, tmp_path: Path
) -> None:
    proc, accounts = service_process(tmp_path / "service")
    try:
        scene = Scene(qtbot, launch, None, url=proc.url, accounts=accounts)
        request = scene.open_request()
        staff_reply(scene.staff, scene.request_id, "First answer.")
        qtbot.waitUntil(lambda: request.shown_messages == 1, timeout=WAIT_MS)
        live = scene.window.live
        seen: list[str] = []
        live.received.connect(lambda event: seen.append(event.id))

        assert proc.proc is not None
        proc.proc.kill()
        proc.proc.wait()
        qtbot.waitUntil(lambda: live.stream is None or not live.stream.connected, timeout=WAIT_MS)
        proc.start()
        # posted at once: the client is still away, it must find them by resuming
        scene.staff.signin()
        for n in range(3):
            staff_reply(scene.staff, scene.request_id, f"Answer number {n + 2}.")
        qtbot.waitUntil(lambda: request.shown_messages == 4, timeout=WAIT_MS)
        text = request.browser.toPlainText()
        for n in range(2, 5):
            assert text.count(f"Answer number {n}.") == 1
        qtbot.waitUntil(lambda: len(seen) >= 3, timeout=WAIT_MS)
        qtbot.wait(500)
        assert len(seen) == len(set(seen)) == 3  # each event once
        settings = scene.window.ctx.settings
        assert settings.extra[SETTINGS_KEY].endswith(scene.account.customer_id)
        qtbot.waitUntil(lambda: settings.last_event_id == seen[-1], timeout=WAIT_MS)
    finally:
        proc.stop()
