"""The running SHA-256 of uploads: handed back only for the offset it covers."""

from __future__ import annotations

import hashlib

from server.services.upload_digests import RunningDigests


def test_a_new_upload_starts_empty_and_goes_on_from_what_was_kept() -> None:
    digests = RunningDigests()
    first = digests.resume("u1", 0)
    assert first is not None
    first.update(b"abc")
    digests.keep("u1", 3, first)
    first.update(b"not stored")  # what is kept is a copy, as it was at offset 3
    later = digests.resume("u1", 3)
    assert later is not None
    later.update(b"def")
    assert later.hexdigest() == hashlib.sha256(b"abcdef").hexdigest()


def test_another_offset_or_a_forgotten_upload_has_none() -> None:
    digests = RunningDigests()
    digest = hashlib.sha256(b"abc")
    digests.keep("u1", 3, digest)
    assert digests.resume("u1", 5) is None  # bytes this process did not see
    assert digests.resume("u2", 3) is None
    digests.forget("u1")
    assert digests.resume("u1", 3) is None


def test_the_oldest_are_forgotten_beyond_the_limit() -> None:
    digests = RunningDigests(limit=2)
    for name in ("a", "b", "c"):
        digests.keep(name, 1, hashlib.sha256(b"x"))
    assert len(digests) == 2
    assert digests.resume("a", 1) is None
    assert digests.resume("c", 1) is not None
