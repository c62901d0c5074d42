"""The staff queue with 100,000 requests across 1,000 customers and 20 staff, on SQLite and
PostgreSQL: the first page of each saved view and of a product + status filter, and of the
staff-only sorts (priority, assignee, response), against ``GET /healthz`` (one SELECT 1, no
sign-in) as the floor in the same run; each staff member has read a third of the requests.
Target: p95 at most 20 ms per shape.

    .venv/bin/python bench/staff_queue.py [--rows N] [--samples N]

Not measured yet: comparing two GetSystemInfo reports (H4 is not built).
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.service_load import (  # noqa: E402
    Samples,
    bulk_load,
    pct,
    postgres_reason,
    print_table,
    running_service,
    server_command,
    temporary_database,
    timed,
)

TARGET_MS = 20.0
PASSWORD = "Blue-Harbor-42x"


def staff_and_spread(svc: Any, url: str, *, staff: int = 20) -> str:
    """20 staff accounts (the ``create-staff`` command), requests assigned among them and
    some waiting for an answer; returns one staff member's access token."""
    from sqlalchemy import create_engine, select, text, update

    from server.db.models import SupportRequest, User

    common = ["--data-dir", str(svc.data_dir), "--database", url]
    for n in range(staff):
        subprocess.run(
            [
                *server_command(),
                "create-staff",
                f"staff{n}@example.com",
                "--password",
                PASSWORD,
                *common,
            ],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
    engine = create_engine(url)
    rnd = random.Random(12)
    with engine.begin() as conn:
        ids = list(conn.scalars(select(User.id).where(User.role == "staff")))
        rows = list(conn.scalars(select(SupportRequest.id)))
        for start in range(0, len(rows), 5000):
            chunk = rows[start : start + 5000]
            who = rnd.choice([*ids, None])
            conn.execute(
                update(SupportRequest).where(SupportRequest.id.in_(chunk)).values(assignee_id=who)
            )
        conn.execute(
            text("UPDATE requests SET awaiting_since = updated_at WHERE status IN ('new', 'open')")
        )
        # Each staff member has opened a third of the requests (unread is a LEFT JOIN on
        # staff_reads per row: measured with a full table, not an empty one).
        for n, sid in enumerate(ids):
            conn.execute(
                text(
                    "INSERT INTO staff_reads (staff_id, request_id, read_up_to) "
                    "SELECT :sid, id, customer_active_at FROM requests WHERE id % 3 = :k"
                ),
                {"sid": sid, "k": n % 3},
            )
        conn.execute(text("ANALYZE"))
    engine.dispose()
    r = requests.post(
        f"{svc.api}/auth/signin",
        json={"login": "staff0@example.com", "password": PASSWORD},
        timeout=30,
    )
    r.raise_for_status()
    return str(r.json()["access_token"])


def measure(svc: Any, token: str, product_id: int, samples: int) -> Samples:
    http = requests.Session()
    auth = {"Authorization": f"Bearer {token}"}
    shapes: dict[str, dict[str, Any]] = {
        f"view={v}": {"view": v} for v in ("all", "mine", "unassigned", "waiting", "overdue")
    }
    shapes["product + status"] = {"view": "all", "product_id": product_id, "status": "open"}
    # The staff-only sorts (not the saved views' own order): informative, same target.
    shapes["all by -priority"] = {"view": "all", "sort": "-priority"}
    shapes["all by assignee"] = {"view": "all", "sort": "assignee"}
    shapes["all by response"] = {"view": "all", "sort": "response"}
    shapes["unassigned by -prio."] = {"view": "unassigned", "sort": "-priority"}
    for params in shapes.values():
        for _ in range(5):
            http.get(f"{svc.api}/staff/requests", headers=auth, params=params, timeout=30)
    out = Samples()
    started = time.perf_counter()
    for _ in range(samples):
        for name, params in shapes.items():
            timed(
                out, name, 200, http.get, f"{svc.api}/staff/requests", headers=auth, params=params
            )
        timed(out, "floor: GET /healthz", 200, http.get, f"{svc.url}/healthz")
    out.wall = time.perf_counter() - started
    return out


def run(backend: str, rows: int, samples: int) -> bool:
    with tempfile.TemporaryDirectory(prefix=f"pc-staff-{backend}-") as tmp:
        work = Path(tmp)
        with temporary_database(backend, work) as url, running_service(work, url) as svc:
            products = requests.get(f"{svc.api}/catalog/products", timeout=30).json()
            ids = [p["id"] for p in products]
            from sqlalchemy import create_engine, select

            from server.db.models import User

            subprocess.run(
                [
                    *server_command(),
                    "create-staff",
                    "owner@example.com",
                    "--password",
                    PASSWORD,
                    "--data-dir",
                    str(svc.data_dir),
                    "--database",
                    url,
                ],
                check=True,
                capture_output=True,
                cwd=ROOT,
            )
            engine = create_engine(url)
            with engine.connect() as conn:
                cid = conn.scalar(select(User.customer_id).where(User.email == "owner@example.com"))
            engine.dispose()
            started = time.perf_counter()
            bulk_load(url, rows=rows, customer_id=str(cid), product_ids=ids)
            token = staff_and_spread(svc, url)
            print(f"\n[{backend}] {rows:,} requests loaded in {time.perf_counter() - started:.1f}s")
            out = measure(svc, token, ids[0], samples)
            print_table(f"[{backend}] GET /api/v1/staff/requests, first page", out)
            floor = pct(out.times["floor: GET /healthz"], 95)
            ok = True
            for name in out.times:
                if name.startswith("floor"):
                    continue
                p95 = pct(out.times[name], 95)
                met = p95 <= TARGET_MS
                ok = ok and met
                print(
                    f"  {name:20s} p95 {p95:6.1f} ms  floor {floor:5.1f} ms  "
                    f"ratio {p95 / floor:5.1f}x  target <= {TARGET_MS:.0f} ms: "
                    f"{'met' if met else 'NOT met'}"
                )
            return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=100)
    args = parser.parse_args(argv)
    results = {}
    for backend in ("sqlite", "postgres"):
        if backend == "postgres" and (reason := postgres_reason()):
            print(f"\n[postgres] skipped: {reason}")
            continue
        results[backend] = run(backend, args.rows, args.samples)
    print(
        "\nstaff queue first pages p95 <= 20 ms:",
        {k: "met" if v else "NOT met" for k, v in results.items()},
    )
    print("comparing two reports < 0.5 s: not measured (H4 not built)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
