"""The report agrees with what the operating system says, read here by other means (Linux)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.sysinfo import Report, build_report


@pytest.fixture(scope="module")
def report() -> Report:
    # Unredacted, so mount points and names compare as they are.
    return build_report(sections=["cpu", "memory", "disks", "processes", "os"], redact=False)


def test_every_section_completed(report: Report) -> None:
    assert {s["status"] for s in report.sections.values()} == {"ok"}


def test_cpu_count(report: Report) -> None:
    assert report.data("cpu")["logical_cpus"] == os.cpu_count()


def test_memory_total_matches_proc_meminfo(report: Report) -> None:
    line = next(
        x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal:")
    )
    assert report.data("memory")["total_bytes"] == int(line.split()[1]) * 1024


def test_disk_totals_match_shutil(report: Report) -> None:
    partitions = report.data("disks")["partitions"]
    assert partitions
    for part in partitions:
        if "total_bytes" in part:
            assert part["total_bytes"] == shutil.disk_usage(part["mountpoint"]).total


def test_process_count_matches_proc(report: Report) -> None:
    on_proc = sum(1 for name in os.listdir("/proc") if name.isdigit())
    counted = report.data("processes")["count"]
    assert counted == len(report.data("processes")["processes"])
    # processes come and go while both are counted (other tests run alongside)
    assert abs(counted - on_proc) <= max(10, on_proc // 10)
    assert any(p["pid"] == os.getpid() for p in report.data("processes")["processes"])


def test_os_release_and_kernel_read_as_platform_reads_them(report: Report) -> None:
    import platform

    from app.sysinfo.sections.system import os_release

    try:
        expected = platform.freedesktop_os_release()
    except OSError:
        pytest.skip("no os-release file here")
    assert os_release() == expected
    data = report.data("os")
    uname = platform.uname()
    assert (data["family"], data["kernel_release"], data["machine"]) == (
        uname.system,
        uname.release,
        uname.machine,
    )
    assert data["pretty_name"] == expected.get("PRETTY_NAME")
