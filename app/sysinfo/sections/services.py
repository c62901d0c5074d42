"""Section ``services``: systemd (or OpenRC / SysV init scripts), Windows services, launchd."""

from __future__ import annotations

import os
import re
import sys
from typing import Any

import psutil

from app.sysinfo.context import CommandError, Context, Skipped
from app.sysinfo.sections.platforms import IS_LINUX, IS_MACOS, IS_WINDOWS
from app.sysinfo.sections.processes import process_table

INIT_D_NOISE = frozenset({"README", "skeleton", "rc", "rcS", "functions", "halt", "reboot"})


def systemd_running() -> bool:
    return os.path.isdir("/run/systemd/system")


def _systemd(ctx: Context) -> dict[str, Any]:
    # Both listings at once: each is a systemctl of its own.
    listing = ctx.start(
        [
            "systemctl",
            "list-units",
            "--type=service",
            "--all",
            "--no-legend",
            "--no-pager",
            "--plain",
        ],
        timeout=8,
    )
    unit_files = ctx.start(
        ["systemctl", "list-unit-files", "--type=service", "--no-legend", "--no-pager"], timeout=8
    )
    units, files = listing.result(), unit_files.result()
    enabled: dict[str, str] = {}
    for line in files.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            enabled[parts[0]] = parts[1]
    rows = []
    for line in units.splitlines():
        parts = line.lstrip("●* ").split(None, 4)
        if len(parts) < 4:
            continue
        unit, load, active, sub = parts[:4]
        rows.append(
            {
                "name": unit,
                "description": parts[4] if len(parts) > 4 else None,
                "load": load,
                "active": active,
                "state": sub,
                "start": enabled.get(unit),
            }
        )
    listed = {r["name"] for r in rows}
    for unit, state in enabled.items():
        if unit not in listed:
            rows.append(
                {
                    "name": unit,
                    "description": None,
                    "load": None,
                    "active": "inactive",
                    "state": None,
                    "start": state,
                }
            )
    failed = [r["name"] for r in rows if r["active"] == "failed"]
    return {"manager": "systemd", "failed": failed, "services": rows}


def _sysv(ctx: Context) -> dict[str, Any]:
    """No service manager answers: list the init scripts and whether they start at boot."""
    try:
        scripts = sorted(n for n in os.listdir("/etc/init.d") if n not in INIT_D_NOISE)
    except OSError:
        raise Skipped("no service manager found (no systemd, OpenRC or /etc/init.d)") from None
    at_boot: set[str] = set()
    for level in "2345":
        try:
            for link in os.listdir(f"/etc/rc{level}.d"):
                if link.startswith("S"):
                    at_boot.add(re.sub(r"^S\d+", "", link))
        except OSError:
            continue
    pid1 = ctx.read_value("/proc/1/comm") or "?"
    # The processes section reads the same table: one walk of /proc serves both.
    running = {p.name for p in process_table(ctx)}
    rows = [
        {
            "name": name,
            "start": "enabled" if name in at_boot else "disabled",
            "state": "running" if name in running else "unknown",
        }
        for name in scripts
    ]
    ctx.note(
        f"no service manager is running (PID 1 is {pid1}); states are guessed from process names"
    )
    return {"manager": "sysvinit scripts", "services": rows}


def _openrc(ctx: Context) -> dict[str, Any]:
    out = ctx.run(["rc-status", "--all", "--nocolor"], timeout=8)
    rows = []
    for m in re.finditer(r"^\s*(\S+)\s+\[\s*(\w+)\s*\]", out, re.M):
        rows.append({"name": m.group(1), "state": m.group(2)})
    return {"manager": "openrc", "services": rows}


def _windows(ctx: Context) -> dict[str, Any]:
    if sys.platform != "win32":
        raise Skipped("Windows services exist only on Windows")
    rows = []
    for service in psutil.win_service_iter():
        try:
            info = service.as_dict()
        except (psutil.Error, OSError) as exc:
            ctx.note(f"{service.name()}: {exc}")
            continue
        rows.append(
            {
                "name": info.get("name"),
                "display_name": info.get("display_name"),
                "state": info.get("status"),
                "start": info.get("start_type"),
                "account": info.get("username"),
                "pid": info.get("pid"),
                "command": info.get("binpath"),
            }
        )
    return {"manager": "windows service control manager", "services": rows}


def _launchd(ctx: Context) -> dict[str, Any]:
    out = ctx.run(["launchctl", "list"], timeout=8)
    rows = []
    for line in out.splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        pid, status, label = parts
        rows.append(
            {
                "name": label,
                "pid": int(pid) if pid.isdigit() else None,
                "state": "running" if pid.isdigit() else "loaded",
                "last_exit_status": int(status) if status.lstrip("-").isdigit() else None,
            }
        )
    if os.geteuid() != 0:
        ctx.needs_admin("system launch daemons (only this user's launchd domain is listed)")
    return {"manager": "launchd", "services": rows}


def collect_services(ctx: Context) -> dict[str, Any]:
    if IS_WINDOWS:
        return _windows(ctx)
    if IS_MACOS:
        return _launchd(ctx)
    if IS_LINUX:
        if systemd_running() and ctx.has_command("systemctl"):
            return _systemd(ctx)
        if ctx.has_command("rc-status") and os.path.isdir("/run/openrc"):
            try:
                return _openrc(ctx)
            except CommandError as exc:
                ctx.note(str(exc))
        return _sysv(ctx)
    raise Skipped(f"services are not read on {os.uname().sysname}")
