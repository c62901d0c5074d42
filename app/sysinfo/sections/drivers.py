"""Section ``drivers``: kernel modules (Linux), drivers (Windows), kernel extensions (macOS)."""

from __future__ import annotations

import os
import re
from typing import Any

from app.sysinfo.context import Context, Skipped
from app.sysinfo.sections.platforms import IS_LINUX, IS_MACOS, IS_WINDOWS


def _linux(ctx: Context) -> dict[str, Any]:
    text = ctx.read("/proc/modules")
    rows: list[dict[str, Any]] = []
    if text is not None:
        for line in text.splitlines():
            parts = line.split()
            if len(parts) < 5:
                continue
            used_by = [u for u in parts[3].split(",") if u and u != "-"]
            rows.append(
                {
                    "name": parts[0],
                    "size_bytes": int(parts[1]),
                    "instances": int(parts[2]),
                    "used_by": used_by,
                    "state": parts[4].lower(),
                    "version": ctx.read_value(f"/sys/module/{parts[0]}/version"),
                    "kind": "loadable",
                }
            )
        loaded = {r["name"] for r in rows}
    else:
        loaded = set()
    # Built into the kernel: listed under /sys/module without an initstate file.
    try:
        names = sorted(os.listdir("/sys/module"))
    except OSError:
        names = []
    for name in names:
        if name not in loaded and not os.path.exists(f"/sys/module/{name}/initstate"):
            rows.append(
                {
                    "name": name,
                    "version": ctx.read_value(f"/sys/module/{name}/version"),
                    "kind": "built-in",
                }
            )
    if not rows:
        raise Skipped("this kernel exposes no module list (/proc/modules, /sys/module)")
    return {
        "kernel": os.uname().release,
        "loadable_support": text is not None,
        "loaded": len(loaded),
        "modules": rows,
    }


def _windows(ctx: Context) -> dict[str, Any]:
    import csv
    import io

    out = ctx.run(["driverquery", "/fo", "csv", "/v", "/nh"], timeout=15)
    rows = []
    for row in csv.reader(io.StringIO(out)):
        if len(row) < 14:
            continue
        rows.append(
            {
                "name": row[0],
                "display_name": row[1],
                "type": row[3],
                "start": row[4],
                "state": row[5],
                "status": row[6],
                "linked": row[12],
                "path": row[13],
            }
        )
    return {"drivers": rows, "running": sum(1 for r in rows if r["state"].lower() == "running")}


def _macos(ctx: Context) -> dict[str, Any]:
    if ctx.has_command("kmutil"):
        out = ctx.run(["kmutil", "showloaded", "--list-only"], timeout=15)
    else:
        out = ctx.run(["kextstat", "-l"], timeout=15)
    rows = []
    for m in re.finditer(r"^\s*\d+\s+\d+\s+\S+\s+(\S+)\s+\S+\s+(\S+)\s+\(([^)]*)\)", out, re.M):
        rows.append({"name": m.group(2), "version": m.group(3), "size": m.group(1)})
    third_party = [r for r in rows if not r["name"].startswith("com.apple.")]
    return {"loaded": len(rows), "third_party": len(third_party), "extensions": rows}


def collect_drivers(ctx: Context) -> dict[str, Any]:
    if IS_WINDOWS:
        return _windows(ctx)
    if IS_MACOS:
        return _macos(ctx)
    if IS_LINUX:
        return _linux(ctx)
    raise Skipped("drivers are not read on this platform")
