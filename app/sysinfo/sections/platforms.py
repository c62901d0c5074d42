"""Small per-platform readers shared by sections: the Windows registry, PowerShell, plists.

Each returns nothing useful on the other platforms; the sections decide what that means.
Modules only one platform needs (``winreg``, ``plistlib``, ``xml``, ``csv``) are imported
where they are used, so the others do not pay for them at start.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from app.sysinfo.context import Context

IS_WINDOWS = sys.platform == "win32"
IS_MACOS = sys.platform == "darwin"
IS_LINUX = sys.platform.startswith("linux")

HKLM = "HKEY_LOCAL_MACHINE"
HKCU = "HKEY_CURRENT_USER"


def platform_name() -> str:
    if IS_WINDOWS:
        return "windows"
    if IS_MACOS:
        return "macos"
    if IS_LINUX:
        return "linux"
    return sys.platform


def reg_values(hive: str, path: str, *, wow64_32: bool = False) -> dict[str, Any] | None:
    """All values of one registry key, or None when the key does not exist."""
    if sys.platform != "win32":
        return None
    import winreg

    access = winreg.KEY_READ | (winreg.KEY_WOW64_32KEY if wow64_32 else winreg.KEY_WOW64_64KEY)
    try:
        key = winreg.OpenKey(getattr(winreg, hive), path, 0, access)
    except OSError:
        return None
    values: dict[str, Any] = {}
    with key:
        index = 0
        while True:
            try:
                name, value, _kind = winreg.EnumValue(key, index)
            except OSError:
                break
            if isinstance(value, bytes):
                value = value.hex()
            values[name] = value
            index += 1
    return values


def reg_subkeys(hive: str, path: str, *, wow64_32: bool = False) -> list[str]:
    """Names of a registry key's subkeys (empty when the key does not exist)."""
    if sys.platform != "win32":
        return []
    import winreg

    access = winreg.KEY_READ | (winreg.KEY_WOW64_32KEY if wow64_32 else winreg.KEY_WOW64_64KEY)
    try:
        key = winreg.OpenKey(getattr(winreg, hive), path, 0, access)
    except OSError:
        return []
    names: list[str] = []
    with key:
        index = 0
        while True:
            try:
                names.append(winreg.EnumKey(key, index))
            except OSError:
                break
            index += 1
    return names


def powershell_json(ctx: Context, script: str, *, timeout: float = 10.0) -> Any:
    """Run a PowerShell pipeline and parse its ``ConvertTo-Json`` output (one object → list)."""
    command = (
        "[Console]::OutputEncoding=[Text.Encoding]::UTF8; $ErrorActionPreference='Stop'; "
        f"{script} | ConvertTo-Json -Depth 4 -Compress"
    )
    out = ctx.run(
        ["powershell", "-NoProfile", "-NonInteractive", "-Command", command],
        timeout=timeout,
        encoding="utf-8",
    ).strip()
    if not out:
        return []
    value = json.loads(out)
    return value if isinstance(value, list) else [value]


def read_plist(path: str | Path) -> dict[str, Any] | None:
    """A property list (XML or binary), or None when missing or unreadable."""
    import plistlib  # macOS only: not on the other platforms' way

    try:
        with open(path, "rb") as fh:
            value = plistlib.load(fh)
    except (OSError, plistlib.InvalidFileException, ValueError):
        return None
    return value if isinstance(value, dict) else None
