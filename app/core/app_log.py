"""The application's own log file (``logs/personal-cabinet.log`` in the profile): what a
support expert asks for when something went wrong — warnings, and the few events worth
knowing (a link handed over by a later start). Never secrets: callers log what happened,
not the values typed or the codes in a link."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

FILE_NAME = "personal-cabinet.log"
_MAX_BYTES = 1024 * 1024


def configure(folder: Path) -> Path:
    """Log the application's INFO and everyone's WARNING to ``folder`` (once per process)."""
    path = folder / FILE_NAME
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    handler = RotatingFileHandler(path, maxBytes=_MAX_BYTES, backupCount=1, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    logging.getLogger("app").setLevel(logging.INFO)
    return path
