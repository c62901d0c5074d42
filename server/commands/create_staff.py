"""``create-staff``: add a helpdesk account (active at once)."""

from __future__ import annotations

import argparse
import getpass

from server.app import build_state
from server.commands._common import add_common, settings_from
from server.services import accounts
from server.services.passwords import policy_problems


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("create-staff", help="create a helpdesk staff account")
    add_common(p)
    p.add_argument("email")
    p.add_argument("--name", default="")
    p.add_argument("--password", default="", help="default: asked for on the terminal")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    password = args.password or getpass.getpass("Password for the staff account: ")
    problems = policy_problems(password, email=args.email)
    if problems:
        print("Password refused:", " ".join(problems))
        return 2
    state = build_state(settings_from(args))
    with state.db.write() as db:
        if accounts.email_taken(db, args.email):
            print("An account with this e-mail already exists.")
            return 2
        user = accounts.create_user(
            db, email=args.email, password=password, role="staff", active=True, name=args.name
        )
        print(f"staff account created: {user.email} (Customer ID {user.customer_id})")
    return 0
