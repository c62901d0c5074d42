"""``migrate``: bring the database schema to the newest revision."""

from __future__ import annotations

import argparse

from server.commands._common import add_common, settings_from
from server.db.migrate import upgrade


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("migrate", help="apply database migrations")
    add_common(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.resolved_database_url())
    print("database is up to date")
    return 0
