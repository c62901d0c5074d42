"""Sending the Virus Lab form: pack, upload, file — on a worker, with progress.

The archive is packed straight into the request's outbox folder, under its
Idempotency-Key: when the service cannot be reached, a signed-in request is queued there
as it stands (nothing copied, an unfinished upload keeps its place), and it goes out once,
by itself, when the service answers. A request without an account cannot wait in the
outbox (its captcha is checked at once and is single-use): it stays a draft with its
archive, and the next Send continues the upload where it stopped.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.api import errors
from app.api.client import ApiClient
from app.api.uploads import ResumeRecords
from app.core.outbox import Outbox, OutboxEntry, QueuedFile
from app.core.viruslab.form import ViruslabForm
from app.core.viruslab.samples import ARCHIVE, pack
from app.core.wizard.transfer import TEMPORARY, transfer_file

# (phase, done, total): phase is "packing", "uploading" or "filing".
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Sent:
    summary: dict[str, Any]


@dataclass(frozen=True)
class Queued:
    entry: OutboxEntry


@dataclass(frozen=True)
class Captcha:
    id: str
    answer: str


def send(
    client: ApiClient,
    form: ViruslabForm,
    *,
    outbox: Outbox,
    password: str,
    account: str = "",
    captcha: Captcha | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    records: ResumeRecords | None = None,
) -> Sent | Queued:
    """File ``form``; ``account`` is the signed-in Customer ID ("" without an account).

    Raises ``SampleError`` / ``PackingCancelled`` while packing, ``UploadCancelled`` when
    cancelled during the upload, and the client's errors; an unreachable service raises
    only without an account (with one, the request is queued).
    """

    def report(phase: str) -> Callable[[int, int], None]:
        return lambda done, total: progress(phase, done, total) if progress else None

    key = form.idempotency_key
    folder = outbox.entry_folder(key)
    archive = pack(form.samples, folder, password, progress=report("packing"), cancel=cancel)
    archive_id: int | None = None
    try:
        archive_id = transfer_file(
            client,
            archive,
            name=ARCHIVE,
            purpose="sample",
            progress=report("uploading"),
            cancel=cancel,
            records=records,
        ).attachment_id
        report("filing")(0, 0)
        summary = client.create_viruslab_request(
            {**form.payload(), "sample_attachment_ids": [archive_id]},
            idempotency_key=key,
            captcha_id=captcha.id if captcha else None,
            captcha_answer=captcha.answer if captcha else None,
        )
    except TEMPORARY:
        if not account:
            raise
        entry = outbox.adopt(
            key,
            form.payload(),
            [QueuedFile(stored=ARCHIVE, name=ARCHIVE, purpose="sample", attachment_id=archive_id)],
            account=account,
            draft=form.to_dict(),
            kind="viruslab",
        )
        return Queued(entry)
    forget(outbox, key)
    return Sent(dict(summary))


def forget(outbox: Outbox, key: str) -> None:
    """Drop the packed archive of a request that was sent or abandoned."""
    shutil.rmtree(outbox.entry_folder(key), ignore_errors=True)


def refusal_keeps_key(error: errors.ApiError) -> bool:
    """Whether the same Idempotency-Key may go again after ``error``: only when the
    service gave no verdict on this request (busy, our sign-in, a key still in flight)."""
    return error.status in (0, 401, 409, 429) or error.code == "idempotency_in_progress"
