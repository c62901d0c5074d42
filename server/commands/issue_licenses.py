"""``issue-licenses``: make activation codes for a product, and optionally their key files."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path

from server import clock
from server.app import build_state
from server.commands._common import add_common, settings_from
from server.services import catalog, licenses


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "issue-licenses", help="issue activation codes (prints them; can write key files)"
    )
    add_common(p)
    p.add_argument("--product", required=True, help="product slug, as in the catalog")
    p.add_argument("--seats", type=_positive, default=1, help="seats per license (default 1)")
    p.add_argument("--days", type=_positive, default=365, help="validity in days (default 365)")
    p.add_argument("--count", type=_positive, default=1, help="how many codes (default 1)")
    p.add_argument(
        "--keyfiles", type=Path, default=None, help="write a signed key file per code here"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    state = build_state(settings_from(args))
    try:
        with state.db.write() as db:
            product = catalog.product_by_slug(db, args.product)
            if product is None:
                known = ", ".join(p.slug for p in catalog.products(db)) or "none yet (seed-demo)"
                print(f"No product {args.product!r}. Products: {known}")
                return 2
            issued = licenses.issue(
                db,
                product=product,
                seats=args.seats,
                expires_at=clock.now(db) + timedelta(days=args.days),
                count=args.count,
            )
            files = [licenses.key_file_of(lic, product, settings=state.settings) for lic in issued]
            codes = [lic.code for lic in issued]
        if args.keyfiles is not None:
            args.keyfiles.mkdir(parents=True, exist_ok=True)
            for code, (_, content) in zip(codes, files, strict=True):
                (args.keyfiles / f"{code}.key").write_bytes(content)
        for code in codes:
            print(code)
        if args.keyfiles is not None:
            print(f"# {len(codes)} key files written to {args.keyfiles}")
    finally:
        state.db.dispose()
    return 0
