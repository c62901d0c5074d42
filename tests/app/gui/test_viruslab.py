"""The Virus Lab form against the real service (V1–V4): an EICAR sample packed, sent and
stored as a zip that opens only with "infected" and holds the very bytes whose SHA-256 the
form showed, with no plain copy left on this side; a request without an account needs the
captcha and gets the lower priority; a false positive needs its detection name; a large
sample goes on after the service is cut; the product's link prefills the form; the draft
comes back after a restart."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import pyzipper
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.api.client import ApiClient
from app.core import paths
from app.core.wizard import transfer as transfer_module
from app.gui.pages.viruslab import ViruslabPage
from server.app import build_state
from server.config import Settings
from server.db.models import Attachment, SupportRequest, Upload
from server.services import storage
from tests.app.conftest import new_account
from tests.app.gui.conftest import WAIT_MS, Launch, click, close, sign_in
from tests.app.gui.requests_support import service_process
from tests.support.live_service import LiveService

EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


def open_form(qtbot: QtBot, running: Any) -> ViruslabPage:
    running.window.show_page("viruslab")
    page = running.window.page("viruslab")
    assert isinstance(page, ViruslabPage)
    qtbot.waitUntil(lambda: page.product.count() > 1, timeout=WAIT_MS)
    return page


def fill(qtbot: QtBot, page: ViruslabPage, kind: str, *, email: str = "") -> None:
    # click() as Space or a click on its label does: the radio spans the whole row
    (page.false_positive if kind == "false_positive" else page.malware).click()
    page.product.setCurrentIndex(1)
    page.description.setPlainText("It came in a mail; the product says nothing about it.")
    if email:
        page.email.clear()
        qtbot.keyClicks(page.email, email)


def add(qtbot: QtBot, page: ViruslabPage, *files: Path) -> None:
    before = page.samples.topLevelItemCount()
    page.add_files(list(files))
    qtbot.waitUntil(
        lambda: page.samples.topLevelItemCount() == before + len(files), timeout=WAIT_MS
    )


def sent(qtbot: QtBot, page: ViruslabPage, timeout: int = WAIT_MS) -> str:
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.done.isVisible(), timeout=timeout)
    return page.number.text()


def stored(settings: Settings, db: Any, number: str) -> tuple[SupportRequest, list[bytes]]:
    request = db.scalar(select(SupportRequest).where(SupportRequest.number == number))
    assert request is not None, number
    archives = []
    for att in db.scalars(select(Attachment).where(Attachment.request_id == request.id)):
        assert att.purpose == "sample"
        with storage.for_settings(settings).open(att.storage_key) as stream:
            archives.append(stream.read())
    db.expunge_all()
    return request, archives


def _holding(folder: Path, needle: bytes) -> Iterator[Path]:
    for path in folder.rglob("*"):
        if path.is_file() and needle in path.read_bytes():
            yield path


def test_an_eicar_false_positive_is_packed_sent_and_opens_only_with_infected(
    qtbot: QtBot, launch: Launch, _shared_services: Any, tmp_path: Path
) -> None:
    started = time.time()
    svc: LiveService = _shared_services("sqlite")
    account = new_account(svc)
    running = launch(server_url=svc.url)
    sign_in(qtbot, running, account)
    page = open_form(qtbot, running)
    assert page.email.text() == account.email  # the account's address, to change if need be
    assert "lower priority" not in page.account_label.text()
    fill(qtbot, page, "false_positive")
    sample = tmp_path / "samples" / "eicar.com"
    sample.parent.mkdir()
    sample.write_bytes(EICAR)
    add(qtbot, page, sample)
    shown = page.samples.topLevelItem(0).text(2)
    assert shown == hashlib.sha256(EICAR).hexdigest()

    click(qtbot, page.send_button)  # no detection name yet
    error = page.findChild(type(page.message), "detection_nameError")
    assert error is not None and error.isVisible() and "detects the file" in error.text()
    assert not page.done.isVisible()
    qtbot.keyClicks(page.detection, "EICAR-Test-File")
    number = sent(qtbot, page)
    assert number.startswith("VL-")
    assert page.open_button.isVisible()

    assert svc.state is not None
    with svc.state.db.read() as db:
        request, (archive,) = stored(svc.state.settings, db, number)
    assert request.kind == "viruslab" and request.type == "false_positive"
    assert request.detection_name == "EICAR-Test-File" and request.priority == "normal"
    assert request.samples == [{"name": "eicar.com", "size": len(EICAR), "sha256": shown}]
    assert EICAR not in archive
    with pyzipper.AESZipFile(io.BytesIO(archive)) as zf:
        zf.setpassword(b"infected")
        assert zf.read("eicar.com") == EICAR
    with pyzipper.AESZipFile(io.BytesIO(archive)) as zf:
        zf.setpassword(b"not-infected")
        with pytest.raises(RuntimeError):
            zf.read("eicar.com")

    # No plain copy on this side: not in the profile (data, cache, config, logs, outbox,
    # drafts), and no new file in the temporary folder.
    home = Path(os.environ[paths.HOME_ENV])
    assert list(_holding(home, EICAR)) == []
    fresh = [
        p
        for p in Path(tempfile.gettempdir()).iterdir()
        if p.is_file() and p.stat().st_mtime >= started
    ]
    assert [p for p in fresh if EICAR in p.read_bytes()] == []
    assert not list(paths.outbox_dir().glob("*/samples.zip"))  # sent: the archive is gone

    # ... and it is in My requests: received, then analysed, and the verdict said plainly.
    staff = new_account(svc, role="staff")
    api = ApiClient(svc.url)
    api.signin(staff.email, staff.password)
    try:
        api.staff.set_status(request.id, "analyzing")
        api.staff.set_status(request.id, "verdict_false_positive")
    finally:
        api.close()
    click(qtbot, page.open_button)
    qtbot.waitUntil(lambda: _details(number) is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "False positive confirmed" in (_details(number) or ""), timeout=WAIT_MS)
    text = _details(number) or ""
    assert "[Verdict]" in text and "EICAR-Test-File" in text and shown in text


def _details(number: str) -> str | None:
    """The details pane of the request window showing ``number``, as text."""
    from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

    from app.gui.requests.request_window import RequestWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RequestWindow) and widget.isVisible():
            form = widget.details_form
            labels = [
                w.text()
                for row in range(form.rowCount())
                if (item := form.itemAt(row, QFormLayout.ItemRole.FieldRole)) is not None
                and isinstance(w := item.widget(), QLabel)
            ]
            if number in labels:
                return "\n".join(labels)
    return None


def test_without_an_account_the_captcha_is_needed_and_the_priority_is_lower(
    qtbot: QtBot, launch: Launch, _shared_services: Any, tmp_path: Path
) -> None:
    svc: LiveService = _shared_services("sqlite")
    running = launch(server_url=svc.url)
    page = open_form(qtbot, running)
    assert "lower priority" in page.account_label.text()
    qtbot.waitUntil(lambda: bool(page.captcha.captcha_id), timeout=WAIT_MS)
    fill(qtbot, page, "malware", email="someone@example.com")
    sample = tmp_path / "dropper.exe"
    sample.write_bytes(b"MZ" + os.urandom(4096))
    add(qtbot, page, sample)
    click(qtbot, page.send_button)
    assert "characters from the picture" in page.message.text()
    assert not page.done.isVisible()
    # A wrong answer: refused, a new picture, and the archive packed for it is gone (the
    # corrected request goes under a new key).
    first_key, first_captcha = page.form.idempotency_key, page.captcha.captcha_id
    page.captcha.answer.setText("WRONG1")
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: page.captcha.captcha_id not in ("", first_captcha), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.send_button.isEnabled(), timeout=WAIT_MS)
    assert page.message.isVisible() and not page.done.isVisible()
    assert page.form.idempotency_key != first_key
    qtbot.waitUntil(lambda: not (paths.outbox_dir() / first_key).exists(), timeout=WAIT_MS)
    page.captcha.answer.setText(svc.captchas[page.captcha.captcha_id])
    number = sent(qtbot, page)
    assert not page.open_button.isVisible()  # no account, so no My requests
    assert svc.state is not None
    with svc.state.db.read() as db:
        request, (archive,) = stored(svc.state.settings, db, number)
    assert request.owner_id is None and request.priority == "low"
    assert request.email == "someone@example.com" and request.status == "received"
    with pyzipper.AESZipFile(io.BytesIO(archive)) as zf:
        zf.setpassword(b"infected")
        assert zf.read("dropper.exe") == sample.read_bytes()


def test_the_products_link_prefills_the_form_and_the_draft_outlives_a_restart(
    qtbot: QtBot, launch: Launch, _shared_services: Any, tmp_path: Path
) -> None:
    svc: LiveService = _shared_services("sqlite")
    link = (
        "personal-cabinet://viruslab?type=false_positive&product=home-antivirus&version=21.3.10.391"
    )
    running = launch([link], server_url=svc.url)
    qtbot.waitUntil(lambda: running.window.current_page == "viruslab", timeout=WAIT_MS)
    page = open_form(qtbot, running)
    qtbot.waitUntil(lambda: page.product.currentData() is not None, timeout=WAIT_MS)
    assert page.false_positive.isChecked() and page.detection.isVisible()
    assert page.product.currentText() == "Home Antivirus"
    assert page.version.text() == "21.3.10.391"
    assert "Filled in from your product's link" in page.launch_note.text()
    qtbot.keyClicks(page.detection, "Trojan.Demo")
    sample = tmp_path / "tool.exe"
    sample.write_bytes(b"a clean tool")
    add(qtbot, page, sample)
    qtbot.waitUntil(lambda: (paths.drafts_dir() / "viruslab.json").exists(), timeout=WAIT_MS)
    qtbot.wait(400)  # the draft is written a moment after the last change
    close(running)

    again = launch(server_url=svc.url)
    page = open_form(qtbot, again)
    assert page.false_positive.isChecked() and page.detection.text() == "Trojan.Demo"
    assert page.product.currentText() == "Home Antivirus"
    assert page.samples.topLevelItem(0).text(0) == "tool.exe"
    click(qtbot, page.clear_button)
    assert page.samples.topLevelItemCount() == 0 and not page.false_positive.isChecked()
    qtbot.wait(400)
    assert not (paths.drafts_dir() / "viruslab.json").exists()


def test_a_sample_that_went_to_quarantine_is_named_and_nothing_is_sent(
    qtbot: QtBot, launch: Launch, _shared_services: Any, tmp_path: Path
) -> None:
    svc: LiveService = _shared_services("sqlite")
    account = new_account(svc)
    running = launch(server_url=svc.url)
    sign_in(qtbot, running, account)
    page = open_form(qtbot, running)
    fill(qtbot, page, "malware")
    sample = tmp_path / "suspect.exe"
    sample.write_bytes(b"MZ suspect")
    add(qtbot, page, sample)
    sample.unlink()  # as a security product does when it quarantines the file
    click(qtbot, page.send_button)
    qtbot.waitUntil(lambda: "quarantine" in page.message.text(), timeout=WAIT_MS)
    assert not page.done.isVisible() and page.send_button.isEnabled()


SMALL_CHUNK = 1024 * 1024


def test_a_50_mb_sample_goes_on_after_the_service_is_cut(
    qtbot: QtBot, launch: Launch, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transfer_module, "CHUNK_SIZE", SMALL_CHUNK)
    folder = tmp_path / "service"
    proc, (customer, _staff, _product) = service_process(folder)
    try:
        running = launch(server_url=proc.url)
        sign_in(qtbot, running, customer)
        page = open_form(qtbot, running)
        fill(qtbot, page, "malware")
        sample = tmp_path / "big.bin"
        with open(sample, "wb") as fh:
            for _ in range(50):
                fh.write(os.urandom(1024 * 1024))  # random: the archive stays 50 MB
        add(qtbot, page, sample)
        click(qtbot, page.send_button)
        qtbot.waitUntil(lambda: "Sending the archive… 1" in page.phase.text(), timeout=60_000)
        assert proc.proc is not None
        proc.proc.kill()  # the connection is cut mid-archive
        proc.proc.wait()
        qtbot.waitUntil(lambda: page.done.isVisible(), timeout=WAIT_MS)
        assert page.number.text() == "Waiting to be sent"
        (queued,) = list(paths.outbox_dir().glob("*/entry.json"))
        proc.start()
        running.ctx.connection.check_health()
        outbox = running.window.wizards.outbox
        qtbot.waitUntil(lambda: any(e.status == "sent" for e in outbox.entries), timeout=120_000)
        (entry,) = outbox.entries
        assert entry.number.startswith("VL-") and entry.key == queued.parent.name
        state = build_state(Settings(data_dir=folder))
        try:
            with state.db.read() as db:
                # one upload, taken up again where the cut left it, not a second from zero
                (upload,) = db.scalars(select(Upload))
                assert upload.attachment_id is not None
                request, (archive,) = stored(state.settings, db, entry.number)
        finally:
            state.db.dispose()
        with pyzipper.AESZipFile(io.BytesIO(archive)) as zf:
            zf.setpassword(b"infected")
            got = hashlib.sha256(zf.read("big.bin")).hexdigest()
        assert got == hashlib.sha256(sample.read_bytes()).hexdigest()
        assert request.samples[0]["sha256"] == got
    finally:
        proc.stop()


def test_signing_in_and_out_with_the_form_open_switches_account_and_captcha(
    qtbot: QtBot, launch: Launch, _shared_services: Any, tmp_path: Path
) -> None:
    from app.gui.crash import CrashHandler

    svc: LiveService = _shared_services("sqlite")
    account = new_account(svc)
    running = launch(server_url=svc.url)
    crashes = CrashHandler(lambda: running.window)
    page = open_form(qtbot, running)
    fill(qtbot, page, "malware")
    for _ in range(2):
        qtbot.waitUntil(lambda: page.captcha.isVisibleTo(page), timeout=WAIT_MS)
        assert "lower priority" in page.account_label.text()
        sign_in(qtbot, running, account)
        qtbot.waitUntil(lambda: not page.captcha.isVisibleTo(page), timeout=WAIT_MS)
        assert page.email.text() == account.email
        running.window.show_page("requests")
        running.window.show_page("viruslab")
        running.window.sign_out()
        qtbot.waitUntil(lambda: not running.ctx.session.signed_in, timeout=WAIT_MS)
    assert page.description.toPlainText().startswith("It came in a mail")  # nothing lost
    assert crashes.last_report is None
    assert not list(paths.crash_reports_dir().glob("crash-*.txt"))
