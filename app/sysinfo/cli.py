"""``getsysteminfo``: write a system report without the GUI (S5).

Progress goes to standard error; the exit status is 0 only when every section ended ``ok``
or ``skipped`` (nothing of the kind on this machine), 1 when any section was partial, timed
out, failed or needed administrator rights, 2 on a usage error, 3 when the output could not
be written, 130 when interrupted.

``getsysteminfo compare A B`` compares two reports instead (exit status 0, or 2 when a file
is not a report).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import os
import sys
import time
from pathlib import Path

from app.sysinfo.model import FORMATS, Progress, Report
from app.sysinfo.runner import DEFAULT_TIMEOUT, build_report
from app.sysinfo.sections import SECTIONS

EXIT_OK, EXIT_INCOMPLETE, EXIT_USAGE, EXIT_WRITE, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="getsysteminfo",
        description="Write a system report for technical support. Host and user names, "
        "home folders, IP and MAC addresses, serial numbers and UUIDs are replaced by "
        "pseudonyms and secrets in command lines are removed, unless --no-redact is given.",
        epilog="Sections: " + ", ".join(f"{s.id} ({s.title})" for s in SECTIONS),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write ('-' for standard output); default sysinfo-DATE-TIME.<format> "
        "in the current folder",
    )
    parser.add_argument("--format", choices=FORMATS, default="zip", help="default: zip")
    parser.add_argument(
        "--no-redact",
        action="store_true",
        help="keep real names, addresses and secrets (for local use only; do not send)",
    )
    parser.add_argument(
        "--sections",
        nargs="+",
        metavar="SECTION",
        help="only these sections (space or comma separated)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="S",
        help=f"time budget of each section in seconds; sections run at once, so this also "
        f"bounds the whole report (default {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument("--product", metavar="NAME", help="the security product's name")
    parser.add_argument("--product-version", metavar="VERSION")
    parser.add_argument(
        "--product-process",
        action="append",
        default=[],
        metavar="NAME",
        help="a process name of the security product (repeatable)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    return parser


def compare_main(argv: list[str]) -> int:
    import json

    from app.sysinfo.archive import ReportFileError, load_report
    from app.sysinfo.compare import compare, to_json, to_text

    parser = argparse.ArgumentParser(
        prog="getsysteminfo compare",
        description="Compare two system reports: per section the rows added, removed and "
        "changed, with a summary line for each.",
    )
    parser.add_argument("earlier", type=Path, help="the earlier report (zip or report.json)")
    parser.add_argument("later", type=Path, help="the later report")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args(argv)
    try:
        before, after = load_report(args.earlier), load_report(args.later)
    except ReportFileError as exc:
        print(f"getsysteminfo compare: {exc}", file=sys.stderr)
        return EXIT_USAGE
    diffs = compare(before, after)
    if args.format == "json":
        sys.stdout.write(json.dumps(to_json(diffs), ensure_ascii=False, default=str) + "\n")
    else:
        sys.stdout.write(to_text(diffs))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["compare"]:
        return compare_main(argv[1:])
    parser = _parser()
    parser.epilog = (parser.epilog or "") + ". To compare two reports: getsysteminfo compare A B"
    args = parser.parse_args(argv)
    sections = None
    if args.sections:
        sections = [name for item in args.sections for name in item.split(",") if name]
        known = {s.id for s in SECTIONS}
        unknown = [s for s in sections if s not in known]
        if unknown:
            parser.error(f"unknown section(s) {', '.join(unknown)}; known: {', '.join(known)}")
    if args.timeout <= 0:
        parser.error("--timeout must be positive")
    product = None
    if args.product or args.product_process:
        product = {
            "name": args.product,
            "version": args.product_version,
            "processes": args.product_process,
        }

    def show(p: Progress) -> None:
        if not args.quiet:
            print(
                f"[{p.done:2}/{p.total}] {p.title:<28} {p.status.value:<11} {p.duration_ms:>6} ms",
                file=sys.stderr,
                flush=True,
            )

    started = time.monotonic()
    try:
        report = build_report(
            sections=sections,
            timeout=args.timeout,
            redact=not args.no_redact,
            progress=show,
            product=product,
            # The writing half (zip, HTML, tables) is imported while the sections collect:
            # they mostly wait on the kernel and on commands.
            while_collecting=lambda: importlib.import_module("app.sysinfo.archive"),
        )
    except KeyboardInterrupt:
        print("interrupted; no report written", file=sys.stderr)
        return EXIT_INTERRUPTED
    from app.sysinfo.archive import write_report

    ext = {"zip": "zip", "json": "json", "html": "html"}[args.format]
    output = args.output or time.strftime(f"sysinfo-%Y%m%d-%H%M%S.{ext}")
    try:
        if output == "-":
            _to_stdout(report, args.format)
            kept = None
        else:
            target = Path(output)
            written = write_report(report, target, fmt=args.format)
            kept = written if written != target else None
    except OSError as exc:
        print(f"cannot write {output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_WRITE
    if not args.quiet:
        summary = ", ".join(f"{n} {status}" for status, n in report.document["summary"].items())
        where = "standard output" if output == "-" else output
        print(
            f"wrote {where} ({summary}) in {time.monotonic() - started:.2f} s",
            file=sys.stderr,
        )
        if kept is not None:
            print(f"pseudonym map kept on this machine: {kept} (never send it)", file=sys.stderr)
        if not report.redacted:
            print(
                "NOT redacted: real names and addresses are in it; do not send it", file=sys.stderr
            )
    return EXIT_OK if report.succeeded else EXIT_INCOMPLETE


def _to_stdout(report: Report, fmt: str) -> None:
    from app.sysinfo.archive import render

    sys.stdout.buffer.write(render(report, fmt))
    sys.stdout.buffer.flush()


def run() -> None:
    """The ``getsysteminfo`` command: ``main``, then out without tearing the interpreter down.

    The report and its map are written and closed by then; freeing every object and
    module one by one (and the section threads left behind) is ~10 ms of a ~250 ms command
    for nothing. Standard streams are flushed first. The cyclic garbage collector is off
    meanwhile: a report is plain dicts and lists, and its ~30 passes over the young objects
    cost ~10 ms of a process that lives a quarter of a second.
    """
    gc.disable()
    code = main()
    for stream in (sys.stdout, sys.stderr):
        # A closed pipe: nothing more can reach it anyway.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
