"""``getsysteminfo`` (S5): its formats, its progress on stderr and its exit status."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.sysinfo import Section, map_path
from app.sysinfo.cli import main
from app.sysinfo.context import Context
from app.sysinfo.sections import BY_ID


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "app.sysinfo.cli", *args],
        cwd=cwd,
        capture_output=True,
        timeout=120,
        check=False,
    )


ROOT = Path(__file__).resolve().parents[3]


def test_zip_is_the_default_with_progress_on_stderr(tmp_path: Path) -> None:
    out = tmp_path / "r.zip"
    done = run("--sections", "os,computer", "memory", "-o", str(out), cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout == b""
    err = done.stderr.decode()
    assert "[ 1/3]" in err and "[ 3/3]" in err and "Memory" in err
    assert f"pseudonym map kept on this machine: {map_path(out)}" in err
    with zipfile.ZipFile(out) as zf:
        assert sorted(zf.namelist()) == [
            "errors.log",
            "redaction-summary.json",
            "report.html",
            "report.json",
        ]
        document = json.loads(zf.read("report.json"))
    assert list(document["sections"]) == ["os", "computer", "memory"]
    assert document["redacted"] is True


def test_json_and_html_formats(tmp_path: Path) -> None:
    as_json = tmp_path / "r.json"
    as_html = tmp_path / "r.html"
    assert run("--format", "json", "--sections", "os", "-o", str(as_json), cwd=ROOT).returncode == 0
    assert run("--format", "html", "--sections", "os", "-o", str(as_html), cwd=ROOT).returncode == 0
    document = json.loads(as_json.read_text())
    assert document["schema_version"] == "1.0"
    assert document["sections"]["os"]["status"] == "ok"
    page = as_html.read_text()
    assert page.startswith("<!doctype html>") and "Operating system" in page
    # self-contained: nothing is fetched from anywhere
    assert "src=" not in page and 'href="http' not in page and "@import" not in page


def test_json_to_standard_output(tmp_path: Path) -> None:
    done = run("--format", "json", "--sections", "memory", "-q", "-o", "-", cwd=tmp_path)
    assert done.returncode == 0
    assert json.loads(done.stdout)["sections"]["memory"]["status"] == "ok"
    assert done.stderr == b""


def test_no_redact_writes_real_values_and_says_so(tmp_path: Path) -> None:
    out = tmp_path / "local.json"
    done = run(
        "--no-redact", "--format", "json", "--sections", "computer", "-o", str(out), cwd=ROOT
    )
    assert done.returncode in (0, 1)
    assert "NOT redacted" in done.stderr.decode()
    assert (
        json.loads(out.read_text())["sections"]["computer"]["data"]["hostname"]
        == socket.gethostname()
    )
    assert not map_path(out).exists()


def test_default_output_name_in_the_current_folder(tmp_path: Path) -> None:
    done = run("--sections", "os", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == 2
    assert names[0].startswith("sysinfo-") and names[0].endswith(".zip")
    assert names[1] == names[0] + ".pseudonyms.json"


def test_exit_status_is_1_when_a_section_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(ctx: Context) -> dict[str, Any]:
        raise RuntimeError("boom")

    monkeypatch.setitem(BY_ID, "os", Section("os", "Operating system", broken, 0))
    assert main(["--sections", "os", "memory", "-o", str(tmp_path / "r.zip")]) == 1
    assert "error" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--sections", "nope"])
    assert exc.value.code == 2
    assert "unknown section(s) nope" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["--timeout", "0"])
    assert exc.value.code == 2


def test_unwritable_output_exits_3(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["--sections", "os", "-q", "-o", str(blocker / "r.zip")]) == 3
