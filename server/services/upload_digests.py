"""The SHA-256 of each resumable upload, carried along as its bytes arrive in this process.

Without it the last byte meant reading the whole stored file back to hash it, which cost a
200 MB upload a quarter of its time. A digest is kept only together with the offset that is
durably recorded, so a cut or refused body never leaves bytes in it that storage does not
hold; an upload whose earlier bytes another worker received (or that this process has
forgotten) has no digest here and is hashed from storage as before.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Any

# Uploads in progress at once per worker; the oldest are forgotten beyond it (and then
# hashed from storage when they finish).
LIMIT = 256


class RunningDigests:
    def __init__(self, limit: int = LIMIT) -> None:
        self._limit = limit
        self._items: OrderedDict[str, tuple[int, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def resume(self, upload_id: str, offset: int) -> Any | None:
        """A digest of bytes ``[0, offset)`` to go on with, or None when this process did not
        see all of them."""
        if offset == 0:
            return hashlib.sha256()
        with self._lock:
            item = self._items.get(upload_id)
        if item is None or item[0] != offset:
            return None
        return item[1].copy()

    def keep(self, upload_id: str, offset: int, digest: Any) -> None:
        """``digest`` covers ``[0, offset)``, which storage now holds durably."""
        with self._lock:
            self._items[upload_id] = (offset, digest.copy())
            self._items.move_to_end(upload_id)
            while len(self._items) > self._limit:
                self._items.popitem(last=False)

    def forget(self, upload_id: str) -> None:
        with self._lock:
            self._items.pop(upload_id, None)

    def __len__(self) -> int:
        return len(self._items)
