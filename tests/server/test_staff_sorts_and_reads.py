"""The staff queue sorted by every column and paged by cursor through each sort (ties by
id), and "unread" kept by the service per staff member (bold until opened, H5)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, insert, text

from server.db.models import SupportRequest
from server.services.pagination import encode
from server.services.staff_sorts import SORTS
from tests.server.conftest import ServiceFactory, new_account
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.support_requests import file_support, make_product

RANK = {"low": 0, "normal": 1, "high": 2}


def _walk(staff: Caller, limit: int, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = {"limit": limit, **params, **({"cursor": cursor} if cursor else {})}
        r = staff.get("/staff/requests", params=query)
        assert r.status_code == 200, r.text
        items += r.json()["items"]
        cursor = r.json()["next_cursor"]
        if cursor is None:
            return items


def _expected(items: list[dict[str, Any]], sort: str, names: dict[int, str]) -> list[int]:
    """The order the service promises, worked out from the items themselves."""
    column, descending = sort.removeprefix("-"), sort.startswith("-")

    def value(item: dict[str, Any]) -> Any:
        if column in ("updated", "created"):
            return datetime.fromisoformat(item[f"{column}_at"])
        if column == "product":
            return (item["product"] or {}).get("name", "")
        if column == "priority":
            return RANK[item["priority"]]
        if column == "assignee":
            who = item["assignee_id"]
            return "" if who is None else names[who].lower()
        if column == "response":
            return datetime.fromisoformat(item["due_at"]) if item["due_at"] else None
        return item[column]

    valued = [i for i in items if value(i) is not None]
    tail = [i for i in items if value(i) is None]  # only "response": last either way
    ordered = sorted(valued, key=lambda i: (value(i), i["id"]), reverse=descending)
    return [i["id"] for i in ordered] + sorted((i["id"] for i in tail), reverse=descending)


@pytest.fixture
def queue_of_eight(service: LiveService, customer: Caller, staff: Caller) -> dict[str, Any]:
    """Eight requests of one product: every priority, four assignees (one without a name,
    shown by e-mail; two with the same name) and none, some answered (no due time), one the
    customer came back to."""
    product = make_product(service)
    alice = new_account(service, role="staff", name="alice")
    bob = new_account(service, role="staff", name="Bob")
    # Two members shown alike ("alice", "Alice"): one group, their requests by id.
    carol = new_account(service, role="staff", name="Alice")
    nameless = new_account(service, role="staff")
    plan = [
        ("high", alice, True),
        ("low", None, False),
        ("normal", carol, False),
        ("high", bob, True),
        ("normal", None, True),
        ("low", alice, False),
        ("high", nameless, False),
        ("normal", alice, True),
    ]
    made = []
    for n, (priority, who, answered) in enumerate(plan):
        req = file_support(customer, product, type=("setup", "application", "general")[n % 3])
        rid = req["id"]
        staff.post(f"/staff/requests/{rid}/priority", json={"priority": priority})
        if who is not None:
            staff.post(f"/staff/requests/{rid}/assign", json={"assignee_id": who.user_id})
        if answered:
            assert staff.post(f"/staff/requests/{rid}/messages", json={"body": "Try this."}).ok
        made.append(rid)
    # The customer answers the fourth: due again, later than the others still waiting.
    assert customer.post(f"/requests/{made[3]}/messages", json={"body": "Still broken"}).ok
    staff.post(f"/staff/requests/{made[1]}/status", json={"status": "open"})
    names = {
        u.user_id: (n or u.email)
        for u, n in ((alice, "alice"), (bob, "Bob"), (carol, "Alice"), (nameless, ""))
    }
    return {"product": product, "ids": made, "names": names}


def test_every_sort_pages_in_the_promised_order(
    staff: Caller, queue_of_eight: dict[str, Any]
) -> None:
    product, names = queue_of_eight["product"], queue_of_eight["names"]
    items = _walk(staff, 100, product_id=product)
    assert sorted(i["id"] for i in items) == sorted(queue_of_eight["ids"])
    assert sum(i["due_at"] is None for i in items) == 3
    assert {"priority", "assignee", "response"} <= {s.removeprefix("-") for s in SORTS}
    for sort in SORTS:
        walked = _walk(staff, 3, product_id=product, sort=sort)
        got = [i["id"] for i in walked]
        assert len(got) == len(set(got)) == 8, sort
        assert got == _expected(items, sort, names), sort
    by_priority = [i["priority"] for i in _walk(staff, 3, product_id=product, sort="-priority")]
    assert by_priority == ["high"] * 3 + ["normal"] * 3 + ["low"] * 2
    by_assignee = _walk(staff, 3, product_id=product, sort="assignee")
    assert [i["assignee_id"] for i in by_assignee[:2]] == [None, None]


def test_sort_cursors_are_checked(
    staff: Caller, customer: Caller, queue_of_eight: dict[str, Any]
) -> None:
    product = queue_of_eight["product"]
    first = staff.get(
        "/staff/requests", params={"product_id": product, "sort": "priority", "limit": 3}
    ).json()
    other = staff.get(
        "/staff/requests",
        params={"product_id": product, "sort": "response", "cursor": first["next_cursor"]},
    )
    assert other.status_code == 400 and other.json()["code"] == "cursor_sort_mismatch"
    forged = [
        encode("high", 5, "priority"),
        encode(None, 5, "priority"),
        encode(3, 5, "-updated"),
        encode(None, 2**31, "response"),  # past any id: refused, not an error in SQL
    ]
    sorts = ("priority", "priority", "-updated", "response")
    for sort, cursor in zip(sorts, forged, strict=True):
        r = staff.get("/staff/requests", params={"sort": sort, "cursor": cursor})
        assert r.status_code == 422 and r.json()["code"] == "invalid_cursor", (sort, cursor)
    # The tail of a response sort: requests nobody waits on, by id.
    past_all = encode(None, 2**31 - 1, "-response")
    tail = staff.get(
        "/staff/requests", params={"product_id": product, "sort": "-response", "cursor": past_all}
    )
    assert tail.status_code == 200
    assert all(i["due_at"] is None for i in tail.json()["items"])
    assert len(tail.json()["items"]) == 3
    # The staff-only sorts do not exist for a customer's own list.
    for sort in ("assignee", "-priority", "response"):
        assert customer.get("/requests", params={"sort": sort}).status_code == 422


def _unread(staff: Caller, product: int) -> dict[int, bool]:
    return {i["id"]: i["unread"] for i in _walk(staff, 100, product_id=product)}


def test_unread_until_opened_per_staff_member(
    service: LiveService, customer: Caller, staff: Caller
) -> None:
    product = make_product(service)
    colleague = new_account(service, role="staff")
    req, other = file_support(customer, product), file_support(customer, product)
    rid = req["id"]
    assert _unread(staff, product) == {rid: True, other["id"]: True}

    detail = staff.get(f"/staff/requests/{rid}").json()
    assert detail["unread"] is False
    assert _unread(staff, product) == {rid: False, other["id"]: True}
    assert _unread(colleague, product)[rid] is True
    # A queue line refreshed without opening the request leaves it unread.
    peek = colleague.get(f"/staff/requests/{rid}", params={"mark_read": "false"}).json()
    assert peek["unread"] is True and _unread(colleague, product)[rid] is True

    # Staff business never makes it unread: my reply, a colleague's note, assignment.
    assert staff.post(f"/staff/requests/{rid}/messages", json={"body": "Try this."}).ok
    note = {"body": "Looked at the logs", "internal": True}
    assert colleague.post(f"/staff/requests/{rid}/messages", json=note).ok
    colleague.post(f"/staff/requests/{rid}/assign", json={"assignee_id": colleague.user_id})
    assert _unread(staff, product)[rid] is False

    # The customer's word does, for everyone, and a new sign-in still sees it.
    assert customer.post(f"/requests/{rid}/messages", json={"body": "Did not help"}).ok
    assert _unread(staff, product)[rid] is True
    again = Caller(
        api=service.api,
        email=staff.email,
        password=staff.password,
        customer_id=staff.customer_id,
        user_id=staff.user_id,
    )
    assert again.signin().status_code == 200
    assert _unread(again, product)[rid] is True
    again.get(f"/staff/requests/{rid}")
    assert _unread(staff, product)[rid] is False
    assert _unread(colleague, product)[rid] is True
    # Closing it is the customer's word too.
    assert customer.post(f"/requests/{rid}/close").ok
    assert _unread(staff, product)[rid] is True


SHAPES: list[dict[str, Any]] = [
    {"view": "unassigned"},
    {"view": "overdue"},
    {"view": "mine"},
    {"sort": "-priority"},
    {"view": "unassigned", "sort": "-priority"},
    {"sort": "response"},
    {"sort": "-response"},
    {"sort": "assignee"},
    {"sort": "-assignee"},
]


def test_the_queue_walks_indexes_with_100k_requests(make_service: ServiceFactory) -> None:
    """Every saved view and staff-only sort, first and next page, as the service runs them
    on 100,000 requests: each query on ``requests`` seeks an index in order — no sort of
    the requests, no scan of the table — on both backends."""
    svc = make_service(response_time=timedelta(hours=8))
    assert svc.state is not None
    staff = new_account(svc, role="staff", name="zed")
    crew = [new_account(svc, role="staff", name=f"m{n}", signin=False).user_id for n in range(5)]
    owner = new_account(svc, signin=False).user_id
    start = datetime.now(UTC) - timedelta(days=400)
    statuses = ("new", "open", "waiting_for_customer", "resolved", "closed")
    rows = []
    for i in range(100_000):
        at = start + timedelta(minutes=5 * i)
        status = statuses[i % 5]
        who = [None, staff.user_id, *crew][(i // 1000) % 7]
        rows.append(
            {
                "number": f"TS-{i:09d}",
                "kind": "support",
                "type": "general",
                "owner_id": owner,
                "status": status,
                "priority": ("low", "normal", "normal", "high")[i % 4],
                "assignee_id": who,
                "description": f"request {i}",
                "email": "x@example.com",
                "created_at": at,
                "updated_at": at,
                "customer_active_at": at,
                "awaiting_since": at if status in ("new", "open") else None,
            }
        )
    with svc.state.db.write() as db:
        for chunk in range(0, len(rows), 5_000):
            db.execute(insert(SupportRequest), rows[chunk : chunk + 5_000])
    engine = svc.state.db.engines[0]
    with engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()

    ran: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "FROM requests" in statement and statement.lstrip().startswith(("SELECT", "WITH")):
            ran.append((statement, parameters))

    for eng in svc.state.db.engines:
        event.listen(eng, "before_cursor_execute", note)
    try:
        for shape in SHAPES:
            ran.clear()
            first = staff.get("/staff/requests", params={**shape, "limit": 20})
            assert first.status_code == 200, first.text
            cursor = first.json()["next_cursor"]
            assert cursor is not None and len(first.json()["items"]) == 20, shape
            r = staff.get("/staff/requests", params={**shape, "limit": 20, "cursor": cursor})
            assert r.status_code == 200 and len(r.json()["items"]) == 20, shape
            assert ran, shape
            for statement, parameters in ran:
                with engine.connect() as conn:
                    if svc.state.db.is_sqlite:
                        plan = " | ".join(
                            str(row[-1])
                            for row in conn.exec_driver_sql(
                                f"EXPLAIN QUERY PLAN {statement}", parameters
                            )
                        )
                        if "WITH RECURSIVE" not in statement:  # that sorts the few assignees
                            assert "TEMP B-TREE" not in plan, (shape, plan)
                        assert not re.search(r"SCAN requests(?! USING)", plan), (shape, plan)
                    else:
                        plan = "\n".join(
                            row[0]
                            for row in conn.exec_driver_sql(f"EXPLAIN {statement}", parameters)
                        )
                        assert "Seq Scan on requests" not in plan, (shape, plan)
                        sorts_requests = re.search(r"Sort Key: [^\n]*requests\.", plan)
                        assert not sorts_requests, (shape, plan)
    finally:
        for eng in svc.state.db.engines:
            event.remove(eng, "before_cursor_execute", note)
