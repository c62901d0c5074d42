"""``personal-cabinet``: the desktop client's entry point (also ``python -m app``).

Only the arguments are read here (the usual ones without argparse, ``read_plain``); Qt
and the rest load in ``app.gui.application``. The
launch-link options (L2) are listed in ``--help`` and acted on by the window, so that a bad
link gives a notice instead of stopping the start.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


def build_parser(*, with_launch_options: bool = True) -> argparse.ArgumentParser:
    import argparse  # only when ``read_plain`` cannot read the arguments

    parser = argparse.ArgumentParser(
        prog="personal-cabinet",
        description="Personal Cabinet: requests to Technical Support and the Virus Lab, "
        "their answers, and licenses.",
        add_help=with_launch_options,
    )
    parser.add_argument(
        "--server",
        metavar="URL",
        default=None,
        help="the support service to use, e.g. https://support.example.com "
        "(default: the one in Settings, or the local service on this computer)",
    )
    parser.add_argument(
        "--exit-after-shown",
        action="store_true",
        help=argparse.SUPPRESS,  # benchmarks and smoke tests: quit once the window is shown
    )
    if with_launch_options:
        from app.core import launch_links

        launch_links.add_options(parser)
    return parser


def frozen_command() -> str:
    """In a frozen build, the command this executable was started as: one program is all
    three (``personal-cabinet``, ``personal-cabinet-server``, ``getsysteminfo``; symbolic
    links to one file on Linux and macOS, copies on Windows)."""
    if not getattr(sys, "frozen", False):
        return ""
    return Path(sys.argv[0] if sys.argv and sys.argv[0] else sys.executable).stem.casefold()


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = frozen_command()
    if command == "personal-cabinet-server":
        from server.cli import main as service_main

        return service_main(args)
    if command == "getsysteminfo":
        from app.sysinfo.cli import main as sysinfo_main

        return sysinfo_main(args)
    if args[:1] == ["--run-service"]:
        # A frozen build has no "python -m server.cli"; the embedded service runs this way.
        from server.cli import main as service_main

        return service_main(args[1:])
    plain = read_plain(args)
    if plain is None:
        # The launch-link options are only needed for --help here (the window parses them);
        # leaving them out keeps their imports off the way to the first window.
        wants_help = any(a in ("-h", "--help") for a in args)
        options, rest = build_parser(with_launch_options=wants_help).parse_known_args(args)
        plain = (options.server, options.exit_after_shown, rest)
    server_url, exit_after_shown, rest = plain
    # No cyclic garbage collection on the way to the window: loading Qt's bindings makes
    # tens of thousands of objects, and each automatic collection walks them again. Once
    # the window's context exists, a timer collects on the GUI thread instead
    # (app/gui/collector.py), which also turns automatic collection back on at the end.
    import gc

    gc.disable()
    from app.gui.application import run

    # The window gets what is left: the launch link and its options, not --server or
    # --exit-after-shown, which it would otherwise report as not understood.
    return run(rest, server_url=server_url, exit_after_shown=exit_after_shown)


def read_plain(args: Sequence[str]) -> tuple[str | None, bool, list[str]] | None:
    """The usual launches — nothing, a launch link, ``--server URL`` — read as
    ``build_parser`` would, without argparse: building a parser loads gettext, locale and
    shutil (about 4 ms before the window). None when anything else is there, for argparse
    to read (options of launch links, ``--help``, mistakes and their messages)."""
    server: str | None = None
    exit_after_shown = False
    rest: list[str] = []
    at = 0
    while at < len(args):
        arg = args[at]
        if arg == "--exit-after-shown":
            exit_after_shown = True
        elif arg == "--server" and at + 1 < len(args) and not args[at + 1].startswith("-"):
            at += 1
            server = args[at]
        elif arg.startswith("--server="):
            server = arg.removeprefix("--server=")
        elif arg.startswith("-"):
            return None
        else:
            rest.append(arg)
        at += 1
    return server, exit_after_shown, rest


if __name__ == "__main__":
    sys.exit(main())
