"""A request's conversation and the customer's moves (R2, R3): replies with files, staff
answers by mail, internal notes kept from the customer, close, reopen, rate."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.server.conftest import ServiceFactory, new_account, unique_email
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox, body_of
from tests.support.support_requests import (
    file_support,
    make_product,
    solved_captcha,
    upload,
)


@pytest.fixture
def product(service: LiveService) -> int:
    return make_product(service)


def _status(staff: Caller, request_id: int, *moves: str) -> None:
    for status in moves:
        r = staff.post(f"/staff/requests/{request_id}/status", json={"status": status})
        assert r.status_code == 200, r.text


def test_customer_and_staff_talk(
    service: LiveService, customer: Caller, staff: Caller, product: int, mailbox: Mailbox
) -> None:
    req = file_support(customer, product)
    log = upload(customer, filename="crash.log")
    r = customer.post(
        f"/requests/{req['id']}/messages",
        json={"body": "Here is the crash log.", "attachment_ids": [log]},
    )
    assert r.status_code == 201, r.text
    assert r.json()["sender"] == "customer"
    assert [a["filename"] for a in r.json()["attachments"]] == ["crash.log"]

    r = staff.post(
        f"/staff/requests/{req['id']}/messages",
        json={"body": "Please update to 21.3.11 and try again."},
    )
    assert r.status_code == 201 and r.json()["sender"] == "staff"
    # The reply reaches the requester by mail as well.
    mail = mailbox.wait_for(customer.email, subject=f"New reply to your request {req['number']}")
    assert "Please update to 21.3.11" in body_of(mail)
    # ... with a link that opens the request in Personal Cabinet
    assert f"personal-cabinet://requests/{req['number']}" in body_of(mail)

    conversation = customer.get(f"/requests/{req['id']}/messages").json()
    assert [(m["sender"], m["body"]) for m in conversation] == [
        ("customer", "Here is the crash log."),
        ("staff", "Please update to 21.3.11 and try again."),
    ]
    assert conversation[0]["attachments"][0]["id"] == log
    detail = customer.get(f"/requests/{req['id']}").json()
    assert detail["message_count"] == 2
    assert [a["message_id"] for a in detail["attachments"]] == [conversation[0]["id"]]
    # Files of the conversation download through the request's access rule.
    assert customer.get(f"/attachments/{log}").content == b"log line\n"
    assert staff.get(f"/attachments/{log}").status_code == 200


def test_internal_notes_never_reach_the_customer(
    service: LiveService, customer: Caller, staff: Caller, product: int, mailbox: Mailbox
) -> None:
    req = file_support(customer, product)
    note_file = upload(staff, filename="analysis.txt")
    r = staff.post(
        f"/staff/requests/{req['id']}/messages",
        json={
            "body": "Looks like a known driver bug.",
            "internal": True,
            "attachment_ids": [note_file],
        },
    )
    assert r.status_code == 201 and r.json()["internal"] is True
    before = customer.get(f"/requests/{req['id']}").json()
    assert customer.get(f"/requests/{req['id']}/messages").json() == []
    assert before["message_count"] == 0 and before["attachments"] == []
    # Nor does the note move the customer's "last update".
    assert before["updated_at"] == req["updated_at"]
    # Staff see it, with its file marked internal.
    view = staff.get(f"/staff/requests/{req['id']}").json()
    assert [(m["body"], m["internal"]) for m in view["messages"]] == [
        ("Looks like a known driver bug.", True)
    ]
    assert view["attachments"][0]["internal"] is True
    assert customer.get(f"/attachments/{note_file}").status_code == 404
    # No mail for a note: the next mail the customer gets is the public reply.
    staff.post(f"/staff/requests/{req['id']}/messages", json={"body": "Fixed in 21.3.11."})
    mail = mailbox.wait_for(customer.email, subject="New reply")
    assert "driver bug" not in body_of(mail) and "Fixed in 21.3.11." in body_of(mail)
    assert len([m for m in mailbox.all_for(customer.email) if "New reply" in m["Subject"]]) == 1


def test_staff_reply_to_an_anonymous_request_is_mailed(
    service: LiveService, staff: Caller, anon: Caller, product: int, mailbox: Mailbox
) -> None:
    address = unique_email("anon")
    captcha_id, answer = solved_captcha(service)
    req = file_support(
        anon,
        product,
        type="presale",
        email=address,
        captcha_id=captcha_id,
        captcha_answer=answer,
    )
    staff.post(f"/staff/requests/{req['id']}/messages", json={"body": "It costs 30 EUR."})
    mail = mailbox.wait_for(address, subject=f"New reply to your request {req['number']}")
    assert "It costs 30 EUR." in body_of(mail)
    assert "personal-cabinet://" not in body_of(mail)  # no account: nothing to open


def test_customers_cannot_post_as_staff_or_internally(customer: Caller, product: int) -> None:
    req = file_support(customer, product)
    for extra in ({"internal": True}, {"sender": "staff"}, {"author_id": 1}):
        r = customer.post(f"/requests/{req['id']}/messages", json={"body": "hi", **extra})
        assert r.status_code == 422 and next(iter(extra)) in r.json()["errors"]
    r = customer.post(f"/requests/{req['id']}/messages", json={"body": "   "})
    assert r.status_code == 422 and "body" in r.json()["errors"]


def test_reply_attachments_must_be_mine_and_unused(
    service: LiveService, customer: Caller, other_customer: Caller, product: int
) -> None:
    req = file_support(customer, product)
    theirs = upload(other_customer)
    r = customer.post(
        f"/requests/{req['id']}/messages", json={"body": "see file", "attachment_ids": [theirs]}
    )
    assert r.status_code == 404 and r.json()["code"] == "attachment_not_found"
    # Nothing was posted.
    assert customer.get(f"/requests/{req['id']}/messages").json() == []


def test_reply_while_waiting_for_customer_reopens(
    customer: Caller, staff: Caller, product: int
) -> None:
    req = file_support(customer, product)
    _status(staff, req["id"], "open", "waiting_for_customer")
    customer.post(f"/requests/{req['id']}/messages", json={"body": "Done, still failing."})
    detail = customer.get(f"/requests/{req['id']}").json()
    assert detail["status"] == "open"
    assert [h["to_status"] for h in detail["history"]] == [
        "new",
        "open",
        "waiting_for_customer",
        "open",
    ]


def test_reply_to_a_resolved_request_reopens_it_within_the_window(
    customer: Caller, staff: Caller, product: int
) -> None:
    req = file_support(customer, product)
    _status(staff, req["id"], "open", "resolved")
    detail = customer.get(f"/requests/{req['id']}").json()
    assert detail["reopen_until"] is not None and detail["resolved_at"] is not None
    r = customer.post(f"/requests/{req['id']}/messages", json={"body": "It came back."})
    assert r.status_code == 201
    assert customer.get(f"/requests/{req['id']}").json()["status"] == "open"


def test_after_the_reopen_window_a_resolved_request_stays_resolved(
    make_service: ServiceFactory,
) -> None:
    svc = make_service(reopen_window=timedelta(0))
    product = make_product(svc)
    customer, staff = new_account(svc), new_account(svc, role="staff")
    req = file_support(customer, product)
    _status(staff, req["id"], "open", "resolved")
    for r in (
        customer.post(f"/requests/{req['id']}/messages", json={"body": "It came back."}),
        customer.post(f"/requests/{req['id']}/reopen"),
    ):
        assert r.status_code == 409 and r.json()["code"] == "reopen_window_passed"
    assert customer.get(f"/requests/{req['id']}/messages").json() == []
    # Staff may still reopen; the customer may still close.
    assert customer.post(f"/requests/{req['id']}/close").json()["status"] == "closed"


def test_close_and_no_more_replies(customer: Caller, staff: Caller, product: int) -> None:
    req = file_support(customer, product)
    r = customer.post(f"/requests/{req['id']}/close")
    assert r.status_code == 200 and r.json()["status"] == "closed"
    assert r.json()["closed_at"] is not None
    r = customer.post(f"/requests/{req['id']}/close")
    assert r.status_code == 409 and r.json()["code"] == "invalid_transition"
    r = customer.post(f"/requests/{req['id']}/messages", json={"body": "one more thing"})
    assert r.status_code == 409 and r.json()["code"] == "request_closed"
    r = staff.post(f"/staff/requests/{req['id']}/messages", json={"body": "Noted."})
    assert r.status_code == 409 and r.json()["code"] == "request_closed"
    # A note on a closed request is fine.
    r = staff.post(
        f"/staff/requests/{req['id']}/messages",
        json={"body": "Closed by customer.", "internal": True},
    )
    assert r.status_code == 201


def test_reopen_a_resolved_request(customer: Caller, staff: Caller, product: int) -> None:
    req = file_support(customer, product)
    r = customer.post(f"/requests/{req['id']}/reopen")
    assert r.status_code == 409 and r.json()["code"] == "invalid_transition"
    _status(staff, req["id"], "open", "resolved")
    r = customer.post(f"/requests/{req['id']}/reopen")
    assert r.status_code == 200
    assert r.json()["status"] == "open" and r.json()["reopen_until"] is None


def test_rate_the_answer(customer: Caller, staff: Caller, product: int) -> None:
    req = file_support(customer, product)
    r = customer.post(f"/requests/{req['id']}/rate", json={"helped": True})
    assert r.status_code == 409 and r.json()["code"] == "not_answered_yet"
    _status(staff, req["id"], "open", "resolved")
    r = customer.post(
        f"/requests/{req['id']}/rate", json={"helped": False, "comment": "Still slow."}
    )
    assert r.status_code == 200 and r.json()["helped"] is False
    # Rating again replaces the first answer.
    r = customer.post(f"/requests/{req['id']}/rate", json={"helped": True})
    assert r.json()["helped"] is True and r.json()["status"] == "resolved"
    # The comment reaches staff as a note, not the customer's conversation.
    assert customer.get(f"/requests/{req['id']}/messages").json() == []
    notes = staff.get(f"/staff/requests/{req['id']}").json()["messages"]
    assert len(notes) == 1 and notes[0]["internal"] and "Still slow." in notes[0]["body"]
    r = customer.post(f"/requests/{req['id']}/rate", json={"helped": True, "stars": 5})
    assert r.status_code == 422
