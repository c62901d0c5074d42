"""The administration commands: issue-licenses, blacklist, seed-demo (run as the CLI runs them)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.keyfile import load_key_file
from server.cli import main
from server.services.demo_seed import DEMO_LICENSES
from tests.server.conftest import ServiceFactory, new_account
from tests.support.live_service import LiveService

CODE_RE = re.compile(r"^[A-Z0-9]{5}(-[A-Z0-9]{5}){3}$")


def _cli(svc: LiveService, *argv: str) -> int:
    where = ["--data-dir", str(svc.settings.data_dir), "--database", svc.settings.database_url]
    return main([argv[0], *where, *argv[1:]])


def test_seed_demo_is_idempotent_and_its_codes_behave(
    make_service: ServiceFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    svc = make_service()
    assert _cli(svc, "seed-demo") == 0
    first = capsys.readouterr().out
    assert "7 products and 7 licenses added" in first
    assert all(demo.code in first for demo in DEMO_LICENSES)
    assert _cli(svc, "seed-demo") == 0
    assert "0 products and 0 licenses added" in capsys.readouterr().out

    user = new_account(svc)
    products = user.get("/catalog/products").json()
    assert len(products) == 7 and {p["corporate"] for p in products} == {True, False}
    assert all(p["versions"] for p in products)
    by_label = {demo.label: demo.code for demo in DEMO_LICENSES}
    assert user.post("/licenses", json={"code": by_label["valid, 3 seats"]}).status_code == 201
    renewal = user.post("/licenses", json={"code": by_label["renewal of the above"]}).json()
    assert renewal["renews"] is not None
    for label, refusal in [
        ("expired", "code_expired"),
        ("blacklisted", "code_blacklisted"),
        ("all seats taken", "code_no_seats"),
    ]:
        assert user.post("/licenses", json={"code": by_label[label]}).json()["code"] == refusal


def test_issue_licenses_with_key_files_then_blacklist(
    make_service: ServiceFactory, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    svc = make_service()
    assert _cli(svc, "seed-demo") == 0
    capsys.readouterr()
    keys = tmp_path / "keys"
    argv = ["--product", "endpoint-security", "--seats", "25", "--days", "30", "--count", "3"]
    assert _cli(svc, "issue-licenses", *argv, "--keyfiles", str(keys)) == 0
    codes = [line for line in capsys.readouterr().out.splitlines() if CODE_RE.match(line)]
    assert len(set(codes)) == 3
    for code in codes:
        key = load_key_file(keys / f"{code}.key")
        assert (key.code, key.seats, key.product) == (code, 25, "endpoint-security")
        assert 29 <= key.days_left() <= 30

    user = new_account(svc)
    added = user.post("/licenses", json={"code": codes[0]}).json()
    assert (added["seats_total"], added["status"]) == (25, "active")

    assert _cli(svc, "blacklist", codes[0].lower(), "--reason", "refunded") == 0
    assert _cli(svc, "blacklist", codes[1]) == 0
    capsys.readouterr()
    assert user.get(f"/licenses/{added['id']}").json()["status"] == "blocked"
    assert user.post("/licenses", json={"code": codes[1]}).json()["code"] == "code_blacklisted"
    assert user.post("/licenses", json={"code": codes[2]}).status_code == 201


def test_commands_refuse_unknown_input(
    make_service: ServiceFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    svc = make_service()
    assert _cli(svc, "issue-licenses", "--product", "no-such-product") == 2
    assert "No product" in capsys.readouterr().out
    assert _cli(svc, "blacklist", "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ") == 2
    assert "No license" in capsys.readouterr().out
    assert _cli(svc, "blacklist", "short") == 2
    with pytest.raises(SystemExit):
        _cli(svc, "issue-licenses", "--product", "x", "--seats", "0")


def test_seed_demo_help_says_it_prints_the_demo_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["seed-demo", "--help"])
    assert "print each demo activation code" in " ".join(capsys.readouterr().out.split())
