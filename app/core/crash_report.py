"""What a crash report holds: only what helps find the bug and nothing about the user (an
allow-list, as Electrum's ``sanitize_stack_item``): the exception type, its message with
e-mail addresses, tokens, codes, URLs' queries and home paths masked, and for each frame the
file relative to the project, the line, the function and the source line. Never local
variables, never settings or tokens."""

from __future__ import annotations

import re
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from app.core import atomic, paths

_ROOTS = ("app", "server", "tests", "bench")
# (pattern, replacement); compiled by ``re`` on first use, not at start-up
_MASKS: list[tuple[str, str]] = [
    (r"[\w.+-]+@[\w-]+(\.[\w-]+)+", "<e-mail>"),
    (r"pc1\.[\w.-]+", "<token>"),
    (r"(?i)(bearer\s+)\S+", r"\1<token>"),
    (r"(?i)(token|ticket|password|secret|code|key)=[^&\s'\"]+", r"\1=<hidden>"),
    (r"\b[A-Z0-9]{5}(-[A-Z0-9]{5}){3}\b", "<activation code>"),
    (r"\b[\w-]{32,}\b", "<long value>"),
]


def scrub(text: str) -> str:
    """``text`` with personal data and secrets masked."""
    home = str(Path.home())
    if home and home != "/":
        text = text.replace(home, "~")
    for pattern, replacement in _MASKS:
        text = re.sub(pattern, replacement, text)
    return text


def _relative(filename: str) -> str:
    parts = Path(filename).parts
    for i, part in enumerate(parts):
        if part in _ROOTS:
            return "/".join(parts[i:])
    return Path(filename).name  # library or interpreter file: its name is enough


def build_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    import platform
    from importlib import metadata

    try:
        app_version = metadata.version("personal-cabinet")
    except metadata.PackageNotFoundError:
        app_version = "?"
    # The Qt the crashed process had loaded, read without importing it: app.core is Qt-free.
    qt_version = getattr(sys.modules.get("PySide6"), "__version__", "?")
    lines = [
        "Personal Cabinet crash report",
        f"time: {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
        f"version: {app_version}; Python {platform.python_version()}; PySide6 {qt_version}",
        f"system: {platform.system()} {platform.release()} ({platform.machine()})",
        "",
        f"{exc_type.__module__}.{exc_type.__qualname__}: {scrub(str(exc))}",
        "",
        "Traceback (most recent call last):",
    ]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_relative(frame.filename)}:{frame.lineno} in {frame.name}")
        if frame.line:
            lines.append(f"    {scrub(frame.line.strip())}")
    cause = exc.__cause__ or exc.__context__
    if cause is not None:
        lines += ["", f"caused by {type(cause).__qualname__}: {scrub(str(cause))}"]
    return "\n".join(lines) + "\n"


def save_report(text: str) -> Path:
    folder = paths.crash_reports_dir()
    path = folder / f"crash-{time.strftime('%Y%m%d-%H%M%S')}.txt"
    n = 1
    while path.exists():
        path = folder / f"crash-{time.strftime('%Y%m%d-%H%M%S')}-{n}.txt"
        n += 1
    atomic.write_text(path, text)
    return path
