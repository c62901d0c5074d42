"""``personal-cabinet``'s arguments: the usual launches are read without argparse, exactly as
argparse reads them; everything else is left to argparse."""

from __future__ import annotations

import pytest

from app.main import build_parser, read_plain

PLAIN = [
    [],
    ["--exit-after-shown"],
    ["personal-cabinet://licenses?code=AAAAA-BBBBB-CCCCC-DDDDD"],
    ["--server", "https://support.example.com"],
    ["--server=https://support.example.com", "personal-cabinet://request?type=updates"],
    ["personal-cabinet://request", "--server", "http://127.0.0.1:8000", "--exit-after-shown"],
    ["--server", "https://a.example.com", "--server=https://b.example.com"],
    ["--server="],
    ["--server", "personal-cabinet://licenses"],
    ["two", "links"],
]

FOR_ARGPARSE = [
    ["--help"],
    ["-h"],
    ["--request", "--type", "updates"],
    ["--server"],
    ["--server", "--exit-after-shown"],
    ["--serv", "https://support.example.com"],
    ["--", "personal-cabinet://licenses"],
    ["-"],
]


@pytest.mark.parametrize("args", PLAIN)
def test_the_usual_launches_read_as_argparse_reads_them(args: list[str]) -> None:
    options, rest = build_parser(with_launch_options=False).parse_known_args(args)
    assert read_plain(args) == (options.server, options.exit_after_shown, rest)


@pytest.mark.parametrize("args", FOR_ARGPARSE)
def test_anything_else_is_left_to_argparse(args: list[str]) -> None:
    assert read_plain(args) is None
