"""Service settings: one frozen object read from ``PC_SERVER_*`` environment variables, with
the CLI's flags (or the embedding code's arguments) taking precedence.

Every field can be set as ``PC_SERVER_<FIELD>``, e.g. ``PC_SERVER_DATA_DIR``,
``PC_SERVER_DATABASE_URL``, ``PC_SERVER_MAIL_URL``, ``PC_SERVER_ACCESS_TTL`` (durations as
seconds or ISO 8601, e.g. ``PT15M``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from server.data_dir import default_data_dir

ENV_PREFIX = "PC_SERVER_"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, frozen=True)

    # Default: the desktop application's embedded service's folder (server/data_dir.py).
    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str = ""
    # "file:" (default: .eml files in DATA/mail) or "smtp://host:port"
    mail_url: str = ""
    # Base of the links put into mails; the service's own address by default.
    public_url: str = "http://127.0.0.1:8765"
    mail_from: str = "Personal Cabinet <no-reply@personal-cabinet.invalid>"
    vendor_name: str = "Personal Cabinet demo vendor"
    access_ttl: timedelta = timedelta(minutes=15)
    refresh_ttl: timedelta = timedelta(days=30)
    activation_ttl: timedelta = timedelta(days=2)
    reset_ttl: timedelta = timedelta(hours=2)
    email_change_ttl: timedelta = timedelta(days=1)
    otp_ttl: timedelta = timedelta(minutes=10)
    captcha_ttl: timedelta = timedelta(minutes=10)
    unactivated_purge_after: timedelta = timedelta(days=5)
    reopen_window: timedelta = timedelta(days=30)
    # How soon staff should answer a waiting customer: the queue's "overdue" view and the
    # time left or over it shows.
    response_time: timedelta = timedelta(hours=8)
    # How long a staff member's "viewing" / "replying" presence lasts without a renewal.
    presence_ttl: timedelta = timedelta(seconds=30)
    upload_ttl: timedelta = timedelta(days=7)
    # Where file contents live: "file" (DATA/storage, the default) or "s3" (a bucket on an
    # S3-compatible store, shared by workers on any host; server/services/s3_storage.py).
    storage_backend: Literal["file", "s3"] = "file"
    s3_bucket: str = ""
    s3_prefix: str = ""  # e.g. "personal-cabinet/": keys are made under it
    s3_endpoint_url: str = ""  # empty: AWS; else e.g. http://minio:9000
    s3_region: str = "us-east-1"
    s3_access_key_id: str = ""  # empty: boto3's own chain (environment, profile, role)
    s3_secret_access_key: str = ""
    form_file_limit: int = 2 * 1024 * 1024
    tus_max_size: int = 4 * 1024 * 1024 * 1024
    # The largest single Virus Lab sample (unpacked); the client refuses larger ones before
    # packing them, and the service checks the archive's listing against it.
    sample_limit: int = 256 * 1024 * 1024
    # Lock-out: this many failures within the window lock the key; each further lock doubles.
    lockout_threshold: int = 5
    lockout_base: timedelta = timedelta(seconds=30)
    lockout_max: timedelta = timedelta(minutes=30)
    # Per-source budget for registration, reset, resend: count per window.
    source_budget: int = 20
    source_window: timedelta = timedelta(minutes=10)
    # Sign-in attempts allowed per source per window before 429, independent of accounts.
    signin_source_budget: int = 60
    # Captcha images per source per window (a person needs a few; each costs a rendering).
    captcha_source_budget: int = 30
    # Failures from everywhere never lock an account; past ``lockout_threshold`` of them
    # each sign-in to it waits a little longer, up to this; its owner is mailed at most
    # once per alert window.
    signin_slowdown_max: timedelta = timedelta(seconds=2)
    signin_alert_window: timedelta = timedelta(hours=1)
    # A keyed POST's claim is renewed while it runs; one older than this lease belongs to a
    # process that died, and the next retry with the key takes it over.
    idempotency_lease: timedelta = timedelta(seconds=10)
    # Addresses of the reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are
    # believed (IPs or networks, "*" for any); none by default, so every caller's source
    # is the address it connects from and a forged header buys no fresh budget.
    trusted_proxies: tuple[str, ...] = ()
    # Mails per account, and per recipient address, within the mail window.
    mail_account_budget: int = 20
    mail_recipient_budget: int = 10
    mail_window: timedelta = timedelta(hours=1)
    vendor_key_path: Path | None = None
    # Argon2 cost, a name in ``argon2.profiles``; empty keeps the process's (the library's
    # recommendation). Only the test suite names one ("CHEAPEST").
    password_profile: str = ""
    # Test/dev hook: sees each captcha's answer as it is issued (never exposed over HTTP).
    captcha_observer: Callable[[str, str], None] | None = Field(default=None, exclude=True)
    # Empty: read from (or first written to) DATA/secret.key, so tokens survive restarts.
    token_secret: str = Field(default="", repr=False)

    @property
    def mail_dir(self) -> Path:
        return self.data_dir / "mail"

    @property
    def storage_dir(self) -> Path:
        return self.data_dir / "storage"

    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'service.sqlite3'}"
