"""A3: the optional second factor — an authenticator app (TOTP) or a code by e-mail."""

from __future__ import annotations

import pyotp
import requests

from tests.server.conftest import ServiceFactory, new_account
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox, code_in


def _second_factor(user: Caller, method: str) -> str:
    """Sign in with the password; the ticket of the second step it asks for."""
    r = user.signin()
    assert r.status_code == 401, r.text
    body = r.json()
    assert body["code"] == "second_factor_required" and body["method"] == method
    return str(body["ticket"])


def _finish(user: Caller, ticket: str, code: str) -> requests.Response:
    r = user.post("/auth/signin/second-factor", json={"ticket": ticket, "code": code})
    if r.status_code == 200:
        user.token = r.json()["access_token"]
    return r


def _enable_totp(user: Caller) -> pyotp.TOTP:
    r = user.post("/me/totp/enrol")
    assert r.status_code == 200, r.text
    enrolment = r.json()
    assert enrolment["otpauth_uri"].startswith("otpauth://totp/")
    assert enrolment["secret"] in enrolment["otpauth_uri"]
    totp = pyotp.TOTP(enrolment["secret"])
    wrong = user.post(
        "/me/totp/confirm", json={"code": "000000" if totp.now() != "000000" else "1"}
    )
    assert wrong.status_code == 422 and wrong.json()["code"] == "invalid_code"
    assert not user.get("/me").json()["totp_enabled"]
    assert user.post("/me/totp/confirm", json={"code": totp.now()}).status_code == 204
    assert user.get("/me").json()["totp_enabled"]
    return totp


def test_totp_enrol_then_sign_in_with_code(service: LiveService) -> None:
    user = new_account(service)
    totp = _enable_totp(user)
    user.token = None
    ticket = _second_factor(user, "totp")
    wrong = _finish(user, ticket, "12345" + ("0" if not totp.now().endswith("0") else "1"))
    assert wrong.status_code == 401 and wrong.json()["code"] == "invalid_code"
    r = _finish(user, ticket, totp.now())
    assert r.status_code == 200, r.text
    assert user.get("/me").json()["email"] == user.email
    # The ticket is spent with the sign-in.
    again = _finish(user, ticket, totp.now())
    assert again.status_code == 401 and again.json()["code"] == "ticket_invalid"


def test_totp_disable_needs_password_and_code(service: LiveService) -> None:
    user = new_account(service)
    totp = _enable_totp(user)
    r = user.post("/me/totp/disable", json={"password": "Wrong-Password-1", "code": totp.now()})
    assert r.status_code == 422 and r.json()["code"] == "wrong_password"
    r = user.post("/me/totp/disable", json={"password": user.password, "code": totp.now()})
    assert r.status_code == 204
    assert not user.get("/me").json()["totp_enabled"]
    assert user.signin().status_code == 200


def test_too_many_wrong_codes_end_the_ticket(make_service: ServiceFactory) -> None:
    user = new_account(make_service(lockout_threshold=100))
    totp = _enable_totp(user)
    user.token = None
    ticket = _second_factor(user, "totp")
    wrong = "999999" if totp.now() != "999999" else "888888"
    codes = [_finish(user, ticket, wrong).json()["code"] for _ in range(5)]
    assert codes == ["invalid_code"] * 4 + ["ticket_invalid"]
    assert _finish(user, ticket, totp.now()).json()["code"] == "ticket_invalid"


def test_email_code_sign_in(service: LiveService, mailbox: Mailbox) -> None:
    user = new_account(service)
    r = user.post("/me/email-otp", json={"enabled": True, "password": "Wrong-Password-1"})
    assert r.status_code == 422
    r = user.post("/me/email-otp", json={"enabled": True, "password": user.password})
    assert r.status_code == 204
    assert user.get("/me").json()["email_otp_enabled"]
    user.token = None

    ticket = _second_factor(user, "email")
    first = code_in(mailbox.wait_for(user.email, subject="sign-in code"))
    # Asking again mails a new code, which replaces the first.
    r = user.post("/auth/signin/email-code", json={"ticket": ticket})
    assert r.status_code == 202
    second = code_in(mailbox.wait_for(user.email, subject="sign-in code", count=2))
    if first != second:
        assert _finish(user, ticket, first).json()["code"] == "invalid_code"
    r = _finish(user, ticket, second)
    assert r.status_code == 200, r.text
    assert user.get("/me").json()["email"] == user.email


def test_email_code_not_offered_for_an_app_only_account(service: LiveService) -> None:
    user = new_account(service)
    _enable_totp(user)
    user.token = None
    ticket = _second_factor(user, "totp")
    r = user.post("/auth/signin/email-code", json={"ticket": ticket})
    assert r.status_code == 409 and r.json()["code"] == "email_code_unavailable"


def test_wrong_codes_count_towards_the_account_lock(make_service: ServiceFactory) -> None:
    svc = make_service(lockout_threshold=2)
    user = new_account(svc)
    totp = _enable_totp(user)
    user.token = None
    ticket = _second_factor(user, "totp")
    wrong = "999999" if totp.now() != "999999" else "888888"
    assert _finish(user, ticket, wrong).status_code == 401
    r = _finish(user, ticket, wrong)
    assert r.status_code == 429 and r.json()["code"] == "account_locked"
    assert "Retry-After" in r.headers
