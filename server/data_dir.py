"""The service's default data folder: the one the desktop application's embedded service uses.

``personal-cabinet-server`` commands run with default options then work on the same
database as the embedded service (a staff account made with ``create-staff`` can sign in
there). The path is computed here, not imported, because the service never imports the
client; ``tests/app`` checks it equals ``app.core.paths.service_data_dir()``.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "personal-cabinet"
# The client's override: everything under one folder (its ``data/service`` for the service).
HOME_ENV = "PERSONAL_CABINET_HOME"


def default_data_dir() -> Path:
    home = os.environ.get(HOME_ENV, "").strip()
    base = (
        Path(home).expanduser() / "data" if home else platformdirs.user_data_path(APP_NAME, False)
    )
    return base / "service"
