"""Each section stands alone (S2): one that raises or hangs never costs the report.

The faulty sections are injected as extra ``Section`` units next to real ones; the hanging
ones block for far longer than the budget, so a report made at all was made on time.
"""

from __future__ import annotations

import sys
import threading
import time
import uuid
import zipfile
from pathlib import Path
from typing import Any

import psutil
import pytest

from app.sysinfo import Cancelled, Progress, Section, Status, build_report, write_report
from app.sysinfo.context import CommandError, Context, NeedsAdmin, PrivateValues, Skipped

HANG_S = 120.0


def raises(ctx: Context) -> dict[str, Any]:
    raise RuntimeError("simulated failure in a section")


def hangs(ctx: Context) -> dict[str, Any]:
    threading.Event().wait(HANG_S)  # a call that never returns in time, ignoring the budget
    return {"never": "seen"}


def partial(ctx: Context) -> dict[str, Any]:
    ctx.note("half of it was unreadable")
    return {"rows": [{"a": 1}]}


def needs_admin(ctx: Context) -> dict[str, Any]:
    raise NeedsAdmin("only an administrator may read this")


def skipped(ctx: Context) -> dict[str, Any]:
    raise Skipped("nothing of the kind here")


RAISES = Section("fault_raises", "Raises", raises, 0)
HANGS = Section("fault_hangs", "Hangs", hangs, 0)


def test_a_raising_and_a_hanging_section_still_give_a_report_on_time(tmp_path: Path) -> None:
    started = time.monotonic()
    report = build_report(sections=["os", RAISES, HANGS, "memory"], timeout=1.5)
    elapsed = time.monotonic() - started
    assert elapsed < HANG_S / 4  # did not wait for the hung section
    statuses = {sid: s["status"] for sid, s in report.sections.items()}
    assert statuses == {
        "os": "ok",
        "memory": "ok",
        "fault_raises": "error",
        "fault_hangs": "timeout",
    }
    assert "simulated failure" in report.sections["fault_raises"]["error"]
    assert report.sections["fault_hangs"]["data"] is None
    assert not report.succeeded

    out = tmp_path / "r.zip"
    write_report(report, out)
    with zipfile.ZipFile(out) as zf:
        log = zf.read("errors.log").decode()
        html = zf.read("report.html").decode()
    assert "[error] fault_raises" in log and "[timeout] fault_hangs" in log
    assert "RuntimeError: simulated failure" in log and "Traceback" in log
    assert "Hangs" in html and "st-timeout" in html


def test_a_hung_external_command_is_killed_at_the_budget() -> None:
    marker = f"{uuid.uuid4().int % 10**6 + 10**6}"

    def runs_forever(ctx: Context) -> dict[str, Any]:
        ctx.run(["sleep", marker])
        return {}

    report = build_report(
        sections=[Section("slow_cmd", "Slow command", runs_forever, 0)], timeout=1.0
    )
    assert report.sections["slow_cmd"]["status"] == "timeout"
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        alive = [
            p
            for p in psutil.process_iter(["cmdline"])
            if (p.info["cmdline"] or [])[-1:] == [marker]
        ]
        if not alive:
            break
        time.sleep(0.05)
    assert alive == []


def test_every_status_is_reported_with_its_reason() -> None:
    report = build_report(
        sections=[
            Section("p", "Partial", partial, 0),
            Section("n", "Needs admin", needs_admin, 0),
            Section("s", "Skipped", skipped, 0),
        ]
    )
    got = {sid: (s["status"], s["error"]) for sid, s in report.sections.items()}
    assert got == {
        "p": ("partial", "half of it was unreadable"),
        "n": ("needs_admin", "only an administrator may read this"),
        "s": ("skipped", "nothing of the kind here"),
    }
    assert report.sections["p"]["data"] == {"rows": [{"a": 1}]}


def test_skipped_sections_count_as_success() -> None:
    report = build_report(sections=["os", Section("s", "Skipped", skipped, 0)])
    assert report.succeeded


def test_progress_runs_in_the_calling_thread_once_per_section() -> None:
    seen: list[tuple[Progress, int]] = []
    report = build_report(
        sections=["os", "cpu", "memory"], progress=lambda p: seen.append((p, threading.get_ident()))
    )
    assert [p.done for p, _ in seen] == [1, 2, 3]
    assert {p.section for p, _ in seen} == {"os", "cpu", "memory"}
    assert {ident for _, ident in seen} == {threading.get_ident()}
    assert all(p.total == 3 and p.status is Status.OK for p, _ in seen)
    assert list(report.sections) == ["os", "cpu", "memory"]  # report order, not finishing order


def test_cancel_stops_the_report() -> None:
    cancel = threading.Event()

    def on_progress(p: Progress) -> None:
        cancel.set()

    started = time.monotonic()
    with pytest.raises(Cancelled):
        build_report(sections=["os", HANGS], progress=on_progress, cancel=cancel, timeout=60)
    assert time.monotonic() - started < HANG_S / 4


def test_usable_from_a_worker_thread() -> None:
    box: dict[str, Any] = {}

    def work() -> None:
        box["report"] = build_report(sections=["os", "memory", "cpu"])

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert box["report"].succeeded


def test_unknown_sections_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown section 'nope'"):
        build_report(sections=["nope"])


def test_what_sections_share_is_read_once_and_its_failure_reaches_each_of_them() -> None:
    calls: list[str] = []
    both_asked = threading.Barrier(2, timeout=10)

    def failing_read() -> list[int]:
        calls.append(threading.current_thread().name)
        time.sleep(0.2)  # the other section asks meanwhile and waits for this read
        raise OSError("the shared table could not be read")

    def asks(ctx: Context) -> dict[str, Any]:
        both_asked.wait()
        return {"rows": ctx.once("table", failing_read)}

    first, second = Section("shared_a", "A", asks, 0), Section("shared_b", "B", asks, 0)
    report = build_report(sections=["os", first, second], timeout=10)
    assert len(calls) == 1
    for sid in ("shared_a", "shared_b"):
        section = report.sections[sid]
        assert section["status"] == "error"
        assert section["error"] == "OSError: the shared table could not be read"
    assert report.sections["os"]["status"] == "ok"


def test_a_section_waiting_for_a_shared_read_keeps_its_own_budget() -> None:
    def slow_read() -> list[int]:
        threading.Event().wait(HANG_S)
        return []

    def reads(ctx: Context) -> dict[str, Any]:
        return {"rows": ctx.once("slow", slow_read)}

    def waits(ctx: Context) -> dict[str, Any]:
        time.sleep(0.1)
        return {"rows": ctx.once("slow", slow_read)}

    started = time.monotonic()
    report = build_report(
        sections=[Section("slow_a", "A", reads, 0), Section("slow_b", "B", waits, 0)], timeout=1.0
    )
    assert time.monotonic() - started < HANG_S / 4
    assert {s["status"] for s in report.sections.values()} == {"timeout"}


def _script(code: str) -> list[str]:
    return [sys.executable, "-c", code]


# Prints when it began and when it ended, two seconds later.
STAMPED = (
    "import sys, time; print(time.time()); sys.stdout.flush(); time.sleep(2); print(time.time())"
)


def test_commands_started_together_overlap_and_each_reports_its_own_error() -> None:
    ctx = Context(
        section="t", deadline=time.monotonic() + 60, stop=threading.Event(), private=PrivateValues()
    )
    first = ctx.start(_script(STAMPED))
    failing = ctx.start(
        _script(STAMPED + "; sys.stderr.write('no such table: packages\\n'); sys.exit(3)")
    )
    last = ctx.start(_script(STAMPED))
    outputs = [first.result(), last.result()]
    with pytest.raises(CommandError, match="no such table: packages"):
        failing.result()
    stamps = [[float(x) for x in out.split()] for out in outputs]
    # Started one after the other, they ran at once: each began before the other ended.
    assert max(begin for begin, _ in stamps) < min(end for _, end in stamps)


def test_a_command_a_section_never_reads_is_killed_when_the_section_ends() -> None:
    pids: list[int] = []

    def forgets(ctx: Context) -> dict[str, Any]:
        pids.append(ctx.start(_script("import time; time.sleep(120)")).proc.pid)
        return {"rows": []}

    report = build_report(sections=[Section("forgets", "Forgets", forgets, 0)], timeout=30)
    assert report.sections["forgets"]["status"] == "ok"
    assert not psutil.pid_exists(pids[0])
