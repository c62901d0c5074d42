"""Sections ``os`` (operating system) and ``computer`` (the machine itself)."""

from __future__ import annotations

import os
import re
import socket
import time
from datetime import UTC, datetime
from typing import Any

import psutil

from app.sysinfo.context import CallTimeout, CommandError, Context
from app.sysinfo.identity import add_domain
from app.sysinfo.sections.platforms import (
    HKLM,
    IS_LINUX,
    IS_MACOS,
    IS_WINDOWS,
    powershell_json,
    reg_values,
)


def iso(timestamp: float | None) -> str | None:
    """UTC ISO-8601 of a POSIX timestamp."""
    if not timestamp:
        return None
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds")


# os-release lines and escapes, as ``platform.freedesktop_os_release`` reads them.
_OS_RELEASE_LINE = re.compile(r"^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>[\"']?)(?P<value>.*)(?P=quote)$")
_OS_RELEASE_ESCAPE = re.compile(r"\\([\\\$\"\'`])")


def os_release() -> dict[str, str]:
    """``platform.freedesktop_os_release()`` without importing ``platform`` on Linux."""
    for candidate in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(candidate, encoding="utf-8") as fh:
                lines = fh.readlines()
        except OSError as exc:
            error = exc
            continue
        info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
        for line in lines:
            m = _OS_RELEASE_LINE.match(line)
            if m is not None:
                info[m.group("name")] = _OS_RELEASE_ESCAPE.sub(r"\1", m.group("value"))
        return info
    raise error


def collect_os(ctx: Context) -> dict[str, Any]:
    if IS_LINUX:
        uname: Any = os.uname()
        family = uname.sysname
    else:
        import platform

        uname = platform.uname()
        family = uname.system
    boot = psutil.boot_time()
    data: dict[str, Any] = {
        "family": family,
        "kernel_release": uname.release,
        "kernel_version": uname.version,
        "machine": uname.machine,
        "boot_time_utc": iso(boot),
        "uptime_s": int(time.time() - boot),
        "timezone": time.strftime("%Z"),
        "utc_offset": time.strftime("%z"),
    }
    if IS_LINUX:
        try:
            release = os_release()
        except OSError:
            release = {}
            ctx.note("no /etc/os-release")
        data.update(
            name=release.get("NAME"),
            version=release.get("VERSION") or release.get("VERSION_ID"),
            pretty_name=release.get("PRETTY_NAME"),
            id=release.get("ID"),
            id_like=release.get("ID_LIKE"),
            variant=release.get("VARIANT"),
        )
        data["init"] = ctx.read_value("/proc/1/comm")
        if "microsoft" in uname.release.casefold():
            data["wsl"] = True
    elif IS_WINDOWS:
        import platform

        version = reg_values(HKLM, r"SOFTWARE\Microsoft\Windows NT\CurrentVersion") or {}
        release_name, build, _, _ = platform.win32_ver()
        data.update(
            name=version.get("ProductName") or "Windows",
            version=version.get("DisplayVersion") or version.get("ReleaseId") or release_name,
            build=f"{version.get('CurrentBuild', build)}.{version.get('UBR', 0)}",
            edition=platform.win32_edition(),
            installed_utc=iso(version.get("InstallDate")),
        )
        # Windows 11 still says "Windows 10" in ProductName; the build number tells.
        if (
            str(data["name"]).startswith("Windows 10")
            and int(version.get("CurrentBuild", 0)) >= 22000
        ):
            data["name"] = str(data["name"]).replace("Windows 10", "Windows 11", 1)
    elif IS_MACOS:
        import platform

        mac_version = platform.mac_ver()[0]
        data.update(name="macOS", version=mac_version)
        try:
            for line in ctx.run(["sw_vers"], timeout=3).splitlines():
                key, _, value = line.partition(":")
                if key.strip() == "BuildVersion":
                    data["build"] = value.strip()
        except CommandError as exc:
            ctx.note(str(exc))
    return data


CHASSIS = {
    "1": "other",
    "2": "unknown",
    "3": "desktop",
    "4": "low-profile desktop",
    "6": "mini tower",
    "7": "tower",
    "8": "portable",
    "9": "laptop",
    "10": "notebook",
    "11": "handheld",
    "13": "all-in-one",
    "14": "sub-notebook",
    "17": "main server chassis",
    "23": "rack mount",
    "30": "tablet",
    "31": "convertible",
    "32": "detachable",
    "35": "mini PC",
    "36": "stick PC",
}
HYPERVISOR_VENDORS = {
    "qemu": "kvm/qemu",
    "vmware": "vmware",
    "innotek": "virtualbox",
    "microsoft corporation": "hyper-v",
    "xen": "xen",
    "parallels": "parallels",
    "amazon ec2": "aws",
    "google": "gce",
}


def _linux_virtualization(ctx: Context, vendor: str | None) -> dict[str, Any]:
    found: dict[str, Any] = {"container": None, "hypervisor": None}
    if os.path.exists("/.dockerenv"):
        found["container"] = "docker"
    elif os.path.exists("/run/.containerenv"):
        found["container"] = "podman"
    else:
        cgroup = ctx.read("/proc/1/cgroup") or ""
        for name in ("docker", "lxc", "kubepods", "containerd"):
            if name in cgroup:
                found["container"] = name
                break
        if os.path.exists("/proc/sys/fs/binfmt_misc/WSLInterop"):
            found["container"] = "wsl"
    if vendor:
        for key, name in HYPERVISOR_VENDORS.items():
            if vendor.casefold().startswith(key):
                found["hypervisor"] = name
    if found["hypervisor"] is None:
        cpuinfo = ctx.read("/proc/cpuinfo", 1 << 16) or ""
        if re.search(r"^flags\s*:.*\bhypervisor\b", cpuinfo, re.M):
            found["hypervisor"] = "unknown hypervisor"
    return found


def collect_computer(ctx: Context) -> dict[str, Any]:
    hostname = socket.gethostname()
    short_name, _, own_domain = hostname.partition(".")
    ctx.register("hostname", short_name)
    add_domain(ctx.private, own_domain)
    data: dict[str, Any] = {"hostname": hostname}
    try:
        fqdn = ctx.call(socket.getfqdn, timeout=2.0)
    except (CallTimeout, OSError):
        fqdn = hostname
        ctx.note("the fully qualified host name could not be resolved in time")
    data["fqdn"] = fqdn
    if "." in fqdn and not fqdn.startswith("localhost"):
        short, _, domain = fqdn.partition(".")
        ctx.register("hostname", short)
        add_domain(ctx.private, domain)
    if IS_LINUX:
        dmi = "/sys/class/dmi/id/"
        fields = {
            "manufacturer": "sys_vendor",
            "model": "product_name",
            "model_version": "product_version",
            "family": "product_family",
            "board_vendor": "board_vendor",
            "board_name": "board_name",
            "bios_vendor": "bios_vendor",
            "bios_version": "bios_version",
            "bios_date": "bios_date",
        }
        for key, name in fields.items():
            data[key] = ctx.read_value(dmi + name)
        chassis = ctx.read_value(dmi + "chassis_type")
        data["chassis"] = CHASSIS.get(chassis or "", chassis)
        restricted = []
        for key, name in (
            ("serial_number", "product_serial"),
            ("board_serial", "board_serial"),
            ("uuid", "product_uuid"),
        ):
            path = dmi + name
            value = ctx.read_value(path)
            if value is None and os.path.exists(path) and not os.access(path, os.R_OK):
                restricted.append(key)
            if key != "uuid":
                ctx.register("serial", value)
            data[key] = value
        if restricted:
            data["readable_by_administrator_only"] = restricted
        if not os.path.isdir(dmi):
            data["firmware_info"] = "not exposed by this kernel (no /sys/class/dmi)"
        data.update(_linux_virtualization(ctx, data.get("manufacturer")))
        data["efi_boot"] = os.path.isdir("/sys/firmware/efi")
    elif IS_WINDOWS:
        bios = reg_values(HKLM, r"HARDWARE\DESCRIPTION\System\BIOS") or {}
        data.update(
            manufacturer=bios.get("SystemManufacturer"),
            model=bios.get("SystemProductName"),
            family=bios.get("SystemFamily"),
            board_vendor=bios.get("BaseBoardManufacturer"),
            board_name=bios.get("BaseBoardProduct"),
            bios_vendor=bios.get("BIOSVendor"),
            bios_version=bios.get("BIOSVersion"),
            bios_date=bios.get("BIOSReleaseDate"),
        )
        try:
            product = powershell_json(
                ctx,
                "Get-CimInstance Win32_ComputerSystemProduct | "
                "Select-Object IdentifyingNumber,UUID",
                timeout=8,
            )
            if product:
                data["serial_number"] = product[0].get("IdentifyingNumber")
                data["uuid"] = product[0].get("UUID")
                ctx.register("serial", data["serial_number"])
        except (CommandError, ValueError) as exc:
            ctx.note(f"serial number: {exc}")
    elif IS_MACOS:
        try:
            data["model"] = ctx.run(["sysctl", "-n", "hw.model"], timeout=3).strip()
            data["manufacturer"] = "Apple"
            out = ctx.run(["ioreg", "-rd1", "-c", "IOPlatformExpertDevice"], timeout=5)
            for key, name in (
                ("serial_number", "IOPlatformSerialNumber"),
                ("uuid", "IOPlatformUUID"),
            ):
                m = re.search(rf'"{name}" = "([^"]*)"', out)
                data[key] = m.group(1) if m else None
            ctx.register("serial", data.get("serial_number"))
        except CommandError as exc:
            ctx.note(str(exc))
    return data
