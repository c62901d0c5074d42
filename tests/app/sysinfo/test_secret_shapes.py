"""Privacy (S3): secrets written in every common shape never reach a report.

Each shape below is the command line of a real process started for the test; the
``processes`` section of a real report is then searched for the secret values. Shapes are
key/value forms (JSON, YAML, INI, ``key=value``, headers, Python literals), password
options of programs that name them badly, environment blobs, credential URLs and the
prefixes of well-known token kinds.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator

import pytest

from app.sysinfo import build_report
from app.sysinfo.redact import ENVIRONMENT, SECRET, Redactor, redact_document

Shape = Callable[[str], list[str]]

# Each shape makes the arguments of one process from a secret value.
SHAPES: dict[str, Shape] = {
    "env blob json": lambda v: ["svc", "--env", json.dumps({"DB_PASSWORD": v})],
    "env blob attached": lambda v: ["svc", f"--env={json.dumps({'API_TOKEN': v})}"],
    "env blob, no telling name": lambda v: ["svc", "--env", json.dumps({"MYAPP_CONF": v})],
    "docker -e": lambda v: ["docker", "run", "-e", f"DB_URL={v}", "img"],
    "env command": lambda v: ["env", f"MYAPP_CONF={v}", "worker"],
    "bare env json": lambda v: ["svc", json.dumps({"SETTING_A": v, "SETTING_B": "1"})],
    "config json": lambda v: ["svc", f"--config={json.dumps({'secret': v})}"],
    "config nested json": lambda v: ["svc", "--config", json.dumps({"db": {"password": v}})],
    "json api_key": lambda v: ["svc", json.dumps({"api_key": v})],
    "json client_secret": lambda v: ["svc", json.dumps({"user": "x", "client_secret": v})],
    "json access_token": lambda v: ["svc", json.dumps({"access_token": v, "n": 1})],
    "python dict": lambda v: ["svc", repr({"password": v})],
    "yaml": lambda v: ["svc", f"password: {v}"],
    "yaml quoted": lambda v: ["svc", f'secret_key: "{v}"'],
    "ini spaced": lambda v: ["svc", f"secret = {v}"],
    "header api key": lambda v: ["curl", "-H", f"X-Api-Key: {v}", "https://x.invalid"],
    "header attached": lambda v: ["curl", f"--header=X-Auth-Token: {v}", "https://x.invalid"],
    "header no space": lambda v: ["curl", "-H", f"X-Api-Key:{v}", "https://x.invalid"],
    "header bearer": lambda v: ["curl", "-H", f"Authorization: Bearer {v}", "https://x"],
    "header cookie": lambda v: ["curl", "-H", f"Cookie: session={v}; theme=dark", "https://x"],
    "redis-cli -a": lambda v: ["redis-cli", "-h", "cache", "-a", v, "ping"],
    "redis-cli path": lambda v: ["/usr/bin/redis-cli", "-a", v],
    "redis-cli --pass": lambda v: ["redis-cli", "--pass", v],
    "mysql -p attached": lambda v: ["mysql", "-u", "root", f"-p{v}", "shop"],
    "mysql --password": lambda v: ["mysql", "--password", v],
    "sshpass": lambda v: ["sshpass", "-p", v, "ssh", "host"],
    "zip -P": lambda v: ["zip", "-P", v, "out.zip", "in.txt"],
    "7z -p": lambda v: ["7z", "a", f"-p{v}", "x.7z"],
    "sqlcmd -P": lambda v: ["sqlcmd", "-S", "srv", "-U", "sa", "-P", v],
    "ldapsearch -w": lambda v: ["ldapsearch", "-D", "cn=admin", "-w", v],
    "curl -u": lambda v: ["curl", "-u", f"admin:{v}", "https://x.invalid"],
    "curl --user": lambda v: ["curl", "--user", f"admin:{v}", "https://x.invalid"],
    "smbclient -U": lambda v: ["smbclient", "//srv/share", "-U", f"admin%{v}"],
    "openssl -pass": lambda v: ["openssl", "enc", "-aes-256-cbc", "-pass", f"pass:{v}"],
    "openssl -passin": lambda v: ["openssl", "pkcs12", "-passin", f"pass:{v}"],
    "mosquitto -P": lambda v: ["mosquitto_pub", "-u", "u", "-P", v, "-t", "t"],
    "mongo -p": lambda v: ["mongosh", "-u", "admin", "-p", v],
    "option =": lambda v: ["svc", f"--db-password={v}"],
    "option space": lambda v: ["svc", "--token", v],
    "api key option": lambda v: ["svc", f"--api-key={v}"],
    "apikey option": lambda v: ["svc", "--apikey", v],
    "auth token option": lambda v: ["svc", "--auth-token", v],
    "private key option": lambda v: ["svc", f"--private-key={v}"],
    "passphrase option": lambda v: ["svc", "--passphrase", v],
    "client secret option": lambda v: ["svc", "--client-secret", v],
    "aws option": lambda v: ["aws", "--aws-secret-access-key", v],
    "PGPASSWORD": lambda v: ["svc", f"PGPASSWORD={v}"],
    "MYSQL_PWD": lambda v: ["svc", f"MYSQL_PWD={v}"],
    "AWS secret var": lambda v: ["svc", f"AWS_SECRET_ACCESS_KEY={v}"],
    "java property": lambda v: ["java", f"-Dspring.datasource.password={v}", "-jar", "a.jar"],
    "helm set": lambda v: ["helm", "install", "--set", f"auth.password={v}"],
    "query string": lambda v: ["svc", f"https://x.invalid/?token={v}&page=2"],
    "windows option": lambda v: ["tool", f"/password:{v}", "/quiet"],
    "url credentials": lambda v: ["git", "clone", f"https://bob:{v}@git.invalid/r.git"],
    "database url": lambda v: ["svc", f"postgresql://app:{v}@db:5432/shop"],
    "github token": lambda v: ["svc", "ghp_" + (v * 4)[:36]],
    "gitlab token": lambda v: ["svc", "glpat-" + (v * 2)[:20]],
    "slack token": lambda v: ["svc", f"xoxb-{v}-{v}"],
    "aws key id": lambda v: ["svc", "AKIA" + (v.upper() * 2)[:16]],
    "openai key": lambda v: ["svc", "sk-" + (v * 3)[:24]],
    "google key": lambda v: ["svc", "AIza" + (v * 4)[:35]],
    "stripe key": lambda v: ["svc", "sk_live_" + (v * 2)[:24]],
    "jwt": lambda v: ["svc", f"eyJhbGciOi{v}.eyJzdWIiOi{v}.c2lnbmF0dXJl{v}"],
}


def _secret_of(shape: str, value: str, argv: list[str]) -> str:
    """The part of the arguments that must not survive (for token shapes, all of it)."""
    joined = " ".join(argv)
    for token in ("ghp_", "glpat-", "xoxb-", "AKIA", "sk-", "AIza", "sk_live_", "eyJ"):
        if token in joined:
            return next(a for a in argv if token in a)
    return value


@pytest.fixture(scope="module")
def scrubbed() -> Iterator[dict[str, tuple[str, str]]]:
    """shape → (its secret, the redacted command line of its process)."""
    tag = uuid.uuid4().hex[:8]
    started: dict[str, tuple[subprocess.Popen[bytes], str, str]] = {}
    try:
        for n, (shape, make) in enumerate(SHAPES.items()):
            value = f"q{tag}{n:02d}z"
            argv = make(value)
            proc = subprocess.Popen(
                [sys.executable, "-c", "import time; time.sleep(120)", f"shape-{tag}-{n}", *argv]
            )
            started[shape] = (proc, f"shape-{tag}-{n}", _secret_of(shape, value, argv))
        report = build_report(sections=["processes"], timeout=60)
        rows = report.document["sections"]["processes"]["data"]["processes"]
        lines = [r["cmdline"] or "" for r in rows]
        found: dict[str, tuple[str, str]] = {}
        for shape, (_, marker, secret) in started.items():
            line = next((x for x in lines if f"{marker} " in x or x.endswith(marker)), None)
            assert line is not None, f"no process for {shape}"
            found[shape] = (secret, line)
        yield found
    finally:
        for proc, _, _ in started.values():
            proc.kill()
            proc.wait()


def test_the_corpus_is_large() -> None:
    assert len(SHAPES) >= 50


@pytest.mark.parametrize("shape", list(SHAPES))
def test_no_secret_shape_survives_in_a_real_process_list(
    scrubbed: dict[str, tuple[str, str]], shape: str
) -> None:
    secret, line = scrubbed[shape]
    assert secret not in line, line
    assert SECRET in line or ENVIRONMENT in line, line


def test_environment_blobs_are_dropped_whole(scrubbed: dict[str, tuple[str, str]]) -> None:
    for shape in ("env blob json", "env blob, no telling name", "docker -e", "env command"):
        _, line = scrubbed[shape]
        assert ENVIRONMENT in line and "MYAPP_CONF" not in line and "DB_PASSWORD" not in line


def test_what_is_not_secret_stays(scrubbed: dict[str, tuple[str, str]]) -> None:
    assert "ping" in scrubbed["redis-cli -a"][1] and "cache" in scrubbed["redis-cli -a"][1]
    assert "shop" in scrubbed["database url"][1] and "--quiet" not in scrubbed["zip -P"][1]
    assert "theme" not in scrubbed["header cookie"][1] or SECRET in scrubbed["header cookie"][1]
    assert "/quiet" in scrubbed["windows option"][1]
    r = Redactor({})
    kept = "ls -a /srv && grep -e pattern log.txt && sed -e s/a/b/ f && zip -r out.zip dir"
    assert r.text(kept) == kept


def test_user_names_are_pseudonymised_inside_file_names() -> None:
    r = Redactor({"user": {"alice"}})
    out = r.text("/home/alice/plan-alice.txt /tmp/alice_notes.md /srv/report.alice.pdf")
    assert "alice" not in out
    assert out == "/home/user-1/plan-user-1.txt /tmp/user-1_notes.md /srv/report.user-1.pdf"
    assert r.text("malice alices") == "malice alices"  # inside another word: not the name
    # A name met only as a home folder is found in file names elsewhere in the report too.
    doc = {"a": "/tmp/plan-zed.txt", "b": "/home/zed/notes"}
    redacted, _ = redact_document(doc, {})
    assert "zed" not in json.dumps(redacted)
