"""The offline outbox (W7) against the real service, without Qt: a queued request is sent
once — also when an earlier try reached the service and only its answer was lost — with
its files; it waits while the service is away or another account is signed in; a refusal
is kept with its reason."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.api.client import ApiClient
from app.core import paths
from app.core.outbox import Outbox
from app.core.wizard.payload import support_request_payload
from app.core.wizard.state import AccountMode, AttachmentRef, WizardState
from app.core.wizard.transfer import ClientOutbox, queue_request
from server.db.models import Attachment, SupportRequest
from tests.app.conftest import new_account
from tests.support.live_service import LiveService, free_port


def _state(description: str) -> WizardState:
    return WizardState(
        request_type="application",
        product_id=1,
        account_mode=AccountMode.SIGNED_IN,
        description=description,
        email="someone@example.com",
        country="DE",
        os_name="Debian 12",
    )


def _count(svc: LiveService, description: str) -> int:
    assert svc.state is not None
    with svc.state.db.read() as db:
        return int(
            db.scalar(
                select(func.count())
                .select_from(SupportRequest)
                .where(SupportRequest.description == description)
            )
            or 0
        )


def _signed_in(svc: LiveService) -> tuple[ApiClient, str]:
    account = new_account(svc)
    client = ApiClient(svc.url)
    client.signin(account.email, account.password)
    return client, account.customer_id


def test_queued_request_goes_once_with_its_files(_shared_services: Any, tmp_path: Path) -> None:
    svc: LiveService = _shared_services("sqlite")
    client, customer_id = _signed_in(svc)
    small, large = tmp_path / "note.txt", tmp_path / "dump.bin"
    small.write_text("hello")
    large.write_bytes(os.urandom(3 * 1024 * 1024))
    state = _state("queued with two files")
    state.attachments = [
        AttachmentRef(path=str(small), name="note.txt", size=5),
        AttachmentRef(path=str(large), name="dump.bin", size=large.stat().st_size),
    ]
    outbox = Outbox(paths.outbox_dir())
    entry = queue_request(outbox, state, support_request_payload(state, None), customer_id)
    assert [f.name for f in entry.files] == ["note.txt", "dump.bin"]
    large.unlink()  # the copy in the outbox is what is sent

    # nobody signed in as this account: nothing goes
    assert outbox.flush(ClientOutbox(client), account="ANOTHERONE") == []
    sent = outbox.flush(ClientOutbox(client), account=customer_id)
    assert [e.key for e in sent] == [state.idempotency_key]
    (done,) = outbox.entries()
    assert done.status == "sent" and done.number.startswith("TS-")
    assert not any((paths.outbox_dir() / done.key).glob("file-*"))  # copies gone
    detail = client.get_request(int(done.request_id or 0))
    assert sorted(a["filename"] for a in detail["attachments"]) == ["dump.bin", "note.txt"]
    assert outbox.flush(ClientOutbox(client), account=customer_id) == []  # nothing twice
    assert _count(svc, "queued with two files") == 1
    client.close()


def test_lost_answer_then_flush_still_one_request(_shared_services: Any) -> None:
    """The first try reached the service but its answer never came back; the queued copy
    carries the same key and the same body, so the service answers with the first one."""
    svc: LiveService = _shared_services("sqlite")
    client, customer_id = _signed_in(svc)
    state = _state("answer lost on the way")
    payload = support_request_payload(state, {"format": "pc-trail/1", "entries": []})
    first = client.create_support_request(payload, idempotency_key=state.idempotency_key)
    outbox = Outbox(paths.outbox_dir())
    queue_request(outbox, state, payload, customer_id)
    (entry,) = outbox.flush(ClientOutbox(client), account=customer_id)
    assert entry.number == first["number"]
    assert _count(svc, "answer lost on the way") == 1
    client.close()


def test_unreachable_service_keeps_it_queued_and_a_refusal_is_kept(
    _shared_services: Any,
) -> None:
    svc: LiveService = _shared_services("sqlite")
    client, customer_id = _signed_in(svc)
    outbox = Outbox(paths.outbox_dir())
    state = _state("waits for the service")
    queue_request(outbox, state, support_request_payload(state, None), customer_id)
    away = ApiClient(f"http://127.0.0.1:{free_port()}", retries=0)
    away.transport.tokens = client.transport.tokens
    assert outbox.flush(ClientOutbox(away), account=customer_id) == []
    (entry,) = outbox.pending()
    assert "not reachable" in entry.error and entry.attempts == 1

    bad = _state("refused")
    bad.country = "QQ"
    queue_request(outbox, bad, support_request_payload(bad, None), customer_id)
    sent = outbox.flush(ClientOutbox(client), account=customer_id)
    assert [e.payload["description"] for e in sent] == ["waits for the service"]
    refused = next(e for e in outbox.entries() if e.payload["description"] == "refused")
    assert refused.status == "refused" and "country" in refused.error.lower()
    assert refused.draft is not None and refused.draft["country"] == "QQ"
    assert "password" not in refused.draft
    away.close()
    client.close()


def test_the_service_confirms_each_file_by_checksum(_shared_services: Any, tmp_path: Path) -> None:
    from app.core.wizard.transfer import transfer_file

    svc: LiveService = _shared_services("sqlite")
    client, _customer = _signed_in(svc)
    for size in (10, 2 * 1024 * 1024, 2 * 1024 * 1024 + 1):
        path = tmp_path / f"f{size}"
        path.write_bytes(os.urandom(size))
        result = transfer_file(client, path, chunk_size=1024 * 1024)
        assert svc.state is not None
        with svc.state.db.read() as db:
            stored = db.get(Attachment, result.attachment_id)
            assert stored is not None and stored.size == size
            assert stored.sha256 == result.sha256
    client.close()
