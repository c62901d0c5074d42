"""My requests (R1, R5): cursor paging, filters, text search, and the index that keeps the
list fast with 100,000 requests in the database."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import insert, text

from server.db.models import SupportRequest
from server.services.pagination import encode
from server.services.support_requests import my_requests_query
from tests.server.conftest import ServiceFactory, new_account
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.support_requests import (
    encrypted_zip,
    file_support,
    make_product,
    upload,
)


@pytest.fixture
def product(service: LiveService) -> int:
    return make_product(service)


def _all_pages(caller: Caller, limit: int, **params: Any) -> list[list[dict[str, Any]]]:
    pages, cursor = [], None
    while True:
        query = {"limit": limit, **params, **({"cursor": cursor} if cursor else {})}
        r = caller.get("/requests", params=query)
        assert r.status_code == 200, r.text
        pages.append(r.json()["items"])
        cursor = r.json()["next_cursor"]
        if cursor is None:
            return pages


def test_paging_walks_every_request_once_newest_first(
    customer: Caller, other_customer: Caller, product: int
) -> None:
    file_support(other_customer, product)
    made = [file_support(customer, product) for _ in range(5)]
    pages = _all_pages(customer, 2)
    assert [len(p) for p in pages] == [2, 2, 1]
    ids = [item["id"] for page in pages for item in page]
    assert ids == [m["id"] for m in reversed(made)]
    first = pages[0][0]
    assert set(first) == {
        "id",
        "number",
        "kind",
        "type",
        "product",
        "status",
        "created_at",
        "updated_at",
        "unread",
        "has_attachments",
    }
    assert first["product"] == {"id": product, "name": "Demo Anti-Virus"}


def test_activity_moves_a_request_to_the_top(customer: Caller, product: int) -> None:
    old, _new = file_support(customer, product), file_support(customer, product)
    assert customer.post(f"/requests/{old['id']}/messages", json={"body": "Any news?"}).ok
    items = customer.get("/requests").json()["items"]
    assert items[0]["id"] == old["id"]
    assert items[0]["updated_at"] > old["updated_at"]


def test_a_cursor_survives_updates_between_pages(customer: Caller, product: int) -> None:
    made = [file_support(customer, product) for _ in range(4)]
    r = customer.get("/requests", params={"limit": 2}).json()
    assert [i["id"] for i in r["items"]] == [made[3]["id"], made[2]["id"]]
    # The oldest one gets a reply meanwhile: it leaves the unread part of the list.
    customer.post(f"/requests/{made[0]['id']}/messages", json={"body": "Still broken."})
    rest = customer.get("/requests", params={"limit": 2, "cursor": r["next_cursor"]}).json()
    assert [i["id"] for i in rest["items"]] == [made[1]["id"]]


def test_filters(service: LiveService, customer: Caller, product: int) -> None:
    support = file_support(customer, product, type="license")
    other_type = file_support(customer, product, type="setup")
    sample = upload(customer, content=encrypted_zip())
    lab = customer.post(
        "/requests/viruslab",
        json={
            "type": "malware",
            "description": "odd file",
            "product_id": product,
            "sample_attachment_ids": [sample],
        },
    ).json()
    customer.post(f"/requests/{other_type['id']}/close")

    def ids(**params: Any) -> list[int]:
        return [i["id"] for page in _all_pages(customer, 50, **params) for i in page]

    assert ids(kind="viruslab") == [lab["id"]]
    assert ids(type="license") == [support["id"]]
    assert ids(type=["license", "setup"]) == [other_type["id"], support["id"]]
    assert ids(status="closed") == [other_type["id"]]
    assert ids(status="received", kind="viruslab") == [lab["id"]]
    assert ids(status="new", kind="viruslab") == []


def test_search_by_number_and_words(customer: Caller, other_customer: Caller, product: int) -> None:
    word = uuid.uuid4().hex[:8]
    match = file_support(customer, product, description=f"Crash with code {word.upper()} 100%")
    file_support(other_customer, product, description=f"Also {word}")
    file_support(customer, product)

    def ids(q: str) -> list[int]:
        return [i["id"] for i in customer.get("/requests", params={"q": q}).json()["items"]]

    assert ids(word) == [match["id"]]  # any case; never another account's request
    assert ids(match["number"]) == [match["id"]]
    assert ids(match["number"].lower().replace("-", "")) == [match["id"]]
    # LIKE wildcards are searched for literally.
    assert ids(f"{word} 100%") == [match["id"]]
    assert match["id"] not in ids("_")
    assert match["id"] not in ids("%%nothing%%")


@pytest.mark.parametrize(
    "params",
    [
        {"cursor": "not-a-cursor"},
        {"cursor": "eyJ4IjoxfQ"},
        {"cursor": encode(datetime.now(UTC), 2**70)},
        {"limit": 0},
        {"limit": 1000},
        {"q": "nul\x00"},
        {"status": ["new", "\x00"]},
    ],
)
def test_bad_paging_parameters(customer: Caller, params: dict[str, Any]) -> None:
    r = customer.get("/requests", params=params)
    assert r.status_code == 422
    assert r.json()["code"] in {"invalid_cursor", "validation_error"}


def test_listing_needs_a_sign_in(anon: Caller) -> None:
    assert anon.get("/requests").status_code == 401


def test_ids_out_of_range_are_invalid_not_missing(customer: Caller) -> None:
    for path in ("/requests/0", f"/requests/{2**31}", f"/requests/{2**70}/messages"):
        assert customer.get(path).status_code == 422


def test_the_list_seeks_its_index_with_100k_requests(make_service: ServiceFactory) -> None:
    """R1 must stay fast with 100,000 requests: the page query seeks
    ix_requests_owner_updated in order (no full scan, no sort) on both backends."""
    svc = make_service()
    assert svc.state is not None
    customers = [new_account(svc, signin=False).user_id for _ in range(4)]
    me = new_account(svc)
    start = datetime.now(UTC) - timedelta(days=400)
    rows = [
        {
            "number": f"TS-{i:09d}",
            "kind": "support",
            "type": "general",
            "owner_id": me.user_id if i % 50 == 0 else customers[i % 4],
            "status": "new",
            "priority": "normal",
            "description": f"request {i}",
            "email": "x@example.com",
            "created_at": start + timedelta(minutes=i),
            "updated_at": start + timedelta(minutes=i),
        }
        for i in range(100_000)
    ]
    with svc.state.db.write() as db:
        for chunk in range(0, len(rows), 5_000):
            db.execute(insert(SupportRequest), rows[chunk : chunk + 5_000])
    engine = svc.state.db.engines[0]
    sqlite = svc.state.db.is_sqlite
    with engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()

    pages = _all_pages(me, 100)
    assert sum(len(p) for p in pages) == 2_000
    # The page query as the service runs it, after the first page.
    last = pages[0][-1]
    stmt = (
        my_requests_query(user_id=me.user_id)
        .where(
            SupportRequest.updated_at <= datetime.fromisoformat(last["updated_at"]),
        )
        .order_by(SupportRequest.updated_at.desc(), SupportRequest.id.desc())
        .limit(21)
    )
    compiled = stmt.compile(engine, compile_kwargs={"literal_binds": True})
    with engine.connect() as conn:
        if sqlite:
            plan = " ".join(
                str(row[-1]) for row in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))
            )
            assert "ix_requests_owner_updated" in plan, plan
            assert "TEMP B-TREE" not in plan, plan
        else:
            plan = "\n".join(row[0] for row in conn.execute(text(f"EXPLAIN {compiled}")))
            assert "ix_requests_owner_updated" in plan, plan
            assert "Sort" not in plan, plan


def test_every_sort_pages_each_request_once_in_order(
    service: LiveService, customer: Caller, other_customer: Caller
) -> None:
    """Each column in both directions, two per page: the pages together are the whole list
    in that order, ties (same status, type, product, even time) broken by id the same way."""
    alpha, beta = make_product(service, "alpha shield"), make_product(service, "beta guard")
    file_support(other_customer, alpha)
    made = [
        file_support(customer, product, type=rtype)
        for product, rtype in (
            (beta, "license"),
            (alpha, "setup"),
            (beta, "setup"),
            (alpha, "license"),
            (alpha, "setup"),
        )
    ]
    customer.post(f"/requests/{made[1]['id']}/close")
    customer.post(f"/requests/{made[3]['id']}/close")
    everything = {i["id"]: i for page in _all_pages(customer, 50) for i in page}
    assert set(everything) == {m["id"] for m in made}
    value = {
        "updated": lambda i: datetime.fromisoformat(i["updated_at"]),
        "created": lambda i: datetime.fromisoformat(i["created_at"]),
        "number": lambda i: i["number"],
        "status": lambda i: i["status"],
        "type": lambda i: i["type"],
        "product": lambda i: i["product"]["name"],
    }
    for column, of in value.items():
        for descending in (False, True):
            sort = ("-" if descending else "") + column
            pages = _all_pages(customer, 2, sort=sort)
            got = [i["id"] for page in pages for i in page]
            want = sorted(everything, key=lambda n: (of(everything[n]), n), reverse=descending)
            assert got == want, sort
            assert [len(p) for p in pages] == [2, 2, 1], sort


def test_a_cursor_is_only_good_for_its_own_sort(customer: Caller, product: int) -> None:
    for _ in range(3):
        file_support(customer, product)
    first = customer.get("/requests", params={"limit": 1, "sort": "number"}).json()
    assert customer.get(
        "/requests", params={"limit": 1, "sort": "number", "cursor": first["next_cursor"]}
    ).ok
    for other in ("-number", "status", None):
        params = {"limit": 1, "cursor": first["next_cursor"], **({"sort": other} if other else {})}
        r = customer.get("/requests", params=params)
        assert r.status_code == 400, other
        assert r.json()["code"] == "cursor_sort_mismatch"
    # A time cursor read as another time sort is refused too, not mis-seeked.
    newest = customer.get("/requests", params={"limit": 1}).json()
    r = customer.get("/requests", params={"sort": "-created", "cursor": newest["next_cursor"]})
    assert r.status_code == 400


@pytest.mark.parametrize("sort", ["priority", "--updated", "Updated", "", "owner_id"])
def test_only_the_list_columns_sort(customer: Caller, sort: str) -> None:
    r = customer.get("/requests", params={"sort": sort})
    assert r.status_code == 422
    assert r.json()["code"] == "validation_error"
