"""Every folder and file the client uses, in one place, over platformdirs.

Setting ``PERSONAL_CABINET_HOME`` puts all of them under that one folder (``config``,
``data``, ``cache``, ``logs`` inside it); tests do this so nothing touches a real profile.
The variable is read on every call, so a test can change it at any time.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "personal-cabinet"
HOME_ENV = "PERSONAL_CABINET_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Settings; small, the user's choices."""
    home = _home()
    return _ensure(home / "config" if home else platformdirs.user_config_path(APP_NAME, False))


def data_dir() -> Path:
    """What must survive: drafts, outbox, upload resume records, the embedded service."""
    home = _home()
    return _ensure(home / "data" if home else platformdirs.user_data_path(APP_NAME, False))


def cache_dir() -> Path:
    """What may be thrown away: downloaded attachments, generated reports."""
    home = _home()
    return _ensure(home / "cache" if home else platformdirs.user_cache_path(APP_NAME, False))


def logs_dir() -> Path:
    """Log files and crash reports."""
    home = _home()
    return _ensure(home / "logs" if home else platformdirs.user_log_path(APP_NAME, False))


def drafts_dir() -> Path:
    """Support-request wizard drafts (W6)."""
    return _ensure(data_dir() / "drafts")


def outbox_dir() -> Path:
    """Submissions queued while the service was unreachable (W7)."""
    return _ensure(data_dir() / "outbox")


def reply_outbox_dir() -> Path:
    """Replies to requests written while the service was away (kept apart from the
    wizard's outbox: they are sent to a request, not filed)."""
    return _ensure(data_dir() / "reply-outbox")


def uploads_dir() -> Path:
    """Resume records of tus uploads, so an upload continues after a restart (W3)."""
    return _ensure(data_dir() / "uploads")


def crash_reports_dir() -> Path:
    return _ensure(logs_dir() / "crashes")


def service_data_dir() -> Path:
    """The embedded service's data folder: SQLite database, secret key, ``mail/`` (.eml)."""
    return _ensure(data_dir() / "service")


def service_mail_dir() -> Path:
    """Where the embedded service writes its mails: the client's "Local mailbox"."""
    return service_data_dir() / "mail"


def settings_file() -> Path:
    return config_dir() / "settings.json"
