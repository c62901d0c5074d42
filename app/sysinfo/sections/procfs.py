"""Linux processes read straight from ``/proc``, with psutil's meaning for every value.

The processes section is the report's largest part. Through ``psutil.process_iter`` each
process costs six file reads (``stat`` twice, ``status``, ``statm``, ``cmdline``, the ``exe``
link) and a few dozen Python calls; here it is four reads (``stat``, ``status``, ``cmdline``,
``exe``) parsed in one place: about half the time, and with 300 processes the
biggest single cost of the report. The values are psutil's (``tests/app/sysinfo`` compares
them): ``status`` names, the 15-character name extended from the command line, ``""`` as the
executable of kernel threads, ``None`` where psutil's ``ad_value`` would stand (access
denied, zombie), sizes from ``VmRSS``/``VmSize`` (what ``statm`` says, in kB).
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterator
from typing import NamedTuple

import psutil

# psutil's names for the state letters of /proc/PID/stat (its PROC_STATUSES; psutil
# exports some of them as STATUS_* only on some versions, so they are spelt out).
STATES = {
    "R": "running",
    "S": "sleeping",
    "D": "disk-sleep",
    "T": "stopped",
    "t": "tracing-stop",
    "Z": "zombie",
    "X": "dead",
    "x": "dead",
    "K": "wake-kill",
    "W": "waking",
    "I": "idle",
    "P": "parked",
}
_ENCODING = sys.getfilesystemencoding()
_ERRORS = sys.getfilesystemencodeerrors()
_GONE = (FileNotFoundError, ProcessLookupError)


class ProcessInfo(NamedTuple):
    """One process; ``None`` where psutil would give its ``ad_value``."""

    pid: int
    ppid: int | None
    name: str | None
    exe: str | None
    cmdline: list[str] | None
    uid: int | None
    status: str | None
    create_time: float | None
    cpu_s: float | None
    rss: int | None
    vms: int | None
    threads: int | None


_CHUNK = 65536


def _read(path: str) -> bytes | None:
    """The file's bytes; ``None`` when access is denied. Raises when the process is gone.

    Plain ``os.open``/``os.read``: a file object adds a ``fstat`` and an object per read,
    and this runs four times per process.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except PermissionError:
        return None
    try:
        data = os.read(fd, _CHUNK)
        if len(data) == _CHUNK:  # a long command line: the rest, as psutil reads it all
            parts = [data]
            while chunk := os.read(fd, _CHUNK):
                parts.append(chunk)
            data = b"".join(parts)
        return data
    except PermissionError:
        return None
    finally:
        os.close(fd)


def _status_number(status: bytes, key: bytes) -> int | None:
    start = status.find(key)
    if start < 0:
        return None
    end = status.find(b"\n", start + 1)
    fields = status[start + len(key) : end if end >= 0 else None].split()
    return int(fields[0]) if fields and fields[0].isdigit() else None


def _cmdline(raw: bytes) -> list[str]:
    """psutil's split: NUL-separated, or spaces for processes that rewrote their title."""
    data = raw.decode(_ENCODING, _ERRORS)
    sep = "\x00" if data.endswith("\x00") else " "
    if data.endswith(sep):
        data = data[:-1]
    args = data.split(sep)
    if sep == "\x00" and len(args) == 1 and " " in data:
        args = data.split(" ")
    return args


def _exe(base: str, zombie: bool) -> str | None:
    try:
        path = os.readlink(base + "exe")
    except _GONE:
        # A kernel thread has no executable (psutil: ""); a zombie's is unknown (None).
        if not os.path.lexists(base.rstrip("/")):
            raise
        return None if zombie else ""
    except PermissionError:
        return None
    path = path.split("\x00")[0]
    if path.endswith(" (deleted)") and not os.path.exists(path):
        path = path[:-10]
    return path


def _one(pid: int, boot: float, ticks: float) -> ProcessInfo:
    base = f"/proc/{pid}/"
    stat = _read(base + "stat")
    ppid = name = state = created = cpu = None
    zombie = False
    if stat is not None:
        close = stat.rfind(b")")
        name = stat[stat.find(b"(") + 1 : close].decode(_ENCODING, _ERRORS)
        fields = stat[close + 2 :].split()
        letter = fields[0].decode("ascii", "replace")
        zombie = letter == "Z"
        state = STATES.get(letter, "?")
        ppid = int(fields[1])
        cpu = float(fields[11]) / ticks + float(fields[12]) / ticks
        created = float(fields[19]) / ticks + boot
    status = _read(base + "status")
    uid = threads = rss = vms = None
    if status is not None:
        uid = _status_number(status, b"\nUid:")
        threads = _status_number(status, b"\nThreads:")
        # Kernel threads and zombies have no memory lines; statm says 0 for them.
        size = _status_number(status, b"\nVmSize:")
        resident = _status_number(status, b"\nVmRSS:")
        vms = size * 1024 if size is not None else 0
        rss = resident * 1024 if resident is not None else 0
    raw = _read(base + "cmdline")
    # Empty: a kernel thread ([]), or a zombie, whose command line is unknown (None).
    cmdline = _cmdline(raw) if raw else (None if raw is None or zombie else [])
    exe = _exe(base, zombie)
    if name is not None and len(name) >= 15 and cmdline:
        # The kernel keeps 15 characters of a name; psutil extends it from argv[0].
        extended = os.path.basename(cmdline[0])
        if extended.startswith(name):
            name = extended
    return ProcessInfo(pid, ppid, name, exe, cmdline, uid, state, created, cpu, rss, vms, threads)


def read_processes() -> Iterator[ProcessInfo]:
    """Every process in PID order; those that end while being read are left out."""
    boot = psutil.boot_time()
    ticks = float(os.sysconf("SC_CLK_TCK"))
    for pid in sorted(int(n) for n in os.listdir("/proc") if n.isdigit()):
        try:
            yield _one(pid, boot, ticks)
        except _GONE:
            continue


def process_name(pid: int | str) -> str | None:
    """psutil's ``name()`` of one process, reading only what it needs; ``None`` when gone."""
    base = f"/proc/{pid}/"
    try:
        stat = _read(base + "stat")
        if stat is None:
            return None
        name = stat[stat.find(b"(") + 1 : stat.rfind(b")")].decode(_ENCODING, _ERRORS)
        if len(name) >= 15:
            raw = _read(base + "cmdline")
            if raw:
                extended = os.path.basename(_cmdline(raw)[0])
                if extended.startswith(name):
                    name = extended
    except _GONE:
        return None
    return name


@functools.cache
def available() -> bool:
    return sys.platform.startswith("linux") and os.path.exists("/proc/self/stat")
