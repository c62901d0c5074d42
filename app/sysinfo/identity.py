"""Who is a person and who is the system: decides which user names and homes are private.

Human accounts (and their home folders) are pseudonymised. Built-in system accounts such as
``root``, ``daemon``, ``SYSTEM`` or ``LOCAL SERVICE`` are the same on every machine, say
nothing about the user, and matter to support ("this runs as root"), so they stay; replacing
a word like ``root`` everywhere would also mangle unrelated text (``root=UUID=…``).
"""

from __future__ import annotations

import functools
import getpass
import os
import socket
import sys
from pathlib import Path

from app.sysinfo.context import PrivateValues

WINDOWS_SYSTEM_DOMAINS = frozenset(
    {"nt authority", "nt service", "font driver host", "window manager", "iis apppool"}
)
WINDOWS_SYSTEM_USERS = frozenset(
    {
        "system",
        "local service",
        "network service",
        "defaultaccount",
        "wdagutilityaccount",
        "guest",
        "administrator",
    }
)
# Folders under a home root that are not somebody's home.
NOT_A_HOME = frozenset(
    {"shared", "public", "default", "default user", "all users", "defaultuser0", "guest"}
)


@functools.cache
def uid_min() -> int:
    """The first uid of a human account (login.defs on Linux, 501 on macOS)."""
    if sys.platform == "darwin":
        return 501
    try:
        with open("/etc/login.defs", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) == 2 and parts[0] == "UID_MIN" and parts[1].isdigit():
                    return int(parts[1])
    except OSError:
        pass
    return 1000


def is_human_uid(uid: int) -> bool:
    return uid_min() <= uid < 60000


@functools.cache
def _uid_of(name: str) -> int | None:
    if sys.platform == "win32":
        return None
    import pwd

    try:
        return pwd.getpwnam(name).pw_uid
    except (KeyError, OSError):
        return None


def is_human_name(name: str | None) -> bool:
    """Whether a user name (``DOMAIN\\user`` on Windows) belongs to a person."""
    if not name:
        return False
    if sys.platform == "win32" or "\\" in name:
        domain, _, user = name.rpartition("\\")
        if domain.casefold() in WINDOWS_SYSTEM_DOMAINS:
            return False
        return user.casefold() not in WINDOWS_SYSTEM_USERS and not user.endswith("$")
    uid = _uid_of(name)
    if uid is None:
        # Unknown to the name service (a numeric uid or a vanished account): treat as private
        # unless it is a bare number.
        return not name.isdigit()
    return is_human_uid(uid)


def user_part(name: str) -> str:
    """The account name without a Windows ``DOMAIN\\`` prefix."""
    return name.rpartition("\\")[2]


def register_self(private: PrivateValues) -> None:
    """The cheap, never-blocking identity facts: host name, current user, their home."""
    host = socket.gethostname()
    short, _, domain = host.partition(".")
    private.add("hostname", short)
    add_domain(private, domain)
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = ""
    if user and is_human_name(user):
        private.add("user", user_part(user))
        home = Path.home()
        private.add("home", str(home))


@functools.cache
def local_accounts_only() -> bool:
    """Whether accounts come from local files only (no directory service that may block)."""
    if sys.platform == "win32":
        return True
    try:
        with open("/etc/nsswitch.conf", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if line.startswith("passwd:"):
                    sources = set(line.split(":", 1)[1].split())
                    return sources <= {"files", "compat", "systemd", "[success=merge]"}
    except OSError:
        pass
    return sys.platform == "darwin"


def register_accounts(private: PrivateValues) -> None:
    """Every local human account and its home (may block on a network name service)."""
    if sys.platform == "win32":
        return
    import pwd

    for entry in pwd.getpwall():
        if is_human_uid(entry.pw_uid):
            private.add("user", entry.pw_name)
            if entry.pw_dir and entry.pw_dir not in ("/", "/nonexistent"):
                private.add("home", entry.pw_dir)


GENERIC_DOMAINS = frozenset(
    {"localdomain", "local", "lan", "home", "internal", "home.arpa", "localhost", "."}
)


def add_domain(private: PrivateValues, domain: str | None) -> None:
    """A DNS domain names the organisation; generic ones (``lan``, ``local``) say nothing."""
    if not domain:
        return
    domain = domain.strip().strip(".")
    if domain and domain.casefold() not in GENERIC_DOMAINS:
        private.add("domain", domain)


def login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USERNAME", "")
