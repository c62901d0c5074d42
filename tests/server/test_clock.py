"""The service's rules read its clock: moving it expires what time would expire."""

from __future__ import annotations

from datetime import timedelta

from tests.server.conftest import ServiceFactory, new_account
from tests.support.accounts import NEW_PASSWORD, link_to, token_of
from tests.support.mailbox import Mailbox


def test_access_and_refresh_tokens_expire_by_the_clock(make_service: ServiceFactory) -> None:
    svc = make_service()
    user = new_account(svc)
    assert user.get("/me").status_code == 200
    svc.clock.advance(svc.settings.access_ttl + timedelta(seconds=1))
    assert user.get("/me").status_code == 401
    r = user.post("/auth/refresh", json={"refresh_token": user.refresh_token})
    assert r.status_code == 200, r.text
    svc.clock.advance(svc.settings.refresh_ttl + timedelta(seconds=1))
    r = user.post("/auth/refresh", json={"refresh_token": r.json()["refresh_token"]})
    assert (r.status_code, r.json()["code"]) == (401, "invalid_refresh_token")


def test_mailed_reset_link_expires_by_the_clock(
    make_service: ServiceFactory, mailbox: Mailbox
) -> None:
    svc = make_service()
    user = new_account(svc, signin=False)
    assert user.post("/auth/password-reset", json={"login": user.email}).status_code == 202
    token = token_of(link_to(mailbox.wait_for(user.email, subject="Reset"), "/reset"))
    svc.clock.advance(svc.settings.reset_ttl + timedelta(seconds=1))
    body = {"token": token, "password": NEW_PASSWORD, "password_confirm": NEW_PASSWORD}
    r = user.post("/auth/password-reset/confirm", json=body)
    assert (r.status_code, r.json()["code"]) == (410, "token_expired")
