"""Privacy (S3): a real report of this machine leaks none of its identifying values.

The report is built here, with a process running whose command line carries the host name,
a human account's name and home, this machine's addresses and several secrets; then every
file of the zip is searched for the real values.
"""

from __future__ import annotations

import getpass
import ipaddress
import json
import os
import re
import socket
import subprocess
import sys
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
import pytest

from app.sysinfo import build_report, load_report, map_path, write_report
from app.sysinfo.identity import is_human_name, uid_min
from app.sysinfo.model import Report
from app.sysinfo.redact import _SECRET_RULES, Redactor, may_hold_secret, unredact


@dataclass
class Sleeper:
    """A running process whose command line holds private values and secrets."""

    pid: int
    argv: list[str]
    secrets: list[str]
    env_marker: str


def spawn_sleeper(extra_args: list[str]) -> tuple[subprocess.Popen[bytes], Sleeper]:
    tag = uuid.uuid4().hex[:10]
    secrets = [f"hunter2-{tag}", f"tok-{tag}", f"pw-{tag}", f"key-{tag}", f"mysql-{tag}"]
    argv = [
        sys.executable,
        "-c",
        "import time; time.sleep(300)",
        f"--password={secrets[0]}",
        "--token",
        secrets[1],
        f"https://bob:{secrets[2]}@example.com/x",
        f"api_key={secrets[3]}",
        f"-p{secrets[4]}",
        *extra_args,
    ]
    marker = f"env-marker-{tag}"
    env = dict(os.environ, SYSINFO_TEST_MARKER=marker)
    proc = subprocess.Popen(argv, env=env)
    return proc, Sleeper(proc.pid, argv, secrets, marker)


@dataclass
class RealValues:
    hostname: str
    users: set[str]
    homes: set[str]
    ips: set[str]
    macs: set[str]


def real_values() -> RealValues:
    """What identifies this machine, found independently of the collector."""
    users: set[str] = set()
    homes: set[str] = set()
    me = getpass.getuser()
    if is_human_name(me):
        users.add(me)
        homes.add(str(Path.home()))
    try:
        import pwd

        for entry in pwd.getpwall():
            if uid_min() <= entry.pw_uid < 60000:
                users.add(entry.pw_name)
                homes.add(entry.pw_dir)
    except ImportError:
        pass
    ips: set[str] = set()
    macs: set[str] = set()
    for addrs in psutil.net_if_addrs().values():
        for a in addrs:
            if a.family == psutil.AF_LINK:
                if a.address.strip("0:-"):
                    macs.add(a.address.lower().replace("-", ":"))
                continue
            for value in (a.address, a.broadcast):
                if not value:
                    continue
                try:
                    ip = ipaddress.ip_address(value.split("%")[0])
                except ValueError:
                    continue
                if not (ip.is_loopback or ip.is_unspecified or ip.is_multicast):
                    ips.add(str(ip))
    return RealValues(socket.gethostname().split(".")[0], users, homes, ips, macs)


def word(value: str) -> re.Pattern[str]:
    """A value as a whole token ("vm" must not match inside "kvm")."""
    return re.compile(rf"(?<![\w-]){re.escape(value)}(?![\w-])", re.I)


def leaks(text: str, real: RealValues) -> list[str]:
    found = []
    if word(real.hostname).search(text):
        found.append(f"hostname {real.hostname}")
    found += [f"user {u}" for u in real.users if word(u).search(text)]
    found += [f"home {h}" for h in real.homes if h in text]
    for ip in real.ips:
        addr = ipaddress.ip_address(ip)
        forms = {ip}
        if addr.version == 6:
            forms.add(addr.exploded)
        for form in forms:
            if re.search(rf"(?<![\w.:]){re.escape(form)}(?![\w:]|\.\d)", text, re.I):
                found.append(f"ip {ip}")
    for mac in real.macs:
        for form in (mac, mac.replace(":", "-")):
            if re.search(re.escape(form), text, re.I):
                found.append(f"mac {mac}")
    return found


@dataclass
class Built:
    report: Report
    zip_path: Path
    real: RealValues
    sleeper: Sleeper
    files: dict[str, str]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    real = real_values()
    some_ip = sorted(real.ips)[0] if real.ips else "192.0.2.77"
    some_mac = sorted(real.macs)[0] if real.macs else "02:ab:cd:ef:01:23"
    user = sorted(real.users)[0] if real.users else "nobody-here"
    home = sorted(real.homes)[0] if real.homes else "/home/nobody-here"
    proc, sleeper = spawn_sleeper(
        [real.hostname, user, f"{home}/Documents/notes.txt", some_ip, some_mac]
    )
    try:
        report = build_report(timeout=30)
        out = tmp_path_factory.mktemp("redaction") / "report.zip"
        write_report(report, out)
        with zipfile.ZipFile(out) as zf:
            files = {name: zf.read(name).decode("utf-8") for name in zf.namelist()}
        yield Built(report, out, real, sleeper, files)
    finally:
        proc.kill()
        proc.wait()


def test_the_zip_holds_the_four_files_and_never_the_map(built: Built) -> None:
    assert set(built.files) == {
        "report.json",
        "report.html",
        "errors.log",
        "redaction-summary.json",
    }
    assert map_path(built.zip_path).exists()
    mapping = json.loads(map_path(built.zip_path).read_text())["map"]
    for text in built.files.values():
        assert '"map"' not in text
    summary = json.loads(built.files["redaction-summary.json"])
    assert summary["redacted"] is True
    assert summary["counts"]["hostname"] >= 1
    assert summary["counts"]["secret"] >= len(built.sleeper.secrets)
    # the summary says how many, never which
    for table in mapping.values():
        for original in table:
            assert original not in built.files["redaction-summary.json"]


def test_the_values_are_really_there_before_redaction(built: Built) -> None:
    original = json.dumps(built.report.original)
    assert word(built.real.hostname).search(original)
    assert any(ip in original for ip in built.real.ips) or not built.real.ips


def test_no_file_of_the_output_names_this_machine_or_its_people(built: Built) -> None:
    for name, text in built.files.items():
        assert leaks(text, built.real) == [], name


def test_secrets_in_command_lines_are_removed_everywhere(built: Built) -> None:
    for name, text in built.files.items():
        for secret in built.sleeper.secrets:
            assert secret not in text, (name, secret)
    map_text = map_path(built.zip_path).read_text()
    for secret in built.sleeper.secrets:
        assert secret not in map_text
    row = next(
        p for p in built.report.data("processes")["processes"] if p["pid"] == built.sleeper.pid
    )
    assert row["cmdline"].count("[secret]") >= len(built.sleeper.secrets)
    assert "bob" not in row["cmdline"]


def test_process_environments_are_never_collected(built: Built) -> None:
    assert built.sleeper.env_marker not in json.dumps(built.report.original)
    for text in built.files.values():
        assert built.sleeper.env_marker not in text


def test_the_same_value_gets_the_same_pseudonym_everywhere(built: Built) -> None:
    mapping = built.report.pseudonyms
    host = mapping["hostname"][built.real.hostname]
    assert built.report.data("computer")["hostname"] == host
    row = next(
        p for p in built.report.data("processes")["processes"] if p["pid"] == built.sleeper.pid
    )
    assert re.search(rf"(?<![\w-]){re.escape(host)}(?![\w-])", row["cmdline"])
    addresses = built.report.data("network")["addresses"]
    original_addresses = built.report.original_data("network")["addresses"]
    for redacted, original in zip(addresses, original_addresses, strict=True):
        ip = original["address"].split("%")[0]
        if ip in built.real.ips:
            assert redacted["address"].split("%")[0] == mapping["ipv6" if ":" in ip else "ipv4"][ip]
    if built.real.ips:
        first = sorted(built.real.ips)[0]
        pseudo = mapping["ipv6" if ":" in first else "ipv4"][first]
        assert pseudo in row["cmdline"]
    # one pseudonym per original, and no two originals share one
    for table in mapping.values():
        assert len(set(table.values())) == len(table)


def test_the_map_next_to_the_zip_gives_the_original_back(built: Built) -> None:
    loaded = load_report(built.zip_path)
    assert loaded.redacted and loaded.original is not None
    assert loaded.original_data("computer")["hostname"] == built.real.hostname
    assert loaded.data("computer")["hostname"] != built.real.hostname


def test_without_the_map_there_is_no_original(built: Built, tmp_path: Path) -> None:
    alone = tmp_path / "sent.zip"
    alone.write_bytes(built.zip_path.read_bytes())
    loaded = load_report(alone)
    assert loaded.original is None and loaded.pseudonyms == {}


def test_no_redact_keeps_real_values_and_writes_no_map(tmp_path: Path) -> None:
    report = build_report(sections=["computer", "os"], redact=False)
    out = tmp_path / "local.zip"
    assert write_report(report, out) == out
    assert not map_path(out).exists()
    with zipfile.ZipFile(out) as zf:
        data = json.loads(zf.read("report.json"))
    assert data["redacted"] is False
    assert data["sections"]["computer"]["data"]["hostname"] == socket.gethostname()


# -- the redactor on its own --------------------------------------------------------------
def redactor(**private: set[str]) -> Redactor:
    base: dict[str, set[str]] = {k: set() for k in ("hostname", "domain", "user", "home", "serial")}
    base.update(private)
    return Redactor(base)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("mysqld --password=s3cr3t --port 3306", "--port 3306"),
        ("app --db-password 's3cr3t value' --verbose", "--verbose"),
        ("curl -H 'Authorization: Bearer abcdefghijklmnop' https://x", "https://x"),
        ("git clone https://alice:s3cr3t@git.example.com/r.git", "git.example.com"),
        ("worker token=s3cr3t&next=1", "next=1"),
        ("sshpass -p s3cr3t ssh host", "ssh"),
        ("mysql -ps3cr3t db", "db"),
        ("PGPASSWORD=s3cr3t psql", "psql"),
        ("tool /password:s3cr3t /quiet", "/quiet"),
        ("export ghp_abcdefghijklmnopqrstuvwxyz0123456789", "export"),
        ("svc pwd: s3cr3t --port 1", "--port 1"),
    ],
)
def test_secrets_are_scrubbed(line: str, kept: str) -> None:
    r = redactor()
    out = r.text(line)
    assert "s3cr3t" not in out and "ghp_" not in out
    assert "[secret]" in out
    assert kept in out
    assert r.counts["secret"] >= 1


def test_addresses_that_identify_nothing_are_kept() -> None:
    r = redactor()
    text = "lo 127.0.0.1 ::1 mask 255.255.255.0 any 0.0.0.0 :: mcast 224.0.0.251 ff02::1"
    assert r.text(text) == text
    assert r.text("00:00:00:00:00:00") == "00:00:00:00:00:00"


def test_versions_that_look_like_addresses_are_left_alone() -> None:
    r = redactor()
    doc = {"packages": [{"name": "tool", "version": "1.2.3.4"}], "note": "peer 1.2.3.4"}
    out = r.walk(doc)
    assert out["packages"][0]["version"] == "1.2.3.4"
    assert out["note"] == "peer 198.19.0.1"


def test_short_names_and_words_inside_other_words_are_handled() -> None:
    r = redactor(hostname={"vm"}, user={"al"})
    assert r.text("vm") == "host-1"
    assert r.text("kvm vmware vm.example.com") == "kvm vmware host-1.example.com"
    assert r.text("al") == "user-1"
    assert r.text("/home/al/x") == "/home/user-1/x"


def test_home_folders_of_unknown_people_are_pseudonymised() -> None:
    r = redactor()
    out = r.text(r"/home/zoe/a C:\Users\Max\AppData /Users/kim/Library /Users/Shared/x")
    assert out == r"/home/user-1/a C:\Users\user-2\AppData /Users/user-3/Library /Users/Shared/x"


def test_uuids_serials_and_sids() -> None:
    r = redactor(serial={"PF3ABC12", "To Be Filled By O.E.M."})
    out = r.text(
        "uuid 3d1219c7-c4c5-404a-aa1f-6d2a48adfda4 sn PF3ABC12 To Be Filled By O.E.M. "
        "sid S-1-5-21-1004336348-1177238915-682003330-1001"
    )
    assert "3d1219c7" not in out and "PF3ABC12" not in out and "1004336348" not in out
    assert "To Be Filled By O.E.M." in out
    assert out.endswith("S-1-5-21-0-0-1-1001")


def test_unredact_inverts_the_pseudonyms() -> None:
    r = redactor(hostname={"desk"}, user={"alice"}, home={"/home/alice"})
    doc: dict[str, Any] = {"h": "desk.lan", "p": "/home/alice/x 192.0.2.10 desk2"}
    out = r.walk(doc)
    assert out == {"h": "host-1.lan", "p": "/home/user-1/x 198.18.0.1 desk2"}
    assert unredact(out, r.mapping()) == doc


def _gate_corpus() -> list[str]:
    """Strings in every shape a secret rule knows, and the command lines running here."""
    from tests.app.sysinfo.test_secret_shapes import SHAPES

    keywords = [
        *[
            "password",
            "passwd",
            "passphrase",
            "pwd",
            "pass",
            "secret",
            "token",
            "api_key",
            "apikey",
            "access-key",
        ],
        *[
            "secret_key",
            "private-key",
            "client_secret",
            "auth",
            "auth-token",
            "credentials",
            "cookie",
            "key",
        ],
    ]
    corpus = [" ".join(make("v4lue")) for make in SHAPES.values()]
    for kw in keywords:
        for variant in (kw, kw.upper(), kw.title(), kw.replace("_", "-")):
            corpus += [
                f"{variant}: v4lue",
                f"{variant}=v4lue",
                f"{variant} = v4lue",
                f'"{variant}": "v4lue"',
                f"svc --{variant} v4lue",
                f"svc -{variant} v4lue",
                f"svc --db-{variant} v4lue",
                f"svc /{variant}:v4lue",
                f"'X-{variant}: v4lue'",
            ]
    corpus += ["svc -pv4lue", "svc -p v4lue", "svc --env X", "/opt/bin/zip -P v4lue a"]
    corpus += [" ".join(p.info["cmdline"] or []) for p in psutil.process_iter(["cmdline"])]
    return corpus


def test_no_secret_rule_applies_to_what_the_hint_lets_through() -> None:
    # The hint only saves time: a string it lets through must be one no rule would change.
    corpus = _gate_corpus()
    # Non-ASCII text takes the IGNORECASE search; ASCII text the lower-case one.
    corpus += [line.replace("e", "é", 1) for line in corpus] + ["ſecret=v4lue", "PASSWORD: é"]
    for line in corpus:
        if not may_hold_secret(line):
            changed = [p.pattern[:40] for p, repl in _SECRET_RULES if p.sub(repl, line) != line]
            assert not changed, (line, changed)
