"""Outgoing mail: SMTP, or ``.eml`` files in the data folder for the embedded service."""

from __future__ import annotations

import logging
import os
import smtplib
import threading
import uuid
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
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
    """Sends one message at a time; the transport is chosen by the mail URL."""

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

    def build(
        self, to: str, subject: str, body: str, attachments: tuple[MailAttachment, ...] = ()
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
