"""``client.staff`` against the real service: the queue's views, assignment, replies and
notes, refused status moves with the service's reason, priority, presence, canned replies."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.api import errors
from app.api.client import ApiClient
from tests.app.conftest import Account, new_account
from tests.support.live_service import LiveService


@pytest.fixture
def staff(service: LiveService) -> Iterator[ApiClient]:
    member = new_account(service, role="staff")
    api = ApiClient(service.url, backoff=0.01)
    api.signin(member.email, member.password)
    yield api
    api.close()


def _file(client: ApiClient, account: Account, description: str) -> int:
    product = client.products()[0]
    filed = client.create_support_request(
        {
            "type": "general",
            "product_id": product["id"],
            "product_version": product["versions"][0],
            "os": "Linux",
            "email": account.email,
            "country": "DE",
            "description": description,
            "attachment_ids": [],
        }
    )
    return int(filed["id"])


def test_staff_works_a_request(signed_in: ApiClient, account: Account, staff: ApiClient) -> None:
    request_id = _file(signed_in, account, "staff client")
    number = signed_in.get_request(request_id)["number"]
    found = staff.staff.queue(view="unassigned", q=number)
    assert [i["id"] for i in found.items] == [request_id]
    assert found.items[0]["due_at"] is not None
    me = next(m for m in staff.staff.members() if m["email"] == staff.me()["email"])
    assert staff.staff.assign(request_id, me["id"])["assignee_id"] == me["id"]
    assert [i["id"] for i in staff.staff.queue(view="mine", q=number).items] == [request_id]

    staff.staff.post(request_id, "Note for us", internal=True)
    staff.staff.post(request_id, "Answer for you", internal=False)
    detail = staff.staff.request(request_id)
    assert [(m["body"], m["internal"]) for m in detail["messages"]] == [
        ("Note for us", True),
        ("Answer for you", False),
    ]
    assert [m["body"] for m in signed_in.messages(request_id)] == ["Answer for you"]

    assert detail["allowed_statuses"] == ["open"]
    with pytest.raises(errors.Conflict) as refused:
        staff.staff.set_status(request_id, "resolved")
    assert refused.value.code == "invalid_transition"
    assert "cannot be moved" in str(refused.value)
    assert staff.staff.set_status(request_id, "open")["status"] == "open"
    assert staff.staff.set_priority(request_id, "high")["priority"] == "high"
    assert staff.staff.here(request_id, typing=True) == []
    staff.staff.leave(request_id)

    reply = staff.staff.add_canned_reply("Thanks", "Thank you, {name}, for {number}.")
    assert reply in staff.staff.canned_replies()
    assert staff.staff.edit_canned_reply(reply["id"], "Thanks", "Thanks {name}")["body"] == (
        "Thanks {name}"
    )
    staff.staff.remove_canned_reply(reply["id"])


def test_staff_routes_are_not_found_for_customers(signed_in: ApiClient) -> None:
    with pytest.raises(errors.NotFound):
        signed_in.staff.queue()
