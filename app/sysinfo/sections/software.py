"""Section ``software``: installed packages and applications.

Linux: dpkg, rpm, pacman, plus Flatpak and Snap applications. Windows: the uninstall keys
(64-bit, 32-bit and per-user). macOS: application bundles in the Applications folders.
"""

from __future__ import annotations

import glob
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.sysinfo.context import CommandError, CommandMissing, Context, Skipped
from app.sysinfo.sections.platforms import (
    HKCU,
    HKLM,
    IS_LINUX,
    IS_MACOS,
    IS_WINDOWS,
    read_plist,
    reg_subkeys,
    reg_values,
)

UNINSTALL = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall"


DPKG_FORMAT = "${db:Status-Abbrev}\t${Package}\t${Version}\t${Architecture}\t${Installed-Size}\n"
RPM_FORMAT = "%{NAME}\t%{VERSION}-%{RELEASE}\t%{ARCH}\t%{SIZE}\t%{INSTALLTIME}\n"


def _dpkg(out: str) -> list[dict[str, Any]]:
    rows = []
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) != 5 or not parts[0].startswith("ii"):
            continue
        _, name, version, arch, size = parts
        rows.append(
            {
                "name": name,
                "version": version,
                "arch": arch,
                "size_bytes": int(size) * 1024 if size.isdigit() else None,
                "source": "dpkg",
            }
        )
    return rows


def _rpm(out: str) -> list[dict[str, Any]]:
    rows = []
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) == 5:
            rows.append(
                {
                    "name": parts[0],
                    "version": parts[1],
                    "arch": parts[2],
                    "size_bytes": int(parts[3]) if parts[3].isdigit() else None,
                    "source": "rpm",
                }
            )
    return rows


def _pacman(out: str) -> list[dict[str, Any]]:
    return [
        {"name": name, "version": version, "source": "pacman"}
        for name, _, version in (line.partition(" ") for line in out.splitlines())
        if name
    ]


def _flatpak(out: str) -> list[dict[str, Any]]:
    rows = []
    for line in out.splitlines():
        parts = line.split("\t")
        if parts and parts[0]:
            rows.append(
                {
                    "name": parts[0],
                    "version": parts[1] if len(parts) > 1 else None,
                    "source": "flatpak",
                }
            )
    return rows


def _snap(out: str) -> list[dict[str, Any]]:
    rows = []
    for line in out.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 2:
            rows.append({"name": parts[0], "version": parts[1], "source": "snap"})
    return rows


# Package managers and application stores: their listing command, its time-out, its reader.
LINUX_SOURCES: tuple[tuple[list[str], float, Callable[[str], list[dict[str, Any]]]], ...] = (
    (["dpkg-query", "-W", f"-f={DPKG_FORMAT}"], 15, _dpkg),
    (["rpm", "-qa", "--qf", RPM_FORMAT], 20, _rpm),
    (["pacman", "-Q"], 15, _pacman),
    (["flatpak", "list", "--app", "--columns=application,version,origin"], 10, _flatpak),
    (["snap", "list"], 10, _snap),
)


def _linux(ctx: Context) -> list[dict[str, Any]]:
    # Every listing starts at once (a desktop often has dpkg, Flatpak and Snap; ``snap list``
    # alone can take a while), then each is read in order.
    started = []
    for argv, timeout, reader in LINUX_SOURCES:
        command = argv[0]
        if not ctx.has_command(command):
            continue
        try:
            started.append((command, ctx.start(argv, timeout=timeout), reader))
        except CommandMissing:
            continue
        except CommandError as exc:
            ctx.note(f"{command}: {exc}")
    rows: list[dict[str, Any]] = []
    found_manager = False
    for command, running, reader in started:
        try:
            found = reader(running.result())
        except CommandError as exc:
            ctx.note(f"{command}: {exc}")
            continue
        found_manager = found_manager or command in ("dpkg-query", "rpm", "pacman")
        rows.extend(found)
    if not rows and not found_manager:
        raise Skipped("no supported package manager (dpkg, rpm, pacman, flatpak, snap)")
    return rows


def _windows(ctx: Context) -> list[dict[str, Any]]:
    rows = []
    seen = set()
    for hive, wow, label in (
        (HKLM, False, "machine"),
        (HKLM, True, "machine (32-bit)"),
        (HKCU, False, "user"),
    ):
        for sub in reg_subkeys(hive, UNINSTALL, wow64_32=wow):
            values = reg_values(hive, f"{UNINSTALL}\\{sub}", wow64_32=wow) or {}
            name = values.get("DisplayName")
            if not name or values.get("SystemComponent") == 1 or values.get("ParentKeyName"):
                continue
            key = (name, values.get("DisplayVersion"))
            if key in seen:
                continue
            seen.add(key)
            size = values.get("EstimatedSize")
            rows.append(
                {
                    "name": name,
                    "version": values.get("DisplayVersion"),
                    "publisher": values.get("Publisher"),
                    "installed": values.get("InstallDate"),
                    "size_bytes": size * 1024 if isinstance(size, int) else None,
                    "source": label,
                }
            )
    return rows


def _macos(ctx: Context) -> list[dict[str, Any]]:
    rows = []
    roots = ["/Applications", "/Applications/Utilities", str(Path.home() / "Applications")]
    for root in roots:
        for bundle in sorted(glob.glob(f"{root}/*.app") + glob.glob(f"{root}/*/*.app")):
            info = read_plist(f"{bundle}/Contents/Info.plist") or {}
            rows.append(
                {
                    "name": info.get("CFBundleName") or Path(bundle).stem,
                    "version": info.get("CFBundleShortVersionString")
                    or info.get("CFBundleVersion"),
                    "identifier": info.get("CFBundleIdentifier"),
                    "location": bundle,
                    "source": "application bundle",
                }
            )
    return rows


def collect_software(ctx: Context) -> dict[str, Any]:
    if IS_WINDOWS:
        rows = _windows(ctx)
    elif IS_MACOS:
        rows = _macos(ctx)
    elif IS_LINUX:
        rows = _linux(ctx)
    else:
        raise Skipped("installed software is not read on this platform")
    sources: dict[str, int] = {}
    for row in rows:
        sources[row["source"]] = sources.get(row["source"], 0) + 1
    return {"count": len(rows), "by_source": sources, "packages": rows}
