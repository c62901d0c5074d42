"""The Linux desktop integration (L1, P3): the desktop entry and AppStream file validate;
the install script registers the entry, the icon and the link scheme for the user and the
uninstall removes them; on a virtual screen, ``xdg-open 'personal-cabinet://…'`` reaches the
running application through the desktop's own handler lookup."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.running_app import app_env, start, stop

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
INSTALL = LINUX / "install-desktop-entry.sh"
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops")


def _needs(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed (Debian: xdg-utils, desktop-file-utils, appstream)")
    return found


def _desktop(tmp_path: Path) -> dict[str, str]:
    """A user whose desktop folders are all in tmp_path."""
    env = dict(os.environ)
    for name, folder in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        env[name] = str(tmp_path / folder)
    env["XDG_DATA_DIRS"] = str(tmp_path / "data")  # not the machine's own entries
    env.pop("XDG_CURRENT_DESKTOP", None)
    env.pop("DESKTOP_SESSION", None)
    return env


def test_the_desktop_entry_and_appstream_metadata_validate() -> None:
    desktop = subprocess.run(
        [_needs("desktop-file-validate"), str(LINUX / "personal-cabinet.desktop")],
        capture_output=True,
        text=True,
    )
    assert desktop.returncode == 0 and "error" not in desktop.stdout, desktop.stdout
    appstream = subprocess.run(
        [
            _needs("appstreamcli"),
            "validate",
            "--no-net",
            str(LINUX / "personal-cabinet.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
    )
    assert appstream.returncode == 0, appstream.stdout + appstream.stderr


def test_install_registers_the_scheme_and_uninstall_removes_everything(tmp_path: Path) -> None:
    xdg_mime = _needs("xdg-mime")
    env = _desktop(tmp_path)
    app = tmp_path / "bin" / "personal-cabinet"
    subprocess.run(["sh", str(INSTALL), "--exec", str(app)], env=env, check=True, text=True)
    data = tmp_path / "data"
    entry = data / "applications" / "personal-cabinet.desktop"
    assert f"Exec={app} %u" in entry.read_text()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "personal-cabinet.svg").exists()
    assert (data / "metainfo" / "com.example.personal_cabinet.metainfo.xml").exists()
    handler = subprocess.run(
        [xdg_mime, "query", "default", "x-scheme-handler/personal-cabinet"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert handler.stdout.strip() == "personal-cabinet.desktop"

    subprocess.run(["sh", str(INSTALL), "--uninstall"], env=env, check=True, text=True)
    assert not entry.exists()
    left = [p for p in data.rglob("*") if p.is_file() and "personal" in p.name]
    assert left == []
    mimeapps = tmp_path / "config" / "mimeapps.list"
    assert "personal-cabinet" not in (mimeapps.read_text() if mimeapps.exists() else "")


@pytest.fixture
def screen() -> Iterator[str]:
    """A virtual screen of its own (Xvfb), for xdg-open, which opens links only on one."""
    xvfb = _needs("Xvfb")
    for number in range(140, 170):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            break
    display = f":{number}"
    proc = subprocess.Popen(
        [xvfb, display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        assert proc.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.1)
    yield display
    proc.terminate()
    proc.wait(timeout=10)


def test_xdg_open_reaches_the_running_application(tmp_path: Path, screen: str) -> None:
    xdg_open = _needs("xdg-open")
    env = _desktop(tmp_path)
    app = Path(sys.executable).parent / "personal-cabinet"  # the installed command
    subprocess.run(["sh", str(INSTALL), "--exec", str(app)], env=env, check=True)
    home = tmp_path / "home"
    env |= app_env(home) | {"DISPLAY": screen}
    env.pop("QT_QPA_PLATFORM", None)  # a real window on the virtual screen
    running = start([str(app)], home, env=env)
    try:
        link = "personal-cabinet://request?type=setup&product=internet-security"
        opened = subprocess.run([xdg_open, link], env=env, capture_output=True, timeout=60)
        assert opened.returncode == 0, opened.stderr
        log = home / "logs" / "personal-cabinet.log"
        deadline = time.monotonic() + 30
        while "handed over: personal-cabinet://request" not in (
            log.read_text(encoding="utf-8") if log.exists() else ""
        ):
            assert time.monotonic() < deadline, "the running application got no link"
            time.sleep(0.2)
    finally:
        code, err = stop(running)
    assert code == 0, err
