"""Sections ``cpu``, ``memory``, ``disks`` and ``sensors`` (battery and sensors)."""

from __future__ import annotations

import os
import re
from typing import Any

import psutil

from app.sysinfo.context import CallTimeout, CommandError, Context
from app.sysinfo.sections.platforms import (
    HKLM,
    IS_LINUX,
    IS_MACOS,
    IS_WINDOWS,
    powershell_json,
    reg_values,
)

INTERESTING_CPU_FLAGS = ("vmx", "svm", "hypervisor", "aes", "avx", "avx2", "avx512f", "sse4_2")


def collect_cpu(ctx: Context) -> dict[str, Any]:
    data: dict[str, Any] = {
        "logical_cpus": psutil.cpu_count(),
        "physical_cores": psutil.cpu_count(logical=False),
    }
    if IS_LINUX:
        cpuinfo = ctx.read("/proc/cpuinfo", 1 << 16) or ""
        first = cpuinfo.split("\n\n", 1)[0]
        fields = dict(
            (k.strip(), v.strip())
            for k, _, v in (line.partition(":") for line in first.splitlines())
            if k.strip()
        )
        data["model"] = fields.get("model name") or fields.get("Model") or fields.get("cpu model")
        data["vendor"] = fields.get("vendor_id") or fields.get("CPU implementer")
        data["microcode"] = fields.get("microcode")
        data["cache"] = fields.get("cache size")
        flags = set(fields.get("flags", fields.get("Features", "")).split())
        data["flags"] = [f for f in INTERESTING_CPU_FLAGS if f in flags]
    elif IS_WINDOWS:
        proc = reg_values(HKLM, r"HARDWARE\DESCRIPTION\System\CentralProcessor\0") or {}
        data["model"] = str(proc.get("ProcessorNameString", "")).strip() or None
        data["vendor"] = proc.get("VendorIdentifier")
        data["identifier"] = proc.get("Identifier")
    elif IS_MACOS:
        try:
            data["model"] = ctx.run(["sysctl", "-n", "machdep.cpu.brand_string"], timeout=3).strip()
        except CommandError as exc:
            ctx.note(str(exc))
    try:
        freq = psutil.cpu_freq()
    except (OSError, NotImplementedError, FileNotFoundError):
        freq = None
    if freq is not None:
        data["frequency_mhz"] = {"current": freq.current, "min": freq.min, "max": freq.max}
    if hasattr(os, "getloadavg"):
        data["load_average"] = dict(zip(("1min", "5min", "15min"), os.getloadavg(), strict=True))
    data["times_s"] = psutil.cpu_times()._asdict()
    data["stats"] = psutil.cpu_stats()._asdict()
    return data


def _bytes_dict(named: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in named._asdict().items():
        out["used_percent" if key == "percent" else f"{key}_bytes"] = value
    return out


def collect_memory(ctx: Context) -> dict[str, Any]:
    data = _bytes_dict(psutil.virtual_memory())
    try:
        data["swap"] = _bytes_dict(psutil.swap_memory())
    except (OSError, RuntimeError) as exc:
        ctx.note(f"swap: {exc}")
    return data


NETWORK_FS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "davfs",
        "fuse.rclone",
        "webdav",
    }
)


def _linux_block_devices(ctx: Context) -> list[dict[str, Any]]:
    devices = []
    try:
        names = sorted(os.listdir("/sys/block"))
    except OSError:
        return []
    for name in names:
        if name.startswith(("loop", "ram")):
            continue
        base = f"/sys/block/{name}"
        sectors = ctx.read_value(f"{base}/size")
        serial = ctx.read_value(f"{base}/device/serial") or ctx.read_value(f"{base}/serial")
        ctx.register("serial", serial)
        rotational = ctx.read_value(f"{base}/queue/rotational")
        devices.append(
            {
                "name": name,
                "model": ctx.read_value(f"{base}/device/model"),
                "vendor": ctx.read_value(f"{base}/device/vendor"),
                "size_bytes": int(sectors) * 512 if sectors and sectors.isdigit() else None,
                "type": "hdd" if rotational == "1" else ("ssd" if rotational == "0" else None),
                "removable": ctx.read_value(f"{base}/removable") == "1",
                "serial": serial,
            }
        )
    return devices


def _windows_disks(ctx: Context) -> list[dict[str, Any]]:
    rows = powershell_json(
        ctx,
        "Get-PhysicalDisk | Select-Object FriendlyName,SerialNumber,MediaType,BusType,"
        "Size,HealthStatus",
        timeout=10,
    )
    devices = []
    for row in rows:
        serial = str(row.get("SerialNumber") or "").strip() or None
        ctx.register("serial", serial)
        devices.append(
            {
                "name": row.get("FriendlyName"),
                "model": row.get("FriendlyName"),
                "size_bytes": row.get("Size"),
                "type": row.get("MediaType"),
                "bus": row.get("BusType"),
                "health": row.get("HealthStatus"),
                "serial": serial,
            }
        )
    return devices


def _macos_disks(ctx: Context) -> list[dict[str, Any]]:
    import plistlib

    out = ctx.run(["diskutil", "list", "-plist"], timeout=8)
    plist = plistlib.loads(out.encode("utf-8"))
    return [
        {
            "name": disk.get("DeviceIdentifier"),
            "size_bytes": disk.get("Size"),
            "content": disk.get("Content"),
            "partitions": len(disk.get("Partitions", [])),
        }
        for disk in plist.get("AllDisksAndPartitions", [])
    ]


def collect_disks(ctx: Context) -> dict[str, Any]:
    partitions = []
    for part in psutil.disk_partitions(all=False):
        row: dict[str, Any] = {
            "device": part.device,
            "mountpoint": part.mountpoint,
            "fstype": part.fstype,
            "options": part.opts,
        }
        try:
            if part.fstype.casefold() in NETWORK_FS:
                usage = ctx.call(psutil.disk_usage, part.mountpoint, timeout=2.0)
            else:
                usage = psutil.disk_usage(part.mountpoint)
            row.update(
                total_bytes=usage.total,
                used_bytes=usage.used,
                free_bytes=usage.free,
                used_percent=usage.percent,
            )
        except CallTimeout:
            ctx.note(f"{part.mountpoint}: the file system did not answer (network share?)")
        except OSError as exc:
            row["error"] = exc.strerror or str(exc)
        partitions.append(row)
    data: dict[str, Any] = {"partitions": partitions}
    try:
        if IS_LINUX:
            data["devices"] = _linux_block_devices(ctx)
        elif IS_WINDOWS:
            data["devices"] = _windows_disks(ctx)
        elif IS_MACOS:
            data["devices"] = _macos_disks(ctx)
    except (CommandError, ValueError) as exc:
        ctx.note(f"physical disks: {exc}")
    try:
        io = psutil.disk_io_counters(perdisk=True) or {}
    except (OSError, RuntimeError):
        io = {}
    data["activity"] = [
        {
            "disk": name,
            "read_bytes": c.read_bytes,
            "write_bytes": c.write_bytes,
            "reads": c.read_count,
            "writes": c.write_count,
            "read_time_ms": c.read_time,
            "write_time_ms": c.write_time,
        }
        for name, c in sorted(io.items())
        if not re.match(r"(loop|ram)\d", name)
    ]
    return data


def _linux_battery_details(ctx: Context) -> list[dict[str, Any]]:
    base = "/sys/class/power_supply"
    try:
        names = sorted(os.listdir(base))
    except OSError:
        return []
    batteries = []
    for name in names:
        path = f"{base}/{name}"
        if ctx.read_value(f"{path}/type") != "Battery":
            continue
        full = ctx.read_value(f"{path}/energy_full") or ctx.read_value(f"{path}/charge_full")
        design = ctx.read_value(f"{path}/energy_full_design") or ctx.read_value(
            f"{path}/charge_full_design"
        )
        health = None
        if full and design and full.isdigit() and design.isdigit() and int(design):
            health = round(100 * int(full) / int(design), 1)
        serial = ctx.read_value(f"{path}/serial_number")
        ctx.register("serial", serial)
        batteries.append(
            {
                "name": name,
                "manufacturer": ctx.read_value(f"{path}/manufacturer"),
                "model": ctx.read_value(f"{path}/model_name"),
                "technology": ctx.read_value(f"{path}/technology"),
                "status": ctx.read_value(f"{path}/status"),
                "cycle_count": ctx.read_value(f"{path}/cycle_count"),
                "health_percent": health,
                "serial": serial,
            }
        )
    return batteries


def collect_sensors(ctx: Context) -> dict[str, Any]:
    data: dict[str, Any] = {}
    battery = psutil.sensors_battery() if hasattr(psutil, "sensors_battery") else None
    if battery is None:
        data["battery"] = None
    else:
        secs: Any = battery.secsleft
        if secs == psutil.POWER_TIME_UNLIMITED:
            secs = "unlimited"
        elif secs == psutil.POWER_TIME_UNKNOWN:
            secs = None
        data["battery"] = {
            "percent": round(battery.percent, 1),
            "plugged_in": battery.power_plugged,
            "seconds_left": secs,
        }
    if IS_LINUX:
        data["batteries"] = _linux_battery_details(ctx)
    if hasattr(psutil, "sensors_temperatures"):
        temps = psutil.sensors_temperatures()
        data["temperatures"] = [
            {
                "chip": chip,
                "label": t.label or chip,
                "current_c": t.current,
                "high_c": t.high,
                "critical_c": t.critical,
            }
            for chip, entries in sorted(temps.items())
            for t in entries
        ]
    else:
        data["temperatures_available"] = False
    if hasattr(psutil, "sensors_fans"):
        data["fans"] = [
            {"chip": chip, "label": f.label or chip, "rpm": f.current}
            for chip, entries in sorted(psutil.sensors_fans().items())
            for f in entries
        ]
    else:
        data["fans_available"] = False
    return data
