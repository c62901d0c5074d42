"""Service load: concurrent customers against the real service, on SQLite and PostgreSQL,
against the floor of a bare FastAPI app served the same way, in one run.

For each backend, ``personal-cabinet-server serve`` runs as its own process on loopback
(SQLite in a temporary data folder; PostgreSQL in a temporary database on 127.0.0.1:5432,
dropped afterwards, skipped with the reason when no server answers):

1. accounts: every client registers over HTTP the way a person does (captcha, register,
   the activation mail from the data folder, activate);
2. load: N client threads, each doing rounds of: upload a 1 MB attachment
   (POST /api/v1/attachments), file a support request with it (POST
   /api/v1/requests/support), post a message on it, list my requests. Every POST carries
   an Idempotency-Key, as the desktop client sends;
3. listing: 100,000 requests are bulk-loaded (SQLAlchemy Core), a fifth of them owned by one
   account, and GET /api/v1/requests is timed for that account: first page, the next page
   by cursor, a status filter. Target: first page p95 < 20 ms.

The floor: a bare FastAPI app (a trivial JSON route, a JSON POST and a 1 MB multipart upload
that is read to the end), served by ``uvicorn.run`` in its own process like the service,
under the same clients and rounds, right before and right after each backend's load (the
machine's speed drifts over minutes). Prints requests/s and p50/p95/p99 per operation, and
each backend's ratios to its own floor.

    .venv/bin/python bench/service_load.py            # full run (a few minutes on 2 cores)
    .venv/bin/python bench/service_load.py --quick    # a smoke run
"""

from __future__ import annotations

import argparse
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import psutil
import requests
from fastapi import FastAPI, File, UploadFile

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PG_HOST = os.environ.get("PC_BENCH_PG_HOST", "127.0.0.1")
PG_PORT = int(os.environ.get("PC_BENCH_PG_PORT", "5432"))
PG_USER = os.environ.get("PC_BENCH_PG_USER", "postgres")

MB = 1024 * 1024
LISTING_TARGET_MS = 20.0
# Load targets against the bare floor of the same run (issue 16).
THROUGHPUT_TARGET = 0.3  # at least this share of the floor's requests/s
CPU_TARGET = 4.0  # at most this many times the floor's CPU per request
CREATE_P95_TARGET_MS = 100.0
# Registration has a per-source budget (20 per 10 minutes) and every client comes from
# 127.0.0.1: more clients than this would be refused by design.
MAX_CLIENTS = 16
PASSWORD = "Quiet-Lantern-{n}-Harbor"
OPS = ("upload", "create", "message", "list")
# Every create mails its confirmation; the per-account mail budget (20 per window) would
# refuse the later rounds, which measures the budget instead of the service.
LOAD_ENV = {
    **os.environ,
    "PC_SERVER_MAIL_ACCOUNT_BUDGET": "100000",
    "PC_SERVER_MAIL_RECIPIENT_BUDGET": "100000",
}


# -- measuring -------------------------------------------------------------------------------


@dataclass
class Samples:
    """Latencies (seconds) per operation, failures, and the wall time of the phase."""

    times: dict[str, list[float]] = field(default_factory=dict)
    failures: Counter[str] = field(default_factory=Counter)
    wall: float = 0.0
    server_cpu: float = 0.0  # CPU seconds the server process used during the phase
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, op: str, seconds: float, ok: bool, detail: str = "") -> None:
        with self.lock:
            if ok:
                self.times.setdefault(op, []).append(seconds)
            else:
                self.failures[f"{op}: {detail}"[:160]] += 1

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.times.values())

    @property
    def cpu_per_request_ms(self) -> float:
        return self.server_cpu / self.count * 1000 if self.count else float("nan")

    @property
    def rate(self) -> float:
        return self.count / self.wall if self.wall else 0.0


def merged(parts: list[Samples]) -> Samples:
    """Several phases as one: their requests, wall time and server CPU added up."""
    out = Samples()
    for part in parts:
        for op, values in part.times.items():
            out.times.setdefault(op, []).extend(values)
        out.failures.update(part.failures)
        out.wall += part.wall
        out.server_cpu += part.server_cpu
    return out


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile, in milliseconds."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1] * 1000


def timed(
    samples: Samples,
    op: str,
    expect: int,
    call: Callable[..., requests.Response],
    url: str,
    **kwargs: Any,
) -> requests.Response | None:
    """``call(url, **kwargs)``, timed and counted; the response when it had ``expect``."""
    kwargs.setdefault("timeout", 60)
    started = time.perf_counter()
    try:
        r = call(url, **kwargs)
    except requests.RequestException as exc:
        samples.add(op, 0.0, False, type(exc).__name__)
        return None
    elapsed = time.perf_counter() - started
    ok = r.status_code == expect
    samples.add(op, elapsed, ok, f"{r.status_code} {r.text[:100]}")
    return r if ok else None


def run_clients(count: int, body: Callable[[int], None], deadline: float) -> float:
    """Run ``body(i)`` in ``count`` threads started together; the wall time they took."""
    barrier = threading.Barrier(count + 1)
    errors: list[BaseException] = []

    def client(i: int) -> None:
        barrier.wait()
        try:
            body(i)
        except BaseException as exc:  # reported below, never lost in a thread
            errors.append(exc)

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(count)]
    for t in threads:
        t.start()
    barrier.wait()
    started = time.perf_counter()
    for t in threads:
        t.join(max(1.0, deadline - time.monotonic() + 60))
    wall = time.perf_counter() - started
    if errors:
        raise RuntimeError(f"a client failed: {errors[0]!r}") from errors[0]
    return wall


# -- processes -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_healthy(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url} exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        with suppress(requests.RequestException):
            if requests.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer /healthz in {timeout}s")


@contextmanager
def process(cmd: list[str], url: str, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env=LOAD_ENV)
        try:
            wait_healthy(url, proc, log)
            yield proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def server_command() -> list[str]:
    script = Path(sys.executable).with_name("personal-cabinet-server")
    return [str(script)] if script.exists() else [sys.executable, "-m", "server.cli"]


@dataclass
class Service:
    url: str
    data_dir: Path
    database_url: str
    pid: int = 0

    @property
    def api(self) -> str:
        return f"{self.url}/api/v1"

    @property
    def captcha_file(self) -> Path:
        return self.data_dir / "captcha-answers.txt"


@contextmanager
def running_service(work: Path, database_url: str, workers: int = 1) -> Iterator[Service]:
    data = work / "data"
    common = ["--data-dir", str(data), "--database", database_url, "--mail", "file:"]
    seeded = subprocess.run(
        [*server_command(), "seed-demo", *common], capture_output=True, text=True, cwd=ROOT
    )
    if seeded.returncode != 0:
        raise RuntimeError(f"seed-demo failed:\n{seeded.stdout}\n{seeded.stderr}")
    port = free_port()
    svc = Service(f"http://127.0.0.1:{port}", data, database_url)
    cmd = [
        *server_command(),
        "serve",
        *common,
        "--port",
        str(port),
        "--captcha-answers-file",
        str(svc.captcha_file),
        "--workers",
        str(workers),
    ]
    with process(cmd, svc.url, work / "service.log") as proc:
        svc.pid = proc.pid
        yield svc


# -- the floor: a bare FastAPI app -----------------------------------------------------------


def floor_app() -> FastAPI:
    app = FastAPI()

    @app.get("/ping")
    def ping() -> dict[str, bool]:
        return {"ok": True}

    @app.post("/json", status_code=201)
    def post_json(body: dict[str, Any]) -> dict[str, Any]:
        return {"id": 1, "fields": len(body)}

    @app.post("/upload", status_code=201)
    def upload(file: UploadFile = File(...)) -> dict[str, int]:
        size = 0
        while chunk := file.file.read(256 * 1024):
            size += len(chunk)
        return {"size": size}

    return app


def serve_floor(port: int) -> None:
    import uvicorn

    uvicorn.run(floor_app(), host="127.0.0.1", port=port, log_level="warning", access_log=False)


@contextmanager
def running_floor(work: Path) -> Iterator[tuple[str, int]]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--floor-server", str(port)]
    log = work / "floor.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
        try:
            deadline = time.monotonic() + 30
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"floor exited:\n{log.read_text()[-2000:]}")
                with suppress(requests.RequestException):
                    if requests.get(f"{url}/ping", timeout=2).status_code == 200:
                        break
                if time.monotonic() > deadline:
                    raise RuntimeError("floor did not start")
                time.sleep(0.1)
            yield url, proc.pid
        finally:
            proc.terminate()
            proc.wait(timeout=15)


# -- clients ---------------------------------------------------------------------------------


def support_body(product_id: int, attachment_ids: list[int], n: int) -> dict[str, Any]:
    return {
        "type": "application",
        "product_id": product_id,
        "product_version": "21.3.10.391",
        "os": "Linux 6.1 x86_64",
        "description": f"Load test request {n}: the scan stops at 40% and the window freezes.",
        "email": "",
        "country": "DE",
        "city": "Berlin",
        "company": "",
        "attachment_ids": attachment_ids,
        "trail": {"steps": [{"step": 1, "values": {"type": "application"}}]},
    }


def post_headers(token: str | None = None) -> dict[str, str]:
    h = {"Idempotency-Key": uuid.uuid4().hex}
    if token:
        h["Authorization"] = f"Bearer {token}"
    return h


def captcha_answer(svc: Service, captcha_id: str, timeout: float = 10) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if svc.captcha_file.exists():
            for line in svc.captcha_file.read_text().splitlines():
                cid, _, answer = line.partition(" ")
                if cid == captcha_id:
                    return answer
        time.sleep(0.02)
    raise RuntimeError(f"no answer for captcha {captcha_id}")


TOKEN_RE = re.compile(r"/activate\?token=(\S+)")


def activation_token(svc: Service, email: str, timeout: float = 15) -> str:
    mail_dir = svc.data_dir / "mail"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for path in mail_dir.glob("*.eml") if mail_dir.exists() else ():
            msg = message_from_bytes(path.read_bytes(), policy=policy.default)
            if str(msg["To"]).lower() == email.lower():
                part = msg.get_body(preferencelist=("plain",))
                m = TOKEN_RE.search(str(part.get_content()) if part else "")
                if m:
                    return m.group(1)
        time.sleep(0.05)
    raise RuntimeError(f"no activation mail for {email}")


def register_all(svc: Service, clients: int, samples: Samples) -> list[str]:
    """Each client registers and activates like a person would; their access tokens."""
    tokens: list[str] = [""] * clients
    run_tag = uuid.uuid4().hex[:8]

    def one(i: int) -> None:
        http = requests.Session()
        email = f"load-{run_tag}-{i}@example.com"
        password = PASSWORD.format(n=i)
        r = timed(samples, "captcha", 201, http.post, f"{svc.api}/captcha")
        if r is None:
            return
        cid = r.json()["id"]
        body = {
            "email": email,
            "password": password,
            "password_confirm": password,
            "captcha_id": cid,
            "captcha_answer": captcha_answer(svc, cid),
        }
        headers = post_headers()
        r = timed(
            samples,
            "register",
            201,
            http.post,
            f"{svc.api}/auth/register",
            json=body,
            headers=headers,
        )
        if r is None:
            return
        token = {"token": activation_token(svc, email)}
        r = timed(samples, "activate", 200, http.post, f"{svc.api}/auth/activate", json=token)
        if r is not None:
            tokens[i] = r.json()["access_token"]

    samples.wall = run_clients(clients, one, time.monotonic() + 120)
    if not all(tokens):
        raise RuntimeError(f"registration failed: {dict(samples.failures)}")
    return tokens


Round = Callable[[int, int, requests.Session, Samples], None]


def cpu_seconds(pid: int) -> float:
    """CPU time of the process and its live children (the workers of ``--workers N``)."""
    proc = psutil.Process(pid)
    total = 0.0
    for p in [proc, *proc.children(recursive=True)]:
        with suppress(psutil.NoSuchProcess):
            times = p.cpu_times()
            total += times.user + times.system
    return total


def drive(clients: int, rounds: int, one_round: Round, deadline: float, pid: int) -> Samples:
    """``clients`` threads each doing ``rounds`` rounds, after one untimed warm-up round."""
    samples, warmup = Samples(), Samples()
    sessions = [requests.Session() for _ in range(clients)]
    run_clients(clients, lambda i: one_round(i, -1, sessions[i], warmup), deadline)

    def client(i: int) -> None:
        for n in range(rounds):
            if time.monotonic() > deadline:
                return
            one_round(i, n, sessions[i], samples)

    with profiled(pid):
        cpu = cpu_seconds(pid)
        samples.wall = run_clients(clients, client, deadline)
        samples.server_cpu = cpu_seconds(pid) - cpu
    return samples


PROFILE: dict[str, Path] = {}  # "dir": where --profile writes py-spy's raw stacks


@contextmanager
def profiled(pid: int) -> Iterator[None]:
    """With ``--profile DIR``: py-spy samples the service process (every thread, idle ones
    left out) for the timed phase and writes collapsed stacks to DIR."""
    folder = PROFILE.get("dir")
    if folder is None:
        yield
        return
    import signal

    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"load-{pid}-{int(time.time())}.txt"
    spy = Path(sys.executable).with_name("py-spy")
    cmd = [str(spy), "record", "-p", str(pid), "-r", "100", "--gil", "--subprocesses"]
    cmd += ["-f", "raw", "-o", str(out)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    try:
        yield
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
        print(f"  profile: {out}")


def service_load(
    svc: Service, tokens: list[str], product_id: int, rounds: int, deadline: float
) -> Samples:
    payloads = [random.Random(i).randbytes(MB) for i in range(len(tokens))]

    def one_round(i: int, n: int, http: requests.Session, samples: Samples) -> None:
        files = {"file": (f"trace-{i}-{n}.bin", payloads[i], "application/octet-stream")}
        url = f"{svc.api}/attachments"
        r = timed(samples, "upload", 201, http.post, url, files=files, headers=auth(i, post=True))
        body = support_body(product_id, [r.json()["id"]] if r is not None else [], n)
        url = f"{svc.api}/requests/support"
        r = timed(samples, "create", 201, http.post, url, json=body, headers=auth(i, post=True))
        if r is not None:
            url = f"{svc.api}/requests/{r.json()['id']}/messages"
            msg = {"body": f"More details, round {n}.", "attachment_ids": []}
            timed(samples, "message", 201, http.post, url, json=msg, headers=auth(i, post=True))
        timed(samples, "list", 200, http.get, f"{svc.api}/requests", headers=auth(i))

    def auth(i: int, *, post: bool = False) -> dict[str, str]:
        return post_headers(tokens[i]) if post else {"Authorization": f"Bearer {tokens[i]}"}

    return drive(len(tokens), rounds, one_round, deadline, svc.pid)


def floor_load(url: str, pid: int, clients: int, rounds: int, deadline: float) -> Samples:
    """The same clients and rounds against the bare app: upload, two JSON POSTs, a GET."""
    payloads = [random.Random(i).randbytes(MB) for i in range(clients)]

    def one_round(i: int, n: int, http: requests.Session, samples: Samples) -> None:
        files = {"file": (f"trace-{i}-{n}.bin", payloads[i], "application/octet-stream")}
        timed(
            samples, "upload", 201, http.post, f"{url}/upload", files=files, headers=post_headers()
        )
        body = support_body(1, [1], n)
        timed(samples, "create", 201, http.post, f"{url}/json", json=body, headers=post_headers())
        msg = {"body": f"More details, round {n}.", "attachment_ids": []}
        timed(samples, "message", 201, http.post, f"{url}/json", json=msg, headers=post_headers())
        timed(samples, "list", 200, http.get, f"{url}/ping")

    return drive(clients, rounds, one_round, deadline, pid)


# -- the listing target ----------------------------------------------------------------------


def bulk_load(database_url: str, *, rows: int, customer_id: str, product_ids: list[int]) -> int:
    """Insert ``rows`` requests fast (SQLAlchemy Core, executemany in chunks): a fifth owned
    by the account ``customer_id``, the rest spread over 1,000 new accounts. Returns the
    number that account owns."""
    from sqlalchemy import create_engine, func, insert, select, text

    from server.db.models import SupportRequest, User
    from server.services.request_states import SUPPORT_STATUSES
    from server.services.request_types import SUPPORT_TYPES
    from server.services.support_requests import format_number

    engine = create_engine(database_url)
    rnd = random.Random(20261122)
    now = datetime.now(UTC)
    heavy = rows // 5
    types = [t.code for t in SUPPORT_TYPES]
    try:
        with engine.begin() as conn:
            heavy_owner = conn.scalar(select(User.id).where(User.customer_id == customer_id))
            first_user = int(conn.scalar(select(func.max(User.id))) or 0) + 1
            fillers = list(range(first_user, first_user + 1000))
            conn.execute(
                insert(User),
                [
                    {
                        "id": uid,
                        "customer_id": f"Z{uid:09d}",
                        "email": f"filler-{uid}@example.com",
                        "password_hash": "!bulk-loaded, cannot sign in",
                        "role": "customer",
                        "is_active": True,
                        "created_at": now,
                        "activated_at": now,
                    }
                    for uid in fillers
                ],
            )
            next_id = int(conn.scalar(select(func.max(SupportRequest.id))) or 0) + 1
        chunk = 10_000
        for start in range(0, rows, chunk):
            batch = []
            for k in range(start, min(rows, start + chunk)):
                rid = next_id + k
                created = now - timedelta(minutes=rnd.randint(60, 2 * 365 * 24 * 60))
                batch.append(
                    {
                        "id": rid,
                        "number": format_number("support", rid),
                        "kind": "support",
                        "type": rnd.choice(types),
                        "owner_id": heavy_owner if k < heavy else rnd.choice(fillers),
                        "status": rnd.choice(SUPPORT_STATUSES),
                        "priority": "normal",
                        "product_id": rnd.choice(product_ids),
                        "product_version": "21.3.10.391",
                        "os": "Windows 11",
                        "description": f"Bulk-loaded request {k}: updates fail, error {k % 97}.",
                        "email": "bulk@example.com",
                        "country": "DE",
                        "created_at": created,
                        "updated_at": created + timedelta(minutes=rnd.randint(0, 50_000)),
                        "customer_active_at": created,
                    }
                )
            with engine.begin() as conn:
                conn.execute(insert(SupportRequest), batch)
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                for table in ("requests", "users"):
                    conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f"(SELECT max(id) FROM {table}))"
                        )
                    )
            if engine.dialect.name != "postgresql":
                # Fresh statistics, as after any bulk load.
                conn.execute(text("ANALYZE"))
        if engine.dialect.name == "postgresql":
            # Statistics and the visibility map, as autovacuum leaves them a minute after a
            # bulk load: without the map PostgreSQL reads the rows behind an index-only scan.
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("VACUUM ANALYZE"))
    finally:
        engine.dispose()
    return heavy


def listing(svc: Service, token: str, samples_per_kind: int) -> Samples:
    """One client, calls interleaved: my requests in four shapes, and for reference the
    cheapest signed-in call (GET /me) and /healthz (one SELECT 1, no sign-in)."""
    samples = Samples()
    http = requests.Session()
    auth = {"Authorization": f"Bearer {token}"}
    first = http.get(f"{svc.api}/requests", headers=auth, timeout=30)
    first.raise_for_status()
    cursor = first.json()["next_cursor"]
    kinds: dict[str, dict[str, str]] = {
        "first page": {},
        "next page (cursor)": {"cursor": cursor},
        "status=open": {"status": "open"},
        "first page, limit=100": {"limit": "100"},
    }
    for params in kinds.values():  # warm up each shape
        for _ in range(10):
            http.get(f"{svc.api}/requests", headers=auth, params=params, timeout=30)
    started = time.perf_counter()
    for _ in range(samples_per_kind):
        for name, params in kinds.items():
            timed(samples, name, 200, http.get, f"{svc.api}/requests", headers=auth, params=params)
        timed(samples, "reference: GET /me", 200, http.get, f"{svc.api}/me", headers=auth)
        timed(samples, "reference: GET /healthz", 200, http.get, f"{svc.url}/healthz")
    samples.wall = time.perf_counter() - started
    return samples


# -- PostgreSQL ------------------------------------------------------------------------------


def postgres_reason() -> str | None:
    try:
        import psycopg

        with psycopg.connect(
            host=PG_HOST, port=PG_PORT, user=PG_USER, dbname="postgres", connect_timeout=3
        ):
            return None
    except Exception as exc:
        return f"PostgreSQL at {PG_HOST}:{PG_PORT} (user {PG_USER}) not reachable: {exc}"


@contextmanager
def temporary_database(backend: str, work: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{work / 'data' / 'service.sqlite3'}"
        return
    import psycopg

    name = f"pc_bench_{uuid.uuid4().hex[:12]}"
    admin: dict[str, Any] = dict(
        host=PG_HOST, port=PG_PORT, user=PG_USER, dbname="postgres", autocommit=True
    )
    with psycopg.connect(**admin) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg://{PG_USER}@{PG_HOST}:{PG_PORT}/{name}"
    finally:
        with psycopg.connect(**admin) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -- report ----------------------------------------------------------------------------------


def print_table(title: str, samples: Samples, floor: Samples | None = None) -> None:
    print(f"\n{title}: {samples.count} requests in {samples.wall:.1f}s = {samples.rate:.1f} req/s")
    if samples.server_cpu:
        print(f"  server process CPU: {samples.cpu_per_request_ms:.1f} ms per request")
    if floor is not None and floor.rate:
        print(
            f"  floor {floor.rate:.1f} req/s, {floor.cpu_per_request_ms:.1f} ms CPU per request; "
            f"service / floor: throughput {samples.rate / floor.rate:.2f}, "
            f"CPU per request {samples.cpu_per_request_ms / floor.cpu_per_request_ms:.1f}x"
        )
    head = f"  {'operation':<26}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
    if floor is not None:
        head += f"{'floor p50':>11}{'p50 ratio':>11}"
    print(head)
    for op, values in samples.times.items():
        line = (
            f"  {op:<26}{len(values):>6}{pct(values, 50):>9.1f}{pct(values, 95):>9.1f}"
            f"{pct(values, 99):>9.1f}"
        )
        if floor is not None and floor.times.get(op):
            f50 = pct(floor.times[op], 50)
            line += f"{f50:>11.1f}{pct(values, 50) / f50:>11.1f}"
        print(line)
    for failure, n in samples.failures.most_common(5):
        print(f"  ! {n} x {failure}")


@dataclass
class Config:
    clients: int
    rounds: int
    rows: int
    listing_samples: int
    backends: list[str]
    phase_limit: float


FloorRun = Callable[[], Samples]


def run_backend(backend: str, cfg: Config, run_floor: FloorRun, workers: int = 1) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"pc-bench-{backend}-") as tmp:
        work = Path(tmp)
        with (
            temporary_database(backend, work) as url,
            running_service(work, url, workers) as svc,
        ):
            print(f"\n=== {backend}: service at {svc.url} ({workers} worker process(es))")
            products = requests.get(f"{svc.api}/catalog/products", timeout=30).json()
            product_ids = [p["id"] for p in products]
            accounts = Samples()
            tokens = register_all(svc, cfg.clients, accounts)
            print_table(f"[{backend}] accounts (captcha, register, activate)", accounts)
            # The floor right before and right after: the machine's speed drifts over
            # minutes, and one floor at the start of the run moved every ratio with it.
            before = run_floor()
            load = service_load(
                svc, tokens, product_ids[0], cfg.rounds, time.monotonic() + cfg.phase_limit
            )
            floor = merged([before, run_floor()])
            print_table(f"[{backend}] floor, just before and after the load", floor)
            print_table(f"[{backend}] load", load, floor)
            if workers > 1:
                return {
                    "backend": f"{backend} x{workers}",
                    "load": load,
                    "floor": floor,
                    "listing_p95": 0.0,
                }
            me = requests.get(
                f"{svc.api}/me", headers={"Authorization": f"Bearer {tokens[0]}"}, timeout=30
            ).json()
            started = time.perf_counter()
            heavy = bulk_load(
                url, rows=cfg.rows, customer_id=me["customer_id"], product_ids=product_ids
            )
            loaded = time.perf_counter() - started
            print(
                f"\n[{backend}] bulk-loaded {cfg.rows:,} requests in {loaded:.1f}s "
                f"({cfg.rows / loaded:,.0f}/s); the measured account owns {heavy:,} of them"
            )
            lst = listing(svc, tokens[0], cfg.listing_samples)
            print_table(f"[{backend}] GET /api/v1/requests, one client", lst)
            p95 = pct(lst.times.get("first page", []), 95)
            verdict = "meets" if p95 < LISTING_TARGET_MS else "MISSES"
            print(f"  first page p95 {p95:.1f} ms {verdict} the target of < {LISTING_TARGET_MS} ms")
            return {"backend": backend, "load": load, "floor": floor, "listing_p95": p95}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="few clients, rounds and rows")
    parser.add_argument("--clients", type=int, help=f"concurrent clients (<= {MAX_CLIENTS})")
    parser.add_argument("--rounds", type=int, help="rounds of the four operations per client")
    parser.add_argument("--rows", type=int, help="requests bulk-loaded for the listing target")
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument(
        "--workers", type=int, default=1, help="also run PostgreSQL with N workers: 1->N scaling"
    )
    parser.add_argument("--profile", type=Path, metavar="DIR", help="py-spy the load phase")
    parser.add_argument("--floor-server", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.floor_server:
        serve_floor(args.floor_server)
        return 0
    if args.profile:
        PROFILE["dir"] = args.profile
    cfg = Config(
        clients=args.clients or (4 if args.quick else 8),
        rounds=args.rounds or (4 if args.quick else 20),
        rows=args.rows if args.rows is not None else (10_000 if args.quick else 100_000),
        listing_samples=60 if args.quick else 300,
        backends=["sqlite", "postgres"] if args.backend == "both" else [args.backend],
        phase_limit=60 if args.quick else 120,
    )
    if not 1 <= cfg.clients <= MAX_CLIENTS:
        parser.error(f"--clients must be 1..{MAX_CLIENTS} (registration budget per source)")
    print(
        f"service load: {cfg.clients} clients x {cfg.rounds} rounds of "
        f"{'/'.join(OPS)} (1 MB attachments); listing with {cfg.rows:,} requests; "
        f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
    )
    started = time.perf_counter()
    with (
        tempfile.TemporaryDirectory(prefix="pc-bench-floor-") as tmp,
        running_floor(Path(tmp)) as (url, pid),
    ):

        def run_floor() -> Samples:
            deadline = time.monotonic() + cfg.phase_limit
            return floor_load(url, pid, cfg.clients, cfg.rounds, deadline)

        results = []
        for backend in cfg.backends:
            if backend == "postgres":
                reason = postgres_reason()
                if reason:
                    print(f"\n=== postgres: skipped: {reason}")
                    continue
            results.append(run_backend(backend, cfg, run_floor))
            if backend == "postgres" and args.workers > 1:
                results.append(run_backend(backend, cfg, run_floor, workers=args.workers))
    print("\nsummary (each against its own floor, measured just before and after its load)")
    for res in results:
        load, floor = res["load"], res["floor"]
        ratio = load.rate / floor.rate if floor.rate else float("nan")
        cpu = load.cpu_per_request_ms
        print(
            f"  {res['backend']:<9} {load.rate:.1f} req/s ({ratio:.2f} of the floor's "
            f"{floor.rate:.1f}), {cpu:.1f} ms CPU/request ({cpu / floor.cpu_per_request_ms:.1f}x "
            f"the floor's {floor.cpu_per_request_ms:.1f})"
            + (
                f"; listing first page p95 {res['listing_p95']:.1f} ms "
                f"(target < {LISTING_TARGET_MS:.0f} ms)"
                if res["listing_p95"]
                else ""
            )
        )
    for res in results:
        load, floor = res["load"], res["floor"]
        ratio = load.rate / floor.rate if floor.rate else float("nan")
        cpu_ratio = load.cpu_per_request_ms / floor.cpu_per_request_ms
        p95 = pct(load.times.get("create", []), 95)
        verdicts = [
            f"throughput {ratio:.2f} {'>=' if ratio >= THROUGHPUT_TARGET else '< '} "
            f"{THROUGHPUT_TARGET} {'met' if ratio >= THROUGHPUT_TARGET else 'MISSED'}",
            f"CPU/request {cpu_ratio:.1f}x {'met' if cpu_ratio <= CPU_TARGET else 'MISSED'} "
            f"(target <= {CPU_TARGET:.0f}x)",
            f"create p95 {p95:.0f} ms {'met' if p95 < CREATE_P95_TARGET_MS else 'MISSED'} "
            f"(target < {CREATE_P95_TARGET_MS:.0f} ms)",
        ]
        print(f"  targets {res['backend']}: " + "; ".join(verdicts))
    one = next((r for r in results if r["backend"] == "postgres"), None)
    many = next((r for r in results if r["backend"].startswith("postgres x")), None)
    if one and many:
        a, b = one["load"].rate, many["load"].rate
        print(
            f"  scaling on PostgreSQL, 1 -> {args.workers} workers: {a:.1f} -> {b:.1f} req/s "
            f"(x{b / a:.2f}; {os.cpu_count()} CPUs shared with the clients and PostgreSQL)"
        )
    print(f"  total time {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    with suppress(KeyboardInterrupt):
        sys.exit(main())
    sys.exit(130)
