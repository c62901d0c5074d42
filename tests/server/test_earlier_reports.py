"""The staff detail names the same customer's previous request with a GetSystemInfo report
(H4): by account, or by e-mail address for requests without one — never another customer's,
never a later one."""

from __future__ import annotations

import uuid
from typing import Any

from tests.server.conftest import unique_email
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.support_requests import (
    file_support,
    make_product,
    solved_captcha,
    support_body,
)


def _report(who: Caller, token: str | None = None) -> int:
    headers = {"X-Anonymous-Token": token} if token else {}
    r = who.post(
        "/attachments",
        files={"file": ("report.zip", b"PK\x05\x06" + bytes(18), "application/zip")},
        data={"purpose": "sysinfo"},
        headers=headers,
    )
    assert r.status_code == 201, r.text
    report: int = r.json()["id"]
    return report


def _anonymous(service: LiveService, anon: Caller, product: int, email: str) -> dict[str, Any]:
    token = uuid.uuid4().hex
    captcha_id, answer = solved_captcha(service)
    body = support_body(
        product,
        type="suggestion",
        email=email,
        captcha_id=captcha_id,
        captcha_answer=answer,
        sysinfo_attachment_id=_report(anon, token),
    )
    r = anon.post("/requests/support", json=body, headers={"X-Anonymous-Token": token})
    assert r.status_code == 201, r.text
    filed: dict[str, Any] = r.json()
    return filed


def _earlier(staff: Caller, filed: dict[str, Any]) -> Any:
    r = staff.get(f"/staff/requests/{filed['id']}")
    assert r.status_code == 200, r.text
    return r.json()["earlier_report"]


def test_the_same_customers_previous_report(
    service: LiveService, customer: Caller, other_customer: Caller, staff: Caller, anon: Caller
) -> None:
    product = make_product(service)
    first = file_support(customer, product, sysinfo_attachment_id=_report(customer))
    file_support(customer, product)  # no report
    file_support(other_customer, product, sysinfo_attachment_id=_report(other_customer))
    second = file_support(customer, product, sysinfo_attachment_id=_report(customer))

    earlier = _earlier(staff, second)
    assert earlier["number"] == first["number"] and earlier["request_id"] == first["id"]
    assert _earlier(staff, first) is None  # nothing before the first
    assert customer.get(f"/requests/{second['id']}").json().get("earlier_report") is None

    email = unique_email("anon")
    before = _anonymous(service, anon, product, email)
    after = _anonymous(service, anon, product, email.upper())
    assert _earlier(staff, after)["number"] == before["number"]
    assert _earlier(staff, _anonymous(service, anon, product, unique_email("x"))) is None
