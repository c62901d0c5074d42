"""``purge-unactivated``: delete accounts never activated within the allowed time (A1)."""

from __future__ import annotations

import argparse
import re
from datetime import timedelta

from server.app import build_state
from server.commands._common import add_common, settings_from
from server.services.purge import purge_unactivated

_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


def duration(text: str) -> timedelta:
    """``5d``, ``12h``, ``30m``, ``10s`` (a bare number is days)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text.lower())
    if not m:
        raise argparse.ArgumentTypeError(f"not a duration: {text!r} (e.g. 5d, 12h, 30m, 10s)")
    return timedelta(**{_UNITS[m.group(2) or "d"]: float(m.group(1))})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "purge-unactivated", help="delete accounts that were never activated in time"
    )
    add_common(p)
    p.add_argument(
        "--older-than",
        type=duration,
        default=None,
        help="age of the accounts to delete, e.g. 5d or 12h (default: the service's 5 days)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    state = build_state(settings_from(args))
    older_than = args.older_than
    if older_than is None:
        older_than = state.settings.unactivated_purge_after
    try:
        with state.db.write() as db:
            count = purge_unactivated(db, older_than=older_than)
    finally:
        state.db.dispose()
    print(f"purged {count} unactivated account(s) older than {older_than}")
    return 0
