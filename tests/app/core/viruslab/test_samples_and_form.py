"""The Virus Lab's samples and form without Qt: packed only as an encrypted zip that opens
with the password and holds the very bytes whose SHA-256 was shown; refused before packing
when too large, gone or changed; the form's rules, draft and outbox entry."""

from __future__ import annotations

import hashlib
import os
import zipfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
import pyzipper

from app.core.outbox import Outbox, QueuedFile
from app.core.viruslab.form import DraftFile, ViruslabForm
from app.core.viruslab.samples import (
    ARCHIVE,
    PackingCancelled,
    SampleError,
    pack,
    packed_archive,
    read_sample,
    read_samples,
)

EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
LIMIT = 1024 * 1024


def _file(folder: Path, name: str, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


def test_the_archive_opens_only_with_the_password_and_holds_the_same_bytes(
    tmp_path: Path,
) -> None:
    eicar = _file(tmp_path / "in", "eicar.com", EICAR)
    other = _file(tmp_path / "in", "blob.bin", os.urandom(300_000))
    samples, problems = read_samples([eicar, other], (), LIMIT)
    assert problems == []
    assert samples[0].sha256 == hashlib.sha256(EICAR).hexdigest()
    seen: list[tuple[int, int]] = []
    archive = pack(samples, tmp_path / "out", "infected", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (len(EICAR) + 300_000,) * 2
    assert EICAR not in archive.read_bytes()  # nothing of the sample in plain
    with pyzipper.AESZipFile(archive) as zf:
        zf.setpassword(b"infected")
        for sample in samples:
            assert hashlib.sha256(zf.read(sample.name)).hexdigest() == sample.sha256
    with pyzipper.AESZipFile(archive) as zf:
        zf.setpassword(b"wrong")
        with pytest.raises(RuntimeError, match="Bad password"):
            zf.read("eicar.com")
    with zipfile.ZipFile(archive) as plain, pytest.raises(RuntimeError):
        plain.read("eicar.com")  # encrypted: no reading without the password
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["samples.json", ARCHIVE]


def test_an_archive_packed_before_is_reused_so_its_upload_can_go_on(tmp_path: Path) -> None:
    samples, _ = read_samples([_file(tmp_path, "a.bin", b"abc" * 1000)], (), LIMIT)
    first = pack(samples, tmp_path / "out", "infected")
    stamp = first.stat().st_mtime_ns
    assert pack(samples, tmp_path / "out", "infected").stat().st_mtime_ns == stamp
    other, _ = read_samples([_file(tmp_path, "b.bin", b"xyz")], (), LIMIT)
    assert packed_archive(tmp_path / "out", other) is None


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: _file(d, "big.bin", b"x" * (LIMIT + 1)), "takes samples up to 1 MB"),
        (lambda d: _file(d, "empty.bin", b""), "empty"),
        (lambda d: d / "missing.exe", "quarantine"),
        (lambda d: (d / "folder").mkdir() or d / "folder", "is a folder"),
    ],
    ids=["too-large", "empty", "gone", "folder"],
)
def test_unusable_samples_are_refused_before_packing(
    tmp_path: Path, make: object, words: str
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    added, problems = read_samples([path], (), LIMIT)
    assert added == [] and len(problems) == 1 and words in problems[0]


def test_the_same_file_or_name_twice_is_refused(tmp_path: Path) -> None:
    a = _file(tmp_path / "one", "s.exe", b"one")
    b = _file(tmp_path / "two", "s.exe", b"two")
    first, _ = read_samples([a], (), LIMIT)
    added, problems = read_samples([a, b], first, LIMIT)
    assert added == [] and "added already" in problems[0] and "rename" in problems[1]


def test_a_sample_that_vanished_or_changed_after_it_was_added_stops_the_packing(
    tmp_path: Path,
) -> None:
    path = _file(tmp_path, "s.exe", b"original bytes")
    sample = read_sample(path, LIMIT)
    path.write_bytes(b"other bytes!!!")
    with pytest.raises(SampleError, match="changed after it was added"):
        pack([sample], tmp_path / "out", "infected")
    path.unlink()
    with pytest.raises(SampleError, match="quarantine"):
        pack([sample], tmp_path / "out", "infected")
    assert not list((tmp_path / "out").glob("*.zip*"))  # no half archive left


def test_cancel_stops_the_packing_and_leaves_nothing(tmp_path: Path) -> None:
    import threading

    sample = read_sample(_file(tmp_path, "s.bin", os.urandom(3 * 1024 * 1024)), 10 * LIMIT)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(PackingCancelled):
        pack([sample], tmp_path / "out", "infected", cancel=cancel)
    assert not list((tmp_path / "out").glob("*.zip*"))


def _complete(tmp_path: Path, **changes: object) -> ViruslabForm:
    sample = read_sample(_file(tmp_path, "s.exe", EICAR), LIMIT)
    form = ViruslabForm(
        type="malware",
        description="Came by mail.",
        product_id=1,
        email="me@example.com",
        samples=(sample,),
    )
    return replace(form, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"type": ""}, "type"),
        ({"product_id": None}, "product_id"),
        ({"description": "  "}, "description"),
        ({"email": ""}, "email"),
        ({"email": "nobody"}, "email"),
        ({"samples": ()}, "samples"),
        ({"type": "false_positive"}, "detection_name"),
        ({"product_version": "21"}, "product_version"),
        ({"last_db_update": date.today() + timedelta(days=2)}, "last_db_update"),
    ],
)
def test_the_forms_rules(tmp_path: Path, changes: dict[str, object], field: str) -> None:
    assert _complete(tmp_path).problems(today=date.today()) == {}
    assert field in _complete(tmp_path, **changes).problems(today=date.today())


def test_the_payload_lists_the_samples_and_the_detection_name_only_for_a_false_positive(
    tmp_path: Path,
) -> None:
    form = _complete(tmp_path, detection_name="EICAR-Test-File")
    assert "detection_name" not in form.payload()
    body = replace(form, type="false_positive").payload()
    assert body["detection_name"] == "EICAR-Test-File"
    assert body["samples"] == [
        {"name": "s.exe", "size": len(EICAR), "sha256": hashlib.sha256(EICAR).hexdigest()}
    ]


def test_the_draft_round_trips_and_never_holds_the_samples_bytes(tmp_path: Path) -> None:
    form = _complete(tmp_path, last_db_update=date(2026, 11, 30))
    draft = DraftFile(tmp_path / "drafts" / "viruslab.json")
    draft.save(form)
    assert EICAR.decode() not in draft.path.read_text()
    assert draft.load() == form
    draft.path.write_text("{not json")
    assert draft.load() is None and draft.path.with_suffix(".unreadable").exists()
    assert form.renewed().idempotency_key != form.idempotency_key


def test_a_queued_request_adopts_its_archive_without_copying(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox")
    folder = outbox.entry_folder("key1")
    folder.mkdir(parents=True)
    (folder / ARCHIVE).write_bytes(b"zip")
    entry = outbox.adopt(
        "key1", {"type": "malware"}, [QueuedFile(ARCHIVE, ARCHIVE, "sample")], kind="viruslab"
    )
    assert outbox.pending() == [entry]
    with pytest.raises(FileNotFoundError):
        outbox.adopt("key2", {}, [QueuedFile(ARCHIVE, ARCHIVE, "sample")], kind="viruslab")
