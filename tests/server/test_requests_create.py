"""Filing support and Virus Lab requests (W1–W8, V1–V4): every path of creation."""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from tests.server.conftest import ServiceFactory, new_account, unique_email
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox, body_of
from tests.support.support_requests import (
    encrypted_zip,
    file_support,
    make_product,
    plain_zip,
    solved_captcha,
    support_body,
    upload,
)

TS_NUMBER = re.compile(r"^TS-\d{7}$")
VL_NUMBER = re.compile(r"^VL-\d{7}$")


@pytest.fixture
def product(service: LiveService) -> int:
    return make_product(service)


def test_signed_in_request_gets_number_and_confirmation_mail(
    service: LiveService, staff: Caller, customer: Caller, product: int, mailbox: Mailbox
) -> None:
    created = file_support(customer, product)
    assert TS_NUMBER.match(created["number"])
    assert created["status"] == "new" and created["kind"] == "support"
    assert created["product"] == {"id": product, "name": "Demo Anti-Virus"}
    # No e-mail in the body: the account's address is used.
    mail = mailbox.wait_for(customer.email, subject=created["number"])
    assert created["number"] in body_of(mail)
    assert "My requests" in body_of(mail)

    detail = customer.get(f"/requests/{created['id']}").json()
    assert detail["email"] == customer.email
    assert detail["country"] == "DE" and detail["product_version"] == "21.3.10.391"
    assert detail["history"] == [
        {"from_status": None, "to_status": "new", "at": detail["created_at"]}
    ]
    assert "priority" not in detail and "trail" not in detail
    # The trail is kept exactly as sent, for staff.
    staff_view = staff.get(f"/staff/requests/{created['id']}").json()
    assert staff_view["trail"] == support_body(product)["trail"]
    assert staff_view["priority"] == "normal" and staff_view["owner"]["id"] == customer.user_id


def test_confirmation_goes_to_the_address_given(
    customer: Caller, product: int, mailbox: Mailbox
) -> None:
    address = unique_email("contact")
    created = file_support(customer, product, email=address)
    mail = mailbox.wait_for(address, subject=created["number"])
    assert created["number"] in body_of(mail)


def test_numbers_are_distinct(customer: Caller, product: int) -> None:
    numbers = {file_support(customer, product)["number"] for _ in range(3)}
    assert len(numbers) == 3


def test_anonymous_skippable_type_with_captcha(
    service: LiveService, staff: Caller, anon: Caller, product: int, mailbox: Mailbox
) -> None:
    address = unique_email("anon")
    captcha_id, answer = solved_captcha(service)
    created = file_support(
        anon,
        product,
        type="license",
        email=address,
        captcha_id=captcha_id,
        captcha_answer=answer.lower(),
    )
    assert TS_NUMBER.match(created["number"])
    mail = mailbox.wait_for(address, subject=created["number"])
    assert "write to you at this address" in body_of(mail)
    staff_view = staff.get(f"/staff/requests/{created['id']}").json()
    assert staff_view["priority"] == "low" and staff_view["owner"] is None
    # An anonymous caller cannot read requests back: they follow by mail.
    assert anon.get(f"/requests/{created['id']}").status_code == 401


@pytest.mark.parametrize("rtype", ["suggestion", "license", "presale"])
def test_every_skippable_type_is_allowed_anonymously(
    service: LiveService, anon: Caller, product: int, rtype: str
) -> None:
    captcha_id, answer = solved_captcha(service)
    file_support(
        anon,
        product,
        type=rtype,
        email=unique_email("anon"),
        captcha_id=captcha_id,
        captcha_answer=answer,
    )


@pytest.mark.parametrize("rtype", ["updates", "disinfection", "application", "setup", "general"])
def test_anonymous_non_skippable_type_is_refused(
    service: LiveService, anon: Caller, product: int, rtype: str
) -> None:
    captcha_id, answer = solved_captcha(service)
    body = support_body(
        product, type=rtype, email=unique_email(), captcha_id=captcha_id, captcha_answer=answer
    )
    r = anon.post("/requests/support", json=body)
    assert r.status_code == 401 and r.json()["code"] == "sign_in_required"


def test_anonymous_without_or_with_wrong_captcha(
    service: LiveService, anon: Caller, product: int
) -> None:
    base = support_body(product, type="presale", email=unique_email("anon"))
    r = anon.post("/requests/support", json=base)
    assert r.status_code == 422 and r.json()["code"] == "captcha_invalid"
    assert "captcha_answer" in r.json()["errors"]

    captcha_id, answer = solved_captcha(service)
    r = anon.post(
        "/requests/support", json={**base, "captcha_id": captcha_id, "captcha_answer": "WRONG"}
    )
    assert r.status_code == 422 and r.json()["code"] == "captcha_invalid"
    # The wrong guess spent the picture: the right answer no longer passes either.
    r = anon.post(
        "/requests/support", json={**base, "captcha_id": captcha_id, "captcha_answer": answer}
    )
    assert r.status_code == 422 and r.json()["code"] == "captcha_invalid"
    # A correct answer is single-use.
    captcha_id, answer = solved_captcha(service)
    good = {**base, "captcha_id": captcha_id, "captcha_answer": answer}
    assert anon.post("/requests/support", json=good).status_code == 201
    r = anon.post("/requests/support", json=good)
    assert r.status_code == 422 and r.json()["code"] == "captcha_invalid"


def test_a_field_error_does_not_spend_the_captcha(
    service: LiveService, anon: Caller, product: int
) -> None:
    captcha_id, answer = solved_captcha(service)
    body = support_body(
        product,
        type="presale",
        email=unique_email("anon"),
        captcha_id=captcha_id,
        captcha_answer=answer,
    )
    r = anon.post("/requests/support", json={**body, "country": "QQ"})
    assert r.status_code == 422 and "country" in r.json()["errors"]
    assert anon.post("/requests/support", json=body).status_code == 201


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"type": "no-such-type"}, "type"),
        ({"description": "   "}, "description"),
        ({"email": "not-an-address"}, "email"),
        ({"country": ""}, "country"),
        ({"country": "QQ"}, "country"),
        ({"country": "Germany"}, "country"),
        ({"product_version": "latest"}, "product_version"),
        ({"product_version": "21"}, "product_version"),
        ({"trail": ["not", "an", "object"]}, "trail"),
        ({"trail": {"steps": "x" * (256 * 1024 + 1)}}, "trail"),
        ({"attachment_ids": "1"}, "attachment_ids"),
        ({"attachment_ids": [2**40]}, "attachment_ids"),
        ({"description": "nul \x00 byte"}, "description"),
        ({"trail": {"progress": float("nan")}}, "trail"),
    ],
)
def test_field_rules(
    customer: Caller, product: int, changes: dict[str, object], field: str
) -> None:
    # Sent as raw JSON text: Python's encoder writes NaN, as some clients do.
    r = customer.post(
        "/requests/support",
        data=json.dumps(support_body(product, **changes)),
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["code"] == "validation_error"
    assert any(key.startswith(field) for key in body["errors"]), body


def test_unknown_product_is_refused(customer: Caller) -> None:
    r = customer.post("/requests/support", json=support_body(10**9))
    assert r.status_code == 422 and "product_id" in r.json()["errors"]


def test_version_is_optional(customer: Caller, product: int) -> None:
    created = file_support(customer, product, product_version="")
    assert customer.get(f"/requests/{created['id']}").json()["product_version"] == ""


@pytest.mark.parametrize(
    "field",
    [
        {"status": "resolved"},
        {"priority": "high"},
        {"owner_id": 1},
        {"sender": "staff"},
        {"internal": True},
        {"assignee_id": 1},
    ],
)
def test_customers_cannot_set_service_fields(
    customer: Caller, product: int, field: dict[str, object]
) -> None:
    r = customer.post("/requests/support", json={**support_body(product), **field})
    assert r.status_code == 422
    assert next(iter(field)) in r.json()["errors"]


def test_attachments_and_report_are_linked(
    service: LiveService, customer: Caller, other_customer: Caller, product: int
) -> None:
    log = upload(customer, filename="setup.log")
    report = upload(customer, filename="report.zip")
    created = file_support(customer, product, attachment_ids=[log], sysinfo_attachment_id=report)
    detail = customer.get(f"/requests/{created['id']}").json()
    assert detail["sysinfo_attachment_id"] == report
    files = {a["id"]: a for a in detail["attachments"]}
    assert set(files) == {log, report}
    assert files[report]["purpose"] == "sysinfo" and files[log]["filename"] == "setup.log"

    # Someone else's file, or one already linked, is "not found".
    theirs = upload(other_customer)
    for ids in ([theirs], [log]):
        r = customer.post("/requests/support", json=support_body(product, attachment_ids=ids))
        assert r.status_code == 404 and r.json()["code"] == "attachment_not_found"


def test_anonymous_attachments_belong_to_their_token(
    service: LiveService, staff: Caller, anon: Caller, product: int
) -> None:
    token = uuid.uuid4().hex
    mine = upload(anon, anon_token=token)
    theirs = upload(anon, anon_token=uuid.uuid4().hex)
    for ids, expected in (([theirs], 404), ([mine], 201)):
        captcha_id, answer = solved_captcha(service)
        body = support_body(
            product,
            type="suggestion",
            email=unique_email("anon"),
            captcha_id=captcha_id,
            captcha_answer=answer,
            attachment_ids=ids,
        )
        r = anon.post("/requests/support", json=body, headers={"X-Anonymous-Token": token})
        assert r.status_code == expected, r.text
    staff_view = staff.get(f"/staff/requests/{r.json()['id']}").json()
    assert [a["id"] for a in staff_view["attachments"]] == [mine]


# -- Virus Lab ------------------------------------------------------------------------------


def _viruslab_body(product: int, archives: list[int], **changes: object) -> dict[str, object]:
    body: dict[str, object] = {
        "type": "malware",
        "description": "Found in Downloads; the product says nothing.",
        "product_id": product,
        "last_db_update": (datetime.now(UTC).date() - timedelta(days=1)).isoformat(),
        "email": "",
        "sample_attachment_ids": archives,
    }
    body.update(changes)
    return body


def test_viruslab_request_with_encrypted_sample(
    service: LiveService, customer: Caller, product: int, mailbox: Mailbox
) -> None:
    sample = upload(customer, content=encrypted_zip(), filename="s.zip")
    r = customer.post("/requests/viruslab", json=_viruslab_body(product, [sample]))
    assert r.status_code == 201, r.text
    created = r.json()
    assert VL_NUMBER.match(created["number"])
    assert created["kind"] == "viruslab" and created["status"] == "received"
    mail = mailbox.wait_for(customer.email, subject=created["number"])
    assert "Virus Lab" in body_of(mail)
    detail = customer.get(f"/requests/{created['id']}").json()
    assert [(a["id"], a["purpose"]) for a in detail["attachments"]] == [(sample, "sample")]
    assert detail["last_db_update"] == _viruslab_body(product, [])["last_db_update"]


@pytest.mark.parametrize(
    "content",
    [plain_zip(), b"MZ\x90\x00 a bare program", encrypted_zip()[:40]],
    ids=["zip", "exe", "truncated"],
)
def test_viruslab_refuses_samples_not_in_an_encrypted_zip(
    service: LiveService, customer: Caller, product: int, content: bytes
) -> None:
    good = upload(customer, content=encrypted_zip(), filename="ok.zip")
    bad = upload(customer, content=content, filename="bad.bin")
    r = customer.post("/requests/viruslab", json=_viruslab_body(product, [good, bad]))
    assert r.status_code == 422 and r.json()["code"] == "sample_not_encrypted"
    assert "bad.bin" in r.json()["detail"]
    # Nothing was kept: the good sample is still free to use.
    r = customer.post("/requests/viruslab", json=_viruslab_body(product, [good]))
    assert r.status_code == 201


def test_viruslab_anonymous_with_captcha_has_low_priority(
    service: LiveService, staff: Caller, anon: Caller, product: int, mailbox: Mailbox
) -> None:
    token = uuid.uuid4().hex
    sample = upload(anon, anon_token=token, content=encrypted_zip(), filename="s.zip")
    address = unique_email("anon")
    body = _viruslab_body(
        product, [sample], type="false_positive", email=address, detection_name="Trojan.Demo"
    )
    r = anon.post("/requests/viruslab", json=body, headers={"X-Anonymous-Token": token})
    assert r.status_code == 422 and r.json()["code"] == "captcha_invalid"

    captcha_id, answer = solved_captcha(service)
    body.update(captcha_id=captcha_id, captcha_answer=answer)
    r = anon.post("/requests/viruslab", json=body, headers={"X-Anonymous-Token": token})
    assert r.status_code == 201, r.text
    mailbox.wait_for(address, subject=r.json()["number"])
    staff_view = staff.get(f"/staff/requests/{r.json()['id']}").json()
    assert staff_view["priority"] == "low" and staff_view["status"] == "received"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"type": "application"}, "type"),
        ({"description": ""}, "description"),
        ({"sample_attachment_ids": []}, "sample_attachment_ids"),
        ({"last_db_update": "yesterday"}, "last_db_update"),
        ({"last_db_update": "2999-01-01"}, "last_db_update"),
        ({"email": "nobody"}, "email"),
        ({"status": "verdict_clean"}, "status"),
        ({"type": "false_positive"}, "detection_name"),
        ({"type": "false_positive", "detection_name": "  "}, "detection_name"),
        ({"samples": [{"name": "a", "size": 1, "sha256": "xyz"}]}, "samples"),
    ],
)
def test_viruslab_field_rules(
    service: LiveService, customer: Caller, product: int, changes: dict[str, object], field: str
) -> None:
    sample = upload(customer, content=encrypted_zip())
    r = customer.post("/requests/viruslab", json=_viruslab_body(product, [sample], **changes))
    assert r.status_code == 422, r.text
    assert any(key.startswith(field) for key in r.json()["errors"]), r.json()


SAMPLE_ENTRY = {
    "name": "sample.exe",
    "size": len(b"MZ not really a program"),
    "sha256": hashlib.sha256(b"MZ not really a program").hexdigest(),
}


def test_viruslab_keeps_the_samples_listing_and_the_detection_name(
    service: LiveService, customer: Caller, product: int
) -> None:
    sample = upload(customer, content=encrypted_zip(), filename="s.zip")
    body = _viruslab_body(
        product,
        [sample],
        type="false_positive",
        detection_name="  Trojan.Win32.Demo ",
        samples=[SAMPLE_ENTRY],
    )
    r = customer.post("/requests/viruslab", json=body)
    assert r.status_code == 201, r.text
    detail = customer.get(f"/requests/{r.json()['id']}").json()
    assert detail["detection_name"] == "Trojan.Win32.Demo"
    assert detail["samples"] == [SAMPLE_ENTRY]


@pytest.mark.parametrize(
    ("entry", "code"),
    [
        ({**SAMPLE_ENTRY, "name": "other.exe"}, "sample_mismatch"),
        ({**SAMPLE_ENTRY, "size": 3}, "sample_mismatch"),
    ],
    ids=["name", "size"],
)
def test_viruslab_refuses_a_listing_the_archive_does_not_hold(
    service: LiveService, customer: Caller, product: int, entry: dict[str, object], code: str
) -> None:
    sample = upload(customer, content=encrypted_zip(), filename="s.zip")
    r = customer.post("/requests/viruslab", json=_viruslab_body(product, [sample], samples=[entry]))
    assert r.status_code == 422 and r.json()["code"] == code, r.text
    assert "samples" in r.json()["errors"]


def test_the_catalog_gives_the_sample_rules(service: LiveService, anon: Caller) -> None:
    rules = anon.get("/catalog").json()["samples"]
    assert rules == {"sample_limit": 256 * 1024 * 1024, "archive_password": "infected"}


def test_a_slow_mail_server_does_not_hold_the_answer(make_service: ServiceFactory) -> None:
    """The confirmation goes out after the answer: a mail server that takes its time (here
    it holds the SMTP transaction until told) keeps neither the filer nor the next filer
    waiting, and the mails arrive once it takes them."""
    box = Mailbox()
    box.start()
    try:
        svc = make_service(mail_url=box.url)
        product = make_product(svc)
        customer = new_account(svc)
        box.hold.clear()
        first = file_support(customer, product)
        second = file_support(customer, product)  # not queued behind the first's mail
        assert box.all_for(customer.email) == []
        box.hold.set()
        for created in (first, second):
            mail = box.wait_for(customer.email, subject=created["number"])
            assert created["number"] in body_of(mail)
    finally:
        box.hold.set()
        box.stop()
