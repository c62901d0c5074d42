"""Outgoing mail: SMTP, or ``.eml`` files in the data folder for the embedded service."""

from __future__ import annotations

import logging
import os
import queue
import smtplib
import threading
import uuid
from dataclasses import dataclass
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, formatdate, make_msgid, parseaddr
from pathlib import Path
from urllib.parse import urlsplit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MailAttachment:
    filename: str
    content: bytes
    maintype: str = "application"
    subtype: str = "octet-stream"


class Mailer:
    """Sends one message at a time; the transport is chosen by the mail URL.

    ``send`` sends before it returns. ``send_later`` hands the mail to one sender thread
    and returns at once: for mails after a request's commit (confirmations, staff
    replies), whose answer must not wait for a slow or unreachable mail server (a
    connection that hangs waits out the 30 s timeout, one mail at a time).
    """

    def __init__(self, mail_url: str, mail_dir: Path, sender: str) -> None:
        self.sender = sender
        self.mail_dir = mail_dir
        parts = urlsplit(mail_url) if mail_url else None
        self._smtp: tuple[str, int] | None = None
        if parts and parts.scheme == "smtp":
            self._smtp = (parts.hostname or "127.0.0.1", parts.port or 25)
        elif parts and parts.scheme == "file" and parts.path:
            self.mail_dir = Path(parts.path)
        elif parts and parts.scheme not in ("", "file"):
            raise ValueError(f"Unsupported mail URL: {mail_url!r} (use smtp://host:port or file:)")
        self._lock = threading.Lock()
        self._later: queue.Queue[tuple[str, str, str] | None] = queue.Queue()
        self._sender: threading.Thread | None = None
        self._starting = threading.Lock()

    def send_later(self, to: str, subject: str, body: str) -> None:
        with self._starting:
            if self._sender is None:
                self._sender = threading.Thread(target=self._send_queued, name="mail", daemon=True)
                self._sender.start()
        self._later.put((to, subject, body))

    def _send_queued(self) -> None:
        while (item := self._later.get()) is not None:
            to, subject, body = item
            try:
                self.send(to, subject, body)
            except Exception:  # nobody is waiting for it: the request it tells of stands
                log.exception("mail %r to %s could not be sent", subject, to)
            finally:
                self._later.task_done()
        self._later.task_done()

    def close(self, timeout: float = 30.0) -> None:
        """Send what is queued (for at most ``timeout``), then stop the sender thread."""
        with self._starting:
            sender, self._sender = self._sender, None
        if sender is None:
            return
        self._later.put(None)
        sender.join(timeout)
        if sender.is_alive():
            log.warning("mails still queued at shutdown were not sent")

    def build(
        self, to: str, subject: str, body: str, attachments: tuple[MailAttachment, ...] = ()
    ) -> Message:
        """The MIME classes rather than ``EmailMessage``: its header registry parses every
        header it is given, ten times the cost of the whole mail (2 ms of each request
        that mails a confirmation)."""
        if not to.isascii():  # an internationalized address: only the new API encodes it
            return self._build_modern(to, subject, body, attachments)
        text = MIMENonMultipart("text", "plain")
        text.set_payload(body, _charset(body))
        msg: Message = text
        if attachments:
            msg = MIMEMultipart()
            msg.attach(text)
            for att in attachments:
                part = MIMEApplication(att.content, att.subtype)
                part.replace_header("Content-Type", f"{att.maintype}/{att.subtype}")
                part.add_header("Content-Disposition", "attachment", filename=att.filename)
                msg.attach(part)
        msg["From"] = _address(self.sender)
        msg["To"] = to
        msg["Subject"] = _header(subject)
        msg["Date"] = formatdate(localtime=False)
        msg["Message-ID"] = make_msgid(domain="personal-cabinet.invalid")
        return msg

    def _build_modern(
        self, to: str, subject: str, body: str, attachments: tuple[MailAttachment, ...]
    ) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg["Date"] = formatdate(localtime=False)
        msg["Message-ID"] = make_msgid(domain="personal-cabinet.invalid")
        msg.set_content(body)
        for att in attachments:
            msg.add_attachment(
                att.content, maintype=att.maintype, subtype=att.subtype, filename=att.filename
            )
        return msg

    def send(
        self, to: str, subject: str, body: str, attachments: tuple[MailAttachment, ...] = ()
    ) -> None:
        msg = self.build(to, subject, body, attachments)
        if self._smtp:
            host, port = self._smtp
            with self._lock, smtplib.SMTP(host, port, timeout=30) as smtp:
                smtp.send_message(msg)
            return
        self.mail_dir.mkdir(parents=True, exist_ok=True)
        stamp = formatdate(usegmt=True)
        name = f"{uuid.uuid1().hex}.eml"
        tmp = self.mail_dir / f".{name}.tmp"
        tmp.write_bytes(bytes(msg))
        os.replace(tmp, self.mail_dir / name)
        log.info("mail to %s written to %s (%s)", to, name, stamp)


def _charset(body: str) -> Charset | str:
    """7bit for ASCII; quoted-printable for mostly-Latin text (still readable raw), base64
    for the rest (Cyrillic is shorter so), as ``EmailMessage.set_content`` chooses."""
    if body.isascii():
        return "us-ascii"
    charset = Charset("utf-8")
    wide = sum(1 for ch in body if ord(ch) > 127)
    charset.body_encoding = QP if wide * 4 < len(body) else BASE64
    return charset


def _header(value: str) -> str:
    """An encoded word for a subject with non-ASCII text."""
    return value if value.isascii() else Header(value, "utf-8", header_name="Subject").encode()


def _address(value: str) -> str:
    """``Name <addr>`` with the name encoded when it is not ASCII (a vendor's name)."""
    return value if value.isascii() else formataddr(parseaddr(value), charset="utf-8")
