"""Legacy registration (A2): an activation code or a key file makes an account; the Customer ID
and a generated password arrive by mail and sign in."""

from __future__ import annotations

import base64
import io
import json
import re
import zipfile

import requests

from tests.server.conftest import new_account, unique_email
from tests.server.licensing import issue_codes, new_captcha
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox, body_of


def _register(svc: LiveService, anon: Caller, **fields: object) -> tuple[str, requests.Response]:
    captcha_id, answer = new_captcha(svc)
    email = str(fields.pop("email", unique_email("legacy")))
    body = {"email": email, "captcha_id": captcha_id, "captcha_answer": answer, **fields}
    return email, anon.post("/auth/register-legacy", json=body)


def _credentials(mailbox: Mailbox, email: str) -> tuple[str, str]:
    text = body_of(mailbox.wait_for(email, subject="Customer ID"))
    cid = re.search(r"Customer ID: (\S+)", text)
    password = re.search(r"Password: (\S+)", text)
    assert cid and password, text
    return cid.group(1), password.group(1)


def test_by_activation_code_then_sign_in_with_mailed_credentials(
    service: LiveService, anon: Caller, mailbox: Mailbox
) -> None:
    (code,) = issue_codes(service, seats=2)
    email, r = _register(service, anon, activation_code=code.lower().replace("-", " "))
    assert r.status_code == 201, r.text
    answer = r.json()
    assert answer["email"] == email and len(answer["customer_id"]) == 10

    cid, password = _credentials(mailbox, email)
    assert cid == answer["customer_id"]
    user = Caller(api=service.api)
    assert user.signin(login=cid.lower(), password=password).status_code == 200
    (held,) = user.get("/licenses").json()
    assert held["code"].endswith(code[-5:]) and held["seats_used"] == 1
    # "Get key by e-mail" from the new account.
    assert user.post(f"/licenses/{held['id']}/keyfile/email").status_code == 202
    assert mailbox.wait_for(email, subject="key file")


def test_by_key_file_and_key_by_mail(service: LiveService, anon: Caller, mailbox: Mailbox) -> None:
    (code,) = issue_codes(service, seats=3)
    owner = new_account(service)
    lic = owner.post("/licenses", json={"code": code}).json()["id"]
    key_file = owner.get(f"/licenses/{lic}/keyfile").content

    email, r = _register(
        service,
        anon,
        key_file_base64=base64.b64encode(key_file).decode(),
        send_key_file=True,
    )
    assert r.status_code == 201, r.text
    _, password = _credentials(mailbox, email)
    user = Caller(api=service.api)
    assert user.signin(login=email, password=password).status_code == 200
    assert user.get("/licenses").json()[0]["seats_used"] == 2

    msg = mailbox.wait_for(email, subject="key file")
    (archive,) = [p.get_payload(decode=True) for p in msg.iter_attachments()]
    assert isinstance(archive, bytes)
    with zipfile.ZipFile(io.BytesIO(archive)) as zf:
        assert json.loads(zf.read(zf.namelist()[0]))["code"] == code


def test_key_file_in_zip_accepted_and_tampered_refused(service: LiveService, anon: Caller) -> None:
    (code,) = issue_codes(service, seats=3)
    owner = new_account(service)
    lic = owner.post("/licenses", json={"code": code}).json()["id"]
    key_file = owner.get(f"/licenses/{lic}/keyfile").content

    doc = json.loads(key_file)
    doc["seats"] = 999
    _, r = _register(
        service, anon, key_file_base64=base64.b64encode(json.dumps(doc).encode()).decode()
    )
    assert (r.status_code, r.json()["code"]) == (422, "key_file_invalid")
    assert "key_file_base64" in r.json()["errors"]

    _, r = _register(service, anon, key_file_base64=base64.b64encode(b"not a key").decode())
    assert r.json()["code"] == "key_file_invalid"

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("license.key", key_file)
    _, r = _register(service, anon, key_file_base64=base64.b64encode(buf.getvalue()).decode())
    assert r.status_code == 201, r.text


def test_code_refusals_and_one_of_code_or_key_file(service: LiveService, anon: Caller) -> None:
    (expired,) = issue_codes(service, days=-1)
    (blocked,) = issue_codes(service, blacklisted=True)
    (full,) = issue_codes(service, seats=1)
    assert new_account(service).post("/licenses", json={"code": full}).status_code == 201
    cases = {
        "ABCDE-12345": "code_format",
        "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZ8": "code_unknown",
        expired: "code_expired",
        blocked: "code_blacklisted",
        full: "code_no_seats",
    }
    for code, refusal in cases.items():
        email, r = _register(service, anon, activation_code=code)
        assert r.json()["code"] == refusal, code
        assert "activation_code" in r.json()["errors"]
        # Nothing was made: the address is still free.
        (good,) = issue_codes(service)
        _, again = _register(service, anon, email=email, activation_code=good)
        assert again.status_code == 201

    _, r = _register(service, anon)
    assert (r.status_code, r.json()["code"]) == (422, "code_or_key_file")
    (code,) = issue_codes(service)
    _, r = _register(service, anon, activation_code=code, key_file_base64="e30=")
    assert r.json()["code"] == "code_or_key_file"


def test_captcha_spent_even_when_refused(service: LiveService, anon: Caller) -> None:
    (code,) = issue_codes(service)
    captcha_id, answer = new_captcha(service)
    body = {"email": unique_email("legacy"), "captcha_id": captcha_id, "activation_code": code}
    r = anon.post("/auth/register-legacy", json={**body, "captcha_answer": "WRONG"})
    assert (r.status_code, r.json()["code"]) == (422, "captcha_invalid")
    r = anon.post("/auth/register-legacy", json={**body, "captcha_answer": answer})
    assert r.json()["code"] == "captcha_invalid"

    # A refused code does not give the captcha back either: codes cannot be tried with it.
    captcha_id, answer = new_captcha(service)
    body.update(captcha_id=captcha_id, captcha_answer=answer)
    r = anon.post(
        "/auth/register-legacy", json={**body, "activation_code": "ZZZZZ-ZZZZZ-ZZZZZ-ZZZZ7"}
    )
    assert r.json()["code"] == "code_unknown"
    r = anon.post("/auth/register-legacy", json=body)
    assert r.json()["code"] == "captcha_invalid"


def test_registered_address_refused(service: LiveService, anon: Caller, customer: Caller) -> None:
    (code,) = issue_codes(service)
    _, r = _register(service, anon, email=customer.email.upper(), activation_code=code)
    assert (r.status_code, r.json()["code"]) == (409, "email_taken")
    # The code was not taken by the refused attempt.
    assert customer.post("/licenses", json={"code": code}).status_code == 201
