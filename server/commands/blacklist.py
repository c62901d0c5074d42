"""``blacklist``: block an activation code; accounts holding it then see it as blocked."""

from __future__ import annotations

import argparse

from server.app import build_state
from server.commands._common import add_common, settings_from
from server.errors import Problem
from server.services import licenses


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("blacklist", help="block an activation code")
    add_common(p)
    p.add_argument("code", help="the activation code (any case, hyphens optional)")
    p.add_argument("--reason", default="", help="kept with the code for the helpdesk")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        licenses.normalize_code(args.code)
    except Problem as exc:
        print(exc)  # English, its fields filled
        return 2
    state = build_state(settings_from(args))
    try:
        with state.db.write() as db:
            lic = licenses.blacklist(db, code=args.code, reason=args.reason)
            if lic is None:
                print("No license has this activation code.")
                return 2
            print(f"blacklisted: {lic.code}")
    finally:
        state.db.dispose()
    return 0
