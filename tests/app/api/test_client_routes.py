"""The typed client against the real service: each route group, through the client only."""

from __future__ import annotations

import re

import pyotp
import pytest

from app.api import errors
from app.api.client import ApiClient
from app.core import validators
from tests.app.conftest import PASSWORD, Account, issue_code, new_account, unique_email
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox, body_of, code_in, links_in


def test_health_and_catalog(client: ApiClient) -> None:
    assert client.health()["status"] == "ok"
    whole = client.catalog()
    assert whole["vendor_name"]
    assert {p["slug"] for p in whole["products"]} >= {"internet-security", "endpoint-security"}
    types = client.request_types()
    assert [t["code"] for t in types["support"]][:2] == ["updates", "disinfection"]
    assert {t["code"] for t in types["viruslab"]} == {"malware", "false_positive"}
    assert types["content_warning"]
    assert client.products() == whole["products"]
    countries = {c["code"]: c["name"] for c in client.countries("de")}
    assert countries["DE"] == "Deutschland"


def test_register_activate_from_the_mail_then_profile(
    client: ApiClient, service: LiveService, mailbox: Mailbox
) -> None:
    captcha = client.new_captcha()
    assert captcha.png.startswith(b"\x89PNG")
    email = unique_email("reg")
    said = client.register(
        email=email,
        password=PASSWORD,
        password_confirm=PASSWORD,
        captcha_id=captcha.id,
        captcha_answer=service.captchas[captcha.id],
    )
    assert "mail" in said
    mail = mailbox.wait_for(email, subject="Activate")
    link = next(u for u in links_in(mail) if "/activate?token=" in u)
    client.activate(validators.mailed_token(link))
    me = client.me()
    assert me["email"] == email and me["customer_type"] == "home"
    assert len(me["customer_id"]) == 10
    changed = client.update_me({"name": "Ada", "country": "PL", "news_subscribed": True})
    assert (changed["name"], changed["country"], changed["news_subscribed"]) == ("Ada", "PL", True)
    client.signout()
    assert not client.signed_in
    with pytest.raises(errors.Unauthorized):
        client.me()
    # The Customer ID signs in as well as the address.
    client.signin(me["customer_id"].lower(), PASSWORD)
    assert client.me()["email"] == email


def test_not_activated_is_forbidden_and_resend_works(
    client: ApiClient, service: LiveService, mailbox: Mailbox
) -> None:
    captcha = client.new_captcha()
    email = unique_email("late")
    client.register(
        email=email,
        password=PASSWORD,
        password_confirm=PASSWORD,
        captcha_id=captcha.id,
        captcha_answer=service.captchas[captcha.id],
    )
    with pytest.raises(errors.Forbidden) as caught:
        client.signin(email, PASSWORD)
    assert caught.value.code == "not_activated"
    assert client.resend_activation(email)
    mail = mailbox.wait_for(email, subject="Activate", count=2)
    pasted = re.search(r"code into the application:\s+(\S+)", body_of(mail))
    assert pasted is not None
    client.activate(validators.mailed_token(pasted.group(1)))
    assert client.me()["email"] == email


def test_password_reset_and_forgotten_customer_id(
    client: ApiClient, account: Account, mailbox: Mailbox
) -> None:
    assert client.forgot_customer_id(account.email)
    reminder = mailbox.wait_for(account.email, subject="Customer ID")
    assert account.customer_id in body_of(reminder)
    client.request_password_reset(account.customer_id)
    mail = mailbox.wait_for(account.email, subject="Reset")
    token = validators.mailed_token(next(u for u in links_in(mail) if "/reset?" in u))
    client.confirm_password_reset(token, "New-Harbor-77q", "New-Harbor-77q")
    with pytest.raises(errors.Unauthorized):
        client.signin(account.email, account.password)
    client.signin(account.email, "New-Harbor-77q")


def test_change_password_and_email(
    signed_in: ApiClient, account: Account, mailbox: Mailbox
) -> None:
    with pytest.raises(errors.ValidationFailed) as caught:
        signed_in.change_password(account.password, "short", "short")
    assert "new_password" in caught.value.field_errors
    signed_in.change_password(account.password, "Other-Harbor-55z", "Other-Harbor-55z")
    new_email = unique_email("moved")
    assert signed_in.change_email(new_email, "Other-Harbor-55z")
    assert signed_in.me()["pending_email"] == new_email
    mail = mailbox.wait_for(new_email, subject="Confirm")
    signed_in.confirm_email(validators.mailed_token(links_in(mail)[0]))
    assert signed_in.me()["email"] == new_email


def test_totp_enrol_then_second_factor_sign_in(signed_in: ApiClient, account: Account) -> None:
    enrol = signed_in.totp_enrol()
    assert enrol["otpauth_uri"].startswith("otpauth://totp/")
    totp = pyotp.TOTP(enrol["secret"])
    signed_in.totp_confirm(totp.now())
    signed_in.signout()
    with pytest.raises(errors.SecondFactorRequired) as caught:
        signed_in.signin(account.email, account.password)
    assert caught.value.method == "totp" and caught.value.ticket
    signed_in.signin_second_factor(caught.value.ticket, totp.now())
    assert signed_in.me()["totp_enabled"] is True
    signed_in.totp_disable(account.password, totp.now())
    assert signed_in.me()["totp_enabled"] is False


def test_email_code_second_factor(signed_in: ApiClient, account: Account, mailbox: Mailbox) -> None:
    signed_in.set_email_otp(True, account.password)
    signed_in.signout()
    with pytest.raises(errors.SecondFactorRequired) as caught:
        signed_in.signin(account.email, account.password)
    assert caught.value.method == "email"
    code = code_in(mailbox.wait_for(account.email, subject="code"))
    signed_in.signin_second_factor(caught.value.ticket, code)
    assert signed_in.me()["email_otp_enabled"] is True


def test_licenses_devices_and_key_file(
    signed_in: ApiClient, service: LiveService, mailbox: Mailbox, account: Account
) -> None:
    code = issue_code(service, seats=2)
    added = signed_in.add_license(code.lower().replace("-", " "))
    assert added["status"] == "active" and added["seats_total"] == 2
    assert [lic["id"] for lic in signed_in.licenses()] == [added["id"]]
    device = signed_in.activate_device(added["id"], "Laptop", "Linux")
    assert [d["name"] for d in signed_in.devices(added["id"])] == ["Laptop"]
    seen = signed_in.device_seen(added["id"], device["id"])
    assert seen["id"] == device["id"] and seen["last_seen_at"]
    signed_in.deactivate_device(added["id"], device["id"])
    assert signed_in.devices(added["id"]) == []
    key = signed_in.key_file(added["id"])
    assert key.filename and b"signature" in key.content
    assert signed_in.email_key_file(added["id"]) == account.email
    mailbox.wait_for(account.email, subject="key")
    with pytest.raises(errors.ValidationFailed) as caught:
        signed_in.remove_license(added["id"], i_agree=False)
    assert caught.value.code == "confirmation_required"
    signed_in.remove_license(added["id"], i_agree=True)
    assert signed_in.licenses() == []


def test_requests_conversation_and_paging(signed_in: ApiClient, account: Account) -> None:
    product = signed_in.products()[0]
    base = {
        "type": "general",
        "product_id": product["id"],
        "product_version": product["versions"][0],
        "os": "Linux",
        "email": account.email,
        "country": "DE",
        "attachment_ids": [],
    }
    first = signed_in.create_support_request({**base, "description": "first"})
    assert first["number"].startswith("TS-")
    numbers = [first["number"]]
    for n in range(2):
        numbers.append(
            signed_in.create_support_request({**base, "description": f"more {n}"})["number"]
        )
    page = signed_in.list_requests(limit=2)
    assert len(page.items) == 2 and page.next_cursor
    rest = signed_in.list_requests(limit=2, cursor=page.next_cursor)
    assert sorted(i["number"] for i in page.items + rest.items) == sorted(numbers)
    assert [i["number"] for i in signed_in.list_requests(q=first["number"]).items] == [
        first["number"]
    ]
    detail = signed_in.get_request(first["id"])
    assert detail["description"] == "first"
    assert [h["to_status"] for h in detail["history"]] == ["new"]
    message = signed_in.post_message(first["id"], "more details")
    assert message["sender"] == "customer"
    assert [m["body"] for m in signed_in.messages(first["id"])][-1] == "more details"
    assert signed_in.close_request(first["id"])["status"] == "closed"
    with pytest.raises(errors.Conflict) as caught:
        signed_in.close_request(first["id"])
    assert caught.value.code == "invalid_transition"
    rated = signed_in.rate_request(first["id"], helped=True)
    assert rated["helped"] is True


def test_another_accounts_objects_are_not_found(signed_in: ApiClient, service: LiveService) -> None:
    other = ApiClient(service.url)
    acct = new_account(service)
    other.signin(acct.email, acct.password)
    added = other.add_license(issue_code(service))
    with pytest.raises(errors.NotFound):
        signed_in.devices(added["id"])
    with pytest.raises(errors.NotFound):
        signed_in.remove_license(added["id"], i_agree=True)
    other.close()


def _captcha(client: ApiClient, service: LiveService) -> tuple[str, str]:
    captcha = client.new_captcha()
    return captcha.id, service.captchas[captcha.id]


def test_legacy_registration_by_code_and_by_key_file(
    client: ApiClient, service: LiveService, mailbox: Mailbox
) -> None:
    email = unique_email("legacy")
    cid, answer = _captcha(client, service)
    made = client.register_legacy(
        email=email, captcha_id=cid, captcha_answer=answer, activation_code=issue_code(service)
    )
    assert made["email"] == email and len(made["customer_id"]) == 10
    body = body_of(mailbox.wait_for(email))
    assert made["customer_id"] in body
    password = re.search(r"[Pp]assword:\s*(\S+)", body)
    assert password is not None
    client.signin(made["customer_id"], password.group(1))
    (held,) = client.licenses()
    key = client.key_file(held["id"])
    client.signout()

    # The same license's key file registers another account (it has seats left).
    other = unique_email("legacy-key")
    cid, answer = _captcha(client, service)
    by_key = client.register_legacy(
        email=other, captcha_id=cid, captcha_answer=answer, key_file=key.content
    )
    assert by_key["email"] == other
    with pytest.raises(ValueError):
        client.register_legacy(email=other, captcha_id=cid, captcha_answer=answer)
