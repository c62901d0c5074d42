"""Options every command shares: where the data lives and which database to use."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from platformdirs import user_data_dir

from server.config import Settings


def default_data_dir() -> Path:
    env = os.environ.get("PERSONAL_CABINET_SERVER_DATA")
    return Path(env) if env else Path(user_data_dir("personal-cabinet-server", appauthor=False))


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="data folder (SQLite database, stored files, mail); default: the user data folder",
    )
    parser.add_argument(
        "--database",
        default=os.environ.get("PERSONAL_CABINET_DATABASE", ""),
        help="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db (default: SQLite in data dir)",
    )
    parser.add_argument(
        "--mail", default="", help="smtp://host:port, or file: for .eml files in DATA/mail"
    )


def settings_from(args: argparse.Namespace, **overrides: object) -> Settings:
    data_dir: Path = args.data_dir or default_data_dir()
    return Settings(
        data_dir=data_dir,
        database_url=args.database,
        mail_url=args.mail,
        **overrides,  # type: ignore[arg-type]
    )
