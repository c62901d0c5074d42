"""My requests without Qt: the list's query and sort, the conversation's order, the
export's escaping, the event cursor, the actions a state allows, and replies in the
outbox sent exactly once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.core.outbox import Outbox, Refused
from app.core.requests import actions
from app.core.requests.conversation import assemble
from app.core.requests.event_cursor import EventCursor
from app.core.requests.export import Wording, conversation_html, document
from app.core.requests.query import RequestsQuery


def _detail(**changes: Any) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "id": 7,
        "number": "TS-000007",
        "kind": "support",
        "type": "application",
        "product": {"id": 1, "name": "Demo Anti-Virus"},
        "status": "open",
        "created_at": "2026-12-01T10:00:00Z",
        "updated_at": "2026-12-01T12:00:00Z",
        "description": "It freezes.",
        "email": "me@example.com",
        "country": "DE",
        "history": [
            {"from_status": None, "to_status": "new", "at": "2026-12-01T10:00:00Z"},
            {"from_status": "new", "to_status": "open", "at": "2026-12-01T11:00:00.5+00:00"},
        ],
        "attachments": [
            {"id": 1, "filename": "log.txt", "size": 9, "sha256": "ab" * 32, "message_id": None}
        ],
        "helped": None,
        "reopen_until": None,
    }
    return {**detail, **changes}


def _message(mid: int, at: str, sender: str = "staff", **extra: Any) -> dict[str, Any]:
    return {"id": mid, "sender": sender, "body": f"m{mid}", "created_at": at, "attachments": []}


# -- the query ------------------------------------------------------------------------------


def test_query_params_and_saved_form() -> None:
    query = RequestsQuery(kind="viruslab", q="  freeze ", sort="number", descending=False)
    assert query.params() == {"kind": "viruslab", "q": "freeze", "sort": "number"}
    assert query.filtered and not query.newest_first
    assert RequestsQuery(sort="created_at").params() == {"sort": "-created"}
    assert RequestsQuery.from_dict(query.to_dict()) == query
    assert RequestsQuery.from_dict({"sort": "evil", "kind": "x", "q": 3}) == RequestsQuery()
    assert RequestsQuery.from_dict("junk") == RequestsQuery()
    assert not RequestsQuery().filtered and RequestsQuery().newest_first


# -- the conversation -----------------------------------------------------------------------


def test_conversation_in_order_without_internal_notes_or_repeats() -> None:
    conv = assemble(
        _detail(),
        [
            _message(3, "2026-12-01T11:30:00Z"),
            _message(2, "2026-12-01T10:30:00.250Z", sender="customer"),
            {**_message(4, "2026-12-01T11:40:00Z"), "internal": True},
        ],
    )
    kinds = [(e.kind, e.message_id) for e in conv.entries]
    assert kinds == [("description", None), ("message", 2), ("status", None), ("message", 3)]
    assert conv.entries[0].attachments[0]["filename"] == "log.txt"
    assert conv.entries[1].who == "You" and conv.entries[3].who == "Technical Support"
    assert not conv.add_message(_message(3, "2026-12-01T11:30:00Z"))
    assert not conv.add_message({**_message(5, "2026-12-01T12:00:00Z"), "internal": True})
    assert conv.add_message(_message(6, "2026-12-01T12:00:00Z"))
    assert conv.entries[-1].message_id == 6


def test_files_lists_each_attachment_once() -> None:
    att = {"id": 9, "filename": "a.png", "size": 1, "sha256": "c" * 64, "message_id": 3}
    detail = _detail(attachments=[*_detail()["attachments"], att])
    conv = assemble(detail, [{**_message(3, "2026-12-01T11:30:00Z"), "attachments": [att]}])
    assert [a["id"] for a in conv.files()] == [1, 9]


# -- export ---------------------------------------------------------------------------------


def test_export_escapes_everything_and_lists_checksums() -> None:
    hostile = '<script>alert(1)</script><img src="http://x/y.png">'
    conv = assemble(_detail(description=hostile), [_message(2, "2026-12-01T10:30:00Z")])
    html = document(conv, Wording(), type_title="Application problem")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert "ab" * 32 in html and "TS-000007" in html and "Application problem" in html
    assert "attachment:" not in html  # links only in the window
    assert 'href="attachment:1"' in conversation_html(conv, Wording())


# -- the event cursor -----------------------------------------------------------------------


def test_event_cursor_moves_forward_only_and_belongs_to_its_owner() -> None:
    cursor = EventCursor.resume("http://svc 123", "http://svc 123", "41")
    assert cursor.last_event_id == "41"
    assert not cursor.accept("41") and not cursor.accept("7")
    assert cursor.accept("42") and cursor.last_id == 42
    assert EventCursor.resume("http://svc 999", "http://svc 123", "41").last_event_id is None
    assert EventCursor.resume("o", "o", "garbage").last_event_id is None


# -- actions --------------------------------------------------------------------------------


def test_actions_follow_the_services_rules() -> None:
    now = datetime(2026, 12, 2, tzinfo=UTC)
    assert actions.available(_detail(), now) == {"reply", "close"}
    soon = (now + timedelta(days=3)).isoformat()
    resolved = _detail(status="resolved", reopen_until=soon)
    assert actions.available(resolved, now) == {"reply", "close", "reopen", "rate"}
    late = _detail(status="resolved", reopen_until=(now - timedelta(days=1)).isoformat())
    assert "follow_up" in actions.available(late, now)
    closed = _detail(status="closed", helped=True)
    assert actions.available(closed, now) == {"follow_up"}
    verdict = _detail(kind="viruslab", status="verdict_clean")
    assert actions.available(verdict, now) == {"reply", "close", "rate"}
    payload = actions.follow_up_payload(closed, "  Again.  ")
    assert payload["description"] == "Follow-up to request TS-000007.\n\nAgain."
    assert payload["product_id"] == 1 and payload["type"] == "application"
    assert payload["follow_up_of"] == "TS-000007"


# -- replies in the outbox ------------------------------------------------------------------


class _Transport:
    def __init__(self) -> None:
        self.uploaded: list[str] = []
        self.posted: list[tuple[int, dict[str, Any], str]] = []
        self.refuse = False

    def upload(self, path: Path, name: str, purpose: str) -> int:
        self.uploaded.append(name)
        return 100 + len(self.uploaded)

    def create_support_request(self, payload: dict[str, Any], key: str) -> dict[str, Any]:
        raise AssertionError("a reply is not a new request")

    def post_reply(self, request_id: int, payload: dict[str, Any], key: str) -> dict[str, Any]:
        if self.refuse:
            raise Refused("The request is closed.")
        self.posted.append((request_id, payload, key))
        return {"id": 1, **payload}


def test_a_queued_reply_is_posted_once_with_its_files(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox")
    note = tmp_path / "note.txt"
    note.write_text("hello")
    outbox.enqueue(
        "key-1",
        {"request_id": 7, "body": "Here.", "attachment_ids": [5]},
        [(note, "note.txt", "file")],
        account="C1",
        kind="reply",
    )
    transport = _Transport()
    assert [e.key for e in outbox.flush(transport, account="C1")] == ["key-1"]
    assert outbox.flush(transport, account="C1") == []  # sent: never again
    (posted,) = transport.posted
    assert posted == (7, {"body": "Here.", "attachment_ids": [5, 101]}, "key-1")
    assert outbox.get("key-1") is not None and outbox.get("key-1").request_id == 7  # type: ignore[union-attr]


def test_a_refused_reply_stays_refused(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox")
    outbox.enqueue("k", {"request_id": 7, "body": "Late."}, [], account="C1", kind="reply")
    transport = _Transport()
    transport.refuse = True
    outbox.flush(transport, account="C1")
    entry = outbox.get("k")
    assert entry is not None and entry.status == "refused" and "closed" in entry.error
