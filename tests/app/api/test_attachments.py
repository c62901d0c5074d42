"""Form attachments (≤ 2 MB) through the client: upload, link to a request, download."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.api import errors
from app.api.client import ApiClient
from tests.app.conftest import Account, new_account
from tests.support.live_service import LiveService


def test_attachment_download_round_trip(signed_in: ApiClient, tmp_path: Path) -> None:
    content = bytes(range(256)) * 100
    att = signed_in.upload_attachment(content, filename="../../etc/evil name.bin")
    seen: list[int] = []
    path = signed_in.download_attachment(
        att["id"], tmp_path / "downloads", progress=lambda done, total: seen.append(done)
    )
    assert path.parent == tmp_path / "downloads"
    assert path.read_bytes() == content
    assert seen[-1] == len(content)
    assert signed_in.attachment_meta(att["id"])["sha256"] == att["sha256"]
    # a second download does not overwrite the first
    again = signed_in.download_attachment(att["id"], tmp_path / "downloads")
    assert again != path and again.read_bytes() == content


def test_large_file_is_refused_before_sending(signed_in: ApiClient) -> None:
    with pytest.raises(errors.PayloadTooLarge, match="resumable upload"):
        signed_in.upload_attachment(b"x" * (2 * 1024 * 1024 + 1), filename="big.bin")


def test_attachment_linked_to_a_request(signed_in: ApiClient, account: Account) -> None:
    product = signed_in.products()[0]
    attachment = signed_in.upload_attachment(b"log line\n", filename="app.log")
    assert attachment["size"] == 9
    filed = signed_in.create_support_request(
        {
            "type": "general",
            "product_id": product["id"],
            "description": "with a log",
            "email": account.email,
            "country": "DE",
            "attachment_ids": [attachment["id"]],
        }
    )
    detail = signed_in.get_request(filed["id"])
    assert [a["filename"] for a in detail["attachments"]] == ["app.log"]


def test_another_accounts_attachment_is_not_found(
    signed_in: ApiClient, service: LiveService
) -> None:
    other = ApiClient(service.url)
    acct = new_account(service)
    other.signin(acct.email, acct.password)
    att = other.upload_attachment(b"mine", filename="mine.txt")
    with pytest.raises(errors.NotFound):
        signed_in.attachment_meta(att["id"])
    other.close()
