"""Section ``security``: the security product's own state, and the system's protections.

The product is named by the caller (the launch link hands over product and version; the
wizard or ``--product`` passes them on) with the process names it runs as; this section
reports whether those processes run. Around it, what the operating system says: Windows
Security Center's registered antivirus/firewall products and Defender's state, Gatekeeper,
SIP and XProtect on macOS, Linux security modules, Secure Boot.
"""

from __future__ import annotations

import glob
import os
from typing import Any

import psutil

from app.sysinfo.context import CommandError, Context
from app.sysinfo.sections.platforms import (
    IS_LINUX,
    IS_MACOS,
    IS_WINDOWS,
    powershell_json,
    read_plist,
)


def _product(ctx: Context) -> dict[str, Any] | None:
    hint = ctx.options.get("product") or {}
    if not hint:
        return None
    wanted = {str(n).casefold() for n in hint.get("processes", ()) if n}
    running = []
    if wanted:
        for pid in psutil.pids():
            try:
                name = psutil.Process(pid).name()
            except (psutil.Error, OSError):
                continue
            if name.casefold() in wanted or name.casefold().removesuffix(".exe") in wanted:
                running.append({"name": name, "pid": pid})
    return {
        "name": hint.get("name"),
        "version": hint.get("version"),
        "expected_processes": sorted(wanted),
        "running_processes": running,
        "running": bool(running) if wanted else None,
    }


def _secure_boot() -> bool | None:
    for path in glob.glob("/sys/firmware/efi/efivars/SecureBoot-*"):
        try:
            with open(path, "rb") as fh:
                raw = fh.read()
        except OSError:
            return None
        return bool(raw[-1]) if raw else None
    return None


def _linux(ctx: Context) -> dict[str, Any]:
    lsm = ctx.read_value("/sys/kernel/security/lsm")
    apparmor = ctx.read_value("/sys/module/apparmor/parameters/enabled")
    enforce = ctx.read_value("/sys/fs/selinux/enforce")
    ufw = ctx.read("/etc/ufw/ufw.conf") or ""
    return {
        "security_modules": lsm.split(",") if lsm else [],
        "apparmor": None if apparmor is None else apparmor == "Y",
        "selinux": None if enforce is None else ("enforcing" if enforce == "1" else "permissive"),
        "kernel_lockdown": ctx.read_value("/sys/kernel/security/lockdown"),
        "secure_boot": _secure_boot(),
        "ufw_enabled": ("ENABLED=yes" in ufw) if ufw else None,
    }


# Security Center's productState: bits 12-13 say enabled, bit 4 says definitions out of date.
def _decode_state(state: Any) -> dict[str, Any]:
    if not isinstance(state, int):
        return {"enabled": None, "up_to_date": None}
    return {"enabled": (state >> 12) & 0x3 in (1, 3), "up_to_date": not (state >> 4) & 0x1}


def _windows(ctx: Context) -> dict[str, Any]:
    data: dict[str, Any] = {}
    products = []
    for cls in ("AntiVirusProduct", "FirewallProduct", "AntiSpywareProduct"):
        try:
            rows = powershell_json(
                ctx,
                f"Get-CimInstance -Namespace root/SecurityCenter2 -ClassName {cls} | "
                "Select-Object displayName,productState,pathToSignedProductExe,timestamp",
                timeout=8,
            )
        except (CommandError, ValueError) as exc:
            ctx.note(f"Security Center {cls}: {exc}")
            continue
        for row in rows:
            products.append(
                {
                    "kind": cls.removesuffix("Product").lower(),
                    "name": row.get("displayName"),
                    **_decode_state(row.get("productState")),
                    "executable": row.get("pathToSignedProductExe"),
                    "updated": row.get("timestamp"),
                }
            )
    data["registered_products"] = products
    try:
        status = powershell_json(
            ctx,
            "Get-MpComputerStatus | Select-Object AMServiceEnabled,AntivirusEnabled,"
            "RealTimeProtectionEnabled,AntivirusSignatureVersion,AntivirusSignatureLastUpdated",
            timeout=8,
        )
        data["builtin_antivirus"] = status[0] if status else None
    except (CommandError, ValueError) as exc:
        data["builtin_antivirus"] = None
        ctx.note(f"built-in antivirus state: {exc}")
    return data


def _macos(ctx: Context) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, argv in (
        ("gatekeeper", ["spctl", "--status"]),
        ("system_integrity_protection", ["csrutil", "status"]),
        ("firewall", ["/usr/libexec/ApplicationFirewall/socketfilterfw", "--getglobalstate"]),
    ):
        try:
            data[key] = ctx.run(argv, timeout=3).strip()
        except CommandError as exc:
            data[key] = None
            ctx.note(f"{key}: {exc}")
    xprotect = read_plist(
        "/Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist"
    )
    data["xprotect_version"] = (xprotect or {}).get("CFBundleShortVersionString")
    return data


def collect_security(ctx: Context) -> dict[str, Any]:
    data: dict[str, Any] = {"product": _product(ctx)}
    if IS_WINDOWS:
        data["system"] = _windows(ctx)
    elif IS_MACOS:
        data["system"] = _macos(ctx)
    elif IS_LINUX:
        data["system"] = _linux(ctx)
    data["running_as_administrator"] = os.geteuid() == 0 if hasattr(os, "geteuid") else None
    return data
