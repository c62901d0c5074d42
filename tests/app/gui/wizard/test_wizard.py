"""The support request wizard (W1–W8) driven through its widgets against the real service;
what it filed is checked on the service's side (its database), not in the client.

The helpers here drive each step as a user does; the other ``test_wizard_*`` modules use
them too.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.core import build_info, paths
from app.core.wizard.state import AccountMode, Step
from app.gui.application import Running
from app.gui.wizard.wizard import RequestWizard
from server.db.models import Attachment, SupportRequest
from tests.app.conftest import ServiceFactory, new_account
from tests.app.gui.conftest import WAIT_MS, Launch, click, sign_in
from tests.support.live_service import LiveService

# -- driving the wizard ---------------------------------------------------------------------


def open_from_support_page(
    qtbot: QtBot, running: Running, *, type_code: str, product_slug: str = "internet-security"
) -> RequestWizard:
    """Support request page: choose type and product, "Continue to step 2"."""
    window = running.window
    window.show_page("support")
    page = window.support
    qtbot.waitUntil(lambda: page.ui.productCombo.count() > 1, timeout=WAIT_MS)
    assert page.catalog is not None
    product = page.catalog.product_named(product_slug)
    assert product is not None
    page.ui.typeCombo.setCurrentIndex(page.ui.typeCombo.findData(type_code))
    page.ui.productCombo.setCurrentIndex(page.ui.productCombo.findData(product.id))
    assert page.ui.startButton.isEnabled()
    click(qtbot, page.ui.startButton)
    wizard = window.wizards.current
    assert wizard is not None and wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.ACCOUNT), timeout=WAIT_MS)
    return wizard


def next_page(qtbot: QtBot, wizard: RequestWizard, expect: int) -> None:
    """Next, as the button does; ``expect`` is where the wizard must then be. On step 4 a
    person reads the operating system the wizard detected (on a worker) before going on."""
    if wizard.currentId() == int(Step.SYSTEM):
        qtbot.waitUntil(lambda: bool(wizard.state.os_name), timeout=WAIT_MS)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == expect, timeout=WAIT_MS)


def fill_details(
    qtbot: QtBot,
    wizard: RequestWizard,
    description: str,
    *,
    email: str | None = None,
    country: str = "DE",
    city: str = "Berlin",
) -> None:
    page = wizard.details_page
    assert wizard.currentPage() is page
    qtbot.keyClicks(page.description, description)
    if email is not None:
        page.email.setText(email)
    qtbot.waitUntil(lambda: page.country.findData(country) > 0, timeout=WAIT_MS)
    page.country.setCurrentIndex(page.country.findData(country))
    page.city.setText(city)


def attach(qtbot: QtBot, wizard: RequestWizard, files: list[Path]) -> None:
    """Step 3's Add files: the files are checked on a worker, then listed."""
    page = wizard.details_page
    page.add_files(files)
    qtbot.waitUntil(lambda: not page.checking, timeout=WAIT_MS)


def wait_uploaded(qtbot: QtBot, wizard: RequestWizard, timeout: int = 120_000) -> None:
    def all_sent() -> bool:
        refs = [
            *wizard.state.attachments,
            *([wizard.state.sysinfo] if wizard.state.sysinfo else []),
        ]
        return all(ref.done for ref in refs)

    qtbot.waitUntil(all_sent, timeout=timeout)


def submit(qtbot: QtBot, wizard: RequestWizard) -> None:
    assert wizard.currentPage() is wizard.review_page
    wizard.next()  # the commit button: "Submit request"
    qtbot.waitUntil(lambda: wizard.currentId() == RequestWizard.DONE, timeout=120_000)


def make_file(folder: Path, name: str, size: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    with open(path, "wb") as fh:
        remaining = size
        while remaining:
            block = os.urandom(min(remaining, 1 << 20))
            fh.write(block)
            remaining -= len(block)
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def filed(svc: LiveService, number: str) -> tuple[SupportRequest, list[Attachment]]:
    """The request as the service stored it."""
    assert svc.state is not None
    with svc.state.db.read() as db:
        request = db.scalar(select(SupportRequest).where(SupportRequest.number == number))
        assert request is not None, number
        files = list(db.scalars(select(Attachment).where(Attachment.request_id == request.id)))
        db.expunge_all()
        return request, files


def drafts() -> list[Path]:
    return sorted(paths.drafts_dir().glob("draft-*.json"))


# -- the whole way, signed in ---------------------------------------------------------------


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_signed_in_request_with_small_and_large_files_and_a_report(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory, tmp_path: Path, backend: str
) -> None:
    svc = make_service(backend=backend)
    account = new_account(svc)
    running = launch(server_url=svc.url)
    sign_in(qtbot, running, account)
    wizard = open_from_support_page(qtbot, running, type_code="application")

    # step 2: signed in already — who, and on with one click
    page2 = wizard.account_page
    assert page2.views.currentWidget() is page2.signed_in_view
    assert account.email in page2.who.text()
    next_page(qtbot, wizard, int(Step.DETAILS))

    # step 3: e-mail from the account; description, country, city; two files
    page3 = wizard.details_page
    assert page3.email.text() == account.email
    assert "not processed" in page3.warning.text() and "Application problem" in page3.warning.text()
    next_page(qtbot, wizard, int(Step.DETAILS))  # nothing typed: held here
    assert "Describe your problem" in page3.message.text() or page3.findChild(
        type(page3.message), "descriptionError"
    )
    fill_details(qtbot, wizard, "The scanner stops at 40 % with error 0x2001.")
    small = make_file(tmp_path / "files", "screenshot.png", 300_000)
    large = make_file(tmp_path / "files", "capture.pcap", 9 * 1024 * 1024 + 123)
    attach(qtbot, wizard, [small, large])
    assert [a.name for a in wizard.state.attachments] == ["screenshot.png", "capture.pcap"]
    assert page3.files.tree.topLevelItemCount() == 2
    next_page(qtbot, wizard, int(Step.SYSTEM))  # uploads go on in the background

    # step 4: OS detected, version typed (checked), a GetSystemInfo report made and attached
    page4 = wizard.system_page
    assert page4.os_name.text()
    page4.version.setText("21.3")
    page4.version.setText("21,3")
    next_page(qtbot, wizard, int(Step.SYSTEM))
    assert "dots" in page4.findChild(type(page4.message), "product_versionError").text()
    page4.version.setText("21.3.10.391")
    click(qtbot, page4.sysinfo.generate_button)
    qtbot.waitUntil(lambda: wizard.state.sysinfo is not None, timeout=WAIT_MS)
    assert "sections" in wizard.state.sysinfo.summary
    report_path = Path(wizard.state.sysinfo.path)
    assert report_path.is_file() and report_path.suffix == ".zip"
    next_page(qtbot, wizard, int(Step.REVIEW))

    # step 5: everything on one page; "Change" goes back, Next comes back
    review = wizard.review_page.summary.toPlainText()
    for text in (
        "Application problem",
        "Internet Security",
        account.email,
        "error 0x2001",
        "Germany",
        "screenshot.png",
        "capture.pcap",
        "21.3.10.391",
        report_path.name,
    ):
        assert text in review, text
    wizard.review_page._change(QUrl("step:3"))
    assert wizard.currentId() == int(Step.DETAILS)
    wizard.details_page.company.setText("Example GmbH")
    next_page(qtbot, wizard, int(Step.SYSTEM))
    next_page(qtbot, wizard, int(Step.REVIEW))
    assert "Example GmbH" in wizard.review_page.summary.toPlainText()

    wait_uploaded(qtbot, wizard)
    submit(qtbot, wizard)
    done = wizard.done_page
    number = done.number.text()
    assert number.startswith("TS-")
    click(qtbot, done.copy)
    assert QApplication.clipboard().text() == number
    assert done.open_button.isVisible()
    assert drafts() == []  # sent: the draft is gone

    # on the service: the fields, both files with their checksums, the report, the trail
    request, files = filed(svc, number)
    assert (request.type, request.description) == (
        "application",
        "The scanner stops at 40 % with error 0x2001.",
    )
    assert (request.email, request.country, request.city, request.company) == (
        account.email,
        "DE",
        "Berlin",
        "Example GmbH",
    )
    assert request.product_version == "21.3.10.391" and request.os == page4.os_name.text()
    by_name = {f.filename: f for f in files}
    assert by_name["screenshot.png"].sha256 == sha256(small)
    assert by_name["capture.pcap"].sha256 == sha256(large)
    assert by_name["capture.pcap"].size == large.stat().st_size
    report = by_name[report_path.name]
    assert report.purpose == "sysinfo" and request.sysinfo_attachment_id == report.id
    assert report.sha256 == sha256(report_path)
    trail = request.trail
    assert trail is not None and trail["format"] == "pc-trail/1"
    assert trail["client_version"] and trail["language"]
    build = build_info.current()
    assert trail["client_build"] == f"{build.commit}, {build.built}"  # what exactly ran
    shown = [e["step"] for e in trail["entries"] if e["kind"] == "step"]
    assert {1, 2, 3, 4, 5} <= set(shown)
    values = {e["field"]: e.get("value") for e in trail["entries"] if e["kind"] == "value"}
    assert values["description"] == "The scanner stops at 40 % with error 0x2001."
    assert values["company"] == "Example GmbH"
    assert "capture.pcap" in values["attachments"] and str(tmp_path) not in json.dumps(trail)
    messages = [e["text"] for e in trail["entries"] if e["kind"] == "message"]
    assert any("dots" in m for m in messages)  # the version message the user saw

    # "Open in My requests": that request itself, in its window
    click(qtbot, done.open_button)
    windows = running.window.request_windows
    qtbot.waitUntil(lambda: len(windows) == 1, timeout=WAIT_MS)
    (opened,) = windows.values()
    qtbot.waitUntil(lambda: opened.conversation is not None, timeout=WAIT_MS)
    assert opened.title.text().endswith(number)
    assert "The scanner stops at 40 % with error 0x2001." in opened.browser.toPlainText()


# -- without an account ---------------------------------------------------------------------


def test_skip_is_offered_only_for_the_three_types_and_files_a_captcha_request(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory
) -> None:
    svc = make_service()
    running = launch(server_url=svc.url)
    wizard = open_from_support_page(qtbot, running, type_code="general")
    page2 = wizard.account_page
    assert page2.views.currentWidget() is page2.sign_in_view
    assert not page2.skip.isEnabled()
    assert "needs an account" in page2.skip_note.text()
    wizard.back()
    wizard.type_page.radios["license"].click()
    next_page(qtbot, wizard, int(Step.ACCOUNT))
    assert page2.skip.isEnabled()
    page2.skip.click()
    qtbot.waitUntil(lambda: bool(page2.captcha.captcha_id), timeout=WAIT_MS)
    next_page(qtbot, wizard, int(Step.ACCOUNT))  # no answer typed: held
    assert page2.findChild(type(page2.message), "captcha_answerError").isVisible()
    page2.captcha.answer.setText(svc.captchas[page2.captcha.captcha_id])
    next_page(qtbot, wizard, int(Step.DETAILS))
    assert wizard.state.account_mode == AccountMode.SKIP
    fill_details(
        qtbot, wizard, "I lost my activation code.", email="anon@example.com", country="FR"
    )
    next_page(qtbot, wizard, int(Step.SYSTEM))
    next_page(qtbot, wizard, int(Step.REVIEW))
    assert "Without an account" in wizard.review_page.summary.toPlainText()
    # the draft never holds the captcha answer
    raw = "".join(p.read_text() for p in drafts())
    assert wizard.state.captcha_answer and wizard.state.captcha_answer not in raw
    submit(qtbot, wizard)
    number = wizard.done_page.number.text()
    assert not wizard.done_page.open_button.isVisible()  # no account, no My requests
    request, _files = filed(svc, number)
    assert request.owner_id is None and request.priority == "low"
    assert (request.type, request.email, request.country) == (
        "license",
        "anon@example.com",
        "FR",
    )


def test_wrong_password_and_lock_out_are_shown_on_step_2(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory
) -> None:
    from datetime import timedelta

    svc = make_service(lockout_threshold=3, lockout_base=timedelta(seconds=90))
    account = new_account(svc)
    running = launch(server_url=svc.url)
    wizard = open_from_support_page(qtbot, running, type_code="updates")
    page = wizard.account_page
    page.panel.ui.loginEdit.setText(account.customer_id)
    for _ in range(6):
        page.panel.ui.passwordEdit.setText("Wrong-Password-1")
        wizard.next()
        qtbot.waitUntil(lambda: not page.panel.busy, timeout=WAIT_MS)
        if page.panel.locked_until:
            break
        assert "wrong" in page.message.text() + "".join(
            label.text() for label in page.findChildren(type(page.message))
        )
    assert page.panel.locked_until and "try again in" in page.panel.lock_text
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert wizard.currentId() == int(Step.ACCOUNT)
    assert "Wrong-Password-1" not in "".join(p.read_text() for p in drafts())


def test_sign_in_on_step_2_then_on(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory
) -> None:
    from server.db.models import User

    svc = make_service()
    account = new_account(svc)
    assert svc.state is not None
    with svc.state.db.write() as db:
        user = db.scalar(select(User).where(User.email == account.email))
        assert user is not None
        user.country, user.city = "AT", "Wien"
    running = launch(server_url=svc.url)
    wizard = open_from_support_page(qtbot, running, type_code="setup")
    page = wizard.account_page
    page.panel.ui.loginEdit.setText(account.email)
    page.panel.ui.passwordEdit.setText(account.password)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.DETAILS), timeout=WAIT_MS)
    assert running.ctx.session.signed_in and wizard.state.account_mode == AccountMode.SIGNED_IN
    assert wizard.state.password == ""
    page3 = wizard.details_page
    qtbot.waitUntil(lambda: page3.email.text() == account.email, timeout=WAIT_MS)
    # the rest of the contact details come from the account too, the country by its name
    qtbot.waitUntil(lambda: page3.country.currentData() == "AT", timeout=WAIT_MS)
    assert page3.country.currentText() == "Austria" and page3.city.text() == "Wien"
    assert wizard.state.country == "AT"


@pytest.mark.parametrize("how", ["page", "link"])
def test_launch_link_opens_the_wizard_prefilled(
    qtbot: QtBot, launch: Launch, _shared_services: Any, how: str
) -> None:
    svc: LiveService = _shared_services("sqlite")
    link = "personal-cabinet://request?type=presale&product=internet-security&version=21.3.10.391"
    if how == "link":
        running = launch([link], server_url=svc.url)
    else:
        running = launch(server_url=svc.url)
        running.window.handle_launch([link])
    wizard = running.window.wizards.current
    assert wizard is not None and wizard.isVisible()
    qtbot.waitUntil(lambda: bool(wizard.types), timeout=WAIT_MS)
    assert wizard.type_page.radios["presale"].isChecked()
    assert wizard.type_page.product.currentText() == "Internet Security"
    assert "link" in wizard.type_page.launch_note.text()
    next_page(qtbot, wizard, int(Step.ACCOUNT))
    assert wizard.account_page.skip.isEnabled()
    assert wizard.state.product_version == "21.3.10.391"


@pytest.mark.parametrize(
    "type_code",
    [
        "updates",
        "disinfection",
        "suggestion",
        "license",
        "application",
        "setup",
        "presale",
        "general",
    ],
)
def test_every_type_is_filed_from_the_support_page(
    qtbot: QtBot, launch: Launch, _shared_services: Any, type_code: str
) -> None:
    svc: LiveService = _shared_services("sqlite")
    account = new_account(svc)
    running = launch(server_url=svc.url)
    sign_in(qtbot, running, account)
    wizard = open_from_support_page(qtbot, running, type_code=type_code)
    next_page(qtbot, wizard, int(Step.DETAILS))
    fill_details(qtbot, wizard, f"A request of type {type_code}.")
    next_page(qtbot, wizard, int(Step.SYSTEM))
    next_page(qtbot, wizard, int(Step.REVIEW))
    submit(qtbot, wizard)
    request, _files = filed(svc, wizard.done_page.number.text())
    assert request.type == type_code and request.description == f"A request of type {type_code}."
