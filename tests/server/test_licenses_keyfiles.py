"""Key files (K4): download verifies offline with the client's public key; by e-mail as a zip."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from app.core.keyfile import KeyFileError, read_key_file
from server.services import licenses
from tests.server.licensing import issue_codes, make_product
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox


def test_download_verifies_offline_and_tampering_is_caught(
    service: LiveService, customer: Caller
) -> None:
    slug = make_product(service)
    (code,) = issue_codes(service, slug, seats=3)
    lic = customer.post("/licenses", json={"code": code}).json()
    r = customer.get(f"/licenses/{lic['id']}/keyfile")
    assert r.status_code == 200
    assert r.headers["content-disposition"].startswith("attachment;")
    assert ".key" in r.headers["content-disposition"]

    key = read_key_file(r.content)
    assert (key.product, key.code, key.seats) == (slug, code, 3)
    assert key.product_name == lic["product"]["name"]
    assert key.vendor == service.settings.vendor_name
    assert not key.expired()
    # A lost key file can be downloaded again: the copy is the same file.
    assert customer.get(f"/licenses/{lic['id']}/keyfile").content == r.content

    document = json.loads(r.content)
    document["seats"] = 300
    with pytest.raises(KeyFileError, match="signature is not valid"):
        read_key_file(json.dumps(document).encode())
    document = json.loads(r.content)
    document["expires_at"] = "2099-01-01T00:00:00Z"
    with pytest.raises(KeyFileError, match="signature"):
        read_key_file(json.dumps(document).encode())


def test_blocked_license_has_no_key_file(service: LiveService, customer: Caller) -> None:
    assert service.state is not None
    (code,) = issue_codes(service)
    lic = customer.post("/licenses", json={"code": code}).json()["id"]
    with service.state.db.write() as db:
        licenses.blacklist(db, code=code)
    r = customer.get(f"/licenses/{lic}/keyfile")
    assert (r.status_code, r.json()["code"]) == (409, "license_blocked")
    r = customer.post(f"/licenses/{lic}/keyfile/email")
    assert (r.status_code, r.json()["code"]) == (409, "license_blocked")


def test_key_by_email_arrives_as_zip_with_valid_key_file(
    service: LiveService, customer: Caller, mailbox: Mailbox
) -> None:
    (code,) = issue_codes(service, seats=2)
    lic = customer.post("/licenses", json={"code": code}).json()["id"]
    r = customer.post(f"/licenses/{lic}/keyfile/email")
    assert r.status_code == 202
    assert r.json() == {"sent_to": customer.email}

    msg = mailbox.wait_for(customer.email, subject="key file")
    zips = [p for p in msg.iter_attachments() if str(p.get_filename()).endswith(".zip")]
    assert len(zips) == 1 and zips[0].get_content_type() == "application/zip"
    archive = zips[0].get_payload(decode=True)
    assert isinstance(archive, bytes)
    with zipfile.ZipFile(io.BytesIO(archive)) as zf:
        (name,) = zf.namelist()
        assert name.endswith(".key")
        assert read_key_file(zf.read(name)).code == code
    # The client imports the zip as it came, too.
    assert read_key_file(archive).code == code
