"""``seed-demo``: the demo catalog and demo licenses (idempotent), printing the codes."""

from __future__ import annotations

import argparse

from server.app import build_state
from server.commands._common import add_common, settings_from
from server.services.demo_seed import seed_demo


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "seed-demo",
        help="add the demo catalog and demo licenses (idempotent) and print their activation codes",
        description=(
            "Add the demo catalog and the demo licenses (idempotent), then print each demo "
            "activation code with its product and what it shows (valid, renewal, expired, "
            "blocked, no seat left). The application lists the same codes on its Licenses page "
            "when it uses the local service."
        ),
    )
    add_common(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    state = build_state(settings_from(args))
    try:
        with state.db.write() as db:
            result = seed_demo(db)
    finally:
        state.db.dispose()
    print(
        f"demo data ready: {result.products_added} products and "
        f"{result.licenses_added} licenses added"
    )
    for demo in result.licenses:
        print(f"{demo.code}  {demo.product:<22} {demo.label}")
    return 0
