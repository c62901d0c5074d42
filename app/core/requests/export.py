"""A request as HTML: the conversation shown in the request window, and the self-contained
file "Export" saves (details, conversation, the attachments with their SHA-256), which the
PDF export prints.

The service's text is the customer's and the experts' own writing: every piece is escaped,
and the exported file holds no script, no remote resource and no link that leaves it.
The wording (labels, statuses, dates) comes from the caller, which translates it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.core.requests.conversation import Conversation, Entry

ATTACHMENT_SCHEME = "attachment"  # <a href="attachment:ID">: the window downloads it


@dataclass(frozen=True)
class Wording:
    status: Callable[[str], str] = str
    when: Callable[[str], str] = str
    size: Callable[[int], str] = lambda n: f"{n} bytes"
    who: dict[str, str] = field(
        default_factory=lambda: {
            "customer": "You",
            "staff": "Technical Support",
            "system": "Personal Cabinet",
        }
    )
    labels: dict[str, str] = field(default_factory=dict)
    # Backgrounds of the customer's and the experts' messages (the window passes its
    # palette's, so a dark theme stays readable).
    colors: dict[str, str] = field(
        default_factory=lambda: {
            "customer": "#eef2f8",
            "staff": "#e9f4ec",
            "internal": "#fff4d6",
            "status": "#666666",
        }
    )
    # The helpdesk's view names each staff author (user id -> name).
    authors: dict[int, str] = field(default_factory=dict)

    def label(self, key: str) -> str:
        return self.labels.get(key, _LABELS.get(key, key))


_LABELS = {
    "title": "Request {number}",
    "details": "Details",
    "type": "Type",
    "product": "Product",
    "version": "Version",
    "os": "Operating system",
    "email": "E-mail",
    "country": "Country",
    "status": "Status",
    "created": "Created",
    "updated": "Last update",
    "report": "System report",
    "conversation": "Conversation",
    "files": "Attachments",
    "name": "File",
    "size": "Size",
    "sha256": "SHA-256",
    "status_change": "Status: {from_status} → {to_status}",
    "filed": "Request filed",
    "none": "No files are attached.",
    "exported": "Exported from Personal Cabinet",
    "internal": "Internal note — staff only",
}

_CSS = """
body { font-family: sans-serif; margin: 2em; color: #1d1d1f; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
table { border-collapse: collapse; }
td, th { padding: 3px 10px 3px 0; text-align: left; vertical-align: top; }
.message { border-left: 3px solid #8aa4c8; margin: 10px 0; }
.message.staff { border-left-color: #3d8f5a; }
.message p { margin: 2px 0; }
.meta { color: #555; font-size: 0.9em; }
.status { color: #555; font-style: italic; margin: 8px 0; }
.body { white-space: pre-wrap; }
.sha { font-family: monospace; font-size: 0.85em; }
"""


def text_html(text: str) -> str:
    """Plain text as HTML paragraphs, line breaks kept (QTextBrowser ignores pre-wrap)."""
    return html.escape(text).replace("\n", "<br>")


def entry_html(entry: Entry, words: Wording, *, links: bool) -> str:
    if entry.kind == "status":
        change = words.label("status_change").format(
            from_status=html.escape(words.status(entry.from_status or "")),
            to_status=html.escape(words.status(entry.to_status)),
        )
        color = html.escape(words.colors.get("status", "#666666"))
        return (
            f'<p class="status" style="color:{color}"><i>{change} — '
            f"{html.escape(words.when(entry.at))}</i></p>"
        )
    who = words.who.get(entry.sender, entry.sender)
    if entry.author_id is not None and entry.author_id in words.authors:
        who = f"{who} ({words.authors[entry.author_id]})"
    head = html.escape(who) + " · " + html.escape(words.when(entry.at))
    if entry.internal:
        head = html.escape(words.label("internal")) + " · " + head
    if entry.kind == "description":
        head = html.escape(words.label("filed")) + " · " + head
    files = ""
    if entry.attachments:
        names = []
        for att in entry.attachments:
            name = html.escape(str(att.get("filename", "")))
            size = html.escape(words.size(int(att.get("size", 0))))
            if links:
                name = f'<a href="{ATTACHMENT_SCHEME}:{int(att["id"])}">{name}</a>'
            names.append(f"{name} ({size})")
        files = '<p class="meta">' + "<br>".join(names) + "</p>"
    # A table, not a styled div: Qt's rich text (the window, the PDF) draws table
    # backgrounds but not borders or padding of blocks.
    tone = "internal" if entry.internal else ("staff" if entry.sender == "staff" else "customer")
    background = words.colors.get(tone, "")
    css = html.escape(entry.sender) + (" internal" if entry.internal else "")
    return (
        f'<table width="100%" cellpadding="8" cellspacing="0" bgcolor="{background}" '
        f'class="message {css}"><tr><td>'
        f'<p class="meta"><b>{head}</b></p>'
        f'<p class="body">{text_html(entry.body)}</p>{files}</td></tr></table>'
        '<p style="margin:0; font-size:4px">&nbsp;</p>'
    )


def conversation_html(conversation: Conversation, words: Wording, *, links: bool = True) -> str:
    return "\n".join(entry_html(e, words, links=links) for e in conversation.entries)


def document(
    conversation: Conversation,
    words: Wording,
    *,
    type_title: str = "",
    country: str = "",
) -> str:
    """The whole request as one self-contained HTML page."""
    d: dict[str, Any] = conversation.detail
    product = d.get("product") or {}
    title = words.label("title").format(number=d.get("number", ""))
    report = next(
        (a for a in conversation.files() if a.get("id") == d.get("sysinfo_attachment_id")), None
    )
    rows = [
        ("type", type_title or str(d.get("type", ""))),
        ("product", str(product.get("name", "")) if isinstance(product, dict) else ""),
        ("version", str(d.get("product_version", ""))),
        ("os", str(d.get("os", ""))),
        ("email", str(d.get("email", ""))),
        ("country", country or str(d.get("country", ""))),
        ("status", words.status(str(d.get("status", "")))),
        ("created", words.when(str(d.get("created_at", "")))),
        ("updated", words.when(str(d.get("updated_at", "")))),
        ("report", str(report.get("filename", "")) if report else ""),
    ]
    details = "".join(
        f"<tr><th>{html.escape(words.label(k))}</th><td>{html.escape(v)}</td></tr>"
        for k, v in rows
        if v
    )
    files = conversation.files()
    if files:
        lines = "".join(
            "<tr>"
            f"<td>{html.escape(str(a.get('filename', '')))}</td>"
            f"<td>{html.escape(words.size(int(a.get('size', 0))))}</td>"
            f'<td class="sha">{html.escape(str(a.get("sha256", "")))}</td>'
            "</tr>"
            for a in files
        )
        heads = "".join(
            f"<th>{html.escape(words.label(k))}</th>" for k in ("name", "size", "sha256")
        )
        file_table = f"<table><tr>{heads}</tr>{lines}</table>"
    else:
        file_table = f"<p>{html.escape(words.label('none'))}</p>"
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{html.escape(title)}</h1>"
        f"<h2>{html.escape(words.label('details'))}</h2><table>{details}</table>"
        f"<h2>{html.escape(words.label('conversation'))}</h2>"
        f"{conversation_html(conversation, words, links=False)}"
        f"<h2>{html.escape(words.label('files'))}</h2>{file_table}"
        f'<p class="meta">{html.escape(words.label("exported"))}</p>'
        "</body></html>\n"
    )
