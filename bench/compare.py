"""Comparing two GetSystemInfo reports of this machine (H4), against the floor of only
reading the two files, in the same run.

Two full reports are made here (every section, as support receives them), then each run
loads both and compares them (``app.sysinfo.compare``); the floor loads both and nothing
else. Target: the comparison, loading included, in under 0.5 s (median of the runs).

    python bench/compare.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_S = 0.5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    from app.sysinfo.archive import load_report, write_report
    from app.sysinfo.compare import compare
    from app.sysinfo.runner import build_report

    with tempfile.TemporaryDirectory(prefix="pc-bench-compare-") as tmp:
        paths = [Path(tmp) / "earlier.zip", Path(tmp) / "later.zip"]
        for path in paths:
            write_report(build_report(), path, keep_map=False)
        floor_s, ours_s, changes = [], [], 0
        for _ in range(args.runs):
            started = time.perf_counter()
            load_report(paths[0]), load_report(paths[1])
            floor_s.append(time.perf_counter() - started)
            started = time.perf_counter()
            diffs = compare(load_report(paths[0]), load_report(paths[1]))
            ours_s.append(time.perf_counter() - started)
            changes = sum(sum(d.counts.values()) for d in diffs)
        floor, ours = statistics.median(floor_s), statistics.median(ours_s)
        sizes = sum(p.stat().st_size for p in paths) / 1024
        print(f"two reports of this machine, {sizes:.0f} KB zipped; {changes} rows differ")
        print(f"floor (read both):       {floor * 1000:7.1f} ms")
        print(f"ours  (read and compare): {ours * 1000:7.1f} ms  ({ours / floor:.2f}x the floor)")
        met = ours < TARGET_S
        print(f"target < {TARGET_S * 1000:.0f} ms — {'met' if met else 'NOT met'}")
        return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
