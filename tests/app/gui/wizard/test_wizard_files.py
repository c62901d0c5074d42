"""Files in the wizard (W3, W4): a large upload paused and resumed from the offset the
service holds, a removed one discarded on the service, files that cannot be sent with a
clear word each, and GetSystemInfo reports generated (or cancelled) and saved ones."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.api.client import ApiClient
from app.api.uploads import ResumeRecords
from app.core.wizard import transfer as transfer_module
from app.core.wizard.state import Step
from app.gui.wizard.transfers import DONE, PAUSED
from app.gui.wizard.wizard import RequestWizard
from tests.app.conftest import Account, new_account
from tests.app.gui.conftest import WAIT_MS, Launch, sign_in
from tests.app.gui.wizard.test_wizard import (
    attach,
    filed,
    fill_details,
    make_file,
    next_page,
    open_from_support_page,
    sha256,
    submit,
    wait_uploaded,
)
from tests.support.live_service import LiveService

SMALL_CHUNK = 256 * 1024


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many small parts, so that a pause lands in the middle of the file."""
    monkeypatch.setattr(transfer_module, "CHUNK_SIZE", SMALL_CHUNK)


def _on_step_3(qtbot: QtBot, launch: Launch, svc: LiveService) -> tuple[Any, Account]:
    account = new_account(svc)
    running = launch(server_url=svc.url)
    sign_in(qtbot, running, account)
    wizard = open_from_support_page(qtbot, running, type_code="application")
    next_page(qtbot, wizard, int(Step.DETAILS))
    return wizard, account


def _head_offset(svc: LiveService, account: Account, url: str) -> int:
    """What the service itself says it holds of the upload (tus HEAD)."""
    api = ApiClient(svc.url)
    api.signin(account.email, account.password)
    try:
        response = api.transport.request("HEAD", url, headers={"Tus-Resumable": "1.0.0"})
        return int(response.headers["Upload-Offset"])
    finally:
        api.close()


def test_pause_then_resume_goes_on_from_the_services_offset(
    qtbot: QtBot, launch: Launch, _shared_services: Any, tmp_path: Path, small_chunks: None
) -> None:
    svc: LiveService = _shared_services("sqlite")
    wizard, account = _on_step_3(qtbot, launch, svc)
    big = make_file(tmp_path, "memory.dmp", 48 * SMALL_CHUNK + 77)
    page = wizard.details_page
    attach(qtbot, wizard, [big])
    ref = wizard.state.attachments[0]
    transfer = wizard.transfers.get(ref)
    assert transfer is not None and transfer.resumable
    qtbot.waitUntil(lambda: transfer.done >= 4 * SMALL_CHUNK, timeout=WAIT_MS)
    page.files.tree.setCurrentItem(page.files.tree.topLevelItem(0))
    assert page.files.pause_button.isEnabled()
    page.files.pause_button.click()
    qtbot.waitUntil(lambda: transfer.task is None, timeout=WAIT_MS)
    assert (
        transfer.state == PAUSED
        and "Paused" in page.files.tree.itemWidget(page.files.tree.topLevelItem(0), 2).format()
    )
    (record,) = ResumeRecords().pending()
    held = _head_offset(svc, account, record["url"])
    assert 0 < held < big.stat().st_size
    assert held == ref.uploaded

    assert page.files.resume_button.isEnabled()
    page.files.resume_button.click()
    qtbot.waitUntil(lambda: transfer.state == DONE, timeout=60_000)
    assert transfer.resumed_from == held  # not from zero
    fill_details(qtbot, wizard, "The computer freezes; memory dump attached.")
    next_page(qtbot, wizard, int(Step.SYSTEM))
    next_page(qtbot, wizard, int(Step.REVIEW))
    submit(qtbot, wizard)
    _request, files = filed(svc, wizard.done_page.number.text())
    assert [(f.filename, f.sha256) for f in files] == [("memory.dmp", sha256(big))]


def test_a_removed_upload_is_discarded_on_the_service(
    qtbot: QtBot, launch: Launch, _shared_services: Any, tmp_path: Path, small_chunks: None
) -> None:
    svc: LiveService = _shared_services("sqlite")
    wizard, account = _on_step_3(qtbot, launch, svc)
    big = make_file(tmp_path, "trace.etl", 40 * SMALL_CHUNK)
    page = wizard.details_page
    attach(qtbot, wizard, [big])
    ref = wizard.state.attachments[0]
    transfer = wizard.transfers.get(ref)
    assert transfer is not None
    qtbot.waitUntil(lambda: transfer.done > 0, timeout=WAIT_MS)
    wizard.transfers.pause(ref)
    qtbot.waitUntil(lambda: transfer.task is None, timeout=WAIT_MS)
    (record,) = ResumeRecords().pending()
    page.files.tree.setCurrentItem(page.files.tree.topLevelItem(0))
    page.files.remove_button.click()
    assert wizard.state.attachments == [] and page.files.tree.topLevelItemCount() == 0
    qtbot.waitUntil(lambda: ResumeRecords().pending() == [], timeout=WAIT_MS)
    api = ApiClient(svc.url)
    api.signin(account.email, account.password)
    with pytest.raises(Exception, match=r"no longer exists|not yours"):
        api.transport.request("HEAD", record["url"], headers={"Tus-Resumable": "1.0.0"})
    api.close()


def test_files_that_cannot_be_sent_are_named_with_the_reason(
    qtbot: QtBot, launch: Launch, _shared_services: Any, tmp_path: Path
) -> None:
    svc: LiveService = _shared_services("sqlite")
    wizard, _account = _on_step_3(qtbot, launch, svc)
    page = wizard.details_page
    empty = tmp_path / "empty.log"
    empty.write_bytes(b"")
    huge = tmp_path / "disk.img"
    with open(huge, "wb") as fh:
        fh.truncate(5 * 1024**3)  # sparse: takes no room
    folder = tmp_path / "logs"
    folder.mkdir()
    gone = tmp_path / "gone.txt"
    ok = make_file(tmp_path, "ok.txt", 100)
    attach(qtbot, wizard, [empty, huge, folder, gone, Path("/proc/self/mem"), ok, ok])
    text = page.files.message.text()
    assert "“empty.log” is empty" in text
    assert "“disk.img” is 5 GB; files up to 4 GB" in text
    assert "“logs” is a folder" in text
    assert "“gone.txt” no longer exists" in text
    assert "“mem” cannot be read" in text
    assert "“ok.txt” is attached already" in text
    assert [a.name for a in wizard.state.attachments] == ["ok.txt"]
    wait_uploaded(qtbot, wizard)
    messages = [e["text"] for e in wizard.trail.entries if e["kind"] == "message"]
    assert any("is a folder" in m for m in messages)


def test_generate_cancel_view_and_a_saved_report(
    qtbot: QtBot, launch: Launch, _shared_services: Any, tmp_path: Path
) -> None:
    from app.sysinfo import build_report, write_report

    svc: LiveService = _shared_services("sqlite")
    wizard, _account = _on_step_3(qtbot, launch, svc)
    fill_details(qtbot, wizard, "Slow start since the last update.")
    next_page(qtbot, wizard, int(Step.SYSTEM))
    panel = wizard.system_page.sysinfo

    panel.generate()
    assert panel.cancel_button.isVisible() and panel.bar.isVisible()
    panel.cancel()
    qtbot.waitUntil(lambda: not panel.generating, timeout=WAIT_MS)
    assert wizard.state.sysinfo is None
    assert any("cancelled" in e.get("text", "") for e in wizard.trail.entries)

    not_a_report = tmp_path / "notes.zip"
    not_a_report.write_bytes(b"PK not really")
    panel.attach_saved(not_a_report)
    qtbot.waitUntil(lambda: "cannot be read as a report" in panel.status.text(), timeout=WAIT_MS)

    saved = tmp_path / "earlier-report.zip"
    write_report(build_report(), saved)
    panel.attach_saved(saved)
    qtbot.waitUntil(lambda: wizard.state.sysinfo is not None, timeout=WAIT_MS)
    assert wizard.state.sysinfo is not None and not wizard.state.sysinfo.generated
    assert "saved earlier" in panel.status.text()
    panel.view()
    qtbot.waitUntil(lambda: panel.viewer is not None and panel.viewer.isVisible(), timeout=WAIT_MS)
    assert panel.viewer.viewer.report is not None
    panel.viewer.close()
    wait_uploaded(qtbot, wizard)
    next_page(qtbot, wizard, int(Step.REVIEW))
    assert "earlier-report.zip" in wizard.review_page.summary.toPlainText()
    submit(qtbot, wizard)
    request, files = filed(svc, wizard.done_page.number.text())
    (report,) = files
    assert report.purpose == "sysinfo" and request.sysinfo_attachment_id == report.id
    assert report.sha256 == sha256(saved)


def test_draft_files_wait_for_step_3_then_go_on(
    qtbot: QtBot, launch: Launch, _shared_services: Any, tmp_path: Path, small_chunks: None
) -> None:
    """A resumed draft's unfinished upload does not start before the account is settled on
    step 2, then goes on from the service's offset."""
    from app.core import paths
    from app.core.drafts import DraftStore

    svc: LiveService = _shared_services("sqlite")
    wizard, _account = _on_step_3(qtbot, launch, svc)
    big = make_file(tmp_path, "capture.pcapng", 30 * SMALL_CHUNK)
    fill_details(qtbot, wizard, "Network drops every minute.")
    attach(qtbot, wizard, [big])
    ref = wizard.state.attachments[0]
    transfer = wizard.transfers.get(ref)
    assert transfer is not None
    qtbot.waitUntil(lambda: transfer.done >= 2 * SMALL_CHUNK, timeout=WAIT_MS)
    wizard.transfers.pause(ref)
    qtbot.waitUntil(lambda: transfer.task is None, timeout=WAIT_MS)
    held = ref.uploaded
    wizard.drafts.save_now()
    qtbot.waitUntil(
        lambda: (
            DraftStore(paths.drafts_dir()).latest() is not None
            and DraftStore(paths.drafts_dir()).latest().state.attachments[0].uploaded == held
        ),
        timeout=WAIT_MS,
    )
    window = wizard.parent()
    wizard.close_quietly()
    draft = DraftStore(paths.drafts_dir()).latest()
    assert draft is not None
    resumed: RequestWizard = window.wizards.open(draft=draft)
    # signed in all along: straight back to step 3, and the upload goes on from `held`
    assert resumed.currentId() == int(Step.DETAILS)
    again = resumed.transfers.get(resumed.state.attachments[0])
    assert again is not None
    qtbot.waitUntil(lambda: again.state == DONE, timeout=60_000)
    assert again.resumed_from == held > 0
    assert resumed.details_page.description.toPlainText() == "Network drops every minute."


def test_checking_files_and_opening_a_report_leave_the_window_responsive(
    qtbot: QtBot, launch: Launch, _shared_services: Any, tmp_path: Path
) -> None:
    """Adding a file reads it (stat, a first byte) and viewing a saved report unzips it:
    both on a worker, with the page saying it is busy; a file that takes its time to open
    does not freeze the window meanwhile."""
    from app.core.wizard.state import SysinfoRef
    from tests.app.gui.held_pipe import HeldPipe

    svc: LiveService = _shared_services("sqlite")
    wizard, _account = _on_step_3(qtbot, launch, svc)
    page = wizard.details_page
    pipe = HeldPipe(tmp_path / "pipe.log")
    try:
        page.add_files([pipe.path])
        assert not pipe.timed_out  # add_files came back without waiting for the file
        assert page.checking and not page.files.checking.isHidden()
        assert not page.files.add_button.isEnabled()
        pipe.release()
        qtbot.waitUntil(lambda: not page.checking, timeout=WAIT_MS)
    finally:
        pipe.close()
    assert "“pipe.log” is empty" in page.files.message.text()
    assert page.files.add_button.isEnabled() and wizard.state.attachments == []

    panel = wizard.system_page.sysinfo
    report = HeldPipe(tmp_path / "saved-report.zip", b"not a report")
    try:
        panel.show_ref(SysinfoRef(path=str(report.path), generated=False))
        panel.view()
        assert not report.timed_out
        assert panel.opening and not panel.view_button.isEnabled()
        assert "Opening saved-report.zip" in panel.status.text()
        report.release()
        qtbot.waitUntil(lambda: not panel.opening, timeout=WAIT_MS)
    finally:
        report.close()
    assert "cannot be read as a report" in panel.status.text()
    assert panel.viewer is None and panel.view_button.isEnabled()
