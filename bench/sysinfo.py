"""GetSystemInfo benchmark: our report against its floor and against ``inxi -Fxxxz``.

In one run, with 300+ processes alive (sleepers are spawned to get there, and killed after):

1. the floor: a bare psutil pass over the same process attributes and system calls the
   psutil-covered sections use (``PROCESS_ATTRS``, cpu, memory, disks, network, users,
   sensors), timed inside a fresh interpreter;
2. ``inxi -Fxxxz`` where installed, as a process;
3. our report: the psutil-covered sections alone (timed inside a fresh interpreter, same as
   the floor), and the full report both in-process and as the ``getsysteminfo`` command.

Prints each time (median of several runs), each process's peak RSS, how many values each
tool collected, and the ratios. Targets: psutil sections ≤ 1.5× the floor; the full report
(as a command) at most 0.3× inxi's time while collecting more.

    .venv/bin/python bench/sysinfo.py [--repeats N] [--processes N]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MAX_SLEEPERS = 500


def floor_pass() -> None:
    """What the psutil-covered sections ask psutil for, with nothing around it."""
    import psutil

    from app.sysinfo.sections.processes import PROCESS_ATTRS

    for proc in psutil.process_iter(PROCESS_ATTRS, ad_value=None):
        _ = proc.info
    psutil.cpu_count()
    psutil.cpu_count(logical=False)
    psutil.cpu_freq()
    psutil.cpu_times()
    psutil.cpu_stats()
    os.getloadavg()
    psutil.virtual_memory()
    psutil.swap_memory()
    for part in psutil.disk_partitions(all=False):
        with contextlib.suppress(OSError):
            psutil.disk_usage(part.mountpoint)
    psutil.disk_io_counters(perdisk=True)
    psutil.net_if_addrs()
    psutil.net_if_stats()
    psutil.net_io_counters(pernic=True)
    psutil.net_connections(kind="inet")
    psutil.users()
    psutil.boot_time()
    psutil.sensors_battery()
    psutil.sensors_temperatures()
    psutil.sensors_fans()


def leaves(value: Any) -> int:
    if isinstance(value, dict):
        return sum(leaves(v) for v in value.values())
    if isinstance(value, list):
        return sum(leaves(v) for v in value)
    return 1


def child(kind: str, repeats: int) -> None:
    """Runs in a fresh interpreter; prints its timings as JSON.

    ``compare`` alternates the floor and our psutil-covered sections in one process, so both
    meet the same machine load; each kind starts with one untimed warm-up run.
    """
    started = time.perf_counter()
    from app.sysinfo import SECTIONS, build_report
    from app.sysinfo.archive import render

    imported = time.perf_counter() - started
    psutil_ids = [s.id for s in SECTIONS if s.psutil]
    times: dict[str, list[float]] = {"floor": [], "ours": []}
    extra: dict[str, Any] = {}

    def ours_psutil() -> None:
        report = build_report(sections=psutil_ids)
        extra["statuses"] = {k: v["status"] for k, v in report.sections.items()}

    def ours_full() -> None:
        report = build_report()
        payload = render(report, "zip")
        extra.update(
            values=leaves(report.document["sections"]),
            zip_bytes=len(payload),
            summary=report.document["summary"],
        )

    plan = {
        "floor": [("floor", floor_pass)],
        "compare": [("floor", floor_pass), ("ours", ours_psutil)],
        "full": [("ours", ours_full)],
    }[kind]
    for _, fn in plan:
        fn()  # warm-up
    for _ in range(repeats):
        for name, fn in plan:
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
    print(json.dumps({"times": times, "import_s": imported, **extra}))


def run_process(argv: list[str]) -> tuple[float, int, str]:
    """Wall time, peak RSS (KiB) and standard output of one child process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL
    )
    assert proc.stdout is not None
    out = proc.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    proc.stdout.close()
    return wall, usage.ru_maxrss, out


def spawn_sleepers(target: int) -> list[subprocess.Popen[bytes]]:
    import psutil

    need = min(MAX_SLEEPERS, max(0, target - len(psutil.pids())))
    command = (
        ["sleep", "900"]
        if shutil.which("sleep")
        else [sys.executable, "-c", "import time; time.sleep(900)"]
    )
    return [subprocess.Popen(command, stdin=subprocess.DEVNULL) for _ in range(need)]


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--processes", type=int, default=320, help="at least this many running")
    parser.add_argument("--child", choices=("floor", "compare", "full"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.repeats)
        return 0

    import psutil

    sleepers = spawn_sleepers(args.processes)
    try:
        time.sleep(0.5)
        running = len(psutil.pids())
        print(f"processes running: {running} ({len(sleepers)} sleepers spawned)")
        me = [sys.executable, str(Path(__file__).resolve()), "--repeats", str(args.repeats)]
        results: dict[str, dict[str, Any]] = {}
        for kind in ("floor", "compare", "full"):
            wall, rss, out = run_process([*me, "--child", kind])
            data = json.loads(out)
            data["rss_kib"] = rss
            data["wall"] = wall
            results[kind] = data

        with tempfile.TemporaryDirectory() as tmp:
            cli = [sys.executable, "-m", "app.sysinfo.cli", "-q", "-o", str(Path(tmp) / "r.zip")]
            cli_runs = [run_process(cli) for _ in range(args.repeats)]
        inxi = shutil.which("inxi")
        inxi_runs: list[tuple[float, int, str]] = []
        inxi_values = None
        if inxi:
            inxi_runs = [run_process([inxi, "--tty", "-Fxxxz"]) for _ in range(args.repeats)]
            _, _, as_json = run_process(
                [inxi, "--tty", "-Fxxxz", "--output", "json", "--output-file", "print"]
            )
            try:
                inxi_values = leaves(json.loads(as_json))
            except ValueError:
                inxi_values = None
    finally:
        for proc in sleepers:
            proc.kill()
        for proc in sleepers:
            proc.wait()

    floor = median(results["compare"]["times"]["floor"])
    ours_psutil = median(results["compare"]["times"]["ours"])
    ours_full = median(results["full"]["times"]["ours"])
    cli_wall = median([w for w, _, _ in cli_runs])
    cli_rss = max(r for _, r, _ in cli_runs)
    mib = 1 / 1024

    def line(label: str, seconds: float, rss_kib: float | None) -> None:
        memory = f"{rss_kib * mib:>9.1f} MiB" if rss_kib is not None else ""
        print(f"{label:<54}{seconds * 1000:>8.0f} ms{memory}")

    print(f"\nmedian of {args.repeats} runs each; peak RSS of the process doing it\n")
    line("floor: bare psutil pass (in-process)", floor, results["floor"]["rss_kib"])
    line("ours: psutil-covered sections (in-process)", ours_psutil, results["compare"]["rss_kib"])
    line("ours: full report + zip (in-process)", ours_full, results["full"]["rss_kib"])
    line("ours: getsysteminfo command, whole process", cli_wall, cli_rss)
    if inxi_runs:
        inxi_wall = median([w for w, _, _ in inxi_runs])
        line("inxi -Fxxxz, whole process", inxi_wall, max(r for _, r, _ in inxi_runs))
    print()
    print(f"psutil sections / floor (interleaved): {ours_psutil / floor:.2f}x  (target <= 1.5x)")
    if inxi_runs:
        print(
            f"getsysteminfo / inxi -Fxxxz:           {cli_wall / inxi_wall:.2f}x  (target <= 0.3x)"
        )
        print(f"full report in-process / inxi:         {ours_full / inxi_wall:.2f}x")
    values = f"values collected: ours {results['full']['values']}"
    if inxi_values is not None:
        values += f", inxi {inxi_values}"
    print(f"{values}; report zip {results['full']['zip_bytes'] / 1024:.0f} KiB")
    print(f"sections: {results['full']['summary']}")
    print(
        f"import of app.sysinfo in a fresh interpreter: {results['full']['import_s'] * 1000:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
