"""What a password hash costs: the recommended Argon2 parameters wherever the service runs,
the cheapest only in the services the test suite starts (it names them in their settings)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy
from argon2 import extract_parameters, profiles
from sqlalchemy import select

from server.db.models import User
from tests.server.conftest import STRONG_PASSWORD, new_account
from tests.support.live_service import LiveService


def test_the_command_line_hashes_at_the_recommended_cost(tmp_path: Path) -> None:
    data = tmp_path / "service"
    env = {**os.environ, "PERSONAL_CABINET_DATABASE": ""}
    command = [sys.executable, "-m", "server.cli", "create-staff", "desk@example.com"]
    subprocess.run(
        [*command, "--password", STRONG_PASSWORD, "--data-dir", str(data)],
        check=True,
        capture_output=True,
        env=env,
        timeout=120,
    )
    engine = sqlalchemy.create_engine(f"sqlite:///{data / 'service.sqlite3'}")
    try:
        with engine.connect() as conn:
            stored = conn.execute(select(User.password_hash)).scalar_one()
    finally:
        engine.dispose()
    assert extract_parameters(stored) == profiles.RFC_9106_LOW_MEMORY


def test_the_suites_services_hash_at_the_cheapest_cost(service: LiveService) -> None:
    caller = new_account(service, signin=False)
    assert service.state is not None
    with service.state.db.read() as db:
        stored = db.scalars(select(User.password_hash).where(User.id == caller.user_id)).one()
    assert extract_parameters(stored) == profiles.CHEAPEST
