"""Samples are read as bytes and nothing else: never opened by another program, previewed,
executed or indexed, and never written anywhere in plain. They go into one AES-encrypted
zip with the password the Virus Lab asks for, so that no scanner or mail filter on the
way acts on them.

A file the system will not let us read is most often one a security product (ours
included) has just locked or moved to quarantine: the messages say so.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import pyzipper

from app.core import atomic, validators
from app.core.text import QT_TRANSLATE_NOOP, message_of
from app.core.wizard.transfer import human_size

MAX_SAMPLES = 20
_READ = 1024 * 1024
QUARANTINE_HINT = QT_TRANSLATE_NOOP(
    "Samples",
    "A security product may have locked it or moved it to quarantine: restore it from "
    "quarantine (or pause real-time protection for this folder) and add it again.",
)

Progress = Callable[[int, int], None]


class SampleError(validators.Invalid):
    """A sample that cannot be used; the message says which and why."""


class PackingCancelled(Exception):
    """The user cancelled while the samples were being packed."""


@dataclass(frozen=True)
class Sample:
    path: str
    name: str
    size: int
    sha256: str

    def listing(self) -> dict[str, object]:
        """As the service keeps it with the request."""
        return {"name": self.name, "size": self.size, "sha256": self.sha256}


def _unreadable(name: str, exc: OSError) -> SampleError:
    if isinstance(exc, FileNotFoundError):
        return SampleError(
            QT_TRANSLATE_NOOP("Samples", "“{name}” is no longer there. {hint}").format(
                name=name, hint=QUARANTINE_HINT
            )
        )
    if isinstance(exc, PermissionError) or getattr(exc, "winerror", 0) in (5, 32, 33):
        return SampleError(
            QT_TRANSLATE_NOOP(
                "Samples", "“{name}” cannot be read: access was refused. {hint}"
            ).format(name=name, hint=QUARANTINE_HINT)
        )
    return SampleError(
        QT_TRANSLATE_NOOP("Samples", "“{name}” cannot be read: {value}.").format(
            name=name, value=exc.strerror or exc
        )
    )


def _digest(path: Path, cancel: threading.Event | None) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        while chunk := fh.read(_READ):
            if cancel is not None and cancel.is_set():
                raise PackingCancelled
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def read_sample(path: Path, limit: int, cancel: threading.Event | None = None) -> Sample:
    """The sample with its SHA-256, once it is a readable, non-empty file within ``limit``."""
    name = path.name
    try:
        if path.is_dir():
            raise SampleError(
                QT_TRANSLATE_NOOP("Samples", "“{name}” is a folder; add the files in it.").format(
                    name=name
                )
            )
        size = path.stat().st_size
        if size > limit:
            raise SampleError(
                QT_TRANSLATE_NOOP(
                    "Samples", "“{name}” is {size}; the Virus Lab takes samples up to {limit}."
                ).format(name=name, size=human_size(size), limit=human_size(limit))
            )
        if size == 0:
            raise SampleError(
                QT_TRANSLATE_NOOP(
                    "Samples", "“{name}” is empty (0 bytes); there is nothing in it to check."
                ).format(name=name)
            )
        read, sha = _digest(path, cancel)
    except OSError as exc:
        raise _unreadable(name, exc) from None
    if read != size:
        raise SampleError(
            QT_TRANSLATE_NOOP(
                "Samples", "“{name}” changed while it was read; add it again."
            ).format(name=name)
        )
    return Sample(str(path.resolve()), name, size, sha)


def read_samples(
    chosen: Sequence[Path], known: Sequence[Sample], limit: int
) -> tuple[list[Sample], list[str]]:
    """The chosen files that may be added, and a sentence for each that may not. Reads
    every byte (for the SHA-256), so it runs on a worker."""
    added: list[Sample] = []
    problems: list[str] = []
    paths = {s.path for s in known}
    names = {s.name for s in known}
    for path in chosen:
        if len(known) + len(added) >= MAX_SAMPLES:
            problems.append(
                QT_TRANSLATE_NOOP("Samples", "Send at most {count} samples in one request.").format(
                    count=MAX_SAMPLES
                )
            )
            break
        resolved = str(path.resolve())
        if resolved in paths:
            problems.append(
                QT_TRANSLATE_NOOP("Samples", "“{name}” is added already.").format(name=path.name)
            )
            continue
        if path.name in names:
            problems.append(
                QT_TRANSLATE_NOOP(
                    "Samples",
                    "Another sample is called “{name}” already; rename one of them first.",
                ).format(name=path.name)
            )
            continue
        try:
            sample = read_sample(path, limit)
        except SampleError as exc:
            problems.append(message_of(exc))
            continue
        added.append(sample)
        paths.add(resolved)
        names.add(sample.name)
    return added, problems


# -- the archive ----------------------------------------------------------------------------

ARCHIVE = "samples.zip"
_MANIFEST = "samples.json"


def _manifest(samples: Sequence[Sample]) -> list[dict[str, object]]:
    return [asdict(s) for s in samples]


def packed_archive(folder: Path, samples: Sequence[Sample]) -> Path | None:
    """The archive packed earlier for exactly these samples, kept so that its upload can
    go on where it stopped (a new packing has a new salt, hence other bytes)."""
    archive, manifest = folder / ARCHIVE, folder / _MANIFEST
    try:
        if json.loads(manifest.read_text(encoding="utf-8")) == _manifest(samples):
            return archive if archive.is_file() else None
    except (OSError, ValueError):
        return None
    return None


def pack(
    samples: Sequence[Sample],
    folder: Path,
    password: str,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Pack ``samples`` into ``folder/samples.zip`` (AES-256, deflated), streaming each
    file in parts, and check on the way that every byte is the one whose SHA-256 the user
    was shown. Reuses an archive packed earlier for the same samples."""
    earlier = packed_archive(folder, samples)
    if earlier is not None:
        return earlier
    folder.mkdir(parents=True, exist_ok=True)
    archive = folder / ARCHIVE
    partial = folder / (ARCHIVE + ".part")
    total, done = sum(s.size for s in samples), 0
    try:
        with pyzipper.AESZipFile(
            partial, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
        ) as zf:
            zf.setpassword(password.encode())
            for sample in samples:
                digest = hashlib.sha256()
                try:
                    with open(sample.path, "rb") as src, zf.open(sample.name, "w") as dst:
                        while chunk := src.read(_READ):
                            if cancel is not None and cancel.is_set():
                                raise PackingCancelled
                            digest.update(chunk)
                            dst.write(chunk)
                            done += len(chunk)
                            if progress is not None:
                                progress(done, total)
                except OSError as exc:
                    raise _unreadable(sample.name, exc) from None
                if digest.hexdigest() != sample.sha256:
                    raise SampleError(
                        QT_TRANSLATE_NOOP(
                            "Samples",
                            "“{name}” changed after it was added (its SHA-256 is not the one "
                            "shown). Remove it and add it again.",
                        ).format(name=sample.name)
                    )
        os.replace(partial, archive)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    atomic.write_json(folder / _MANIFEST, _manifest(samples))
    return archive
