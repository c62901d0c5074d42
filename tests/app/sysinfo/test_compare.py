"""Comparing two reports (H4): two real reports of this machine, the later one as it would
be after a package was installed, one removed, one upgraded and a service stopped, name
exactly those changes — and two reports of an unchanged machine name none in those
sections. The CLI prints the same as text and as JSON."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.sysinfo.archive import load_report, write_report
from app.sysinfo.compare import compare, to_text
from app.sysinfo.model import Report
from app.sysinfo.runner import build_report


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """An earlier report, a later one of the same machine, and the later one changed."""
    folder = tmp_path_factory.mktemp("reports")
    earlier = build_report(sections=["software", "services"], redact=False)
    later = build_report(sections=["software", "services"], redact=False)
    changed = copy.deepcopy(later.document)
    packages = changed["sections"]["software"]["data"]["packages"]
    removed = packages.pop(0)
    packages[0]["version"] = "99:" + str(packages[0]["version"])
    packages.append({"name": "zz-new-tool", "version": "1.2.3", "arch": "all", "source": "dpkg"})
    services = changed["sections"]["services"]["data"].setdefault("services", [])
    if services:
        services[0]["state"] = "stopped" if services[0].get("state") != "stopped" else "running"
    else:  # a machine without services: one appears
        services.append({"name": "zz-daemon", "state": "running"})
    assert removed["name"] != packages[0]["name"]
    paths = (folder / "a.zip", folder / "b.zip", folder / "c.zip")
    write_report(earlier, paths[0], keep_map=False)
    write_report(later, paths[1], keep_map=False)
    write_report(Report(document=changed), paths[2], keep_map=False)
    return paths


def _by_id(diffs: list) -> dict:  # type: ignore[type-arg]
    return {d.id: d for d in diffs}


def test_an_unchanged_machine_shows_no_changes(reports: tuple[Path, Path, Path]) -> None:
    earlier, later, _ = reports
    diffs = _by_id(compare(load_report(earlier), load_report(later)))
    assert diffs["software"].summary() == "Installed software: no changes"
    assert not diffs["software"].counts and not diffs["services"].counts


def test_installed_removed_upgraded_and_a_stopped_service_are_named_exactly(
    reports: tuple[Path, Path, Path],
) -> None:
    _, later, changed = reports
    before, after = load_report(later), load_report(changed)
    diffs = _by_id(compare(before, after))
    software = diffs["software"]
    changes = [(c.kind, c.key) for t in software.tables for c in t.changes]
    old_packages = before.data("software")["packages"]
    # as many packages as before (one in, one out): the summary table has no change
    assert sorted(changes) == sorted(
        [
            ("added", "zz-new-tool"),
            ("removed", old_packages[0]["name"]),
            ("upgraded", old_packages[1]["name"]),
        ]
    )
    assert "1 added, 1 removed, 1 upgraded" in software.summary()
    (service_change,) = [c for t in diffs["services"].tables for c in t.changes]
    assert service_change.kind in ("changed", "added")
    text = to_text(list(diffs.values()))
    assert "zz-new-tool" in text
    assert "Installed software: 1 added, 1 removed, 1 upgraded" in text.splitlines()


def test_the_cli_compares_as_text_and_json(
    reports: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _, later, changed = reports
    cmd = [sys.executable, "-m", "app.sysinfo.cli", "compare", str(later), str(changed)]
    text = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    assert "Installed software: 1 added, 1 removed, 1 upgraded" in text
    out = subprocess.run([*cmd, "--format", "json"], capture_output=True, text=True, check=True)
    doc = json.loads(out.stdout)
    software = next(s for s in doc["sections"] if s["id"] == "software")
    assert software["counts"]["added"] == 1
    bad = tmp_path / "not-a-report.zip"
    bad.write_bytes(b"nothing")
    failed = subprocess.run(
        [sys.executable, "-m", "app.sysinfo.cli", "compare", str(bad), str(later)],
        capture_output=True,
        text=True,
    )
    assert failed.returncode == 2 and "cannot be read as a report" in failed.stderr


def test_the_compare_window_shows_the_summary_and_hides_what_did_not_change(
    qapp: object, qtbot: object, reports: tuple[Path, Path, Path]
) -> None:
    from app.gui.sysinfo_compare import CompareWindow

    _, later, changed = reports
    window = CompareWindow(later, changed)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    tree = window.tree
    tops = [tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())]
    assert "Installed software: 1 added, 1 removed, 1 upgraded" in tops
    software = next(
        tree.topLevelItem(n)
        for n in range(tree.topLevelItemCount())
        if tree.topLevelItem(n).text(0).startswith("Installed software")
    )
    rows = [software.child(0).child(n).text(0) for n in range(software.child(0).childCount())]
    assert "added: zz-new-tool" in rows and len(rows) == 3
    window.changed_only.setChecked(False)
    software = next(
        tree.topLevelItem(n)
        for n in range(tree.topLevelItemCount())
        if tree.topLevelItem(n).text(0).startswith("Installed software")
    )
    packages = next(
        software.child(n)
        for n in range(software.childCount())
        if software.child(n).text(0) == "Packages"
    )
    assert packages.childCount() > 3  # the unchanged ones too
    window.set_paths(later, later.with_name("missing.zip"))
    assert "cannot be read" in window.message.text()
