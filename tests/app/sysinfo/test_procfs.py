"""The processes read from /proc say what psutil says about the same processes (Linux)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from app.sysinfo.sections import procfs
from app.sysinfo.sections.processes import PROCESS_ATTRS, from_psutil

pytestmark = pytest.mark.skipif(not procfs.available(), reason="Linux /proc only")

# Longer than the kernel's 15 characters of a name: psutil extends it from argv[0].
LONG_NAME = "sysinfo-procfs-sleeper-with-a-long-name"


def _from_psutil(pid: int) -> procfs.ProcessInfo:
    return from_psutil(psutil.Process(pid).as_dict(PROCESS_ATTRS, ad_value=None))


def _ours(pid: int) -> procfs.ProcessInfo:
    return next(p for p in procfs.read_processes() if p.pid == pid)


@pytest.fixture
def sleeper(tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    # Started through a link with a long name: the kernel keeps 15 characters of it.
    link = tmp_path / LONG_NAME
    link.symlink_to(sys.executable)
    argv = [str(link), "-c", "import time; time.sleep(60)", "two words", '{"a": 1}']
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL)
    watched, deadline = psutil.Process(proc.pid), time.monotonic() + 10
    while (watched.name(), watched.status()) != (LONG_NAME, psutil.STATUS_SLEEPING):
        assert time.monotonic() < deadline, "the sleeper did not start"
        time.sleep(0.01)
    time.sleep(0.05)  # its start-up CPU time settled
    yield proc
    proc.kill()
    proc.wait()


def test_a_sleeping_process_reads_the_same(sleeper: subprocess.Popen[bytes]) -> None:
    ours = _ours(sleeper.pid)
    assert ours == _from_psutil(sleeper.pid)
    assert ours.name == LONG_NAME
    assert ours.cmdline is not None and ours.cmdline[-2:] == ["two words", '{"a": 1}']
    assert ours.status == psutil.STATUS_SLEEPING
    assert ours.rss and ours.vms and ours.threads


def test_a_zombie_reads_the_same() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"], stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while psutil.Process(child.pid).status() != psutil.STATUS_ZOMBIE:
            assert time.monotonic() < deadline, "the child did not exit"
            time.sleep(0.01)
        ours = _ours(child.pid)
        assert ours == _from_psutil(child.pid)
        assert ours.status == psutil.STATUS_ZOMBIE
        assert ours.cmdline is None and ours.exe is None
    finally:
        child.wait()


def test_every_process_agrees_on_what_does_not_change() -> None:
    stable = ("ppid", "name", "exe", "cmdline", "uid", "create_time")
    ours = {p.pid: p for p in procfs.read_processes()}
    theirs = {p.pid: p.info for p in psutil.process_iter(["pid", *stable[:-2], "uids"])}
    again = {p.pid: p for p in procfs.read_processes()}
    # Processes that started, ended or exec'd meanwhile (other tests run alongside) aside:
    both = {
        pid for pid in set(ours) & set(theirs) if pid in again and again[pid][:5] == ours[pid][:5]
    }
    assert len(both) >= 0.8 * len(theirs)
    for pid in both:
        mine, info = ours[pid], theirs[pid]
        uids = info["uids"]
        assert (mine.ppid, mine.exe, mine.cmdline, mine.uid) == (
            info["ppid"],
            info["exe"],
            info["cmdline"],
            uids.real if uids else None,
        ), pid
        if mine.cmdline:  # kernel threads rename themselves (kworker/1:2-events)
            assert mine.name == info["name"] == procfs.process_name(pid), pid
