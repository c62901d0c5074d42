"""The GetSystemInfo viewer opens a real report and shows every section (pytest-qt)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.gui.sysinfo_viewer import PRIVACY, SECTION_ROLE, SysinfoViewer, ViewerWindow
from app.sysinfo import SECTIONS, Report, build_report, load_report, write_report


@pytest.fixture(scope="module")
def report_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("viewer") / "report.zip"
    write_report(build_report(timeout=30), path)
    return path


def top_items(viewer: SysinfoViewer) -> dict[str, tuple[str, str]]:
    items = {}
    for i in range(viewer.tree.topLevelItemCount()):
        item = viewer.tree.topLevelItem(i)
        assert item is not None
        items[item.data(0, SECTION_ROLE)] = (item.text(0), item.text(1))
    return items


def test_every_section_is_in_the_tree_with_its_status_and_shows(
    qtbot: QtBot, report_zip: Path
) -> None:
    report = load_report(report_zip)
    viewer = SysinfoViewer(report)
    qtbot.addWidget(viewer)
    viewer.show()
    items = top_items(viewer)
    assert list(items) == [s.id for s in SECTIONS] + [PRIVACY]
    for section in SECTIONS:
        stored = report.sections[section.id]
        assert items[section.id] == (section.title, stored["status"].replace("_", " "))
        viewer.select_section(section.id)
        assert viewer.heading.text() == section.title
        assert stored["status"].replace("_", " ") in viewer.status_line.text()
        if stored["data"]:
            assert viewer.stack.currentWidget() is viewer.pair
            assert viewer.sent_view.model().rowCount() > 0
        else:
            assert viewer.stack.currentWidget() is viewer.empty


def test_the_filter_finds_rows(qtbot: QtBot, report_zip: Path) -> None:
    viewer = SysinfoViewer(load_report(report_zip))
    qtbot.addWidget(viewer)
    viewer.select_section("processes", 1)
    total = viewer.visible_rows()
    assert total > 5
    qtbot.keyClicks(viewer.search, "python")
    assert 0 < viewer.visible_rows() < total
    assert all("python" in "\t".join(row).lower() for row in viewer.shown_text())
    assert viewer.count.text() == f"{viewer.visible_rows()} of {total} rows"
    viewer.search.clear()
    assert viewer.visible_rows() == total


def test_with_the_map_the_original_is_shown_beside_what_is_sent(
    qtbot: QtBot, report_zip: Path
) -> None:
    viewer = SysinfoViewer(load_report(report_zip))
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.side_by_side.isChecked() and viewer.side_by_side.isVisible()
    viewer.select_section("computer")
    original = {row[0]: row[1] for row in viewer.shown_text("original")}
    sent = {row[0]: row[1] for row in viewer.shown_text("sent")}
    assert original["hostname"] == socket.gethostname()
    assert sent["hostname"].startswith("host-")
    # filtering by the real name keeps the aligned row on both sides
    qtbot.keyClicks(viewer.search, socket.gethostname())
    assert len(viewer.shown_text("original")) == len(viewer.shown_text("sent")) >= 1
    assert any(row[0] == "hostname" for row in viewer.shown_text("sent"))
    # sorting one side sorts the other the same way
    viewer.search.clear()
    viewer.select_section("processes", 1)
    viewer.sent_view.sortByColumn(0, viewer.sent_view.horizontalHeader().sortIndicatorOrder())
    sent_pids = [row[0] for row in viewer.shown_text("sent")]
    assert sent_pids == [row[0] for row in viewer.shown_text("original")]
    # the privacy node lists the pseudonyms, on this computer only
    viewer.select_section(PRIVACY)
    rows = viewer.shown_text("sent")
    assert [socket.gethostname(), "host-1"] in [r[1:] for r in rows]


def test_without_the_map_only_what_is_sent_is_shown(
    qtbot: QtBot, report_zip: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "received.zip"
    copy.write_bytes(report_zip.read_bytes())
    viewer = SysinfoViewer(load_report(copy))
    qtbot.addWidget(viewer)
    viewer.show()
    assert not viewer.side_by_side.isVisible()
    viewer.select_section("computer")
    assert not viewer.original_box.isVisible()
    assert socket.gethostname() not in str(viewer.shown_text("sent"))


def test_a_report_just_made_in_memory_has_its_original(qtbot: QtBot) -> None:
    viewer = SysinfoViewer(build_report(sections=["computer"]))
    qtbot.addWidget(viewer)
    assert viewer.has_original


def test_an_unredacted_report_says_so(qtbot: QtBot) -> None:
    report: Report = build_report(sections=["os"], redact=False)
    viewer = SysinfoViewer(report)
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.banner.isVisible() and "not redacted" in viewer.banner.text()
    assert not viewer.side_by_side.isVisible()


def test_the_window_opens_a_file_and_refuses_a_wrong_one(
    qtbot: QtBot, report_zip: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "app.gui.sysinfo_viewer.QMessageBox.critical",
        lambda parent, title, text: shown.append(text),
    )
    window = ViewerWindow()
    qtbot.addWidget(window)
    assert window.open_path(report_zip)
    assert window.windowTitle() == "System report — report.zip"
    bad = tmp_path / "notes.zip"
    bad.write_text("not a zip")
    assert not window.open_path(bad)
    assert shown and "notes.zip" in shown[0]


def test_file_open_reads_the_report_on_a_worker(qtbot: QtBot, report_zip: Path) -> None:
    from app.gui.tasks import TaskRunner

    tasks = TaskRunner()
    window = ViewerWindow(tasks=tasks)
    qtbot.addWidget(window)
    window.open_in_background(report_zip)
    assert window.loading and not window.open_action.isEnabled()
    assert "Opening report.zip" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.loading, timeout=30_000)
    assert window.open_action.isEnabled() and "report.zip" in window.windowTitle()
    assert {s.id for s in SECTIONS} <= set(top_items(window.viewer))
