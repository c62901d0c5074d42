"""A request's GetSystemInfo report, for staff (H4): opened from the request in the viewer,
whose File menu compares it with another report."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.gui.sysinfo_compare import CompareWindow
from app.sysinfo.archive import write_report
from app.sysinfo.runner import build_report
from tests.app.conftest import ServiceFactory, new_account
from tests.app.gui.conftest import WAIT_MS, Launch, sign_in
from tests.app.gui.requests_support import caller
from tests.support.support_requests import file_support, make_product


def test_staff_open_the_requests_report_and_compare_it(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory, tmp_path: Path
) -> None:
    svc = make_service()
    customer = caller(svc.url, new_account(svc))
    report_path = write_report(
        build_report(sections=["software", "os"]), tmp_path / "sysinfo.zip", keep_map=False
    )
    r = customer.post(
        "/attachments",
        files={"file": ("sysinfo.zip", report_path.read_bytes(), "application/zip")},
        data={"purpose": "sysinfo"},
    )
    assert r.status_code == 201, r.text
    filed = file_support(customer, make_product(svc), sysinfo_attachment_id=r.json()["id"])

    desk = launch(server_url=svc.url)
    sign_in(qtbot, desk, new_account(svc, role="staff"))
    qtbot.waitUntil(lambda: desk.window.staff_workspace is not None, timeout=WAIT_MS)
    view = desk.window.staff_workspace.open_request(int(filed["id"]))
    qtbot.waitUntil(lambda: view.report_button.isEnabled(), timeout=WAIT_MS)
    view.report_button.click()
    qtbot.waitUntil(lambda: view.report_window is not None, timeout=WAIT_MS)
    viewer = view.report_window
    assert viewer.isVisible() and "sysinfo.zip" in viewer.windowTitle()
    assert viewer.path is not None and viewer.path.read_bytes() == report_path.read_bytes()
    viewer._compare()
    window = viewer.compare_window
    assert isinstance(window, CompareWindow) and window.paths[0] == viewer.path
    window.set_paths(viewer.path, report_path)
    assert window.message.text().startswith("0 of ")  # the very same report
    viewer.close()
    window.close()


def test_staff_replace_and_delete_a_canned_reply(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory
) -> None:
    svc = make_service()
    customer = caller(svc.url, new_account(svc))
    filed = file_support(customer, make_product(svc))
    member = new_account(svc, role="staff")
    staff = caller(svc.url, member)
    r = staff.post("/staff/canned-replies", json={"title": "Logs", "body": "Send the logs."})
    assert r.status_code == 201, r.text
    desk = launch(server_url=svc.url)
    sign_in(qtbot, desk, member)
    qtbot.waitUntil(lambda: desk.window.staff_workspace is not None, timeout=WAIT_MS)
    view = desk.window.staff_workspace.open_request(int(filed["id"]))
    qtbot.waitUntil(lambda: view.detail is not None, timeout=WAIT_MS)
    view.load_canned()
    qtbot.waitUntil(lambda: len(view.canned) == 1, timeout=WAIT_MS)
    reply_id = int(view.canned[0]["id"])
    view.editor.setPlainText("Hello {name}, please send the logs of {number}.")
    view.update_canned(reply_id)
    qtbot.waitUntil(lambda: "{number}" in str(view.canned[0]["body"]), timeout=WAIT_MS)
    assert view.canned[0]["title"] == "Logs"
    view.delete_canned(reply_id, confirm=False)
    qtbot.waitUntil(lambda: view.canned == [], timeout=WAIT_MS)
    assert staff.get("/staff/canned-replies").json() == []
