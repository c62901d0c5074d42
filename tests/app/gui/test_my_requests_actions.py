"""Acting on a request from its window (R3, R6): close, reopen, follow-up and "Did this
help?" reach the service; a reply with a large file goes on after a cut connection; a reply
written with the service stopped is sent once after it starts; export writes HTML and PDF
that hold the conversation; a personal-cabinet://requests/<number> link opens the request."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.wizard import transfer as transfer_module
from app.gui.wizard.transfers import DONE, OFFLINE
from server.db.models import SupportRequest
from tests.app.conftest import ServiceFactory
from tests.app.gui.conftest import WAIT_MS, Launch
from tests.app.gui.requests_support import Scene, service_process, staff_reply, staff_status
from tests.support.live_service import LiveService

SMALL_CHUNK = 256 * 1024


def _stored(svc: LiveService, request_id: int) -> SupportRequest:
    assert svc.state is not None
    with svc.state.db.read() as db:
        found = db.get(SupportRequest, request_id)
        assert found is not None
        db.expunge(found)
        return found


def test_rate_reopen_close_and_follow_up_reach_the_service(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = make_service()
    scene = Scene(qtbot, launch, svc)
    staff_reply(scene.staff, scene.request_id, "Reinstall the driver, then scan again.")
    staff_status(scene.staff, scene.request_id, "open", "resolved")
    request = scene.open_request()
    qtbot.waitUntil(lambda: request.rating.isVisibleTo(request), timeout=WAIT_MS)
    assert request.reopen_button.isVisibleTo(request)
    assert not request.follow_up_button.isVisibleTo(request)

    request.rating_comment.setText("Worked after the reinstall.")
    request.helped_button.click()
    qtbot.waitUntil(lambda: _stored(svc, scene.request_id).rating == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not request.rating.isVisibleTo(request), timeout=WAIT_MS)
    assert "helped" in request.rated_label.text()

    request.reopen_button.click()
    qtbot.waitUntil(lambda: _stored(svc, scene.request_id).status == "open", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not request.reopen_button.isVisibleTo(request), timeout=WAIT_MS)

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    request.close_button.click()
    qtbot.waitUntil(lambda: _stored(svc, scene.request_id).status == "closed", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: request.follow_up_button.isVisibleTo(request), timeout=WAIT_MS)
    assert not request.reply.send_button.isEnabled()

    request.follow_up("The freeze came back after the update.")
    windows = scene.window.request_windows
    qtbot.waitUntil(lambda: len(windows) == 2, timeout=WAIT_MS)
    new_id = next(k for k in windows if k != scene.request_id)
    follow = _stored(svc, new_id)
    assert follow.description.startswith(f"Follow-up to request {scene.filed['number']}.")
    assert "came back" in follow.description and follow.product_id == scene.product
    assert follow.follow_up_of_id == scene.request_id

    # The details link both ways, and a link opens the other request.
    number = str(scene.filed["number"])
    new_window = windows[new_id]
    qtbot.waitUntil(lambda: new_window.conversation is not None, timeout=WAIT_MS)
    back = new_window.findChild(QLabel, "request_links")
    assert back is not None and number in back.text()
    request.close()
    qtbot.waitUntil(lambda: scene.request_id not in scene.window.request_windows, timeout=WAIT_MS)
    back.linkActivated.emit(number)
    qtbot.waitUntil(lambda: scene.request_id in scene.window.request_windows, timeout=WAIT_MS)
    old = scene.window.request_windows[scene.request_id]
    qtbot.waitUntil(lambda: old.conversation is not None, timeout=WAIT_MS)
    ahead = old.findChild(QLabel, "request_links")
    assert ahead is not None and new_window.conversation.detail["number"] in ahead.text()


def test_a_reply_written_with_the_service_stopped_is_sent_once_after_it_starts(
    qtbot: QtBot, launch: Launch, tmp_path: Path
) -> None:
    proc, accounts = service_process(tmp_path / "service")
    try:
        scene = Scene(qtbot, launch, None, url=proc.url, accounts=accounts)
        request = scene.open_request()
        ctx = scene.window.ctx
        assert proc.proc is not None
        proc.proc.kill()
        proc.proc.wait()
        ctx.connection.check_health()
        qtbot.waitUntil(lambda: ctx.connection.reachable is False, timeout=WAIT_MS)
        attached = tmp_path / "trace.log"
        attached.write_bytes(b"trace line\n" * 500)
        request.reply.add_files([attached])
        body = "Here is the trace you asked for."
        request.reply.text.setPlainText(body)
        request.reply.send_button.click()
        outbox = scene.window.reply_outbox
        qtbot.waitUntil(lambda: len(outbox.outbox.pending()) == 1, timeout=WAIT_MS)
        assert "kept" in request.reply.status.text()
        assert request.reply.body() == ""

        proc.start()
        ctx.connection.check_health()
        qtbot.waitUntil(lambda: not outbox.outbox.pending(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: body in request.browser.toPlainText(), timeout=WAIT_MS)
        ctx.connection.check_health()  # a second flush chance: nothing is sent twice
        qtbot.wait(1500)
        scene.customer.signin()
        messages = scene.customer.get(f"/requests/{scene.request_id}/messages").json()
        sent = [m for m in messages if m["body"] == body]
        assert len(sent) == 1
        assert [a["filename"] for a in sent[0]["attachments"]] == ["trace.log"]
        assert request.browser.toPlainText().count(body) == 1
    finally:
        proc.stop()


def test_a_large_file_in_a_reply_goes_on_after_a_cut_connection(
    qtbot: QtBot,
    launch: Launch,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(transfer_module, "CHUNK_SIZE", SMALL_CHUNK)
    proc, accounts = service_process(tmp_path / "service")
    try:
        scene = Scene(qtbot, launch, None, url=proc.url, accounts=accounts)
        request = scene.open_request()
        big = tmp_path / "memory.dmp"
        big.write_bytes(bytes(range(256)) * (48 * SMALL_CHUNK // 256) + b"tail")
        request.reply.add_files([big])
        ref = request.reply.refs[0]
        transfer = request.reply.transfers.get(ref)
        assert transfer is not None and transfer.resumable
        qtbot.waitUntil(lambda: transfer.done >= 6 * SMALL_CHUNK, timeout=WAIT_MS)
        assert proc.proc is not None
        proc.proc.kill()  # the connection is cut mid-file
        proc.proc.wait()
        qtbot.waitUntil(lambda: transfer.state == OFFLINE, timeout=WAIT_MS)
        proc.start()
        scene.window.ctx.connection.check_health()
        qtbot.waitUntil(lambda: transfer.state == DONE, timeout=60_000)
        assert transfer.resumed_from > 0  # went on, not from zero
        request.reply.text.setPlainText("The memory dump.")
        request.reply.send_button.click()
        qtbot.waitUntil(
            lambda: "The memory dump." in request.browser.toPlainText(), timeout=WAIT_MS
        )
        scene.customer.signin()
        messages = scene.customer.get(f"/requests/{scene.request_id}/messages").json()
        (att,) = messages[-1]["attachments"]
        assert att["sha256"] == hashlib.sha256(big.read_bytes()).hexdigest()
    finally:
        proc.stop()


def test_export_writes_html_and_pdf_with_the_conversation(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory, tmp_path: Path
) -> None:
    scene = Scene(qtbot, launch, make_service())
    staff_reply(scene.staff, scene.request_id, "Please send us <the log> & a screenshot.")
    request = scene.open_request()
    qtbot.waitUntil(lambda: request.shown_messages == 1, timeout=WAIT_MS)
    html_path = request.export_html(tmp_path / "request.html")
    pdf_path = request.export_pdf(tmp_path / "request.pdf")
    assert html_path is not None and pdf_path is not None
    html = html_path.read_text(encoding="utf-8")
    assert scene.filed["number"] in html
    assert "Please send us &lt;the log&gt; &amp; a screenshot." in html
    assert "<script" not in html and "http" not in html.split("<body>", 1)[1]
    pdf = "".join(page.extract_text() for page in PdfReader(str(pdf_path)).pages)
    assert scene.filed["number"] in pdf
    assert "Please send us <the log> & a screenshot." in " ".join(pdf.split())


def test_a_mail_link_opens_the_request(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory
) -> None:
    scene = Scene(qtbot, launch, make_service())
    scene.window.handle_launch([f"personal-cabinet://requests/{scene.filed['number']}"])
    windows = scene.window.request_windows
    qtbot.waitUntil(lambda: scene.request_id in windows, timeout=WAIT_MS)


def test_attachments_download_into_the_chosen_folder_unopened(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory, tmp_path: Path
) -> None:
    from tests.support.support_requests import upload

    scene = Scene(qtbot, launch, make_service())
    content = b"screenshot bytes " * 1000
    staff_file = upload(scene.staff, content=content, filename="fix-steps.png")
    staff_reply(scene.staff, scene.request_id, "See the picture.", attachment_ids=[staff_file])
    request = scene.open_request()
    qtbot.waitUntil(lambda: request.files_tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    item = request.files_tree.topLevelItem(0)
    assert item is not None and item.text(0) == "fix-steps.png"
    assert item.text(2) == "Technical Support"
    assert item.text(3) == hashlib.sha256(content).hexdigest()
    folder = tmp_path / "chosen"
    with qtbot.waitSignal(request.downloads.finished, timeout=WAIT_MS) as done:
        request.download([staff_file], str(folder))
    saved = Path(done.args[1])
    assert saved.parent == folder and saved.read_bytes() == content
    assert "not opened" in request.download_label.text()
