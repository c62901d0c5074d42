"""Resumable uploads (tus) through the client: chunks with progress, cancel, resume after a
restart, anonymous ownership, a stale record, termination."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest

from app.api import errors
from app.api.client import ApiClient
from app.api.uploads import PIECE, ResumableUpload, ResumeRecords, UploadCancelled
from app.core import paths
from server.app import build_state
from server.config import Settings
from server.services import accounts
from tests.app.conftest import PASSWORD, Account
from tests.support.live_service import LiveService, ServiceProcess

CHUNK = 256 * 1024


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    path = tmp_path / "capture.pcap"
    path.write_bytes(os.urandom(5 * CHUNK + 1234))
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_upload_in_chunks_with_progress(signed_in: ApiClient, big_file: Path) -> None:
    seen: list[tuple[int, int]] = []
    upload = ResumableUpload(
        signed_in.transport, big_file, chunk_size=CHUNK, progress=lambda d, t: seen.append((d, t))
    )
    result = upload.run()
    size = big_file.stat().st_size
    assert result.size == size and result.resumed_from == 0
    assert result.sha256 == _sha(big_file)
    assert seen[0] == (0, size) and seen[-1] == (size, size)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len(seen) == 1 + 6
    meta = signed_in.attachment_meta(result.attachment_id)
    assert (meta["filename"], meta["sha256"], meta["size"]) == ("capture.pcap", result.sha256, size)
    assert ResumeRecords().pending() == []  # finished uploads leave no record
    assert (paths.uploads_dir() / "resume.json").is_file()


def test_cancel_then_resume_after_a_restart(
    service: LiveService, account: Account, big_file: Path
) -> None:
    first = ApiClient(service.url)
    first.signin(account.email, account.password)
    upload = ResumableUpload(first.transport, big_file, chunk_size=CHUNK)
    upload.progress = lambda done, total: upload.cancel() if done >= 2 * CHUNK else None
    with pytest.raises(UploadCancelled):
        upload.run()
    pending = ResumeRecords().pending()
    assert [(p["filename"], p["size"]) for p in pending] == [
        ("capture.pcap", big_file.stat().st_size)
    ]
    first.close()

    # A new process: new client, new records object reading the same file.
    second = ApiClient(service.url)
    second.signin(account.email, account.password)
    result = ResumableUpload(second.transport, big_file, chunk_size=CHUNK).run()
    assert result.resumed_from == 2 * CHUNK
    assert result.sha256 == _sha(big_file)
    assert ResumeRecords().pending() == []
    second.close()


def test_pause_stops_the_part_in_flight(signed_in: ApiClient, tmp_path: Path) -> None:
    """One part for the whole file: a pause partway through it stops the transfer there
    (not at the part's end), and the next run goes on from what the service stored of it.

    How much that is depends on when the service noticed the line drop (bytes still in
    flight are lost), so only the bounds are checked."""
    path = tmp_path / "memory.dmp"
    path.write_bytes(os.urandom(3 * PIECE + 4321))
    seen: list[int] = []
    upload = ResumableUpload(signed_in.transport, path, chunk_size=4 * PIECE)

    def pause_within_the_part(done: int, total: int) -> None:
        seen.append(done)
        if done == PIECE:
            upload.cancel()

    upload.progress = pause_within_the_part
    with pytest.raises(UploadCancelled):
        upload.run()
    assert seen == [0, PIECE]  # progress within the part, and nothing after the pause
    assert ResumeRecords().pending()  # resumable

    result = ResumableUpload(signed_in.transport, path, chunk_size=4 * PIECE).run()
    assert 0 <= result.resumed_from <= PIECE
    assert result.sha256 == _sha(path)


def test_anonymous_upload_resumes_with_its_own_token(service: LiveService, big_file: Path) -> None:
    anon = ApiClient(service.url)
    upload = ResumableUpload(anon.transport, big_file, chunk_size=CHUNK, purpose="sample")
    upload.progress = lambda done, total: upload.cancel() if done >= CHUNK else None
    with pytest.raises(UploadCancelled):
        upload.run()
    anon.close()

    # After a restart the client has a new anonymous token; the record keeps the upload's.
    later = ApiClient(service.url)
    result = ResumableUpload(later.transport, big_file, chunk_size=CHUNK, purpose="sample").run()
    assert result.resumed_from == CHUNK
    assert result.sha256 == _sha(big_file)
    later.close()


def test_stale_record_starts_again_from_zero(signed_in: ApiClient, big_file: Path) -> None:
    upload = ResumableUpload(signed_in.transport, big_file, chunk_size=CHUNK)
    upload.progress = lambda done, total: upload.cancel() if done >= CHUNK else None
    with pytest.raises(UploadCancelled):
        upload.run()
    records = ResumeRecords()
    (entry,) = records.pending()
    # The service forgot it (expired and purged): point the record at an unknown upload.
    records.update(entry["key"], url=entry["url"].rsplit("/", 1)[0] + "/" + "0" * 32)
    result = ResumableUpload(signed_in.transport, big_file, chunk_size=CHUNK).run()
    assert result.resumed_from == 0 and result.sha256 == _sha(big_file)


def test_another_accounts_record_is_not_resumed(
    signed_in: ApiClient, service: LiveService, big_file: Path
) -> None:
    from tests.app.conftest import new_account

    upload = ResumableUpload(signed_in.transport, big_file, chunk_size=CHUNK)
    upload.progress = lambda done, total: upload.cancel() if done >= CHUNK else None
    with pytest.raises(UploadCancelled):
        upload.run()
    other = new_account(service)
    api = ApiClient(service.url)
    api.signin(other.email, other.password)
    result = ResumableUpload(api.transport, big_file, chunk_size=CHUNK).run()
    assert result.resumed_from == 0  # the stored upload answered 404 to this account
    api.close()


def test_terminate_discards_the_upload(signed_in: ApiClient, big_file: Path) -> None:
    upload = ResumableUpload(signed_in.transport, big_file, chunk_size=CHUNK)
    upload.progress = lambda done, total: upload.cancel() if done >= CHUNK else None
    with pytest.raises(UploadCancelled):
        upload.run()
    (entry,) = ResumeRecords().pending()
    upload.terminate()
    assert ResumeRecords().pending() == []
    with pytest.raises(errors.NotFound):
        signed_in.transport.request("HEAD", entry["url"], headers={"Tus-Resumable": "1.0.0"})


def test_uploaded_file_attaches_to_a_request(
    signed_in: ApiClient, account: Account, big_file: Path
) -> None:
    result = ResumableUpload(signed_in.transport, big_file, chunk_size=4 * CHUNK).run()
    product = signed_in.products()[0]
    filed = signed_in.create_support_request(
        {
            "type": "general",
            "product_id": product["id"],
            "description": "capture attached",
            "email": account.email,
            "country": "DE",
            "attachment_ids": [result.attachment_id],
        }
    )
    detail = signed_in.get_request(filed["id"])
    assert [a["sha256"] for a in detail["attachments"]] == [result.sha256]


def test_upload_rides_out_a_service_crash(tmp_path: Path, big_file: Path) -> None:
    """The service process dies mid-upload and comes back: the upload asks where it stands
    and goes on, without starting over."""
    data = tmp_path / "service"
    state = build_state(Settings(data_dir=data))
    with state.db.write() as db:
        accounts.create_user(db, email="crash@example.com", password=PASSWORD, active=True)
    state.db.dispose()
    proc = ServiceProcess(data_dir=data)
    proc.start()
    restarter: threading.Thread | None = None
    try:
        api = ApiClient(proc.url, backoff=0.2, retries=4)
        api.signin("crash@example.com", PASSWORD)
        seen: list[int] = []

        def crash_once(done: int, total: int) -> None:
            nonlocal restarter
            seen.append(done)
            if done >= 2 * CHUNK and restarter is None:
                assert proc.proc is not None
                proc.proc.kill()
                proc.proc.wait()
                restarter = threading.Thread(target=proc.start)
                restarter.start()

        upload = ResumableUpload(
            api.transport, big_file, chunk_size=CHUNK, progress=crash_once, retries=20
        )
        result = upload.run()
        assert restarter is not None
        assert result.sha256 == _sha(big_file)
        assert seen == sorted(seen)  # never went back to zero
        api.close()
    finally:
        if restarter is not None:
            restarter.join()
        proc.stop()
