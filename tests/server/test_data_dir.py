"""``personal-cabinet-server`` with default options works on the embedded service's data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from app.core import paths
from server.config import ENV_PREFIX, Settings
from server.data_dir import HOME_ENV, default_data_dir
from tests.server.conftest import STRONG_PASSWORD
from tests.support.live_service import free_port, wait_healthy


@pytest.mark.parametrize("home", [True, False], ids=["PERSONAL_CABINET_HOME", "platformdirs"])
def test_server_default_is_the_clients_service_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, home: bool
) -> None:
    if home:
        monkeypatch.setenv(HOME_ENV, str(tmp_path / "profile"))
        assert default_data_dir() == paths.service_data_dir()
    else:
        # Only compared, never created: without the override this is the real profile.
        monkeypatch.delenv(HOME_ENV, raising=False)
        assert default_data_dir() == paths.data_dir() / "service"
    assert HOME_ENV == paths.HOME_ENV


def test_settings_default_and_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "profile"))
    assert Settings().data_dir == paths.service_data_dir()
    monkeypatch.setenv(f"{ENV_PREFIX}DATA_DIR", str(tmp_path / "elsewhere"))
    monkeypatch.setenv(f"{ENV_PREFIX}ACCESS_TTL", "PT3M")
    settings = Settings()
    assert settings.data_dir == tmp_path / "elsewhere"
    assert settings.access_ttl.total_seconds() == 180
    # Arguments (the CLI's flags) win over the environment.
    assert Settings(data_dir=tmp_path / "flag").data_dir == tmp_path / "flag"


def _cli_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(ENV_PREFIX)}
    env[HOME_ENV] = str(home)
    return env


@pytest.mark.slow
def test_staff_made_with_default_options_signs_in_to_default_service(tmp_path: Path) -> None:
    env = _cli_env(tmp_path / "profile")
    email = "helpdesk@example.com"
    made = subprocess.run(
        [sys.executable, "-m", "server.cli", "create-staff", email, "--password", STRONG_PASSWORD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_healthy(url, timeout=60)
        r = requests.post(
            f"{url}/api/v1/auth/signin",
            json={"login": email, "password": STRONG_PASSWORD},
            timeout=30,
        )
        assert r.status_code == 200, r.text
        me = requests.get(
            f"{url}/api/v1/me",
            headers={"Authorization": f"Bearer {r.json()['access_token']}"},
            timeout=30,
        )
        assert me.json()["role"] == "staff"
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert (tmp_path / "profile" / "data" / "service" / "service.sqlite3").exists()
