"""``serve``: run the HTTP API."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import timedelta

import uvicorn

from server.app import create_app
from server.commands._common import add_common, settings_from


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("serve", help="run the HTTP API")
    add_common(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument(
        "--public-url", default="", help="base of links in mails (default: http://HOST:PORT)"
    )
    p.add_argument(
        "--captcha-answers-file",
        default="",
        help="development and tests only: append each captcha's id and answer to this file",
    )
    p.add_argument(
        "--idempotency-lease",
        type=float,
        default=None,
        metavar="SECONDS",
        help="after how long a keyed POST's claim counts as abandoned by a dead process "
        "(default: 10)",
    )
    p.add_argument(
        "--trusted-proxy",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="a reverse proxy (IP or network) whose X-Forwarded-For is believed; repeat for "
        "more; default: none, so forwarded headers are ignored",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    overrides: dict[str, object] = {
        "public_url": args.public_url or f"http://{args.host}:{args.port}"
    }
    if args.idempotency_lease is not None:
        overrides["idempotency_lease"] = timedelta(seconds=args.idempotency_lease)
    if args.trusted_proxy:
        overrides["trusted_proxies"] = tuple(args.trusted_proxy)
    if args.captcha_answers_file:
        path = args.captcha_answers_file
        print("warning: captcha answers are written to", path, file=sys.stderr)

        def observe(captcha_id: str, answer: str) -> None:
            with open(path, "a", encoding="utf-8") as fh:
                fh.write(f"{captcha_id} {answer}\n")

        overrides["captcha_observer"] = observe
    app = create_app(settings_from(args, **overrides))
    # Forwarded headers are the app's business (``trusted_proxies``), never uvicorn's,
    # which would believe them from loopback.
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level="info",
        access_log=False,
        proxy_headers=False,
    )
    return 0
