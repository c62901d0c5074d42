"""Which loopback port the embedded service listens on: the one it had last time when it is
free (links in earlier mails point there), else any free one."""

from __future__ import annotations

import socket
import sys


def port_is_free(port: int) -> bool:
    """Whether the service could listen on ``port`` (as it does: with SO_REUSEADDR, so the
    closed connections of its last run do not count)."""
    with socket.socket() as s:
        if sys.platform != "win32":
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def pick_port(preferred: int = 0) -> int:
    """``preferred`` when it is free (links in earlier mails keep working), else any."""
    if preferred and 1024 <= preferred <= 65535 and port_is_free(preferred):
        return preferred
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
