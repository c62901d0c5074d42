"""A request's conversation as the customer reads it: the description they filed, then each
reply and status change in the order they happened, with who wrote what and when.

Built from ``GET /requests/{id}`` and ``GET /requests/{id}/messages``, and grown by the live
event stream; a message already shown is never shown twice. Internal staff notes do not
reach the customer's routes; one that carried ``internal`` anyway is dropped here as well.
The helpdesk's request view shares this: it asks for the notes (``include_internal``), and
each note is an entry marked ``internal``, drawn apart from the conversation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

SENDERS = {"customer": "You", "staff": "Technical Support", "system": "Personal Cabinet"}


@dataclass(frozen=True)
class Entry:
    kind: str  # description | message | status
    at: str  # ISO-8601 from the service
    sender: str = ""  # customer | staff | system (messages and the description)
    body: str = ""
    attachments: tuple[dict[str, Any], ...] = ()
    from_status: str | None = None
    to_status: str = ""
    message_id: int | None = None
    internal: bool = False  # a staff note (only in the helpdesk's view)
    author_id: int | None = None

    @property
    def who(self) -> str:
        return SENDERS.get(self.sender, self.sender)


@dataclass
class Conversation:
    detail: dict[str, Any]
    entries: list[Entry] = field(default_factory=list)
    include_internal: bool = False

    @property
    def request_id(self) -> int:
        return int(self.detail.get("id", 0))

    @property
    def message_ids(self) -> set[int]:
        return {e.message_id for e in self.entries if e.message_id is not None}

    def add_message(self, message: dict[str, Any]) -> bool:
        """Put one message in its place; False when it is already there or internal."""
        hidden = message.get("internal") and not self.include_internal
        if hidden or message.get("id") in self.message_ids:
            return False
        entry = _message_entry(message)
        self.entries.append(entry)
        self.entries.sort(key=_order)
        return True

    def files(self) -> list[dict[str, Any]]:
        """Every attachment the customer may download: the request's, then the replies'."""
        seen: set[int] = set()
        found: list[dict[str, Any]] = []
        for att in list(self.detail.get("attachments") or []) + [
            a for e in self.entries for a in e.attachments
        ]:
            if att.get("id") not in seen:
                seen.add(att.get("id"))
                found.append(att)
        return found


def assemble(
    detail: dict[str, Any],
    messages: Iterable[dict[str, Any]],
    *,
    include_internal: bool = False,
) -> Conversation:
    # The request's own files (filed with it) belong to the description; the report too.
    own = tuple(a for a in detail.get("attachments") or [] if a.get("message_id") is None)
    entries = [
        Entry(
            kind="description",
            at=str(detail.get("created_at", "")),
            sender="customer",
            body=str(detail.get("description", "")),
            attachments=own,
        )
    ]
    for change in detail.get("history") or []:
        if change.get("from_status") is None:
            continue  # the first status is the filing itself, shown as the description
        entries.append(
            Entry(
                kind="status",
                at=str(change.get("at", "")),
                from_status=change.get("from_status"),
                to_status=str(change.get("to_status", "")),
            )
        )
    conversation = Conversation(detail=detail, entries=entries, include_internal=include_internal)
    for message in messages:
        hidden = message.get("internal") and not include_internal
        if hidden or message.get("id") in conversation.message_ids:
            continue
        conversation.entries.append(_message_entry(message))
    conversation.entries.sort(key=_order)
    return conversation


def _message_entry(message: dict[str, Any]) -> Entry:
    return Entry(
        kind="message",
        at=str(message.get("created_at", "")),
        sender=str(message.get("sender", "")),
        body=str(message.get("body", "")),
        attachments=tuple(message.get("attachments") or ()),
        message_id=int(message["id"]) if message.get("id") is not None else None,
        internal=bool(message.get("internal")),
        author_id=message.get("author_id"),
    )


_KIND_ORDER = {"description": 0, "message": 1, "status": 2}


def moment(iso: str) -> datetime:
    """An ISO-8601 time from the service; an unreadable one sorts first."""
    try:
        value = datetime.fromisoformat(iso)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _order(entry: Entry) -> tuple[datetime, int, int]:
    return (moment(entry.at), _KIND_ORDER.get(entry.kind, 3), entry.message_id or 0)
