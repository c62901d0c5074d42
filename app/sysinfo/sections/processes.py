"""Section ``processes``: every process with its command line; never its environment.

``PROCESS_ATTRS`` is shared with ``bench/sysinfo.py``, whose floor is a bare psutil pass over
exactly these attributes. On Linux the same values are read from ``/proc`` directly
(``procfs``), in about half psutil's time.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import psutil

from app.sysinfo.context import Context
from app.sysinfo.identity import is_human_name, user_part
from app.sysinfo.sections import procfs
from app.sysinfo.sections.procfs import ProcessInfo

# On POSIX the owner is read as uids and named through a per-report cache: psutil's own
# ``username`` asks the name service once per process.
OWNER_ATTR = "username" if sys.platform == "win32" else "uids"
PROCESS_ATTRS = [
    "pid",
    "ppid",
    "name",
    "exe",
    "cmdline",
    OWNER_ATTR,
    "status",
    "create_time",
    "cpu_times",
    "memory_info",
    "num_threads",
]


def _owner_namer() -> Any:
    """Real uid → user name, asking the name service once per uid (Windows: the name)."""
    if sys.platform == "win32":
        return lambda value: value
    import pwd

    names: dict[int, str] = {}

    def name(uid: int | None) -> str | None:
        if uid is None:
            return None
        if uid not in names:
            try:
                names[uid] = pwd.getpwuid(uid).pw_name
            except KeyError:
                names[uid] = str(uid)
        return names[uid]

    return name


def _quote(arg: str) -> str:
    """Shell quoting that keeps an argument's own quotes readable: ``{'password': 'x'}``
    in double quotes rather than shlex's ``'"'"'`` runs, so the scrubber sees the key."""
    quoted = shlex.quote(arg)
    if quoted != arg and "'" in arg and not any(c in arg for c in '"$`\\!'):
        return f'"{arg}"'
    return quoted


def _join(argv: list[str]) -> str:
    if sys.platform == "win32":
        return subprocess.list2cmdline(argv)
    return " ".join(_quote(a) for a in argv)


def _psutil_processes() -> Iterator[ProcessInfo]:
    for proc in psutil.process_iter(PROCESS_ATTRS, ad_value=None):
        yield from_psutil(proc.info)


def from_psutil(info: dict[str, Any]) -> ProcessInfo:
    """One process from psutil's ``PROCESS_ATTRS`` (where /proc is not read directly)."""
    times = info["cpu_times"]
    mem = info["memory_info"]
    owner = info[OWNER_ATTR]
    return ProcessInfo(
        pid=info["pid"],
        ppid=info["ppid"],
        name=info["name"],
        exe=info["exe"],
        cmdline=info["cmdline"],
        uid=owner.real if OWNER_ATTR == "uids" and owner is not None else owner,
        status=info["status"],
        create_time=info["create_time"],
        cpu_s=(times.user + times.system) if times else None,
        rss=mem.rss if mem else None,
        vms=mem.vms if mem else None,
        threads=info["num_threads"],
    )


def processes() -> Iterator[ProcessInfo]:
    """Every process with ``PROCESS_ATTRS``: from /proc on Linux, else through psutil."""
    return procfs.read_processes() if procfs.available() else _psutil_processes()


def process_table(ctx: Context) -> list[ProcessInfo]:
    """The processes, read once per report for every section that needs them."""
    return ctx.once("processes", lambda: list(processes()))


def collect_processes(ctx: Context) -> dict[str, Any]:
    now = time.time()
    rows: list[dict[str, Any]] = []
    by_status: Counter[str] = Counter()
    users: set[str] = set()
    denied = 0
    owner = _owner_namer()
    for info in process_table(ctx):
        cmdline = info.cmdline
        if cmdline is None and info.exe is None:
            denied += 1
        created = info.create_time
        cpu = info.cpu_s
        username = owner(info.uid)
        if username:
            users.add(username)
        status = info.status or "unknown"
        by_status[status] += 1
        rows.append(
            {
                "pid": info.pid,
                "ppid": info.ppid,
                "name": info.name,
                "user": username,
                "status": status,
                "threads": info.threads,
                "rss_bytes": info.rss,
                "vms_bytes": info.vms,
                "cpu_time_s": round(cpu, 2) if cpu is not None else None,
                "cpu_avg_percent": (
                    round(100 * cpu / max(now - created, 1.0), 1) if cpu and created else None
                ),
                "started_utc": (
                    datetime.fromtimestamp(created, UTC).isoformat(timespec="seconds")
                    if created
                    else None
                ),
                "exe": info.exe,
                "cmdline": _join(cmdline) if cmdline else None,
            }
        )
    for name in users:
        if is_human_name(name):
            ctx.register("user", user_part(name))
    if denied > len(rows) // 2:
        ctx.needs_admin("details of other users' processes")
    total_rss = sum(r["rss_bytes"] or 0 for r in rows)
    return {
        "count": len(rows),
        "threads": sum(r["threads"] or 0 for r in rows),
        "by_status": dict(sorted(by_status.items())),
        "total_rss_bytes": total_rss,
        "details_hidden": denied,
        "processes": rows,
    }
