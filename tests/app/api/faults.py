"""Loopback sockets that misbehave at the network level, for fault tests of the client.

They stand in for a broken network or gateway, never for our API: they know nothing of
its routes and only drop connections or answer as a failing proxy would.
"""

from __future__ import annotations

import socket
import threading
from types import TracebackType


class FaultyServer:
    """Accepts connections on 127.0.0.1 and, per connection, either drops it at once
    (``mode="drop"``) or answers a bare 503 HTML page (``mode="503"``); counts them."""

    def __init__(self, mode: str = "drop") -> None:
        self.mode = mode
        self.connections = 0
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def __enter__(self) -> FaultyServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            with conn:
                if self.mode == "503":
                    conn.settimeout(2)
                    try:
                        conn.recv(65536)
                        body = b"<html><body>Service Unavailable</body></html>"
                        conn.sendall(
                            b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/html\r\n"
                            b"Connection: close\r\nContent-Length: "
                            + str(len(body)).encode()
                            + b"\r\n\r\n"
                            + body
                        )
                    except OSError:
                        pass
                else:
                    # Drop without answering: the client sees a reset / remote close.
                    conn.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                    )
