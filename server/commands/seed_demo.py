"""``seed-demo``: the demo catalog and demo licenses (idempotent), printing the codes."""

from __future__ import annotations

import argparse

from server.app import build_state
from server.commands._common import add_common, settings_from
from server.services.demo_seed import seed_demo


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("seed-demo", help="add the demo catalog and demo licenses (idempotent)")
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
