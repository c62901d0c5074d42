"""Section ``events``: recent system errors.

Linux: the journal at priority ``err`` and worse for this boot (or, without journald, the
error lines at the end of syslog), plus the kernel ring buffer. Windows: Error and Critical
events of the System and Application logs (``wevtutil``). macOS: the unified log's errors and
faults of the last hour (``log show``). All through commands with time-outs.
"""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime
from typing import Any

from app.sysinfo.context import CommandError, CommandMissing, Context, Running, Skipped
from app.sysinfo.sections.platforms import IS_LINUX, IS_MACOS, IS_WINDOWS

LIMIT = 200
MESSAGE_CHARS = 500
LEVELS = {"0": "emergency", "1": "alert", "2": "critical", "3": "error"}
SYSLOG_ERROR = re.compile(r"\b(error|fail(ed|ure)?|critical|panic|segfault|oops)\b", re.I)


def _message(value: Any) -> str:
    if isinstance(value, list):  # journald gives non-UTF-8 messages as byte lists
        value = bytes(v for v in value if isinstance(v, int)).decode("utf-8", "replace")
    return str(value or "")[:MESSAGE_CHARS]


def _journal(ctx: Context) -> list[dict[str, Any]]:
    out = ctx.run(
        ["journalctl", "-p", "3", "-b", "-r", "-n", str(LIMIT), "-o", "json", "--no-pager", "-q"],
        timeout=10,
    )
    rows = []
    for line in out.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        micros = int(entry.get("__REALTIME_TIMESTAMP", 0))
        rows.append(
            {
                "time_utc": datetime.fromtimestamp(micros / 1e6, UTC).isoformat(timespec="seconds"),
                "level": LEVELS.get(str(entry.get("PRIORITY")), entry.get("PRIORITY")),
                "source": entry.get("SYSLOG_IDENTIFIER") or entry.get("_COMM"),
                "unit": entry.get("_SYSTEMD_UNIT"),
                "message": _message(entry.get("MESSAGE")),
            }
        )
    return rows


def _has_journal() -> bool:
    for folder in ("/var/log/journal", "/run/log/journal"):
        try:
            if any(os.scandir(folder)):
                return True
        except OSError:
            continue
    return False


def _syslog_tail(ctx: Context) -> list[dict[str, Any]] | None:
    for path in ("/var/log/syslog", "/var/log/messages"):
        try:
            size = os.path.getsize(path)
            with open(path, "rb") as fh:
                fh.seek(max(0, size - (512 << 10)))
                text = fh.read().decode("utf-8", "replace")
        except OSError:
            continue
        lines = [line for line in text.splitlines()[1:] if SYSLOG_ERROR.search(line)]
        return [
            {"time_utc": None, "level": "error", "source": path, "message": line[:MESSAGE_CHARS]}
            for line in reversed(lines[-LIMIT:])
        ]
    return None


def _start_kernel(ctx: Context) -> Running | None:
    """dmesg, started before the journal is read so that both run at once."""
    try:
        return ctx.start(["dmesg", "--level=emerg,alert,crit,err", "--notime"], timeout=5)
    except CommandMissing:
        return None


def _kernel(ctx: Context, dmesg: Running | None) -> list[dict[str, Any]]:
    if dmesg is None:
        return []
    try:
        out = dmesg.result()
    except CommandError as exc:
        if "not permitted" in str(exc).lower() or "denied" in str(exc).lower():
            ctx.needs_admin("kernel messages (dmesg)")
            return []
        raise
    return [
        {
            "time_utc": None,
            "level": "error",
            "source": "kernel",
            "message": line.strip()[:MESSAGE_CHARS],
        }
        for line in out.splitlines()[-LIMIT:]
        if line.strip()
    ]


def _linux(ctx: Context) -> dict[str, Any]:
    data: dict[str, Any] = {}
    dmesg: Running | CommandError | None
    try:
        dmesg = _start_kernel(ctx)
    except CommandError as exc:  # out of time before it could start
        dmesg = exc
    if ctx.has_command("journalctl") and _has_journal():
        data["source"] = "journal (this boot, priority err and worse)"
        data["events"] = _journal(ctx)
        if os.geteuid() != 0 and not _journal_readable():
            ctx.needs_admin("system journal (only this user's messages are visible)")
    else:
        events = _syslog_tail(ctx)
        if events is None:
            data["source"] = None
            data["events"] = []
            data["system_log"] = "no journal and no syslog file on this machine"
        else:
            data["source"] = "syslog (error lines of the last 512 KiB)"
            data["events"] = events
    try:
        if isinstance(dmesg, CommandError):
            raise dmesg
        data["kernel"] = _kernel(ctx, dmesg)
    except CommandError as exc:
        ctx.note(f"kernel messages: {exc}")
    if data["source"] is None and not data.get("kernel"):
        raise Skipped("no system log to read (no journal, no syslog, empty kernel log)", data)
    return data


def _journal_readable() -> bool:
    import grp

    names = set()
    for gid in os.getgroups():
        try:
            names.add(grp.getgrgid(gid).gr_name)
        except KeyError:
            continue
    return bool(names & {"systemd-journal", "adm", "wheel"})


def _windows(ctx: Context) -> dict[str, Any]:
    import xml.etree.ElementTree as ET

    events = []
    for log in ("System", "Application"):
        try:
            out = ctx.run(
                [
                    "wevtutil",
                    "qe",
                    log,
                    "/q:*[System[(Level=1 or Level=2)]]",
                    f"/c:{LIMIT // 2}",
                    "/rd:true",
                    "/f:RenderedXml",
                ],
                timeout=10,
                encoding="utf-8",
            )
        except CommandError as exc:
            ctx.note(f"{log} log: {exc}")
            continue
        root = ET.fromstring(f"<Events>{out}</Events>")
        ns = {"e": "http://schemas.microsoft.com/win/2004/08/events/event"}
        for event in root.findall("e:Event", ns):
            system = event.find("e:System", ns)
            if system is None:
                continue
            created = system.find("e:TimeCreated", ns)
            provider = system.find("e:Provider", ns)
            message = event.findtext("e:RenderingInfo/e:Message", default="", namespaces=ns)
            events.append(
                {
                    "time_utc": created.get("SystemTime") if created is not None else None,
                    "level": "critical"
                    if system.findtext("e:Level", namespaces=ns) == "1"
                    else "error",
                    "source": provider.get("Name") if provider is not None else None,
                    "log": log,
                    "event_id": system.findtext("e:EventID", namespaces=ns),
                    "message": message[:MESSAGE_CHARS],
                }
            )
    events.sort(key=lambda e: e["time_utc"] or "", reverse=True)
    return {
        "source": "Windows event logs System and Application (Error, Critical)",
        "events": events,
    }


def _macos(ctx: Context) -> dict[str, Any]:
    out = ctx.run(
        [
            "log",
            "show",
            "--last",
            "1h",
            "--style",
            "ndjson",
            "--predicate",
            "messageType == error OR messageType == fault",
        ],
        timeout=max(2.0, ctx.remaining() - 1.0),
    )
    events = []
    for line in out.splitlines()[-LIMIT:]:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if "eventMessage" not in entry:
            continue
        events.append(
            {
                "time_utc": entry.get("timestamp"),
                "level": entry.get("messageType"),
                "source": entry.get("processImagePath", "").rpartition("/")[2]
                or entry.get("subsystem"),
                "message": _message(entry.get("eventMessage")),
            }
        )
    events.reverse()
    return {"source": "unified log, errors and faults of the last hour", "events": events}


def collect_events(ctx: Context) -> dict[str, Any]:
    if IS_WINDOWS:
        return _windows(ctx)
    if IS_MACOS:
        return _macos(ctx)
    if IS_LINUX:
        return _linux(ctx)
    raise Skipped("system errors are not read on this platform")
