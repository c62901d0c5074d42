"""The client killed in the middle of step 3 (a real ``python -m app`` process, SIGKILL),
then started again: the draft comes back with what was typed, and the large upload that
was cut half-way goes on from the offset the service holds, not from zero.

The service runs as its own process too; the killed client is driven from inside by
``tests/e2e/script.py`` (loaded through ``sitecustomize``), the restarted one by pytest-qt.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.api.client import ApiClient
from app.api.uploads import ResumeRecords
from app.core import paths
from app.core.wizard.state import Step
from app.gui.wizard.transfers import DONE
from server.app import build_state
from server.config import Settings
from server.services import accounts
from tests.app.conftest import PASSWORD
from tests.app.gui.conftest import WAIT_MS, Launch, click
from tests.support.live_service import ServiceProcess

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).resolve().parent / "driver"
EMAIL = "e2e@example.com"


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ServiceProcess]:
    data = tmp_path / "service"
    state = build_state(Settings(data_dir=data))
    with state.db.write() as db:
        accounts.create_user(db, email=EMAIL, password=PASSWORD, active=True)
        from server.services.demo_seed import seed_demo

        seed_demo(db)
    state.db.dispose()
    proc = ServiceProcess(data_dir=data)
    proc.start()
    yield proc
    proc.stop()


def _read_ready(proc: subprocess.Popen[bytes], timeout: float) -> dict[str, int]:
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    buffer = b""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.2)
        if ready:
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                break
            buffer += chunk
            for line in buffer.decode(errors="replace").splitlines():
                if line.startswith("READY "):
                    return dict(json.loads(line[6:]))
        if proc.poll() is not None:
            break
    if proc.poll() is None:  # its error output ends only when it does
        proc.kill()
        proc.wait()
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    raise AssertionError(f"the client never got ready; output: {buffer!r}\n{stderr[-3000:]}")


def test_killed_on_step_3_the_draft_and_the_upload_go_on(
    qtbot: QtBot, launch: Launch, service: ServiceProcess, profile_home: Path, tmp_path: Path
) -> None:
    big = tmp_path / "crash.dmp"
    with open(big, "wb") as fh:
        for _ in range(64):
            fh.write(os.urandom(1024 * 1024))
    size = big.stat().st_size
    text = "Blue screen after the update; dump attached. Typed before the crash."
    env = dict(
        os.environ,
        PERSONAL_CABINET_HOME=str(profile_home),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join([str(DRIVER), str(ROOT)]),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        PC_E2E_SCRIPT="step3-upload",
        PC_E2E_LOGIN=EMAIL,
        PC_E2E_PASSWORD=PASSWORD,
        PC_E2E_FILE=str(big),
        PC_E2E_TEXT=text,
    )
    client = subprocess.Popen(
        [sys.executable, "-m", "app", "--server", service.url],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        ready = _read_ready(client, timeout=120)
        os.kill(client.pid, signal.SIGKILL)  # in the middle of step 3, mid-upload
        client.wait(timeout=30)
    finally:
        if client.poll() is None:
            client.kill()
            client.wait()
        for pipe in (client.stdout, client.stderr):
            if pipe is not None:
                pipe.close()
    assert ready["step"] == int(Step.DETAILS)
    assert client.returncode == -signal.SIGKILL

    # what the service holds of the cut upload: part of it, not all, not nothing
    (record,) = ResumeRecords().pending()
    api = ApiClient(service.url)
    api.signin(EMAIL, PASSWORD)
    head = api.transport.request("HEAD", record["url"], headers={"Tus-Resumable": "1.0.0"})
    held = int(head.headers["Upload-Offset"])
    assert 0 < held < size, (held, size)
    assert held <= ready["uploaded"] + 8 * 1024 * 1024

    # started again: the draft is offered and resumes with what was typed
    running = launch(server_url=service.url)
    offer = running.window.wizards.draft_offer
    qtbot.waitUntil(offer.isVisible, timeout=WAIT_MS)
    assert "step 3 of 5" in offer.text.text() and "Blue screen" in offer.text.text()
    click(qtbot, offer.resume_button)
    wizard = running.window.wizards.current
    assert wizard is not None
    # not remembered: step 2 first, where the user signs in again
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.ACCOUNT), timeout=WAIT_MS)
    assert wizard.state.description == text
    ref = wizard.state.attachments[0]
    transfer = wizard.transfers.get(ref)
    assert transfer is not None and transfer.task is None  # waits for the account
    page2 = wizard.account_page
    page2.panel.ui.loginEdit.setText(EMAIL)
    page2.panel.ui.passwordEdit.setText(PASSWORD)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.DETAILS), timeout=WAIT_MS)
    page3 = wizard.details_page
    assert page3.description.toPlainText() == text and page3.city.text() == "Lyon"
    assert page3.files.tree.topLevelItem(0).text(0) == "crash.dmp"
    qtbot.waitUntil(lambda: transfer.state == DONE, timeout=120_000)
    assert transfer.resumed_from == held  # from the service's offset, not from zero

    page3.country.setCurrentIndex(page3.country.findData("FR"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.SYSTEM), timeout=WAIT_MS)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.REVIEW), timeout=WAIT_MS)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.DONE, timeout=WAIT_MS)
    number = wizard.done_page.number.text()
    found = api.list_requests(q=number).items
    assert [r["number"] for r in found] == [number]
    detail = api.get_request(found[0]["id"])
    assert detail["description"] == text and detail["city"] == "Lyon"
    import hashlib

    assert [(a["filename"], a["size"], a["sha256"]) for a in detail["attachments"]] == [
        ("crash.dmp", size, hashlib.sha256(big.read_bytes()).hexdigest())
    ]
    assert list(paths.drafts_dir().glob("draft-*.json")) == []
    api.close()
