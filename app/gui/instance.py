"""Single instance (L3): the first launch listens on a local socket; a second launch hands
its command line over and exits, and the running window shows the link and comes forward.

The socket name is per user and per profile folder, so test profiles and other users never
meet. The message is one JSON line ``{"argv": [...]}``; the answer is ``ok``. The running
instance parses the arguments itself, so a bad link is reported in the window that stays.

On Unix the server is a ``QLocalServer`` on a socket file, and a later launch connects with
Python's own ``socket`` module: QtNetwork then loads only after the first window is shown.
On Windows (named pipes) both sides use QtNetwork.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import zlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.core import paths

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

_MAX_MESSAGE = 64 * 1024


def server_name() -> str:
    user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    if not user:
        import getpass

        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no user name in the environment or passwd
            user = "user"
    # a name, not a secret: crc32 needs no OpenSSL at start-up
    key = "\0".join((user, str(paths.config_dir())))
    digest = f"{zlib.crc32(key.encode()):08x}"
    name = f"personal-cabinet-{digest}"
    if sys.platform == "win32":
        return name
    return os.path.join(tempfile.gettempdir(), f"{name}.sock")


def hand_off(argv: list[str], *, timeout_ms: int = 1500) -> bool:
    """Give ``argv`` to a running instance; true when one took it."""
    if sys.platform == "win32":
        return _hand_off_qt(_message(argv), timeout_ms)
    name = server_name()
    if not os.path.exists(name):
        return False  # no instance has listened here (the usual first start)
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.settimeout(timeout_ms / 1000)
        try:
            conn.connect(name)
            conn.sendall(_message(argv))
            return conn.recv(16).startswith(b"ok")
        except OSError:
            return False  # a socket file left by a crashed instance: nobody listens


def _hand_off_qt(message: bytes, timeout_ms: int) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    conn = QLocalSocket()
    conn.connectToServer(server_name())
    if not conn.waitForConnected(timeout_ms):
        return False
    conn.write(message)
    if not conn.waitForBytesWritten(timeout_ms):
        conn.abort()
        return False
    answered = conn.waitForReadyRead(timeout_ms) and bytes(conn.readAll().data()).startswith(b"ok")
    conn.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for later launches; ``received`` carries their argv (on the GUI thread)."""

    received = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        name = server_name()
        if self.server.listen(name):
            return True
        # A socket file left by an instance that crashed: nobody answers on it.
        self.server.removeServer(name)
        ok = self.server.listen(name)
        if not ok:
            log.warning("single instance: cannot listen on %s: %s", name, self.server.errorString())
        return bool(ok)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            self._buffers[conn] = b""
            conn.readyRead.connect(lambda c=conn: self._read(c))
            conn.disconnected.connect(lambda c=conn: self._drop(c))

    def _drop(self, conn: QLocalSocket) -> None:
        self._buffers.pop(conn, None)
        conn.deleteLater()

    def _read(self, conn: QLocalSocket) -> None:
        data = self._buffers.get(conn, b"") + bytes(conn.readAll().data())
        if len(data) > _MAX_MESSAGE:
            conn.abort()
            return
        if b"\n" not in data:
            self._buffers[conn] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[conn] = b""
        argv = _parse(line)
        conn.write(b"ok\n" if argv is not None else b"error\n")
        conn.flush()
        if argv is not None:
            log.info("a later start handed over: %s", _what(argv))
            # Acted on from the event loop, not inside this socket's readyRead: a link may
            # open a modal dialog, whose loop would otherwise delete the socket (the other
            # process hangs up meanwhile) while Qt is still in its signal — a crash.
            QTimer.singleShot(0, self, lambda: self.received.emit(argv))


def _what(argv: list[str]) -> str:
    """What a handed-over launch asks for, without its values (a link may carry a code)."""
    shown = []
    for arg in argv:
        if "://" in arg:
            scheme, rest = arg.split("://", 1)
            shown.append(f"{scheme}://{rest.split('?', 1)[0].split('/', 1)[0]}")
        elif arg.startswith("--"):
            shown.append(arg.split("=", 1)[0])
    return " ".join(shown) or "(nothing to open)"


def _message(argv: list[str]) -> bytes:
    import json  # not at the top: on the usual first start nothing is handed over

    return json.dumps({"argv": argv}).encode() + b"\n"


def _parse(line: bytes) -> list[str] | None:
    import json

    try:
        message: Any = json.loads(line)
    except ValueError:
        return None
    argv = message.get("argv") if isinstance(message, dict) else None
    if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
        return None
    return [str(a) for a in argv]
