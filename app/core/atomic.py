"""Atomic file writes: a temp file in the same folder, flushed, then ``os.replace``d.

A crash or power cut mid-write leaves either the old file or the new one, never half of
each — settings, drafts and the outbox all rely on that.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

_TEMP_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
)


def _temp_file(path: Path) -> tuple[int, str]:
    """A new owner-only file next to ``path``, as ``tempfile.mkstemp`` makes one.

    Not ``tempfile`` itself: importing it (with ``random`` and ``weakref``) is ~5 ms of the
    ``getsysteminfo`` command, which writes one file.
    """
    for _ in range(100):
        tmp = str(path.parent / f".{path.name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(tmp, _TEMP_FLAGS, 0o600), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name next to {path}")


def write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step (creating its folder when missing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _temp_file(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def write_json(path: Path, value: Any) -> None:
    import json  # the settings module loads this one before the first window; json need not

    write_text(path, json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
