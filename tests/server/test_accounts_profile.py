"""A5, A6: the profile, changing the e-mail address (confirmed from the new one), the password."""

from __future__ import annotations

import requests

from tests.server.conftest import new_account
from tests.support.accounts import NEW_PASSWORD, link_to, token_of, unique_email
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox, body_of

ME_FIELDS = {
    "email",
    "customer_id",
    "role",
    "name",
    "country",
    "city",
    "address",
    "phone",
    "company",
    "company_address",
    "company_admin_email",
    "news_subscribed",
    "language",
    "customer_type",
    "totp_enabled",
    "email_otp_enabled",
    "pending_email",
    "created_at",
}


def test_me_shows_the_account(customer: Caller) -> None:
    me = customer.get("/me").json()
    assert set(me) == ME_FIELDS
    assert me["email"] == customer.email and me["customer_id"] == customer.customer_id
    assert me["role"] == "customer" and me["customer_type"] == "home"
    assert me["pending_email"] is None and not me["totp_enabled"]


def test_profile_edit(customer: Caller) -> None:
    changes = {
        "name": "Ada L.",
        "country": "de",
        "city": "Berlin",
        "address": "Hauptstraße 1",
        "phone": "+49 30 1234567",
        "company": "Example GmbH",
        "company_address": "Nebenstraße 2",
        "company_admin_email": "Admin@Example.com",
        "news_subscribed": True,
        "language": "de",
    }
    r = customer.patch("/me", json=changes)
    assert r.status_code == 200, r.text
    me = customer.get("/me").json()
    assert me == r.json()
    assert me["country"] == "DE" and me["company_admin_email"] == "admin@example.com"
    assert me["name"] == "Ada L." and me["news_subscribed"] is True and me["language"] == "de"
    assert me["role"] == "customer" and me["email"] == customer.email
    assert me["customer_type"] == "home"
    # Fields not editable here are refused, not ignored (test_scopes_and_bounds).
    # Only the fields given change; an empty string clears one.
    r = customer.patch("/me", json={"city": ""})
    assert r.json()["city"] == "" and r.json()["name"] == "Ada L."


def test_profile_fields_are_validated(customer: Caller) -> None:
    for body, field in (
        ({"country": "XX"}, "country"),
        ({"country": "Germany"}, "country"),
        ({"company_admin_email": "not an address"}, "company_admin_email"),
        ({"language": "xx"}, "language"),
        ({"name": "x" * 201}, "name"),
    ):
        r = customer.patch("/me", json=body)
        assert r.status_code == 422, body
        assert field in r.json()["errors"], r.json()
    assert customer.get("/me").json()["country"] == ""


def test_change_email_confirmed_from_the_new_address(
    service: LiveService, mailbox: Mailbox
) -> None:
    user = new_account(service)
    new_email = unique_email("moved")
    r = user.post("/me/email", json={"new_email": new_email, "password": "Wrong-Password-1"})
    assert r.status_code == 422 and r.json()["code"] == "wrong_password"
    r = user.post("/me/email", json={"new_email": new_email.upper(), "password": user.password})
    assert r.status_code == 202, r.text
    link = link_to(mailbox.wait_for(new_email, subject="Confirm your new"), "/confirm-email")
    # The old address stays until then.
    me = user.get("/me").json()
    assert me["email"] == user.email and me["pending_email"] == new_email
    assert user.signin().status_code == 200

    page = requests.get(link, timeout=30)
    assert page.status_code == 200 and new_email in page.text
    me = user.get("/me").json()
    assert me["email"] == new_email and me["pending_email"] is None
    notice = mailbox.wait_for(user.email, subject="was changed")
    assert new_email in body_of(notice)
    assert Caller(api=service.api).signin(new_email, user.password).status_code == 200
    assert user.signin().json()["code"] == "invalid_credentials"
    # The link is spent.
    r = user.anonymous().post("/auth/confirm-email", json={"token": token_of(link)})
    assert r.status_code == 400


def test_change_email_with_the_pasted_code(service: LiveService, mailbox: Mailbox) -> None:
    user = new_account(service)
    new_email = unique_email("moved")
    assert (
        user.post("/me/email", json={"new_email": new_email, "password": user.password})
    ).status_code == 202
    code = token_of(link_to(mailbox.wait_for(new_email, subject="Confirm"), "/confirm-email"))
    r = user.anonymous().post("/auth/confirm-email", json={"token": code})
    assert r.status_code == 204, r.text
    assert user.get("/me").json()["email"] == new_email


def test_change_email_to_a_registered_address(service: LiveService, mailbox: Mailbox) -> None:
    user = new_account(service)
    owner = new_account(service, signin=False)
    free = user.post("/me/email", json={"new_email": unique_email(), "password": user.password})
    taken = user.post("/me/email", json={"new_email": owner.email, "password": user.password})
    assert (taken.status_code, taken.json()) == (free.status_code, free.json())
    notice = mailbox.wait_for(owner.email, subject="Someone tried to use your address")
    assert "/confirm-email" not in body_of(notice)
    assert user.get("/me").json()["email"] == user.email


def test_change_password_ends_other_sessions(service: LiveService) -> None:
    user = new_account(service)
    other_device = Caller(api=service.api, email=user.email, password=user.password)
    assert other_device.signin().status_code == 200

    def change(current: str, new: str, confirm: str) -> requests.Response:
        return user.post(
            "/me/password",
            json={
                "current_password": current,
                "new_password": new,
                "new_password_confirm": confirm,
            },
        )

    r = change("Wrong-Password-1", NEW_PASSWORD, NEW_PASSWORD)
    assert r.status_code == 422 and "current_password" in r.json()["errors"]
    r = change(user.password, "abc", "abc")
    assert r.status_code == 422 and "new_password" in r.json()["errors"]
    r = change(user.password, NEW_PASSWORD, NEW_PASSWORD + "x")
    assert r.status_code == 422 and r.json()["code"] == "password_mismatch"
    assert change(user.password, NEW_PASSWORD, NEW_PASSWORD).status_code == 204

    assert user.get("/me").status_code == 200
    assert other_device.get("/me").status_code == 401
    assert user.anonymous().signin(user.email, user.password).status_code == 401
    assert user.anonymous().signin(user.email, NEW_PASSWORD).status_code == 200
