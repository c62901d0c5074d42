"""A1: registration by e-mail, activation from the mail, the password policy, the purge."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
import requests
from sqlalchemy import select

from server import cli
from server.db.models import User
from tests.server.conftest import ServiceFactory, new_account
from tests.support.accounts import (
    STRONG_PASSWORD,
    link_to,
    register,
    registered_and_activated,
    solve_captcha,
    token_of,
    unique_email,
)
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox, body_of


def test_register_follow_mail_link_then_sign_in(service: LiveService, mailbox: Mailbox) -> None:
    user, r = register(service)
    assert r.status_code == 201, r.text
    mail = mailbox.wait_for(user.email, subject="Activate")
    link = link_to(mail, "/activate")
    assert link.startswith(service.settings.public_url)
    # The same token is printed as a code to paste.
    assert token_of(link) in body_of(mail).replace(link, "")

    page = requests.get(link, timeout=30)
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "activated" in page.text
    assert user.signin().status_code == 200
    me = user.get("/me").json()
    assert me["email"] == user.email
    # The Customer ID signs in as well as the e-mail, in any case.
    assert Caller(api=service.api).signin(me["customer_id"].lower(), STRONG_PASSWORD).ok
    assert Caller(api=service.api).signin(user.email.upper(), STRONG_PASSWORD).ok


def test_account_works_only_once_activated(service: LiveService, mailbox: Mailbox) -> None:
    user, r = register(service)
    assert r.status_code == 201
    r = user.signin()
    assert r.status_code == 403 and r.json()["code"] == "not_activated"


def test_activation_code_pasted_signs_in(service: LiveService, mailbox: Mailbox) -> None:
    user, _ = register(service)
    code = token_of(link_to(mailbox.wait_for(user.email, subject="Activate"), "/activate"))
    r = user.anonymous().post("/auth/activate", json={"token": code})
    assert r.status_code == 200, r.text
    user.token = r.json()["access_token"]
    assert user.get("/me").json()["email"] == user.email
    # The code is single-use.
    again = user.anonymous().post("/auth/activate", json={"token": code})
    assert again.status_code == 400 and again.json()["code"] == "token_invalid"


def test_password_is_stored_as_argon2id(service: LiveService, mailbox: Mailbox) -> None:
    user, r = register(service)
    assert r.status_code == 201
    assert service.state is not None
    with service.state.db.read() as db:
        stored = db.scalar(select(User.password_hash).where(User.email == user.email))
    assert stored is not None and stored.startswith("$argon2id$")
    assert STRONG_PASSWORD not in stored


@pytest.mark.parametrize(
    ("password", "message"),
    [
        pytest.param("Bh-42x", "at least 8 characters", id="too-short"),
        pytest.param("Blue-Harbor-xyz", "digit", id="no-digit"),
        pytest.param("blue-harbor-42x", "upper-case", id="no-upper-case"),
        pytest.param("BLUE-HARBOR-42X", "lower-case", id="no-lower-case"),
        pytest.param("Blue Harbor 42x", "spaces", id="spaces"),
        pytest.param("Password1", "too simple or too common", id="common"),
    ],
)
def test_password_rule_refused(service: LiveService, password: str, message: str) -> None:
    user, r = register(service, password=password)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["code"] == "password_policy"
    assert message in body["errors"]["password"]
    assert any(message in rule for rule in body["rules"])
    # Nothing was made: the address is still free for a proper registration.
    assert user.signin(password=password).json()["code"] == "invalid_credentials"


def test_passwords_must_match(service: LiveService) -> None:
    _, r = register(service, confirm=STRONG_PASSWORD + "!")
    assert r.status_code == 422
    assert r.json()["code"] == "password_mismatch"
    assert "password_confirm" in r.json()["errors"]


def test_wrong_captcha_refused_and_spent(service: LiveService) -> None:
    _, r = register(service, captcha_answer="?????")
    assert r.status_code == 422 and r.json()["code"] == "captcha_invalid"
    assert "captcha_answer" in r.json()["errors"]


def test_captcha_answer_read_loosely(service: LiveService) -> None:
    """People type what they see: lower case, with spaces between letters, are the same answer."""
    captcha_id, answer = solve_captcha(service)
    typed = " " + " ".join(answer[:3].lower()) + "  " + answer[3:].lower() + " "
    _, r = register(service, captcha_id=captcha_id, captcha_answer=typed)
    assert r.status_code == 201, r.text


def test_registered_address_gets_the_same_answer(service: LiveService, mailbox: Mailbox) -> None:
    owner = new_account(service)
    _, first = register(service)
    again, second = register(service, email=owner.email, password="Other-Lantern-93q")
    assert (first.status_code, first.json()) == (second.status_code, second.json())
    notice = mailbox.wait_for(owner.email, subject="Someone tried to register")
    assert "already exists" in body_of(notice)
    assert not [m for m in mailbox.all_for(owner.email) if "Activate" in str(m["Subject"])]
    # The owner's password is untouched.
    assert owner.signin().status_code == 200
    assert again.signin().json()["code"] == "invalid_credentials"


def test_expired_activation_link(make_service: ServiceFactory, mailbox: Mailbox) -> None:
    svc = make_service(activation_ttl=timedelta(0))
    user, r = register(svc)
    assert r.status_code == 201
    link = link_to(mailbox.wait_for(user.email, subject="Activate"), "/activate")
    page = requests.get(link, timeout=30)
    assert page.status_code == 410 and "expired" in page.text
    r = user.post("/auth/activate", json={"token": token_of(link)})
    assert r.status_code == 410 and r.json()["code"] == "token_expired"
    assert user.signin().json()["code"] == "not_activated"


def test_resend_activation_replaces_the_link(service: LiveService, mailbox: Mailbox) -> None:
    user, _ = register(service)
    first = link_to(mailbox.wait_for(user.email, subject="Activate"), "/activate")
    r = user.post("/auth/resend-activation", json={"email": user.email})
    assert r.status_code == 202
    second = link_to(mailbox.wait_for(user.email, subject="Activate", count=2), "/activate")
    assert second != first
    assert requests.get(first, timeout=30).status_code == 400
    assert requests.get(second, timeout=30).status_code == 200
    assert user.signin().status_code == 200
    # An unknown address gets the same answer.
    other = user.post("/auth/resend-activation", json={"email": unique_email("nobody")})
    assert (other.status_code, other.json()) == (r.status_code, r.json())


def _purge(svc: LiveService, *extra: str, capsys: pytest.CaptureFixture[str]) -> str:
    args = ["purge-unactivated", "--data-dir", str(svc.settings.data_dir)]
    args += ["--database", svc.settings.database_url, *extra]
    assert cli.main(args) == 0
    return capsys.readouterr().out


def test_purge_command_deletes_unactivated_accounts(
    make_service: ServiceFactory, mailbox: Mailbox, capsys: pytest.CaptureFixture[str]
) -> None:
    svc = make_service()
    active = registered_and_activated(svc, mailbox)
    waiting, _ = register(svc)
    link = link_to(mailbox.wait_for(waiting.email, subject="Activate"), "/activate")
    # The default age is the service's 5 days: nothing that young goes.
    assert "purged 0 " in _purge(svc, capsys=capsys)
    assert "purged 0 " in _purge(svc, "--older-than", "1h", capsys=capsys)
    assert "purged 1 " in _purge(svc, "--older-than", "0s", capsys=capsys)
    assert waiting.signin().json()["code"] == "invalid_credentials"
    assert requests.get(link, timeout=30).status_code == 400
    assert active.signin().status_code == 200
    # The address is free again.
    _, r = register(svc, email=waiting.email)
    assert r.status_code == 201
    assert mailbox.wait_for(waiting.email, subject="Activate", count=2)


def test_service_purges_unactivated_accounts_by_itself(
    make_service: ServiceFactory, mailbox: Mailbox
) -> None:
    # A short limit only so the loop (a quarter of it apart) comes round soon.
    svc = make_service(unactivated_purge_after=timedelta(seconds=2))
    user, r = register(svc)
    assert r.status_code == 201
    token = token_of(link_to(mailbox.wait_for(user.email, subject="Activate"), "/activate"))
    svc.clock.advance(timedelta(hours=1))
    deadline = time.monotonic() + 20
    while user.signin().json()["code"] != "invalid_credentials":
        assert time.monotonic() < deadline, "the unactivated account was not purged"
        time.sleep(0.3)
    r = user.post("/auth/activate", json={"token": token})
    assert r.json()["code"] == "token_invalid"


@pytest.mark.parametrize(
    ("path", "body"),
    [
        pytest.param("/auth/register", None, id="register"),
        pytest.param("/auth/resend-activation", {"email": "x@example.com"}, id="resend"),
        pytest.param("/auth/password-reset", {"login": "x@example.com"}, id="reset"),
        pytest.param("/auth/forgot-customer-id", {"email": "x@example.com"}, id="forgot-id"),
    ],
)
def test_source_budget_answers_429_with_retry_after(
    make_service: ServiceFactory, path: str, body: dict[str, str] | None
) -> None:
    svc = make_service(source_budget=2)
    caller = Caller(api=svc.api)

    def call() -> requests.Response:
        if body is None:
            return register(svc)[1]
        return caller.post(path, json=body)

    assert call().status_code < 400
    assert call().status_code < 400
    r = call()
    assert r.status_code == 429, r.text
    assert r.json()["code"] == "too_many_requests"
    assert int(r.headers["Retry-After"]) >= 1
    assert r.json()["retry_after"] == int(r.headers["Retry-After"])
