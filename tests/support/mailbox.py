"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives for the tests."""

from __future__ import annotations

import asyncio
import re
import threading
import time
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


LINK_RE = re.compile(r"https?://[^\s<>\"']+")


class _Handler:
    def __init__(self, box: Mailbox) -> None:
        self.box = box

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        # A mail server that is slow to take a message: it waits until ``hold`` is set.
        await asyncio.get_running_loop().run_in_executor(None, self.box.hold.wait)
        msg = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        with self.box.cond:
            for rcpt in envelope.rcpt_tos:
                self.box.messages.append((rcpt.lower(), msg))
            self.box.cond.notify_all()
        return "250 OK"


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, EmailMessage]] = []
        self.cond = threading.Condition()
        self.hold = threading.Event()  # cleared: messages wait in the SMTP transaction
        self.hold.set()
        self.port = _free_port()
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port)

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def all_for(self, to: str) -> list[EmailMessage]:
        with self.cond:
            return [m for rcpt, m in self.messages if rcpt == to.lower()]

    def wait_for(
        self, to: str, *, subject: str = "", count: int = 1, timeout: float = 15
    ) -> EmailMessage:
        """The ``count``-th message to ``to`` whose subject contains ``subject``."""
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                found = [
                    m
                    for rcpt, m in self.messages
                    if rcpt == to.lower() and subject.lower() in str(m["Subject"]).lower()
                ]
                if len(found) >= count:
                    return found[count - 1]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no mail to {to} with subject {subject!r} in {timeout}s")
                self.cond.wait(left)


def body_of(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def links_in(msg: EmailMessage) -> list[str]:
    return LINK_RE.findall(body_of(msg))


def code_in(msg: EmailMessage, pattern: str = r"\b(\d{6})\b") -> str:
    m = re.search(pattern, body_of(msg))
    assert m, f"no code matching {pattern} in mail"
    return m.group(1)
