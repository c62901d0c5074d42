"""Moving the wizard's files and requests to the service, without Qt.

One path for every file the wizard sends (attachments, the GetSystemInfo report, the
outbox's queued copies): checked first (unreadable, empty, too large), then inside the form
up to 2 MB or by resumable upload above, and confirmed by the service's SHA-256 against
our own. ``bench/upload.py`` measures this very function. The outbox reaches the service
through ``ClientOutbox``, which turns the client's errors into "try later" or "refused".
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.api import errors
from app.api.client import FORM_FILE_LIMIT, ApiClient
from app.api.uploads import ResumableUpload, ResumeRecords
from app.core import validators
from app.core.outbox import Outbox, OutboxEntry, Refused, Unreachable
from app.core.text import QT_TRANSLATE_NOOP, message_of
from app.core.wizard.fields import label
from app.core.wizard.flow import unsent_files
from app.core.wizard.state import AttachmentRef, SysinfoRef, WizardState

FORM_LIMIT = FORM_FILE_LIMIT
MAX_FILE_SIZE = 4 * 1024**3  # the service's default Tus-Max-Size
MAX_FILES = 50  # the service takes at most 50 attachment ids per request
# One PATCH per part. Parts are streamed from the file (memory stays flat), a cut or a
# pause keeps what the service stored of the part, and progress is reported within it; so
# the size only sets how often the service's end-of-part work (sync, record) holds the
# transfer up: at 8 MB that cost a 200 MB file a fifth of its speed.
CHUNK_SIZE = 64 * 1024 * 1024
_READ = 1024 * 1024

Progress = Callable[[int, int], None]


class UnusableFile(validators.Invalid):
    """A file that cannot be attached; the message says which and why."""


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "bytes":
                return f"{int(value)} byte{'s' if int(value) != 1 else ''}"
            return f"{value:.1f} {unit}".replace(".0 ", " ")
        value /= 1024
    return f"{size} bytes"


def check_file(path: Path) -> int:
    """The file's size, once it is known to be a regular, readable, non-empty file within
    the limit; otherwise ``UnusableFile`` with a message for the user."""
    name = path.name
    try:
        if path.is_dir():
            raise UnusableFile(
                QT_TRANSLATE_NOOP(
                    "Transfer", "“{name}” is a folder; attach the files in it, or a zip of it."
                ).format(name=name)
            )
        size = path.stat().st_size
        with open(path, "rb") as fh:
            fh.read(1)
    except FileNotFoundError:
        raise UnusableFile(
            QT_TRANSLATE_NOOP(
                "Transfer", "“{name}” no longer exists; it was moved or deleted."
            ).format(name=name)
        ) from None
    except PermissionError:
        raise UnusableFile(
            QT_TRANSLATE_NOOP(
                "Transfer", "“{name}” cannot be read: you do not have permission to open it."
            ).format(name=name)
        ) from None
    except OSError as exc:
        raise UnusableFile(
            QT_TRANSLATE_NOOP("Transfer", "“{name}” cannot be read: {value}.").format(
                name=name, value=exc.strerror or exc
            )
        ) from None
    if size == 0:
        raise UnusableFile(
            QT_TRANSLATE_NOOP(
                "Transfer", "“{name}” is empty (0 bytes); there is nothing in it to send."
            ).format(name=name)
        )
    if size > MAX_FILE_SIZE:
        raise UnusableFile(
            QT_TRANSLATE_NOOP(
                "Transfer",
                "“{name}” is {size}; files up to {limit} can be attached. Compress it or "
                "split it into parts.",
            ).format(name=name, size=human_size(size), limit=human_size(MAX_FILE_SIZE))
        )
    return size


def check_files(
    chosen: Sequence[Path], known: Collection[str], room: int
) -> tuple[list[AttachmentRef], list[str]]:
    """The chosen files that may be attached, and a sentence for each that may not.

    ``known`` are the paths attached already, ``room`` how many more fit. This reads the
    disk (a file on a slow share, or a pipe, can hold it up), so the wizard runs it on a
    worker.
    """
    refs: list[AttachmentRef] = []
    problems: list[str] = []
    seen = set(known)
    for path in chosen:
        path = path.resolve()
        if str(path) in seen:
            problems.append(
                QT_TRANSLATE_NOOP("Transfer", "“{name}” is attached already.").format(
                    name=path.name
                )
            )
            continue
        if len(refs) >= room:
            problems.append(
                QT_TRANSLATE_NOOP(
                    "Transfer", "A request takes at most {count} files; pack more in a zip."
                ).format(count=MAX_FILES)
            )
            break
        try:
            size = check_file(path)
        except UnusableFile as exc:
            problems.append(message_of(exc))
            continue
        refs.append(
            AttachmentRef(
                path=str(path),
                name=path.name,
                size=size,
                transfer="form" if size <= FORM_LIMIT else "resumable",
            )
        )
        seen.add(str(path))
    return refs, problems


def file_sha256(path: Path, cancel: threading.Event | None = None) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_READ):
            if cancel is not None and cancel.is_set():
                return ""
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class Transferred:
    attachment_id: int
    sha256: str
    size: int
    resumed_from: int = 0  # > 0: a resumable upload went on from where it had stopped


class _Hasher(threading.Thread):
    """Our own SHA-256 of a large file, computed while it uploads (hashlib lets go of the
    GIL), to compare with the one the service computed from what it stored."""

    def __init__(self, path: Path) -> None:
        super().__init__(name="sha256", daemon=True)
        self.path = path
        self.digest = ""
        self.error: OSError | None = None
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            self.digest = file_sha256(self.path, self.stop)
        except OSError as exc:
            self.error = exc


def _mismatch(name: str) -> errors.ApiError:
    return errors.ApiError(
        QT_TRANSLATE_NOOP(
            "Transfer",
            "The service stored “{name}” with a different checksum: the file changed while it "
            "was sent, or it was damaged on the way. Send it again.",
        ).format(name=name),
        code="checksum_mismatch",
    )


def transfer_file(
    client: ApiClient,
    path: Path,
    *,
    name: str = "",
    purpose: str = "file",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    chunk_size: int | None = None,
    records: ResumeRecords | None = None,
) -> Transferred:
    """Send one file and return the attachment the service made of it.

    Raises ``UnusableFile``, the client's ``ApiError``s, or ``UploadCancelled`` when
    ``cancel`` is set during a resumable upload (it then resumes from where it stopped).
    """
    name = name or path.name
    size = check_file(path)
    if size <= FORM_LIMIT:
        content = path.read_bytes()
        if len(content) != size:
            raise UnusableFile(
                QT_TRANSLATE_NOOP(
                    "Transfer", "“{name}” changed while it was read; add it again."
                ).format(name=name)
            )
        ours = hashlib.sha256(content).hexdigest()
        if progress is not None:
            progress(0, size)
        answer = client.upload_attachment(content, filename=name, purpose=purpose)
        if answer["sha256"] != ours:
            raise _mismatch(name)
        if progress is not None:
            progress(size, size)
        return Transferred(answer["id"], answer["sha256"], size)

    upload = ResumableUpload(
        client.transport,
        path,
        purpose=purpose,
        filename=name,
        chunk_size=chunk_size or CHUNK_SIZE,
        records=records,
    )

    def moved(done: int, total: int) -> None:
        if cancel is not None and cancel.is_set():
            upload.cancel()
        if progress is not None:
            progress(done, total)

    upload.progress = moved
    if cancel is not None and cancel.is_set():
        upload.cancel()
    hasher = _Hasher(upload.path)
    hasher.start()
    try:
        result = upload.run()
    except BaseException:
        hasher.stop.set()
        hasher.join()
        raise
    hasher.join()
    if hasher.error is not None:
        raise UnusableFile(
            QT_TRANSLATE_NOOP("Transfer", "“{name}” cannot be read: {value}.").format(
                name=name, value=hasher.error.strerror or hasher.error
            )
        )
    service_sha = result.sha256 or client.attachment_meta(result.attachment_id)["sha256"]
    if service_sha != hasher.digest:
        raise _mismatch(name)
    return Transferred(result.attachment_id, service_sha, result.size, result.resumed_from)


def discard_upload(client: ApiClient, path: Path) -> None:
    """Forget an unfinished resumable upload of ``path``, here and on the service."""
    # Nothing to discard, or the service forgets it when it expires.
    with contextlib.suppress(OSError, errors.ApiError):
        ResumableUpload(client.transport, path).terminate()


# -- requests -------------------------------------------------------------------------------


def unsent(state: WizardState) -> list[tuple[Path, str, str]]:
    """The files Submit still has to send, as the outbox takes them: (path, name, purpose)."""
    return [
        (Path(f.path), f.name, "sysinfo" if isinstance(f, SysinfoRef) else "file")
        for f in unsent_files(state)
    ]


def queue_request(
    outbox: Outbox, state: WizardState, payload: dict[str, Any], account: str
) -> OutboxEntry:
    """Put the request in the outbox with copies of the files the service does not have.
    Files that are gone are left out rather than keeping the request from going."""
    files = [(p, n, purpose) for p, n, purpose in unsent(state) if p.is_file()]
    return outbox.enqueue(
        state.idempotency_key,
        payload,
        files,
        account=account,
        draft=state.to_dict(with_secrets=False),
    )


def refusal_text(error: errors.ApiError) -> str:
    """The service's refusal with the fields it names, for a list the user reads later."""
    details = [f"{label(k)}: {v}" for k, v in error.field_errors.items()]
    return " ".join([str(error), *details])


TEMPORARY = (errors.ServiceUnreachable, errors.RateLimited, errors.ServerError)


class ClientOutbox:
    """``OutboxTransport`` over the API client: errors that pass (service away, busy, our
    sign-in gone) leave the entry queued; the service's refusals mark it refused."""

    def __init__(self, client: ApiClient) -> None:
        self.client = client

    def _call(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except errors.Unauthorized as exc:
            raise Unreachable(
                "Sign in again to send it; it waits until you do. " + str(exc)
            ) from exc
        except TEMPORARY as exc:
            raise Unreachable(str(exc)) from exc
        except errors.ApiError as exc:
            raise Refused(refusal_text(exc)) from exc
        except (validators.Invalid, OSError) as exc:
            raise Refused(str(exc)) from exc

    def upload(self, path: Path, name: str, purpose: str) -> int:
        return int(
            self._call(
                lambda: transfer_file(self.client, path, name=name, purpose=purpose).attachment_id
            )
        )

    def create_support_request(
        self, payload: dict[str, Any], idempotency_key: str
    ) -> dict[str, Any]:
        return dict(
            self._call(
                lambda: self.client.create_support_request(payload, idempotency_key=idempotency_key)
            )
        )

    def create_viruslab_request(
        self, payload: dict[str, Any], idempotency_key: str
    ) -> dict[str, Any]:
        return dict(
            self._call(
                lambda: self.client.create_viruslab_request(
                    payload, idempotency_key=idempotency_key
                )
            )
        )
