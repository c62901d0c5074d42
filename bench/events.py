"""Live replies in My requests: the time from a staff reply accepted by the service to the
reply shown in the customer's open request window, against the floor of the same client
reading the same message with a plain GET right after the reply — SQLite and PostgreSQL.
Also: opening a request with 500 messages and 100 attachments.

For each backend the service runs as its own process on loopback (``personal-cabinet-server
serve``; PostgreSQL in a temporary database on 127.0.0.1:5432, skipped with the reason when
none answers). The customer's application runs here, offscreen, signed in, with one request
open. Each of 50 staff replies is posted over HTTP through the staff route; the clock starts
when the service's 201 arrives and stops when the window shows the message (the event
stream → the window's GET of the messages → the conversation rendered). The floor: for 50
more replies, the same API client's ``GET /requests/{id}/messages`` issued the moment the
201 arrives, until it returns with the message.

Targets: live p95 under 0.6 s on SQLite (the service polls for new events every 0.5 s
there) and under 0.2 s on PostgreSQL (LISTEN/NOTIFY); opening the 500-message request under
300 ms (median of 5 opens: the three GETs and the rendering).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/events.py [--replies 50]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import requests  # noqa: E402

from bench.service_load import postgres_reason, temporary_database  # noqa: E402

LIVE_TARGET = {"sqlite": 0.6, "postgres": 0.2}
OPEN_TARGET = 0.3
PASSWORD = "Blue-Harbor-42x"


def pump(until: Callable[[], bool], timeout: float = 30.0) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + timeout
    while not until():
        if time.monotonic() > deadline:
            raise TimeoutError("the application did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


class Staff:
    def __init__(self, api: str, email: str) -> None:
        self.api, self.http = api, requests.Session()
        r = self.http.post(f"{api}/auth/signin", json={"login": email, "password": PASSWORD})
        r.raise_for_status()
        self.http.headers["Authorization"] = f"Bearer {r.json()['access_token']}"

    def reply(self, request_id: int, body: str) -> int:
        r = self.http.post(
            f"{self.api}/staff/requests/{request_id}/messages",
            json={"body": body},
            headers={"Idempotency-Key": uuid.uuid4().hex},
        )
        assert r.status_code == 201, r.text
        return int(r.json()["id"])


def prepare(database_url: str, data: Path) -> dict[str, Any]:
    """Accounts, a product and three requests, written through the service's own code."""
    from server.app import build_state
    from server.config import Settings
    from server.db.models import Attachment, Message, Product
    from server.services import accounts, support_requests
    from server.services.demo_seed import seed_demo

    state = build_state(Settings(data_dir=data, database_url=database_url))
    made: dict[str, Any] = {}
    with state.db.write() as db:
        seed_demo(db)
        customer = accounts.create_user(
            db, email=f"c-{uuid.uuid4().hex[:8]}@example.com", password=PASSWORD, active=True
        )
        staff = accounts.create_user(
            db,
            email=f"s-{uuid.uuid4().hex[:8]}@example.com",
            password=PASSWORD,
            role="staff",
            active=True,
        )
        product = Product(slug=f"bench-{uuid.uuid4().hex[:6]}", name="Demo Anti-Virus")
        db.add(product)
        db.flush()
        made.update(customer=customer.email, staff=staff.email)
        filer = support_requests.Filer(customer, None, None, None)
        ids = []
        for text in ("Live replies", "The floor", "A long conversation"):
            request = support_requests.create_support(
                db,
                settings=state.settings,
                mailer=state.mailer,
                filer=filer,
                type_code="application",
                product_id=product.id,
                product_version="",
                os="Linux",
                description=text,
                email=None,
                country="DE",
                city="",
                company="",
                attachment_ids=[],
                sysinfo_attachment_id=None,
                trail=None,
            )
            ids.append(request.id)
        made["live"], made["floor"], made["long"] = ids
        start = datetime.now(UTC) - timedelta(days=3)
        for n in range(500):
            message = Message(
                request_id=ids[2],
                author_id=staff.id if n % 2 else customer.id,
                sender="staff" if n % 2 else "customer",
                internal=False,
                body=f"Message {n}: " + "the scan log shows a driver timeout. " * 4,
                created_at=start + timedelta(minutes=n),
            )
            db.add(message)
            db.flush()
            if n % 5 == 0:
                db.add(
                    Attachment(
                        owner_id=customer.id,
                        request_id=ids[2],
                        message_id=message.id,
                        filename=f"log-{n}.txt",
                        size=1024 + n,
                        sha256=f"{n:064x}",
                        storage_key=f"bench/{n}",
                    )
                )
    state.db.dispose()
    return made


def run_backend(backend: str, replies: int) -> dict[str, Any]:
    from tests.support.live_service import ServiceProcess

    work = Path(tempfile.mkdtemp(prefix=f"bench-events-{backend}-"))
    os.environ["PERSONAL_CABINET_HOME"] = str(work / "client")
    with temporary_database(backend, work) as url:
        (work / "data").mkdir(parents=True, exist_ok=True)
        made = prepare(url, work / "data")
        proc = ServiceProcess(data_dir=work / "data", database_url=url)
        proc.start()
        try:
            return measure(proc.url, made, replies)
        finally:
            proc.stop()


def measure(url: str, made: dict[str, Any], replies: int) -> dict[str, Any]:
    from app.gui.application import start

    running = start([], server_url=url, single_instance=False, install_crash_handler=False)
    ctx, window = running.ctx, running.window
    try:
        pump(lambda: ctx.connection.client is not None)
        ctx.connection.call(
            lambda client: client.signin(made["customer"], PASSWORD),
            on_done=lambda _tokens: ctx.session.signed_in_now(login=made["customer"]),
        )
        pump(lambda: ctx.session.profile is not None)
        live = window.live
        pump(lambda: live.stream is not None and live.stream.connected)
        request = window.open_request(made["live"])
        assert request is not None
        pump(lambda: request.conversation is not None)
        staff = Staff(f"{url}/api/v1", made["staff"])

        shown: list[float] = []
        for n in range(replies + 3):  # three untimed warm-ups
            before = request.shown_messages
            staff.reply(made["live"], f"Live reply {n}")
            accepted = time.perf_counter()
            pump(lambda before=before: request.shown_messages > before)
            if n >= 3:
                shown.append(time.perf_counter() - accepted)

        client = ctx.connection.client
        assert client is not None
        floor: list[float] = []
        for n in range(replies + 3):
            message_id = staff.reply(made["floor"], f"Floor reply {n}")
            accepted = time.perf_counter()
            messages = client.messages(made["floor"])
            took = time.perf_counter() - accepted
            assert any(m["id"] == message_id for m in messages)
            if n >= 3:
                floor.append(took)
            pump(lambda: True)  # let the window's queue drain between replies

        request.close()
        opens: list[float] = []
        for _ in range(5):
            began = time.perf_counter()
            long = window.open_request(made["long"])
            assert long is not None
            pump(lambda long=long: long.conversation is not None)
            opens.append(time.perf_counter() - began)
            assert long.shown_messages == 500 and long.files_tree.topLevelItemCount() == 100
            long.close()
            pump(lambda: made["long"] not in window.request_windows, 5)
        return {"shown": shown, "floor": floor, "opens": opens}
    finally:
        window.close()
        ctx.shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replies", type=int, default=50)
    parser.add_argument("--backend", choices=("sqlite", "postgres", "both"), default="both")
    args = parser.parse_args(argv)
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(lambda *_: None)  # the offscreen platform's "does not support"
    QApplication.instance() or QApplication([])
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    verdicts: list[tuple[str, bool]] = []
    for backend in backends:
        if backend == "postgres" and (reason := postgres_reason()):
            print(f"\npostgres: skipped — {reason}")
            continue
        result = run_backend(backend, args.replies)
        shown, floor, opens = result["shown"], result["floor"], result["opens"]
        print(f"\n{backend}: {len(shown)} staff replies to the open request window")
        print(
            f"  shown in the window   p50 {statistics.median(shown) * 1000:7.1f} ms"
            f"   p95 {percentile(shown, 95) * 1000:7.1f} ms"
        )
        print(
            f"  floor: plain GET      p50 {statistics.median(floor) * 1000:7.1f} ms"
            f"   p95 {percentile(floor, 95) * 1000:7.1f} ms"
        )
        open_median = statistics.median(opens)
        print(
            f"  open 500 messages + 100 files: median {open_median * 1000:.1f} ms"
            f" (of {len(opens)}: {', '.join(f'{o * 1000:.0f}' for o in opens)})"
        )
        target = LIVE_TARGET[backend]
        verdicts.append(
            (f"{backend}: live p95 < {target * 1000:.0f} ms", percentile(shown, 95) < target)
        )
        verdicts.append(
            (f"{backend}: open under {OPEN_TARGET * 1000:.0f} ms", open_median < OPEN_TARGET)
        )
    print()
    for name, met in verdicts:
        print(f"  target {name}: {'met' if met else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
