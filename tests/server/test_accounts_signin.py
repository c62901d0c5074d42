"""A3: sign-in lock-outs with back-off per account and per source; never permanent."""

from __future__ import annotations

from datetime import timedelta

import requests

from tests.server.conftest import ServiceFactory, new_account
from tests.support.accounts import unique_email
from tests.support.http import Caller
from tests.support.live_service import LiveService


def _locked(r: requests.Response, code: str) -> int:
    """The seconds left of a lock-out answer, after checking its shape."""
    assert r.status_code == 429, r.text
    body = r.json()
    assert body["code"] == code
    assert r.headers["content-type"].startswith("application/problem+json")
    assert int(r.headers["Retry-After"]) == body["retry_after"] >= 1
    return int(body["retry_after"])


def test_signin_by_email_or_customer_id(service: LiveService) -> None:
    user = new_account(service, signin=False)
    for login in (user.email, user.email.upper(), user.customer_id, user.customer_id.lower()):
        assert Caller(api=service.api).signin(login, user.password).status_code == 200
    r = Caller(api=service.api).signin(user.customer_id, "Wrong-Password-1")
    assert r.status_code == 401 and r.json()["code"] == "invalid_credentials"


def test_lockout_shows_time_left_and_holds_the_right_password(
    make_service: ServiceFactory,
) -> None:
    svc = make_service(lockout_threshold=3)
    user = new_account(svc, signin=False)
    for _ in range(2):
        assert user.signin(password="Wrong-Password-1").status_code == 401
    _locked(user.signin(password="Wrong-Password-1"), "account_locked")
    # While locked, even the right password is not checked.
    _locked(user.signin(), "account_locked")
    # The lock is the account's, whatever the login used.
    _locked(Caller(api=svc.api).signin(user.customer_id, user.password), "account_locked")


def test_success_resets_the_account_count(make_service: ServiceFactory) -> None:
    svc = make_service(lockout_threshold=3)
    user = new_account(svc, signin=False)
    for _ in range(2):
        assert user.signin(password="Wrong-Password-1").status_code == 401
    assert user.signin().status_code == 200
    for _ in range(2):
        assert user.signin(password="Wrong-Password-1").status_code == 401
    assert user.signin().status_code == 200


def test_lock_is_lifted_later_and_back_off_grows(make_service: ServiceFactory) -> None:
    svc = make_service(lockout_threshold=2)
    user = new_account(svc, signin=False)
    assert user.signin(password="Wrong-Password-1").status_code == 401
    first = _locked(user.signin(password="Wrong-Password-1"), "account_locked")
    svc.clock.advance(timedelta(seconds=first - 2))
    _locked(user.signin(), "account_locked")  # still locked, even with the right password
    svc.clock.advance(timedelta(seconds=3))
    # Lifted: failures count again from zero, and the next lock lasts longer.
    assert user.signin(password="Wrong-Password-1").status_code == 401
    second = _locked(user.signin(password="Wrong-Password-1"), "account_locked")
    assert second > first
    svc.clock.advance(timedelta(seconds=second + 1))
    assert user.signin().status_code == 200


def test_unknown_login_locks_like_an_account(make_service: ServiceFactory) -> None:
    """So a lock-out never tells whether an account exists."""
    svc = make_service(lockout_threshold=2)
    stranger = Caller(api=svc.api)
    login = unique_email("nobody")
    assert stranger.signin(login, "Wrong-Password-1").status_code == 401
    _locked(stranger.signin(login, "Wrong-Password-1"), "account_locked")


def test_per_source_lock(make_service: ServiceFactory) -> None:
    svc = make_service(signin_source_budget=3, lockout_threshold=100)
    user = new_account(svc, signin=False)
    stranger = Caller(api=svc.api)
    for _ in range(2):
        assert stranger.signin(unique_email("guess"), "Wrong-Password-1").status_code == 401
    _locked(stranger.signin(unique_email("guess"), "Wrong-Password-1"), "too_many_attempts")
    # Every account is out of reach from this source for now, the right password too.
    _locked(user.signin(), "too_many_attempts")
