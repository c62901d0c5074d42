"""What the wizard proposes about this computer and its user: the operating system (step 4)
and the interface language. Country names come with the catalog (``app.core.catalog``)."""

from __future__ import annotations

import contextlib
import locale
import platform
import sys

from app.core.settings import LANGUAGES


def detect_os() -> str:
    """A one-line description such as ``Debian GNU/Linux 12 (bookworm), Linux 6.1, x86_64``;
    the user may correct it, so a best effort is enough."""
    machine = platform.machine()
    if sys.platform.startswith("win"):
        release, version, _csd, _ptype = platform.win32_ver()
        edition = platform.win32_edition() if hasattr(platform, "win32_edition") else ""
        name = " ".join(p for p in ("Windows", release, edition) if p)
        return f"{name} ({version}), {machine}" if version else f"{name}, {machine}"
    if sys.platform == "darwin":
        release = platform.mac_ver()[0]
        return f"macOS {release}, {machine}" if release else f"macOS, {machine}"
    pretty = ""
    with contextlib.suppress(OSError):
        pretty = platform.freedesktop_os_release().get("PRETTY_NAME", "")
    kernel = f"{platform.system()} {platform.release().split('-')[0]}".strip()
    return ", ".join(p for p in (pretty, kernel, machine) if p)


def interface_language(setting: str, system_locale: str = "") -> str:
    """The language the interface uses: the setting, else the system's when we have it,
    else English."""
    if setting in LANGUAGES:
        return setting
    if not system_locale:
        system_locale = locale.getlocale()[0] or ""
    code = system_locale.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"
