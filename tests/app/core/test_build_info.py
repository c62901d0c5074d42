"""The build's identity: from the stamp a frozen build carries, else from git in a checkout,
else "unknown" — never a guess."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from app import __version__
from app.core import build_info


def test_a_stamp_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stamp = tmp_path / "_build.json"
    stamp.write_text(json.dumps({"commit": "abc1234567", "built": "2026-12-01"}))
    monkeypatch.setattr(build_info, "STAMP", stamp)
    build_info.current.cache_clear()
    try:
        info = build_info.current()
    finally:
        build_info.current.cache_clear()
    assert (info.version, info.commit, info.built) == (__version__, "abc1234567", "2026-12-01")
    assert info.line == f"{__version__} (abc1234567, 2026-12-01)"


def test_a_checkout_asks_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "checkout"
    (root / "app").mkdir(parents=True)
    for args in (
        ["init", "-q"],
        ["-c", "user.email=a@b", "-c", "user.name=a", "commit", "-q", "--allow-empty", "-m", "x"],
    ):
        subprocess.run(["git", "-C", str(root), *args], check=True)
    head = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "--short=10", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    monkeypatch.setattr(build_info, "STAMP", root / "app" / "_build.json")
    build_info.current.cache_clear()
    try:
        info = build_info.current()
    finally:
        build_info.current.cache_clear()
    assert info.commit == head and info.built[:2] == "20"


def test_neither_says_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "app").mkdir()
    monkeypatch.setattr(build_info, "STAMP", tmp_path / "app" / "_build.json")
    build_info.current.cache_clear()
    try:
        info = build_info.current()
    finally:
        build_info.current.cache_clear()
    assert (info.commit, info.built) == (build_info.UNKNOWN, build_info.UNKNOWN)
