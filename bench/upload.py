"""A large attachment through the wizard's upload path, against the floor of a plain
streamed HTTP PUT of the same file, in the same run.

The wizard's path is ``app.core.wizard.transfer.transfer_file``: the checks, the resumable
upload (tus, parts streamed from the file, the resume record) to the real service started
as its own process on loopback (SQLite, the default storage), and the comparison of our
SHA-256 with the service's. The floor is ``requests.put`` of the open file to a bare ASGI
endpoint under uvicorn (another process) that writes the body to a file — the cost of
moving the bytes over HTTP into a file and nothing else. Runs alternate so that machine
load affects both alike; the median of each is reported.

Memory is this (client) process's peak RSS during the wizard's uploads minus its RSS before
the first of them (the peak is reset between runs through ``/proc/self/clear_refs``), so the
first, cold upload counts. Targets: at least 0.8 of the floor's MB/s, and under 50 MB of RSS
growth.

    python bench/upload.py [--size-mb 200] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RATIO_TARGET = 0.8
RSS_TARGET_MB = 50.0


# -- the bare endpoint (run in its own process with --serve-bare) ----------------------------


def bare_app(target: Path) -> Callable[..., Any]:
    async def app(scope: dict[str, Any], receive: Callable[..., Any], send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        received = 0
        with open(target, "wb") as fh:
            while True:
                message = await receive()
                body = message.get("body", b"")
                if body:
                    fh.write(body)
                    received += len(body)
                if not message.get("more_body"):
                    break
        status = 200 if scope["path"] == "/healthz" else 204
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    return app


def serve_bare(port: int, target: Path) -> None:
    import uvicorn

    uvicorn.run(bare_app(target), host="127.0.0.1", port=port, log_level="warning")


# -- measuring --------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_healthy(url: str) -> None:
    import requests

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise SystemExit(f"{url} did not start")


def rss_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def reset_peak() -> None:
    with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
        fh.write("5")


def timed(fn: Callable[[], Any], baseline_kb: int) -> tuple[float, float]:
    """(seconds, peak RSS growth in MB over ``baseline_kb``) of one call."""
    reset_peak()
    started = time.perf_counter()
    fn()
    seconds = time.perf_counter() - started
    return seconds, max(0, rss_kb("VmHWM") - baseline_kb) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--chunk-mb", type=int, default=0, help="default: the wizard's own")
    parser.add_argument("--serve-bare", nargs=2, metavar=("PORT", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve_bare:
        serve_bare(int(args.serve_bare[0]), Path(args.serve_bare[1]))
        return 0
    if not sys.platform.startswith("linux"):
        raise SystemExit("this benchmark reads /proc; run it on Linux")

    import requests

    from app.api.client import ApiClient
    from app.api.uploads import ResumeRecords
    from app.core.wizard.transfer import CHUNK_SIZE, transfer_file

    work = Path(tempfile.mkdtemp(prefix="bench-upload-"))
    procs: list[subprocess.Popen[bytes]] = []
    try:
        source = work / "capture.bin"
        with open(source, "wb") as fh:
            for _ in range(args.size_mb):
                fh.write(os.urandom(1024 * 1024))
        size = source.stat().st_size
        os.environ["PERSONAL_CABINET_HOME"] = str(work / "profile")

        service_port, bare_port = free_port(), free_port()
        serve = ["serve", "--port", str(service_port), "--data-dir", str(work / "service")]
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "server.cli", *serve],
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        procs.append(
            subprocess.Popen(
                [sys.executable, __file__, "--serve-bare", str(bare_port), str(work / "bare.bin")],
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
            )
        )
        service_url = f"http://127.0.0.1:{service_port}"
        bare_url = f"http://127.0.0.1:{bare_port}"
        wait_healthy(service_url)
        wait_healthy(bare_url)

        client = ApiClient(service_url)  # anonymous: the upload belongs to its token
        records = ResumeRecords(work / "resume.json")
        session = requests.Session()

        chunk = args.chunk_mb * 1024 * 1024 or CHUNK_SIZE

        def wizard_path() -> None:
            transfer_file(client, source, purpose="file", records=records, chunk_size=chunk)

        def floor() -> None:
            with open(source, "rb") as fh:
                response = session.put(f"{bare_url}/upload", data=fh, timeout=300)
            response.raise_for_status()

        # The growth is measured from before the first upload, so what the first one keeps
        # (imports done on first use, buffers) counts too; that cold run is also the warm-up.
        baseline = rss_kb("VmRSS")
        _seconds, cold_growth = timed(wizard_path, baseline)
        floor()
        results: dict[str, list[tuple[float, float]]] = {"wizard": [], "floor": []}
        for _ in range(args.runs):
            results["floor"].append(timed(floor, rss_kb("VmRSS")))
            results["wizard"].append(timed(wizard_path, baseline))

        def speed(name: str) -> float:
            return size / 1e6 / statistics.median(s for s, _ in results[name])

        floor_speed, wizard_speed = speed("floor"), speed("wizard")
        ratio = wizard_speed / floor_speed
        wizard_rss = max([cold_growth, *(r for _, r in results["wizard"])])
        floor_rss = max(r for _, r in results["floor"])
        print(f"file: {size >> 20} MiB, {args.runs} runs each (median), chunk {chunk >> 20} MB")
        print(
            f"floor  (plain streamed PUT, bare uvicorn): {floor_speed:8.1f} MB/s, "
            f"RSS growth {floor_rss:5.1f} MB"
        )
        print(
            f"wizard (checks + tus + SHA-256, service):  {wizard_speed:8.1f} MB/s, "
            f"RSS growth {wizard_rss:5.1f} MB"
        )
        print(
            f"ratio: {ratio:.2f} of the floor (target >= {RATIO_TARGET}); "
            f"client RSS growth {wizard_rss:.1f} MB (target < {RSS_TARGET_MB:.0f} MB)"
        )
        ok = ratio >= RATIO_TARGET and wizard_rss < RSS_TARGET_MB
        print("targets met" if ok else "TARGETS MISSED")
        return 0 if ok else 1
    finally:
        for proc in procs:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
