"""Cold start of ``personal-cabinet`` to its main window shown, against a floor: a bare
PySide6 ``QApplication`` with a ``QWizard`` shown, in the same run and interpreter.

Each run is a new process (offscreen Qt, a fresh profile folder, the embedded service as
configured by default — it starts only after the window is up and is not counted). Time is
measured from the process start to the line the process prints at its first paint; memory
is the process's own peak RSS at that moment (VmHWM). Runs of the two alternate so that
machine load affects both alike. Target: at most 1.5x the floor's time, 1.4x its memory.

    python bench/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = "main window shown; peak RSS "
TIME_TARGET, MEMORY_TARGET = 1.5, 1.4

FLOOR = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWizard

app = QApplication(sys.argv[:1])
wizard = QWizard()


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            status = open("/proc/self/status").read() if sys.platform.startswith("linux") else ""
            peak = next((l.split()[1] for l in status.splitlines() if l.startswith("VmHWM")), "0")
            if peak == "0":
                import resource
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            print("floor: {MARKER}" + str(peak) + " kB", flush=True)
            QTimer.singleShot(0, app.quit)
            watched.removeEventFilter(self)
        return False


wizard.installEventFilter(FirstPaint(wizard))
wizard.show()
app.exec()
"""


def measure(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """(seconds to the first-paint line, peak RSS in kB) of one cold start."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if MARKER in line:
            elapsed = time.perf_counter() - started
            peak = int(line.split(MARKER, 1)[1].split()[0])
            break
    else:
        _, err = proc.communicate(timeout=30)
        raise RuntimeError(f"{command[:3]} ended without showing a window:\n{err}")
    try:
        proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
    return elapsed, peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="runs of each (default 7)")
    args = parser.parse_args(argv)
    base_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="")
    base_env.pop("PERSONAL_CABINET_HOME", None)
    floor_times, floor_rss, app_times, app_rss = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="pc-bench-") as tmp:
        # one warm-up of each: byte-code compiled and the OS file cache filled, as on a
        # machine where the application has been installed
        measure([sys.executable, "-c", FLOOR], base_env)
        measure(
            [sys.executable, "-m", "app", "--exit-after-shown"],
            dict(base_env, PERSONAL_CABINET_HOME=str(Path(tmp) / "warm-up")),
        )
        for run in range(args.runs):
            t, rss = measure([sys.executable, "-c", FLOOR], base_env)
            floor_times.append(t)
            floor_rss.append(rss)
            home = Path(tmp) / f"profile-{run}"  # a fresh profile: the very first start
            t, rss = measure(
                [sys.executable, "-m", "app", "--exit-after-shown"],
                dict(base_env, PERSONAL_CABINET_HOME=str(home)),
            )
            app_times.append(t)
            app_rss.append(rss)
    floor_t, app_t = statistics.median(floor_times), statistics.median(app_times)
    floor_m, app_m = max(floor_rss), max(app_rss)
    time_ratio, memory_ratio = app_t / floor_t, app_m / floor_m
    print(f"runs: {args.runs} of each, offscreen, Python {sys.version.split()[0]}")
    print(
        f"floor (QApplication + QWizard): {floor_t * 1000:7.0f} ms median   "
        f"peak RSS {floor_m / 1024:6.1f} MB"
    )
    print(
        f"personal-cabinet main window:   {app_t * 1000:7.0f} ms median   "
        f"peak RSS {app_m / 1024:6.1f} MB"
    )
    print(
        f"ratio: time {time_ratio:.2f}x (target <= {TIME_TARGET}x), "
        f"memory {memory_ratio:.2f}x (target <= {MEMORY_TARGET}x)"
    )
    ok = time_ratio <= TIME_TARGET and memory_ratio <= MEMORY_TARGET
    print("within target" if ok else "OVER TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
