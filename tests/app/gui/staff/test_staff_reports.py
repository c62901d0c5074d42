"""A request's GetSystemInfo report beside the same customer's previous one (H4): staff
open a request and compare at once, without looking for the other file; the comparison
names what was installed in between. Another customer's report is never the "earlier" one."""

from __future__ import annotations

import copy
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.sysinfo.archive import write_report
from app.sysinfo.model import Report
from app.sysinfo.runner import build_report
from tests.app.conftest import ServiceFactory, new_account
from tests.app.gui.conftest import WAIT_MS, Launch, screenshot, sign_in
from tests.app.gui.requests_support import caller
from tests.support.http import Caller
from tests.support.support_requests import file_support, make_product


def _file_with_report(who: Caller, product: int, report: Path) -> dict[str, object]:
    r = who.post(
        "/attachments",
        files={"file": (report.name, report.read_bytes(), "application/zip")},
        data={"purpose": "sysinfo"},
    )
    assert r.status_code == 201, r.text
    return file_support(who, product, sysinfo_attachment_id=r.json()["id"])


def test_compare_with_the_customers_earlier_report(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory, tmp_path: Path
) -> None:
    earlier = build_report(sections=["software"], redact=False)
    later = copy.deepcopy(earlier.document)
    later["sections"]["software"]["data"]["packages"].append(
        {"name": "zz-new-tool", "version": "1.2.3", "arch": "all", "source": "dpkg"}
    )
    paths = tmp_path / "before.zip", tmp_path / "after.zip"
    write_report(earlier, paths[0], keep_map=False)
    write_report(Report(document=later), paths[1], keep_map=False)

    svc = make_service()
    product = make_product(svc)
    customer = caller(svc.url, new_account(svc))
    other = caller(svc.url, new_account(svc))
    first = _file_with_report(customer, product, paths[0])
    _file_with_report(other, product, paths[0])  # filed in between, by someone else
    second = _file_with_report(customer, product, paths[1])
    plain = file_support(customer, product)  # no report: nothing to compare

    desk = launch(server_url=svc.url)
    sign_in(qtbot, desk, new_account(svc, role="staff"))
    window = desk.window
    qtbot.waitUntil(lambda: window.staff_workspace is not None, timeout=WAIT_MS)
    workspace = window.staff_workspace
    view = workspace.open_request(int(plain["id"]))
    qtbot.waitUntil(lambda: view.detail is not None, timeout=WAIT_MS)
    assert view.detail["earlier_report"] is None and not view.compare_button.isVisibleTo(view)

    view = workspace.open_request(int(second["id"]))
    qtbot.waitUntil(lambda: view.detail is not None, timeout=WAIT_MS)
    earlier_ref = view.detail["earlier_report"]
    assert earlier_ref is not None and earlier_ref["number"] == first["number"]
    assert view.compare_button.isVisibleTo(view)
    assert str(first["number"]) in view.compare_button.toolTip()
    view.compare_button.click()
    qtbot.waitUntil(lambda: view.compare_window is not None, timeout=WAIT_MS)
    compared = view.compare_window
    qtbot.addWidget(compared)
    tops = [compared.tree.topLevelItem(n).text(0) for n in range(compared.tree.topLevelItemCount())]
    assert "Installed software: 1 added" in tops
    screenshot(qtbot, compared, "staff-compare")
