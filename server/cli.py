"""``personal-cabinet-server``: serve the API and administer its data.

Each sub-command lives in ``server/commands/<name>.py`` with ``register(subparsers)``;
the parser sets ``func`` to call with the parsed arguments.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

import server.commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="personal-cabinet-server", description="The Personal Cabinet support service."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(server.commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"server.commands.{info.name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(given)
    args.argv = given  # as typed: ``serve --workers`` hands it to each worker
    result = args.func(args)
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
