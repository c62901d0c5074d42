"""Section ``network``: interfaces and addresses, traffic, listening ports, gateways, DNS.

Remote ends of connections are not listed (only counted per state): where the user's machine
talks to is their business, and support rarely needs it.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import struct
from collections import Counter
from typing import Any

import psutil

from app.sysinfo.context import CommandError, Context
from app.sysinfo.identity import add_domain
from app.sysinfo.sections import procfs
from app.sysinfo.sections.platforms import (
    HKLM,
    IS_LINUX,
    IS_MACOS,
    IS_WINDOWS,
    reg_subkeys,
    reg_values,
)

FAMILIES = {socket.AF_INET: "ipv4", socket.AF_INET6: "ipv6", psutil.AF_LINK: "mac"}
DUPLEX: dict[int, str] = {psutil.NIC_DUPLEX_FULL: "full", psutil.NIC_DUPLEX_HALF: "half"}


def _interfaces(ctx: Context) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    addrs = psutil.net_if_addrs()
    stats = psutil.net_if_stats()
    try:
        io = psutil.net_io_counters(pernic=True)
    except (OSError, RuntimeError):
        io = {}
    interfaces, addresses = [], []
    for name in sorted(set(addrs) | set(stats)):
        st = stats.get(name)
        counters = io.get(name)
        mac = next((a.address for a in addrs.get(name, ()) if a.family == psutil.AF_LINK), None)
        interfaces.append(
            {
                "name": name,
                "up": st.isup if st else None,
                "speed_mbps": st.speed if st and st.speed > 0 else None,
                "mtu": st.mtu if st else None,
                "duplex": DUPLEX.get(st.duplex) if st else None,
                "mac": mac,
                "received_bytes": counters.bytes_recv if counters else None,
                "sent_bytes": counters.bytes_sent if counters else None,
                "errors_in": counters.errin if counters else None,
                "errors_out": counters.errout if counters else None,
                "drops_in": counters.dropin if counters else None,
            }
        )
        for a in addrs.get(name, ()):
            family = FAMILIES.get(a.family)
            if family is None or family == "mac":
                continue
            addresses.append(
                {
                    "interface": name,
                    "family": family,
                    "address": a.address,
                    "netmask": a.netmask,
                    "broadcast": a.broadcast,
                }
            )
    return interfaces, addresses


def _listening(ctx: Context) -> tuple[list[dict[str, Any]], dict[str, int]]:
    try:
        connections = psutil.net_connections(kind="inet")
    except psutil.AccessDenied:
        ctx.needs_admin("listening ports")
        return [], {}
    names: dict[int, str | None] = {}

    def process_name(pid: int | None) -> str | None:
        if pid is None:
            return None
        if pid not in names:
            if procfs.available():
                names[pid] = procfs.process_name(pid)
                return names[pid]
            try:
                names[pid] = psutil.Process(pid).name()
            except (psutil.Error, OSError):
                names[pid] = None
        return names[pid]

    listening, states = [], Counter[str]()
    seen = set()
    for c in connections:
        udp = c.type == socket.SOCK_DGRAM
        if not c.laddr:
            continue
        local = c.laddr
        ip, port = local[0], local[1]
        if c.status == psutil.CONN_LISTEN or (udp and not c.raddr):
            proto = ("udp" if udp else "tcp") + ("6" if c.family == socket.AF_INET6 else "")
            key = (proto, ip, port, c.pid)
            if key in seen:
                continue
            seen.add(key)
            listening.append(
                {
                    "protocol": proto,
                    "address": ip,
                    "port": port,
                    "pid": c.pid,
                    "process": process_name(c.pid),
                }
            )
        elif not udp:
            states[c.status.lower()] += 1
    listening.sort(key=lambda r: (r["protocol"], r["port"]))
    return listening, dict(sorted(states.items()))


def _hex_ipv4(value: str) -> str:
    return socket.inet_ntoa(struct.pack("<I", int(value, 16)))


def _gateways(ctx: Context) -> list[dict[str, Any]]:
    gateways: list[dict[str, Any]] = []
    if IS_LINUX:
        for line in (ctx.read("/proc/net/route") or "").splitlines()[1:]:
            parts = line.split()
            if len(parts) > 3 and parts[1] == "00000000" and int(parts[3], 16) & 2:
                gateways.append({"interface": parts[0], "gateway": _hex_ipv4(parts[2])})
        for line in (ctx.read("/proc/net/ipv6_route") or "").splitlines():
            parts = line.split()
            if (
                len(parts) == 10
                and parts[0] == "0" * 32
                and parts[1] == "00"
                and parts[4] != "0" * 32
            ):
                gw = ipaddress.IPv6Address(bytes.fromhex(parts[4]))
                gateways.append({"interface": parts[9], "gateway": str(gw)})
    elif IS_MACOS:
        for flag in ("-inet", "-inet6"):
            try:
                out = ctx.run(["route", "-n", "get", flag, "default"], timeout=3)
            except CommandError:
                continue
            fields = dict(
                (k.strip(), v.strip())
                for k, _, v in (line.partition(":") for line in out.splitlines())
            )
            if fields.get("gateway"):
                gateways.append(
                    {"interface": fields.get("interface"), "gateway": fields["gateway"]}
                )
    elif IS_WINDOWS:
        out = ctx.run(["route", "print", "-4", "0.0.0.0"], timeout=5)
        for m in re.finditer(r"^\s*0\.0\.0\.0\s+0\.0\.0\.0\s+(\S+)\s+(\S+)\s+(\d+)", out, re.M):
            gateways.append(
                {"interface": m.group(2), "gateway": m.group(1), "metric": int(m.group(3))}
            )
    return gateways


def _dns(ctx: Context) -> dict[str, Any]:
    servers: list[str] = []
    search: list[str] = []
    if IS_WINDOWS:
        base = r"SYSTEM\CurrentControlSet\Services\Tcpip\Parameters"
        keys = [base] + [
            f"{base}\\Interfaces\\{k}" for k in reg_subkeys(HKLM, f"{base}\\Interfaces")
        ]
        for key in keys:
            values = reg_values(HKLM, key) or {}
            for name in ("NameServer", "DhcpNameServer"):
                for server in re.split(r"[\s,]+", str(values.get(name) or "")):
                    if server and server not in servers:
                        servers.append(server)
            for domain in re.split(
                r"[\s,]+", str(values.get("SearchList") or values.get("Domain") or "")
            ):
                if domain and domain not in search:
                    search.append(domain)
    else:
        for line in (ctx.read("/etc/resolv.conf") or "").splitlines():
            parts = line.split()
            if len(parts) >= 2 and parts[0] == "nameserver":
                servers.append(parts[1])
            elif parts and parts[0] in ("search", "domain"):
                search.extend(p for p in parts[1:] if p not in search)
    for domain in search:
        add_domain(ctx.private, domain)
    return {"servers": servers, "search_domains": search}


def collect_network(ctx: Context) -> dict[str, Any]:
    interfaces, addresses = _interfaces(ctx)
    listening, states = _listening(ctx)
    data: dict[str, Any] = {
        "interfaces": interfaces,
        "addresses": addresses,
        "listening": listening,
        "connections_by_state": states,
    }
    try:
        data["default_gateways"] = _gateways(ctx)
    except (CommandError, ValueError, OSError) as exc:
        ctx.note(f"gateways: {exc}")
    data["dns"] = _dns(ctx)
    return data
