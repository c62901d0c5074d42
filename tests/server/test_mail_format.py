"""The mails as bytes: whatever the language, a standard reader gets back exactly the
sender, subject, text and files that were sent."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

import pytest

from server.services.mail import MailAttachment, Mailer

SUBJECTS = ["Request TS-1 received", "Запрос TS-1 получен", "Anfrage TS-1 erhalten – " * 6]
BODIES = ["Plain text.\n", "Grüße aus Köln, Ihre Anfrage.\n", "Ваш запрос получен.\n" * 3]


@pytest.mark.parametrize("sender", ["Support <s@example.com>", "Антивирус <s@example.com>"])
@pytest.mark.parametrize(("subject", "body"), list(zip(SUBJECTS, BODIES, strict=True)))
def test_a_mail_reads_back_as_sent(tmp_path: Path, sender: str, subject: str, body: str) -> None:
    mailer = Mailer("file:", tmp_path, sender)
    key = MailAttachment("ключ.lic", b"\x00\x01binary", "application", "octet-stream")
    for files in [(), (key,)]:
        msg = message_from_bytes(
            bytes(mailer.build("a@example.com", subject, body, files)), policy=policy.default
        )
        assert msg["From"] == sender and msg["Subject"] == subject
        text = msg.get_body(("plain",))
        assert text is not None and text.get_content() == body
        got = [(a.get_filename(), a.get_content()) for a in msg.iter_attachments()]
        assert got == [(f.filename, f.content) for f in files]
