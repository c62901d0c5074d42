"""``serve``: run the HTTP API, as one process or as ``--workers N``.

Workers are uvicorn's own process model: the parent binds the address once and its
children accept on the shared socket, and the parent restarts a child that dies. Chosen
over gunicorn because it needs nothing more than uvicorn, which the service already runs
on, and works on Windows too (the desktop client embeds this service; gunicorn is
Unix-only). Each child builds its app from the same command line (``SERVE_ARGV``); the
parent runs the migration once before any child starts. With several workers every shared
state lives in the database (PostgreSQL: events by LISTEN/NOTIFY, lock-outs, budgets,
idempotency, upload offsets); see docs/architecture.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from datetime import timedelta

import uvicorn
from fastapi import FastAPI

from server.app import create_app
from server.commands._common import add_common, settings_from

# The ``serve`` arguments, handed from the parent to each worker process.
SERVE_ARGV = "PC_SERVER_SERVE_ARGV"


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
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="worker processes sharing the address (default 1); with more than one, use "
        "PostgreSQL: SQLite serialises every write across processes",
    )
    p.set_defaults(func=run)


def worker_app() -> FastAPI:
    """The app of one worker process (uvicorn's factory), from the parent's arguments."""
    from server.cli import build_parser

    args = build_parser().parse_args(["serve", *json.loads(os.environ[SERVE_ARGV])])
    return build(args, migrate=False)


def build(args: argparse.Namespace, *, migrate: bool = True) -> FastAPI:
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
    return create_app(settings_from(args, **overrides), migrate=migrate)


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    # Forwarded headers are the app's business (``trusted_proxies``), never uvicorn's,
    # which would believe them from loopback.
    options: dict[str, object] = dict(
        host=args.host, port=args.port, log_level="info", access_log=False, proxy_headers=False
    )
    if args.workers <= 1:
        uvicorn.run(build(args), **options)  # type: ignore[arg-type]
        return 0
    from server.app import build_state

    # Migrate once (and create the data folder and signing secret) before the workers race.
    build_state(settings_from(args)).db.dispose()
    os.environ[SERVE_ARGV] = json.dumps(_after_serve(getattr(args, "argv", sys.argv[1:])))
    uvicorn.run(
        "server.commands.serve:worker_app",
        factory=True,
        workers=args.workers,
        **options,  # type: ignore[arg-type]
    )
    return 0


def _after_serve(argv: list[str]) -> list[str]:
    """The options after ``serve`` on the command line (what the workers need)."""
    return argv[argv.index("serve") + 1 :] if "serve" in argv else argv
