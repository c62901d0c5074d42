"""Section ``software``: installed packages and applications.

Linux: dpkg, rpm, pacman, plus Flatpak and Snap applications. Windows: the uninstall keys
(64-bit, 32-bit and per-user). macOS: application bundles in the Applications folders.
"""

from __future__ import annotations

import glob
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


def _dpkg(ctx: Context) -> list[dict[str, Any]]:
    fmt = "${db:Status-Abbrev}\t${Package}\t${Version}\t${Architecture}\t${Installed-Size}\n"
    out = ctx.run(["dpkg-query", "-W", f"-f={fmt}"], timeout=15)
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


def _rpm(ctx: Context) -> list[dict[str, Any]]:
    fmt = "%{NAME}\t%{VERSION}-%{RELEASE}\t%{ARCH}\t%{SIZE}\t%{INSTALLTIME}\n"
    out = ctx.run(["rpm", "-qa", "--qf", fmt], timeout=20)
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


def _pacman(ctx: Context) -> list[dict[str, Any]]:
    out = ctx.run(["pacman", "-Q"], timeout=15)
    return [
        {"name": name, "version": version, "source": "pacman"}
        for name, _, version in (line.partition(" ") for line in out.splitlines())
        if name
    ]


def _flatpak(ctx: Context) -> list[dict[str, Any]]:
    out = ctx.run(["flatpak", "list", "--app", "--columns=application,version,origin"], timeout=10)
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


def _snap(ctx: Context) -> list[dict[str, Any]]:
    out = ctx.run(["snap", "list"], timeout=10)
    rows = []
    for line in out.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 2:
            rows.append({"name": parts[0], "version": parts[1], "source": "snap"})
    return rows


def _linux(ctx: Context) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    found_manager = False
    for command, reader in (
        ("dpkg-query", _dpkg),
        ("rpm", _rpm),
        ("pacman", _pacman),
        ("flatpak", _flatpak),
        ("snap", _snap),
    ):
        if not ctx.has_command(command):
            continue
        try:
            found = reader(ctx)
        except CommandMissing:
            continue
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
