"""The offline outbox through the wizard (W7): the service stops just before Submit; the
request is queued with its files and shown as queued; when the service answers again it
is sent by itself — exactly once on the service, also across a restart of the client."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.core import paths
from app.core.outbox import Outbox
from app.core.wizard.state import Step
from server.db.models import SupportRequest
from tests.app.conftest import ServiceFactory, new_account
from tests.app.gui.conftest import WAIT_MS, Launch, close, sign_in
from tests.app.gui.wizard.test_wizard import (
    attach,
    drafts,
    filed,
    fill_details,
    make_file,
    next_page,
    open_from_support_page,
    sha256,
    submit,
)
from tests.support.live_service import LiveService, start_in_thread
from tests.support.mailbox import Mailbox


def _count(svc: LiveService, description: str) -> int:
    assert svc.state is not None
    with svc.state.db.read() as db:
        return int(
            db.scalar(
                select(func.count())
                .select_from(SupportRequest)
                .where(SupportRequest.description == description)
            )
            or 0
        )


def _restart(svc: LiveService, mailbox: Mailbox) -> LiveService:
    settings = svc.settings
    return start_in_thread(
        {
            "data_dir": settings.data_dir,
            "database_url": settings.database_url,
            "mail_url": mailbox.url,
        },
        port=int(svc.url.rsplit(":", 1)[1]),
    )


def test_service_stopped_at_submit_then_started_files_once(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory, mailbox: Mailbox, tmp_path: Path
) -> None:
    svc = make_service()
    account = new_account(svc)
    running = launch(server_url=svc.url)
    ctx, window = running.ctx, running.window
    sign_in(qtbot, running, account)
    wizard = open_from_support_page(qtbot, running, type_code="disinfection")
    next_page(qtbot, wizard, int(Step.DETAILS))
    description = "Unknown virus in C:/Temp, the product cannot delete it."
    fill_details(qtbot, wizard, description)
    next_page(qtbot, wizard, int(Step.SYSTEM))
    next_page(qtbot, wizard, int(Step.REVIEW))

    # the service goes away; a file is added at the last moment (it cannot be uploaded now)
    svc.stop()
    late = make_file(tmp_path, "log.txt", 40_000)
    wizard.go_back_to(Step.DETAILS)
    attach(qtbot, wizard, [late])
    next_page(qtbot, wizard, int(Step.SYSTEM))
    next_page(qtbot, wizard, int(Step.REVIEW))
    submit(qtbot, wizard)
    done = wizard.done_page
    assert "will be sent when the service answers" in done.title()
    assert not done.number.isVisible()
    assert drafts() == []
    (entry,) = Outbox(paths.outbox_dir()).pending()
    assert entry.key == wizard.state.idempotency_key and entry.account == account.customer_id
    assert [f.name for f in entry.files] == ["log.txt"]
    late_sha = sha256(late)
    late.unlink()  # the outbox has its own copy

    # shown under Support request as waiting
    window.show_page("support")
    host = window.wizards
    view = host._views[-1]
    qtbot.waitUntil(lambda: view.list.count() == 1, timeout=WAIT_MS)
    assert "Waiting" in view.list.item(0).text()
    wizard.accept()

    # the service is back: the outbox goes by itself, once
    back = _restart(svc, mailbox)
    try:
        ctx.connection.check_health()
        qtbot.waitUntil(
            lambda: bool(host.outbox.entries) and host.outbox.entries[0].status == "sent",
            timeout=60_000,
        )
        number = host.outbox.entries[0].number
        qtbot.waitUntil(lambda: number in window.notice_banner.text.text(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: "Sent as" in view.list.item(0).text(), timeout=WAIT_MS)
        host.outbox.flush()  # again, on purpose: nothing more is filed
        qtbot.waitUntil(lambda: not host.outbox.flushing, timeout=WAIT_MS)
        assert _count(back, description) == 1
        request, files = filed(back, number)
        assert request.owner_id is not None and request.trail is not None
        assert [(f.filename, f.size, f.sha256) for f in files] == [("log.txt", 40_000, late_sha)]
    finally:
        back.stop()


def test_queued_request_survives_a_restart_of_the_client(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory, mailbox: Mailbox
) -> None:
    svc = make_service()
    account = new_account(svc)
    running = launch(server_url=svc.url)
    sign_in(qtbot, running, account)
    wizard = open_from_support_page(qtbot, running, type_code="general")
    next_page(qtbot, wizard, int(Step.DETAILS))
    description = "Queued, then the application was closed."
    fill_details(qtbot, wizard, description)
    next_page(qtbot, wizard, int(Step.SYSTEM))
    next_page(qtbot, wizard, int(Step.REVIEW))
    svc.stop()
    submit(qtbot, wizard)
    assert len(Outbox(paths.outbox_dir()).pending()) == 1
    close(running)

    back = _restart(svc, mailbox)
    try:
        again = launch(server_url=back.url)
        host = again.window.wizards
        qtbot.waitUntil(lambda: len(host.outbox.waiting) == 1, timeout=WAIT_MS)
        again.window.show_page("support")
        view = host._views[-1]
        qtbot.waitUntil(lambda: view.list.count() == 1, timeout=WAIT_MS)
        assert f"sign in as {account.customer_id}" in view.list.item(0).text()
        assert _count(back, description) == 0  # nobody signed in: it waits
        sign_in(qtbot, again, account)
        qtbot.waitUntil(
            lambda: bool(host.outbox.entries) and host.outbox.entries[0].status == "sent",
            timeout=60_000,
        )
        assert _count(back, description) == 1
    finally:
        back.stop()


def test_without_an_account_it_stays_a_draft_when_the_service_is_away(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory, mailbox: Mailbox
) -> None:
    """Decision: anonymous requests are not queued (their captcha is checked by the service
    at once and expires); the draft keeps them and Submit works once the service is back."""
    svc = make_service()
    running = launch(server_url=svc.url)
    wizard = open_from_support_page(qtbot, running, type_code="suggestion")
    page2 = wizard.account_page
    page2.skip.click()
    qtbot.waitUntil(lambda: bool(page2.captcha.captcha_id), timeout=WAIT_MS)
    page2.captcha.answer.setText(svc.captchas[page2.captcha.captcha_id])
    next_page(qtbot, wizard, int(Step.DETAILS))
    fill_details(qtbot, wizard, "Please add a dark theme.", email="idea@example.com")
    next_page(qtbot, wizard, int(Step.SYSTEM))
    next_page(qtbot, wizard, int(Step.REVIEW))
    svc.stop()
    wizard.next()  # Submit
    review = wizard.review_page
    qtbot.waitUntil(lambda: "cannot wait in the outbox" in review.message.text(), timeout=WAIT_MS)
    assert wizard.currentId() == int(Step.REVIEW)
    assert Outbox(paths.outbox_dir()).pending() == []
    qtbot.waitUntil(lambda: len(drafts()) == 1, timeout=WAIT_MS)

    back = _restart(svc, mailbox)
    try:
        running.ctx.connection.check_health()
        qtbot.waitUntil(lambda: running.ctx.connection.reachable is True, timeout=WAIT_MS)
        wizard.next()  # Submit again: the captcha was not spent (the service never saw it)
        qtbot.waitUntil(lambda: wizard.currentId() == wizard.DONE, timeout=WAIT_MS)
        request, _files = filed(back, wizard.done_page.number.text())
        assert request.owner_id is None and request.type == "suggestion"
    finally:
        back.stop()


def test_a_wizard_opened_before_the_service_answers_loads_once_it_does(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory, mailbox: Mailbox
) -> None:
    """A launch link at the first start comes before the service is up: step 1 says the
    catalog could not be loaded, then fills itself (with the link's values) once the
    service answers — no "Try again" needed."""
    svc = make_service()
    svc.stop()
    link = "personal-cabinet://request?type=presale&product=internet-security&version=21.3.10.391"
    running = launch([link], server_url=svc.url)
    wizard = running.window.wizards.current
    assert wizard is not None
    page = wizard.type_page
    qtbot.waitUntil(lambda: page.reload.isVisible(), timeout=WAIT_MS)
    assert "could not be loaded" in page.message.text()
    assert page.types_label.text() == "Request type"  # no stray ampersand without choices

    back = _restart(svc, mailbox)
    try:
        running.ctx.connection.check_health()
        qtbot.waitUntil(lambda: bool(wizard.types), timeout=WAIT_MS)
        assert page.radios["presale"].isChecked()
        assert page.product.currentText() == "Internet Security"
        assert not page.message.isVisible() and not page.reload.isVisible()
        assert page.types_label.buddy() is page.radios[wizard.types[0].code]
    finally:
        back.stop()
