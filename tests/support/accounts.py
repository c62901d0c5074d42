"""Account flows as a user does them: register over HTTP, read the mail, follow its link."""

from __future__ import annotations

import uuid
from email.message import EmailMessage
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests

from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox, links_in

STRONG_PASSWORD = "Blue-Harbor-42x"
NEW_PASSWORD = "Quiet-Meadow-77k"


def unique_email(tag: str = "acct") -> str:
    return f"{tag}-{uuid.uuid4().hex[:10]}@example.com"


def solve_captcha(svc: LiveService) -> tuple[str, str]:
    """A fresh captcha and its answer, as a person reading the picture would type it."""
    r = requests.post(f"{svc.api}/captcha", timeout=30)
    assert r.status_code == 201, r.text
    captcha_id = r.json()["id"]
    return captcha_id, svc.captchas[captcha_id]


def register(
    svc: LiveService,
    *,
    email: str | None = None,
    password: str = STRONG_PASSWORD,
    confirm: str | None = None,
    **overrides: Any,
) -> tuple[Caller, requests.Response]:
    """POST /auth/register with a solved captcha; the caller knows the e-mail and password."""
    email = email or unique_email()
    captcha_id, answer = solve_captcha(svc)
    caller = Caller(api=svc.api, email=email, password=password)
    body = {
        "email": email,
        "password": password,
        "password_confirm": password if confirm is None else confirm,
        "captcha_id": captcha_id,
        "captcha_answer": answer,
        **overrides,
    }
    return caller, caller.post("/auth/register", json=body)


def link_to(msg: EmailMessage, path: str) -> str:
    """The link in the mail whose path is ``path`` (e.g. "/activate")."""
    found = [link for link in links_in(msg) if urlsplit(link).path == path]
    assert found, f"no {path} link in mail {msg['Subject']!r}"
    return found[0]


def token_of(link: str) -> str:
    return parse_qs(urlsplit(link).query)["token"][0]


def registered_and_activated(svc: LiveService, mailbox: Mailbox) -> Caller:
    """A user who registered, followed the activation link and signed in, all over HTTP."""
    user, r = register(svc)
    assert r.status_code == 201, r.text
    link = link_to(mailbox.wait_for(user.email, subject="Activate"), "/activate")
    assert requests.get(link, timeout=30).status_code == 200
    assert user.signin().status_code == 200
    return user
