"""Section ``startup``: what starts by itself at boot or sign-in.

Linux: XDG autostart entries, systemd units enabled at boot (system and this user's),
``@reboot`` cron lines, ``rc.local``. Windows: Run/RunOnce keys, Startup folders, scheduled
tasks. macOS: LaunchAgents/LaunchDaemons outside /System (login items need the user's consent
to read, so they are not).
"""

from __future__ import annotations

import glob
import os
from pathlib import Path
from typing import Any

from app.sysinfo.context import CommandError, Context
from app.sysinfo.sections.platforms import (
    HKCU,
    HKLM,
    IS_LINUX,
    IS_MACOS,
    IS_WINDOWS,
    read_plist,
    reg_values,
)
from app.sysinfo.sections.services import systemd_running


def _item(
    source: str, name: str, command: str | None, enabled: bool | None, location: str
) -> dict[str, Any]:
    return {
        "source": source,
        "name": name,
        "command": command,
        "enabled": enabled,
        "location": location,
    }


def _xdg_autostart(ctx: Context) -> list[dict[str, Any]]:
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    paths = [
        path
        for folder in ("/etc/xdg/autostart", str(config_home / "autostart"))
        for path in sorted(glob.glob(f"{folder}/*.desktop"))
    ]
    if not paths:
        return []
    import configparser  # only when there are entries to read

    items = []
    for path in paths:
        parser = configparser.RawConfigParser(interpolation=None, strict=False)
        try:
            parser.read_string(ctx.read(path, 1 << 16) or "")
        except configparser.Error:
            ctx.note(f"unreadable autostart entry {os.path.basename(path)}")
            continue
        entry = parser["Desktop Entry"] if parser.has_section("Desktop Entry") else {}
        enabled = (
            entry.get("Hidden", "false").lower() != "true"
            and entry.get("X-GNOME-Autostart-enabled", "true").lower() != "false"
        )
        items.append(
            _item(
                "xdg autostart",
                entry.get("Name") or Path(path).stem,
                entry.get("Exec"),
                enabled,
                path,
            )
        )
    return items


def _systemd_enabled(ctx: Context) -> list[dict[str, Any]]:
    items = []
    if systemd_running() and ctx.has_command("systemctl"):
        out = ctx.run(
            ["systemctl", "list-unit-files", "--state=enabled", "--no-legend", "--no-pager"],
            timeout=8,
        )
        for line in out.splitlines():
            parts = line.split()
            if parts and not parts[0].endswith(".target"):
                items.append(_item("systemd (system)", parts[0], None, True, "systemd"))
    user_units = Path.home() / ".config/systemd/user"
    for link in sorted(user_units.glob("*.wants/*")):
        items.append(_item("systemd (user)", link.name, None, True, str(link)))
    return items


def _cron(ctx: Context) -> list[dict[str, Any]]:
    items = []
    files = ["/etc/crontab", *sorted(glob.glob("/etc/cron.d/*"))]
    spool = "/var/spool/cron/crontabs"
    readable_spool = os.access(spool, os.R_OK | os.X_OK)
    if readable_spool:
        files += sorted(glob.glob(f"{spool}/*"))
    for path in files:
        for line in (ctx.read(path, 1 << 16) or "").splitlines():
            if line.strip().startswith("@reboot"):
                items.append(
                    _item(
                        "cron @reboot", os.path.basename(path), line.strip()[7:].strip(), True, path
                    )
                )
    if not readable_spool and ctx.has_command("crontab"):
        try:
            own = ctx.run(["crontab", "-l"], timeout=3, ok_codes=(0, 1))
        except CommandError:
            own = ""
        for line in own.splitlines():
            if line.strip().startswith("@reboot"):
                items.append(
                    _item(
                        "cron @reboot", "user crontab", line.strip()[7:].strip(), True, "crontab -l"
                    )
                )
    return items


def _linux(ctx: Context) -> list[dict[str, Any]]:
    items = _xdg_autostart(ctx)
    try:
        items += _systemd_enabled(ctx)
    except CommandError as exc:
        ctx.note(str(exc))
    items += _cron(ctx)
    if os.access("/etc/rc.local", os.X_OK):
        items.append(_item("rc.local", "rc.local", "/etc/rc.local", True, "/etc/rc.local"))
    if not systemd_running():
        for link in sorted(glob.glob("/etc/rc[2345].d/S*")):
            items.append(_item("sysv init", os.path.basename(link)[3:], None, True, link))
    return items


RUN_KEYS = (
    (HKLM, r"SOFTWARE\Microsoft\Windows\CurrentVersion\Run", False),
    (HKLM, r"SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce", False),
    (HKLM, r"SOFTWARE\Microsoft\Windows\CurrentVersion\Run", True),
    (HKCU, r"SOFTWARE\Microsoft\Windows\CurrentVersion\Run", False),
    (HKCU, r"SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce", False),
)


def _windows(ctx: Context) -> list[dict[str, Any]]:
    import csv
    import io

    items = []
    for hive, key, wow in RUN_KEYS:
        values = reg_values(hive, key, wow64_32=wow) or {}
        where = f"{'HKLM' if hive == HKLM else 'HKCU'}\\{key}{' (32-bit)' if wow else ''}"
        for name, command in values.items():
            items.append(_item("registry", name, str(command), True, where))
    folders = [
        Path(os.environ.get("APPDATA", "")) / r"Microsoft\Windows\Start Menu\Programs\Startup",
        Path(os.environ.get("PROGRAMDATA", "")) / r"Microsoft\Windows\Start Menu\Programs\StartUp",
    ]
    for folder in folders:
        if folder.is_dir():
            for entry in sorted(folder.iterdir()):
                if entry.name.lower() != "desktop.ini":
                    items.append(_item("startup folder", entry.stem, str(entry), True, str(folder)))
    try:
        out = ctx.run(["schtasks", "/query", "/fo", "csv", "/nh"], timeout=10)
        for row in csv.reader(io.StringIO(out)):
            if len(row) >= 3 and not row[0].startswith("\\Microsoft\\"):
                items.append(
                    _item("scheduled task", row[0], None, row[2] != "Disabled", "Task Scheduler")
                )
    except CommandError as exc:
        ctx.note(f"scheduled tasks: {exc}")
    return items


def _macos(ctx: Context) -> list[dict[str, Any]]:
    items = []
    folders = [
        (str(Path.home() / "Library/LaunchAgents"), "launch agent (user)"),
        ("/Library/LaunchAgents", "launch agent"),
        ("/Library/LaunchDaemons", "launch daemon"),
    ]
    for folder, source in folders:
        for path in sorted(glob.glob(f"{folder}/*.plist")):
            plist = read_plist(path)
            if plist is None:
                ctx.note(f"unreadable {os.path.basename(path)}")
                continue
            argv = plist.get("ProgramArguments") or [plist.get("Program") or ""]
            starts = bool(plist.get("RunAtLoad") or plist.get("KeepAlive"))
            items.append(
                _item(
                    source,
                    str(plist.get("Label") or Path(path).stem),
                    " ".join(str(a) for a in argv),
                    starts and not plist.get("Disabled", False),
                    path,
                )
            )
    return items


def collect_startup(ctx: Context) -> dict[str, Any]:
    if IS_WINDOWS:
        items = _windows(ctx)
    elif IS_MACOS:
        items = _macos(ctx)
    elif IS_LINUX:
        items = _linux(ctx)
    else:
        items = []
        ctx.note("startup items are not read on this platform")
    return {"count": len(items), "items": items}
