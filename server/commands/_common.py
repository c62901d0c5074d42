"""Options every command shares: where the data lives and which database to use."""

from __future__ import annotations

import argparse
from pathlib import Path

from server.config import Settings


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="data folder (SQLite database, stored files, mail); default: PC_SERVER_DATA_DIR, "
        "else the desktop application's embedded service folder",
    )
    parser.add_argument(
        "--database",
        default=None,
        help="SQLAlchemy URL, e.g. postgresql+psycopg://user@host/db (default: "
        "PC_SERVER_DATABASE_URL, else SQLite in the data folder)",
    )
    parser.add_argument(
        "--mail",
        default=None,
        help="smtp://host:port, or file: for .eml files in DATA/mail (default: PC_SERVER_MAIL_URL)",
    )


def settings_from(args: argparse.Namespace, **overrides: object) -> Settings:
    """Settings from PC_SERVER_* variables and defaults, with the flags given on top."""
    given = {
        "data_dir": args.data_dir,
        "database_url": args.database,
        "mail_url": args.mail,
        **overrides,
    }
    return Settings(**{k: v for k, v in given.items() if v is not None})
