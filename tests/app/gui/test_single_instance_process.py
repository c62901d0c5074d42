"""A second launch with a product's link hands it to the running application and exits; the
running one acts on it and still quits cleanly right after (it once crashed in the socket's
signal when it was told to quit while acting on a link)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.running_app import app_env, start, stop

APP = [sys.executable, "-m", "app"]


@pytest.mark.parametrize(
    "link",
    [
        "personal-cabinet://licenses?code=AAAAA-BBBBB-CCCCC-DDDDD",
        "personal-cabinet://request?type=setup",
    ],
)
def test_a_link_reaches_the_running_instance_which_then_quits_cleanly(
    tmp_path: Path, link: str
) -> None:
    home = tmp_path / "home"
    running = start(APP, home)
    try:
        second = subprocess.run(
            [*APP, link], env=app_env(home), capture_output=True, text=True, timeout=30
        )
    finally:
        code, err = stop(running)
    assert second.returncode == 0, second.stderr  # handed over, no second window
    assert code == 0, err
    logged = (home / "logs" / "personal-cabinet.log").read_text(encoding="utf-8")
    assert f"a later start handed over: {link.split('?')[0]}" in logged
    assert "AAAAA-BBBBB" not in logged  # what a link carries stays out of the log
    assert "Traceback" not in err and "Segmentation" not in err
