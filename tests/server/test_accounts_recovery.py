"""A4: forgotten password or Customer ID, from the mail; never revealing who is registered."""

from __future__ import annotations

import requests

from tests.server.conftest import new_account
from tests.support.accounts import NEW_PASSWORD, link_to, token_of, unique_email
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox, body_of


def _reset_link(user: Caller, mailbox: Mailbox, login: str, count: int = 1) -> str:
    r = user.anonymous().post("/auth/password-reset", json={"login": login})
    assert r.status_code == 202, r.text
    return link_to(mailbox.wait_for(user.email, subject="Reset", count=count), "/reset")


def test_reset_from_the_mail_ends_every_session(service: LiveService, mailbox: Mailbox) -> None:
    user = new_account(service)
    other_device = Caller(api=service.api, email=user.email, password=user.password)
    assert other_device.signin().status_code == 200
    link = _reset_link(user, mailbox, user.customer_id)
    assert link.startswith(service.settings.public_url)
    page = requests.get(link, timeout=30)
    assert page.status_code == 200 and 'name="password"' in page.text

    token = token_of(link)
    weak = user.anonymous().post(
        "/auth/password-reset/confirm",
        json={"token": token, "password": "password", "password_confirm": "password"},
    )
    assert weak.status_code == 422 and weak.json()["code"] == "password_policy"
    r = user.anonymous().post(
        "/auth/password-reset/confirm",
        json={"token": token, "password": NEW_PASSWORD, "password_confirm": NEW_PASSWORD},
    )
    assert r.status_code == 204, r.text
    for device in (user, other_device):
        assert device.get("/me").status_code == 401
    assert user.signin().json()["code"] == "invalid_credentials"
    assert user.signin(password=NEW_PASSWORD).status_code == 200
    # The token is spent.
    again = user.anonymous().post(
        "/auth/password-reset/confirm",
        json={"token": token, "password": NEW_PASSWORD, "password_confirm": NEW_PASSWORD},
    )
    assert again.status_code == 400 and again.json()["code"] == "token_invalid"


def test_reset_with_the_page_form(service: LiveService, mailbox: Mailbox) -> None:
    user = new_account(service, signin=False)
    link = _reset_link(user, mailbox, user.email.upper())
    form = {"token": token_of(link), "password": NEW_PASSWORD, "password_confirm": "x"}
    page = requests.post(f"{service.url}/reset", data=form, timeout=30)
    assert page.status_code == 422 and "do not match" in page.text
    form["password_confirm"] = NEW_PASSWORD
    page = requests.post(f"{service.url}/reset", data=form, timeout=30)
    assert page.status_code == 200 and "password is changed" in page.text
    assert user.signin(password=NEW_PASSWORD).status_code == 200


def test_unknown_login_gets_the_same_answer(service: LiveService, mailbox: Mailbox) -> None:
    user = new_account(service, signin=False)
    anon = Caller(api=service.api)
    stranger = unique_email("nobody")
    unknown = anon.post("/auth/password-reset", json={"login": stranger})
    known = anon.post("/auth/password-reset", json={"login": user.email})
    assert (unknown.status_code, unknown.json()) == (known.status_code, known.json())
    unknown_cid = anon.post("/auth/password-reset", json={"login": "ZZZZZZZZZZ"})
    assert (unknown_cid.status_code, unknown_cid.json()) == (known.status_code, known.json())
    mailbox.wait_for(user.email, subject="Reset")
    assert mailbox.all_for(stranger) == []


def test_forgot_customer_id(service: LiveService, mailbox: Mailbox) -> None:
    user = new_account(service, signin=False)
    anon = Caller(api=service.api)
    r = anon.post("/auth/forgot-customer-id", json={"email": user.email.upper()})
    assert r.status_code == 202
    mail = mailbox.wait_for(user.email, subject="Customer ID")
    assert user.customer_id in body_of(mail)
    stranger = unique_email("nobody")
    other = anon.post("/auth/forgot-customer-id", json={"email": stranger})
    assert (other.status_code, other.json()) == (r.status_code, r.json())
    assert mailbox.all_for(stranger) == []
