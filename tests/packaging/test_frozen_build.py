"""The frozen one-folder build, as a user without Python would run it (P3): built here by
``scripts/build.sh``, its window opens, its embedded service migrates and answers, a
product's link reaches the running instance, and ``getsysteminfo`` and
``personal-cabinet-server`` work from the same folder. Slow: the build takes a minute."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from app.core.ports import pick_port
from tests.support.running_app import app_env, start, stop

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("ru", "de", "pl", "fr", "es")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build"),
    pytest.mark.timeout(900),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    out = tmp_path_factory.mktemp("frozen")
    env = dict(os.environ, DIST=str(out / "dist"), WORK=str(out / "work"), SKIP_INSTALL="1")
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=840,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    yield out / "dist" / "personal-cabinet"


def _no_python(env: dict[str, str]) -> dict[str, str]:
    """Nothing of this checkout's Python may help the frozen build along."""
    env = {k: v for k, v in env.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PATH"] = "/usr/bin:/bin"
    return env


def _listening(pid: int) -> list[int]:
    try:
        children = psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []
    ports = []
    for child in children:
        try:
            ports += [c.laddr.port for c in child.net_connections("tcp") if c.status == "LISTEN"]
        except psutil.Error:
            continue
    return ports


def _health(port: int, timeout: float = 60) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as r:
                answer: dict[str, object] = json.loads(r.read())
                return answer
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_the_three_commands_are_in_one_folder(bundle: Path) -> None:
    for name in ("personal-cabinet", "personal-cabinet-server", "getsysteminfo"):
        assert os.access(bundle / name, os.X_OK), name
    inside = (
        "server/db/migrations/env.py",
        "server/db/migrations/versions",
        "app/_build.json",
        "server/locales/de/LC_MESSAGES/messages.po",
        *(f"resources/translations/personal_cabinet_{lang}.qm" for lang in LANGUAGES),
        *(f"PySide6/Qt/translations/qtbase_{lang}.qm" for lang in LANGUAGES),
    )
    for data in inside:
        assert (bundle / "_internal" / data).exists(), data
    stamp = json.loads((bundle / "_internal" / "app" / "_build.json").read_text())
    assert stamp["commit"] and stamp["built"]


def test_the_window_opens_and_the_local_service_migrates_and_answers(
    bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    env = _no_python(app_env(home))
    shown = subprocess.run(
        [str(bundle / "personal-cabinet"), "--exit-after-shown"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "main window shown" in shown.stdout, shown.stderr

    running = start([str(bundle / "personal-cabinet")], home, env=env)
    try:
        deadline = time.monotonic() + 90
        while not (ports := _listening(running.pid)):
            assert running.poll() is None and time.monotonic() < deadline, "no local service"
            time.sleep(0.3)
        assert _health(ports[0])["status"] == "ok"
        link = "personal-cabinet://licenses?code=AAAAA-BBBBB-CCCCC-DDDDD"
        second = subprocess.run(
            [str(bundle / "personal-cabinet"), link], env=env, capture_output=True, timeout=60
        )
        assert second.returncode == 0, second.stderr  # handed to the running window
    finally:
        code, err = stop(running)
    assert code == 0, err
    assert (home / "data" / "service").is_dir()


def test_getsysteminfo_writes_a_report(bundle: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.zip"
    done = subprocess.run(
        [str(bundle / "getsysteminfo"), "-q", "-o", str(report), "--sections", "os", "cpu"],
        env=_no_python(dict(os.environ)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(report) as archive:
        assert any(name.endswith(".json") for name in archive.namelist())


def test_the_service_command_migrates_and_serves(bundle: Path, tmp_path: Path) -> None:
    server = str(bundle / "personal-cabinet-server")
    env = _no_python(dict(os.environ))
    data = tmp_path / "service"
    migrated = subprocess.run(
        [server, "migrate", "--data-dir", str(data)], env=env, capture_output=True, text=True
    )
    assert migrated.returncode == 0, migrated.stderr
    port = pick_port()
    serving = subprocess.Popen(
        [server, "serve", "--port", str(port), "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert _health(port)["status"] == "ok"
    finally:
        serving.terminate()
        serving.communicate(timeout=30)
