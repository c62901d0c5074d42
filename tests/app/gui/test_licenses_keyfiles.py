"""Key files in the license manager (K4) against the real service: importing a genuine one
adds its license; a tampered (one byte changed) or foreign (another vendor key) one is
refused before anything is sent; a downloaded copy verifies; the e-mailed zip holds it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pytestqt.qtbot import QtBot

from app.core.keyfile import read_key_file
from server.db.models import License, Product
from server.services import keyfiles, licenses
from tests.app.conftest import issue_code, new_account
from tests.app.gui.conftest import WAIT_MS, Launch, click, sign_in
from tests.app.gui.test_licenses_detail import _add, _page
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox


def _key_file(svc: LiveService, code: str, *, key: Ed25519PrivateKey | None = None) -> bytes:
    """The key file the vendor issues for ``code`` (or one signed with another ``key``)."""
    assert svc.state is not None
    with svc.state.db.write() as db:
        lic = db.query(License).filter(License.code == code).one()
        product = db.get(Product, lic.product_id)
        assert product is not None
        if key is None:
            return licenses.key_file_of(lic, product, settings=svc.state.settings)[1]
        document = keyfiles.build(license=lic, product=product, vendor="Other", key=key)
        return keyfiles.render(document)


def test_import_a_genuine_key_file_and_refuse_a_tampered_and_a_foreign_one(
    qtbot: QtBot, launch: Launch, _shared_services: Any, tmp_path: Path
) -> None:
    svc: LiveService = _shared_services("sqlite")
    running = launch(server_url=svc.url)
    sign_in(qtbot, running, new_account(svc))
    page = _page(qtbot, running)

    tampered_code = issue_code(svc)
    genuine = _key_file(svc, tampered_code)
    changed = genuine.replace(b"Internet Security", b"Internet Securitz", 1)
    assert len(changed) == len(genuine) and changed != genuine  # one byte
    (tmp_path / "tampered.key").write_bytes(changed)
    page.import_key_file(tmp_path / "tampered.key")
    qtbot.waitUntil(
        lambda: "signature is not valid" in page.ui.messageLabel.text(), timeout=WAIT_MS
    )

    foreign = _key_file(svc, issue_code(svc), key=Ed25519PrivateKey.generate())
    (tmp_path / "foreign.key").write_bytes(foreign)
    page.import_key_file(tmp_path / "foreign.key")
    qtbot.waitUntil(lambda: "another vendor key" in page.ui.messageLabel.text(), timeout=WAIT_MS)
    (tmp_path / "not-a-key.key").write_bytes(b"hello")
    page.import_key_file(tmp_path / "not-a-key.key")
    qtbot.waitUntil(lambda: "not a key file" in page.ui.messageLabel.text(), timeout=WAIT_MS)
    assert page.ui.licensesTree.topLevelItemCount() == 0  # nothing reached the account

    (tmp_path / "genuine.key").write_bytes(genuine)
    page.import_key_file(tmp_path / "genuine.key")
    qtbot.waitUntil(lambda: page.ui.licensesTree.topLevelItemCount() == 1, timeout=WAIT_MS)
    text = page.ui.messageLabel.text()
    assert "genuine" in text and "Internet Security" in text and "3 seats" in text
    assert page.ui.licensesTree.topLevelItem(0).text(1) == "Internet Security"


def test_download_a_copy_that_verifies_and_mail_it_as_a_zip(
    qtbot: QtBot, launch: Launch, _shared_services: Any, mailbox: Mailbox, tmp_path: Path
) -> None:
    svc: LiveService = _shared_services("sqlite")
    code = issue_code(svc)
    account = new_account(svc)
    running = launch(server_url=svc.url)
    sign_in(qtbot, running, account)
    page = _page(qtbot, running)
    _add(qtbot, page, code)
    detail = page.detail

    target = tmp_path / "copy" / "my.key"
    target.parent.mkdir()
    detail.download_key_file(target)
    qtbot.waitUntil(lambda: "was saved" in detail.message_label.text(), timeout=WAIT_MS)
    assert read_key_file(target.read_bytes()).code == code  # the signature checks out

    click(qtbot, detail.email_button)
    qtbot.waitUntil(lambda: "zip" in detail.message_label.text(), timeout=WAIT_MS)
    mail = mailbox.wait_for(account.email, subject="key file")
    (part,) = [p for p in mail.iter_attachments() if p.get_filename().endswith(".zip")]
    with zipfile.ZipFile(io.BytesIO(part.get_content())) as zf:
        (name,) = zf.namelist()
        assert name.endswith(".key")
        assert read_key_file(zf.read(name)).code == code
    assert read_key_file(part.get_content()).code == code  # the zip imports as it is
