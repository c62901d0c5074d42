"""Section ``users``: the current user and their rights, sessions, local accounts."""

from __future__ import annotations

import ipaddress
import os
import re
import sys
from datetime import UTC, datetime
from typing import Any

import psutil

from app.sysinfo.context import CallTimeout, CommandError, Context
from app.sysinfo.identity import (
    is_human_name,
    is_human_uid,
    local_accounts_only,
    login_name,
    uid_min,
    user_part,
)
from app.sysinfo.sections.platforms import HKLM, IS_MACOS, IS_WINDOWS, reg_subkeys, reg_values

ADMIN_GROUPS = frozenset({"sudo", "wheel", "admin"})


def _current(ctx: Context) -> dict[str, Any]:
    name = login_name()
    data: dict[str, Any] = {"name": name}
    if sys.platform == "win32":
        import ctypes

        data["administrator"] = bool(ctypes.windll.shell32.IsUserAnAdmin())
        return data
    import grp

    uid = os.geteuid()
    groups = []
    for gid in os.getgroups():
        try:
            groups.append(grp.getgrgid(gid).gr_name)
        except KeyError:
            groups.append(str(gid))
    data.update(
        uid=uid,
        groups=sorted(groups),
        administrator=uid == 0 or bool(ADMIN_GROUPS & set(groups)),
    )
    return data


def _posix_accounts(ctx: Context) -> tuple[list[dict[str, Any]], int]:
    import pwd

    # A directory service (LDAP, SSSD…) may block or be huge: only local files are read inline.
    entries = pwd.getpwall() if local_accounts_only() else ctx.call(pwd.getpwall, timeout=3.0)
    humans, system = [], 0
    for e in entries:
        if is_human_uid(e.pw_uid):
            ctx.register("user", e.pw_name)
            ctx.register("home", e.pw_dir)
            humans.append(
                {"name": e.pw_name, "uid": e.pw_uid, "home": e.pw_dir, "shell": e.pw_shell}
            )
        else:
            system += 1
    return humans, system


def _macos_accounts(ctx: Context) -> tuple[list[dict[str, Any]], int]:
    out = ctx.run(["dscl", ".", "-list", "/Users", "UniqueID"], timeout=5)
    humans, system = [], 0
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].lstrip("-").isdigit():
            uid = int(parts[1])
            if uid >= uid_min() and not parts[0].startswith("_"):
                ctx.register("user", parts[0])
                humans.append({"name": parts[0], "uid": uid, "home": f"/Users/{parts[0]}"})
            else:
                system += 1
    return humans, system


def _windows_accounts(ctx: Context) -> tuple[list[dict[str, Any]], int]:
    base = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList"
    humans, system = [], 0
    for sid in reg_subkeys(HKLM, base):
        values = reg_values(HKLM, f"{base}\\{sid}") or {}
        path = str(values.get("ProfileImagePath") or "")
        if sid.startswith("S-1-5-21-") and path:
            name = re.split(r"[\\/]", path)[-1]
            ctx.register("user", name)
            ctx.register("home", path)
            humans.append({"name": name, "sid": sid, "home": path})
        else:
            system += 1
    return humans, system


def collect_users(ctx: Context) -> dict[str, Any]:
    data: dict[str, Any] = {"current": _current(ctx)}
    if is_human_name(data["current"]["name"]):
        ctx.register("user", user_part(data["current"]["name"]))
    sessions = []
    for u in psutil.users():
        host = u.host or None
        if host:
            try:
                ipaddress.ip_address(host.split("%")[0])
            except ValueError:
                if not host.startswith(":") and host not in ("localhost",):
                    ctx.register("hostname", host)
        if is_human_name(u.name):
            ctx.register("user", user_part(u.name))
        sessions.append(
            {
                "user": u.name,
                "terminal": u.terminal,
                "from_host": host,
                "started_utc": datetime.fromtimestamp(u.started, UTC).isoformat(timespec="seconds"),
                "pid": getattr(u, "pid", None),
            }
        )
    data["sessions"] = sessions
    try:
        if IS_WINDOWS:
            humans, system = _windows_accounts(ctx)
        elif IS_MACOS:
            humans, system = _macos_accounts(ctx)
        else:
            humans, system = _posix_accounts(ctx)
        data["accounts"] = humans
        data["system_accounts"] = system
    except (CallTimeout, CommandError, OSError) as exc:
        ctx.note(f"local accounts: {exc}")
    return data
