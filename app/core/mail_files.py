"""The mails the embedded service writes as ``.eml`` files into its data folder: read them,
find their links and codes, and tell which links are our own service's (activation, reset,
e-mail confirmation), so the Local mailbox can open the matching dialog."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from html import escape
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

LINK_RE = re.compile(r"https?://[^\s<>\"']+")
# The mails put the code alone on the line after "... code into the application:".
CODE_AFTER_RE = re.compile(r"code into the application:\s*\n\s*(\S+)", re.IGNORECASE)
CODE_INLINE_RE = re.compile(r"(?:code is|Customer ID:)\s*([A-Za-z0-9]{6,12})\b")
# Paths of our service's mail links and the dialog each one opens.
ACTIONS = {"/activate": "activate", "/reset": "reset", "/confirm-email": "confirm-email"}
MAX_MAILS = 500


@dataclass(frozen=True)
class Mail:
    path: Path
    received: float  # POSIX time
    to: str
    subject: str
    body: str
    links: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)  # file names (the key file's zip)


def action_of(url: str) -> tuple[str, str] | None:
    """(dialog, token) for a link of our service's mails, else None."""
    parts = urlsplit(url)
    action = ACTIONS.get(parts.path.rstrip("/"))
    tokens = parse_qs(parts.query).get("token", [])
    if action and len(tokens) == 1:
        return action, tokens[0]
    return None


def _text_of(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        return str(part.get_content())
    except (LookupError, ValueError):
        return part.get_payload(decode=True).decode("utf-8", "replace")  # type: ignore[union-attr]


def read_mail(path: Path) -> Mail:
    msg = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    body = _text_of(msg)
    try:
        received = parsedate_to_datetime(str(msg["Date"])).timestamp()
    except (TypeError, ValueError):
        received = path.stat().st_mtime
    codes = [*CODE_AFTER_RE.findall(body), *CODE_INLINE_RE.findall(body)]
    return Mail(
        path=path,
        received=received,
        to=str(msg["To"] or ""),
        subject=str(msg["Subject"] or "(no subject)"),
        body=body,
        links=LINK_RE.findall(body),
        codes=list(dict.fromkeys(codes)),
        attachments=[str(p.get_filename() or "attachment") for p in msg.iter_attachments()],
    )


def attachment(mail: Mail, name: str) -> bytes:
    """The bytes of the attachment ``name`` of a mail (read again from its file)."""
    msg = message_from_bytes(mail.path.read_bytes(), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    for part in msg.iter_attachments():
        if (part.get_filename() or "attachment") == name:
            content = part.get_content()
            return content if isinstance(content, bytes) else str(content).encode()
    raise KeyError(name)


def read_mails(folder: Path) -> list[Mail]:
    """The newest mails first; unreadable files are skipped (a mail being written)."""
    try:
        files = [f for f in folder.iterdir() if f.suffix == ".eml" and not f.name.startswith(".")]
    except FileNotFoundError:
        return []
    files.sort(key=lambda f: f.stat().st_mtime if f.exists() else 0, reverse=True)
    mails = []
    for path in files[:MAX_MAILS]:
        try:
            mails.append(read_mail(path))
        except (OSError, ValueError):
            continue
    mails.sort(key=lambda m: (m.received, m.path.name), reverse=True)
    return mails


def body_html(mail: Mail) -> str:
    """The mail's text with links clickable and codes in bold, whitespace kept."""
    text = escape(mail.body)
    text = LINK_RE.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', text)
    for code in mail.codes:
        text = re.sub(
            rf"(?<![\w=/]){re.escape(escape(code))}(?![\w])",
            f"<b>{escape(code)}</b>",
            text,
        )
    return f'<div style="white-space: pre-wrap">{text}</div>'
