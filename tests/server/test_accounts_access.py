"""Who may call the accounts routes: every /me route needs a token and only ever touches
the caller's own account; one account's tickets and tokens do nothing for another."""

from __future__ import annotations

import pyotp
import pytest

from tests.server.conftest import new_account
from tests.support.accounts import link_to, token_of, unique_email
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox

ME_ROUTES = [
    ("GET", "/me", None),
    ("PATCH", "/me", {"name": "x"}),
    ("POST", "/me/email", {"new_email": "a@example.com", "password": "Blue-Harbor-42x"}),
    (
        "POST",
        "/me/password",
        {
            "current_password": "Blue-Harbor-42x",
            "new_password": "Quiet-Meadow-77k",
            "new_password_confirm": "Quiet-Meadow-77k",
        },
    ),
    ("POST", "/me/totp/enrol", None),
    ("POST", "/me/totp/confirm", {"code": "123456"}),
    ("POST", "/me/totp/disable", {"password": "Blue-Harbor-42x", "code": "123456"}),
    ("POST", "/me/email-otp", {"enabled": True, "password": "Blue-Harbor-42x"}),
    ("POST", "/auth/signout", None),
]


@pytest.mark.parametrize(("method", "path", "body"), ME_ROUTES, ids=[r[1] for r in ME_ROUTES])
def test_no_token_is_unauthorized(
    anon: Caller, method: str, path: str, body: dict[str, object] | None
) -> None:
    r = anon.request(method, path, json=body)
    assert r.status_code == 401, r.text
    assert r.json()["code"] == "unauthorized"
    assert r.headers["WWW-Authenticate"] == "Bearer"
    bad = Caller(api=anon.api, token="pc1.1.9999999999.forged")
    assert bad.request(method, path, json=body).status_code == 401


def test_another_account_sees_and_changes_only_its_own(
    customer: Caller, other_customer: Caller
) -> None:
    assert customer.patch("/me", json={"name": "First"}).status_code == 200
    assert other_customer.patch("/me", json={"name": "Second"}).status_code == 200
    assert customer.get("/me").json()["name"] == "First"
    mine = other_customer.get("/me").json()
    assert mine["email"] == other_customer.email and mine["name"] == "Second"
    # Enrolling TOTP for one account leaves the other's sign-in alone.
    secret = customer.post("/me/totp/enrol").json()["secret"]
    assert customer.post("/me/totp/confirm", json={"code": pyotp.TOTP(secret).now()}).ok
    assert not other_customer.get("/me").json()["totp_enabled"]
    assert other_customer.anonymous().signin(other_customer.email, other_customer.password).ok


def test_a_ticket_is_bound_to_its_account(service: LiveService) -> None:
    first, second = new_account(service), new_account(service)
    secret = first.post("/me/totp/enrol").json()["secret"]
    assert first.post("/me/totp/confirm", json={"code": pyotp.TOTP(secret).now()}).ok
    other_secret = second.post("/me/totp/enrol").json()["secret"]
    assert second.post("/me/totp/confirm", json={"code": pyotp.TOTP(other_secret).now()}).ok
    ticket = first.anonymous().signin(first.email, first.password).json()["ticket"]
    # The second account's code does not pass the first account's ticket.
    r = second.post(
        "/auth/signin/second-factor",
        json={"ticket": ticket, "code": pyotp.TOTP(other_secret).now()},
    )
    assert r.status_code == 401 and r.json()["code"] in ("invalid_code", "ticket_invalid")


def test_an_email_change_link_moves_only_its_account(
    service: LiveService, mailbox: Mailbox
) -> None:
    first, second = new_account(service), new_account(service)
    new_email = unique_email("moved")
    assert first.post("/me/email", json={"new_email": new_email, "password": first.password}).ok
    token = token_of(link_to(mailbox.wait_for(new_email, subject="Confirm"), "/confirm-email"))
    # Confirmed while another account is signed in: it is still the first account that moves.
    assert second.post("/auth/confirm-email", json={"token": token}).status_code == 204
    assert first.get("/me").json()["email"] == new_email
    assert second.get("/me").json()["email"] == second.email
