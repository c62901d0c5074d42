"""Atomic file writes: a temp file in the same folder, flushed, then ``os.replace``d.

A crash or power cut mid-write leaves either the old file or the new one, never half of
each — settings, drafts and the outbox all rely on that.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any


def write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step (creating its folder when missing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
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
