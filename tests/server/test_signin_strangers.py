"""A3: strangers cannot lock a user out. Wrong passwords from other sources lock only
those sources; the owner signs in from a source of their own and is told of the guessing
by one mail, not one per attempt."""

from __future__ import annotations

from datetime import timedelta

from tests.server.conftest import ServiceFactory, new_account
from tests.support.http import Caller
from tests.support.mailbox import Mailbox, body_of

STRANGERS = [f"203.0.113.{n}" for n in range(1, 9)]
HOME = "192.0.2.10"
SUBJECT = "Failed sign-ins"


def _from(caller: Caller, source: str) -> Caller:
    caller.http.headers["X-Forwarded-For"] = source
    return caller


def test_failures_from_elsewhere_never_keep_the_owner_out(
    make_service: ServiceFactory, mailbox: Mailbox
) -> None:
    svc = make_service(
        trusted_proxies=("127.0.0.1",),
        lockout_threshold=3,
        signin_slowdown_max=timedelta(milliseconds=50),
    )
    user = new_account(svc, signin=False)
    for source in STRANGERS:
        stranger = _from(Caller(api=svc.api), source)
        statuses = [stranger.signin(user.email, "Wrong-Password-1").status_code for _ in range(4)]
        assert statuses == [401, 401, 429, 429]  # that source, for that account, is locked
        # ...even with the right password, but only there.
        locked = stranger.signin(user.email, user.password)
        assert locked.status_code == 429 and locked.json()["code"] == "account_locked"
    owner = _from(Caller(api=svc.api, email=user.email, password=user.password), HOME)
    assert owner.signin().status_code == 200, "strangers kept the owner out"
    assert owner.get("/me").status_code == 200
    # By Customer ID as well, from yet another clean source.
    other = _from(Caller(api=svc.api), "192.0.2.11")
    assert other.signin(user.customer_id, user.password).status_code == 200

    alert = mailbox.wait_for(user.email, subject=SUBJECT)
    assert "wrong password" in body_of(alert)
    # A refusal's mail is sent before its answer: every one that was sent is here.
    assert len([m for m in mailbox.all_for(user.email) if SUBJECT in m["Subject"]]) == 1
