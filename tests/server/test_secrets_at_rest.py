"""Nothing secret at rest: no token, password, one-time code or TOTP secret is stored in
clear anywhere in the database (replays included); a rotated refresh token presented
again ends its session; anonymous callers' keys are scoped to their own token."""

from __future__ import annotations

import re
import secrets
import uuid

import pyotp
from sqlalchemy import LargeBinary, String, Text, select

from server.db.models import Base, IdempotentReply
from tests.server.conftest import new_account
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox, code_in


def _stored_text(svc: LiveService, only: str = "") -> str:
    """Every text and bytes column of every table (or of one), as one haystack."""
    assert svc.state is not None
    parts: list[str] = []
    with svc.state.db.read() as db:
        for table in Base.metadata.sorted_tables:
            if only and table.name != only:
                continue
            cols = [c for c in table.columns if isinstance(c.type, String | Text | LargeBinary)]
            if not cols:
                continue
            for row in db.execute(select(*cols)):
                for value in row:
                    if isinstance(value, bytes):
                        value = value.decode("utf-8", "replace")
                    parts.append(str(value))
    return "\n".join(parts)


def test_no_token_or_secret_is_stored_in_clear(service: LiveService, mailbox: Mailbox) -> None:
    user = new_account(service, signin=False)
    assert user.signin().status_code == 200  # fills user.token / refresh_token
    keyed = {"Idempotency-Key": uuid.uuid4().hex}
    first = user.post(
        "/auth/signin", json={"login": user.email, "password": user.password}, headers=dict(keyed)
    )
    again = user.post(
        "/auth/signin", json={"login": user.email, "password": user.password}, headers=dict(keyed)
    )
    assert first.status_code == again.status_code == 200
    assert again.headers.get("Idempotent-Replayed") is None  # run again, not replayed
    refreshed = user.post("/auth/refresh", json={"refresh_token": first.json()["refresh_token"]})
    assert refreshed.status_code == 200
    user.token = refreshed.json()["access_token"]
    enrol = user.post("/me/totp/enrol")
    assert enrol.status_code == 200
    totp = pyotp.TOTP(enrol.json()["secret"])
    assert user.post("/me/totp/confirm", json={"code": totp.now()}).status_code == 204
    ticket = user.signin().json()["ticket"]
    done = user.post("/auth/signin/second-factor", json={"ticket": ticket, "code": totp.now()})
    assert done.status_code == 200

    # An account with e-mail codes too: the mailed code stays out of storage as well.
    other = new_account(service)
    on = other.post("/me/email-otp", json={"enabled": True, "password": other.password})
    assert on.status_code == 204, on.text
    assert other.signin().json()["code"] == "second_factor_required"
    code = code_in(mailbox.wait_for(other.email, subject="sign-in code"))

    haystack = _stored_text(service)
    replays = _stored_text(service, only=IdempotentReply.__tablename__)
    # The TOTP secret must stay readable to check codes, and a 6-digit code may occur in
    # any hash by chance: both are looked for in the stored replays, the code only where it
    # stands alone (the replays hold hex digests and keys, where six digits in a row occur).
    assert enrol.json()["secret"] not in replays
    assert re.search(rf"(?<![0-9A-Fa-f]){code}(?![0-9A-Fa-f])", replays) is None
    found = [
        name
        for name, value in (
            ("access token", first.json()["access_token"]),
            ("refresh token", first.json()["refresh_token"]),
            ("rotated refresh token", refreshed.json()["refresh_token"]),
            ("access token after 2FA", done.json()["access_token"]),
            ("refresh token after 2FA", done.json()["refresh_token"]),
            ("sign-in ticket", ticket),
            ("password", user.password),
        )
        if value and value in haystack
    ]
    assert found == []
    assert service.state is not None
    with service.state.db.read() as db:
        scopes = {
            r.route
            for r in db.scalars(
                select(IdempotentReply).where(IdempotentReply.scope == f"user:{user.user_id}")
            )
        }
    assert not scopes & {"/api/v1/auth/signin", "/api/v1/auth/refresh", "/api/v1/me/totp/enrol"}


def test_a_replayed_refresh_token_ends_its_session(service: LiveService) -> None:
    user = new_account(service)
    old = user.refresh_token
    r = user.post("/auth/refresh", json={"refresh_token": old})
    assert r.status_code == 200
    newer = r.json()
    user.token = newer["access_token"]
    assert user.get("/me").status_code == 200
    # Someone else replays the old token: refused, and the whole session ends.
    thief = user.anonymous().post("/auth/refresh", json={"refresh_token": old})
    assert thief.status_code == 401 and thief.json()["code"] == "refresh_token_reused"
    assert user.get("/me").status_code == 401
    again = user.post("/auth/refresh", json={"refresh_token": newer["refresh_token"]})
    assert again.status_code == 401
    # Other sessions of the account are not touched.
    elsewhere = Caller(api=service.api, email=user.email, password=user.password)
    assert elsewhere.signin().status_code == 200
    assert elsewhere.get("/me").status_code == 200


def test_anonymous_callers_with_other_tokens_do_not_share_keys(
    service: LiveService, anon: Caller
) -> None:
    key = uuid.uuid4().hex
    ids = []
    for _ in range(2):
        token = secrets.token_urlsafe(32)
        r = anon.post(
            "/attachments",
            files={"file": ("log.txt", b"same bytes\n", "text/plain")},
            headers={"X-Anonymous-Token": token, "Idempotency-Key": key},
        )
        assert r.status_code == 201, r.text
        assert r.headers.get("Idempotent-Replayed") is None
        meta = anon.get(f"/attachments/{r.json()['id']}/meta", headers={"X-Anonymous-Token": token})
        assert meta.status_code == 200
        ids.append(r.json()["id"])
    assert ids[0] != ids[1]
