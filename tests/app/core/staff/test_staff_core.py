"""The helpdesk's Qt-free pieces: the queue's query, due times, canned replies, and the
shared conversation with internal notes kept apart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.core.requests.conversation import assemble
from app.core.requests.export import Wording, conversation_html
from app.core.staff.canned import fill
from app.core.staff.due import due_text, span
from app.core.staff.queue_query import COLUMNS, QueueQuery

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def test_query_params_and_live_matching() -> None:
    q = QueueQuery(view="mine", status="open", product_id=3, q=" crash ")
    params = q.params()
    assert params["view"] == "mine" and params["status"] == ["open"]
    assert params["product_id"] == 3 and params["q"] == "crash" and params["sort"] == "-updated"
    assert QueueQuery(sort="number", descending=False).params()["sort"] == "number"
    assert all(QueueQuery().sortable(c) for c in COLUMNS)
    assert QueueQuery(sort="due", descending=False).params()["sort"] == "response"
    assert QueueQuery(sort="priority").params()["sort"] == "-priority"
    row = {"assignee_id": None, "status": "new", "type": "setup", "product": {"id": 3}}
    assert QueueQuery(view="unassigned").matches(row, me=7)
    assert not QueueQuery(view="mine").matches(row, me=7)
    assert QueueQuery(view="mine").matches({**row, "assignee_id": 7}, me=7)
    assert not QueueQuery(view="unassigned").matches({**row, "status": "closed"}, me=7)
    assert not QueueQuery(view="waiting").matches(row, me=7)
    assert not QueueQuery(view="all", product_id=4).matches(row, me=7)
    assert QueueQuery(view="all", q="x").matches(row, me=7) is None


def test_due_text() -> None:
    assert due_text(None, NOW) == ("", False)
    assert due_text((NOW + timedelta(hours=2, minutes=5)).isoformat(), NOW) == (
        "2 h 05 min left",
        False,
    )
    assert due_text((NOW - timedelta(days=1, hours=3)).isoformat(), NOW) == ("1 d 3 h over", True)
    assert span(59) == "0 min" and span(7 * 60) == "7 min"


def test_canned_reply_filled_in() -> None:
    detail = {"number": "TS-000042", "owner": {"name": "Ada", "email": "a@x"}, "email": "a@x"}
    assert fill("Hi {name}, about {number}: {x}", detail) == "Hi Ada, about TS-000042: {x}"
    anonymous = {"number": "TS-1", "owner": None, "email": "who@example.com"}
    assert fill("Hi {name}", anonymous) == "Hi who@example.com"


def test_internal_notes_only_in_the_staff_view() -> None:
    detail = {"id": 1, "created_at": "2026-12-01T10:00:00Z", "description": "help", "history": []}
    messages = [
        {
            "id": 1,
            "sender": "staff",
            "internal": True,
            "body": "our note",
            "author_id": 5,
            "created_at": "2026-12-01T11:00:00Z",
        },
        {
            "id": 2,
            "sender": "staff",
            "internal": False,
            "body": "answer",
            "author_id": 5,
            "created_at": "2026-12-01T12:00:00Z",
        },
    ]
    customer = assemble(detail, messages)
    assert [e.body for e in customer.entries] == ["help", "answer"]
    staff = assemble(detail, messages, include_internal=True)
    assert [(e.body, e.internal) for e in staff.entries] == [
        ("help", False),
        ("our note", True),
        ("answer", False),
    ]
    page = conversation_html(staff, Wording(authors={5: "Anna"}))
    assert page.count("Internal note") == 1 and "Technical Support (Anna)" in page
    assert "Internal note" not in conversation_html(customer, Wording())
    assert not customer.add_message({**messages[0], "id": 3})
    assert staff.add_message({**messages[0], "id": 3})
