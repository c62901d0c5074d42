"""Packing Virus Lab samples into the encrypted zip, against the floor of plain ``zipfile``
deflate of the same files, in the same run.

Ours is ``app.core.viruslab.samples.pack``: each sample streamed in parts into one
AES-256 zip (pyzipper, deflated) while its SHA-256 is checked against the one the form
showed. The floor is the standard library's ``zipfile`` writing the same files deflated,
without encryption or checks — the cost of compressing the bytes and nothing else. The
samples are half random (incompressible, as packed malware is) and half text-like. Runs
alternate so that machine load affects both alike; the median of each is reported.

Memory is this process's peak RSS during our packing minus its RSS before it (the peak is
reset through ``/proc/self/clear_refs``). Targets: at least 0.5 of the floor's MB/s, and
under 50 MB of RSS growth.

    python bench/samples.py [--size-mb 200] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.upload import reset_peak, rss_kb  # noqa: E402 - the same RSS readings as there

RATIO_TARGET = 0.5
RSS_TARGET_MB = 50.0
_PART = 1024 * 1024


def make_samples(folder: Path, total_mb: int, count: int = 4) -> list[Path]:
    words = b"sample text of a program's resources, strings and tables " * 20_000
    made = []
    each = total_mb * 1024 * 1024 // count
    for index in range(count):
        path = folder / f"sample-{index}.bin"
        with open(path, "wb") as fh:
            left = each
            while left:
                block = (
                    os.urandom(min(left, _PART)) if index % 2 == 0 else words[: min(left, _PART)]
                )
                fh.write(block)
                left -= len(block)
        made.append(path)
    return made


def floor(files: list[Path], target: Path) -> None:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in files:
            zf.write(path, path.name)


def timed(fn: Callable[[], Any]) -> tuple[float, float]:
    baseline = rss_kb("VmRSS")
    reset_peak()
    started = time.perf_counter()
    fn()
    seconds = time.perf_counter() - started
    return seconds, max(0, rss_kb("VmHWM") - baseline) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    from app.core.viruslab.samples import pack, read_samples

    with tempfile.TemporaryDirectory(prefix="pc-bench-samples-") as tmp:
        folder = Path(tmp)
        files = make_samples(folder, args.size_mb)
        samples, problems = read_samples(files, (), 10 * 1024**3)
        assert not problems, problems
        size_mb = sum(s.size for s in samples) / (1024 * 1024)
        ours_s: list[float] = []
        floor_s: list[float] = []
        rss: list[float] = []
        for run in range(args.runs):
            out = folder / f"out-{run}"
            seconds, grown = timed(lambda out=out: pack(samples, out, "infected"))  # type: ignore[misc]
            ours_s.append(seconds)
            rss.append(grown)
            (out / "samples.zip").unlink()
            target = folder / f"floor-{run}.zip"
            floor_s.append(timed(lambda target=target: floor(files, target))[0])  # type: ignore[misc]
            target.unlink()
        ours = size_mb / statistics.median(ours_s)
        base = size_mb / statistics.median(floor_s)
        ratio = ours / base
        growth = max(rss)
        print(f"samples: {size_mb:.0f} MB in {len(files)} files, {args.runs} runs each, median")
        print(f"floor (zipfile, deflate):          {base:7.1f} MB/s")
        print(f"ours  (pyzipper AES-256 + SHA-256): {ours:7.1f} MB/s")
        print(
            f"ratio: {ratio:.2f} (target >= {RATIO_TARGET}) — "
            f"{'met' if ratio >= RATIO_TARGET else 'NOT met'}"
        )
        print(
            f"client RSS growth: {growth:.1f} MB (target < {RSS_TARGET_MB:.0f}) — "
            f"{'met' if growth < RSS_TARGET_MB else 'NOT met'}"
        )
        return 0 if ratio >= RATIO_TARGET and growth < RSS_TARGET_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
