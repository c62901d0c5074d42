"""Files on an S3-compatible store: moto's standalone server on loopback (a real HTTP S3
API, started by the test as its own process), the service's storage backend over it, and
the service with ``storage_backend = "s3"``: a form upload, a tus upload cut by a worker's
SIGKILL and finished by a new worker, downloads only through the access check."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

from server.db.session import Database
from server.services import accounts
from server.services.s3_storage import S3Location, S3Storage
from tests.server.test_uploads import KB, create, head, patch
from tests.support.accounts import STRONG_PASSWORD
from tests.support.databases import postgres_unavailable, temporary_database
from tests.support.http import Caller
from tests.support.live_service import ServiceProcess, free_port

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


@dataclass
class S3Server:
    endpoint: str
    bucket: str

    def location(self, prefix: str = "") -> S3Location:
        return S3Location(
            bucket=self.bucket,
            prefix=prefix,
            endpoint_url=self.endpoint,
            access_key_id="testing",
            secret_access_key="testing",
        )

    def env(self) -> dict[str, str]:
        return {
            "PC_SERVER_STORAGE_BACKEND": "s3",
            "PC_SERVER_S3_BUCKET": self.bucket,
            "PC_SERVER_S3_ENDPOINT_URL": self.endpoint,
            "PC_SERVER_S3_ACCESS_KEY_ID": "testing",
            "PC_SERVER_S3_SECRET_ACCESS_KEY": "testing",
            "PC_SERVER_S3_PREFIX": "pc/",
        }


@pytest.fixture(scope="module")
def s3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3Server]:
    port = free_port()
    log = tmp_path_factory.mktemp("moto") / "moto.log"
    server = Path(sys.executable).with_name("moto_server")
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(server), "-H", "127.0.0.1", "-p", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, **CREDENTIALS},
        )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(endpoint, timeout=2)
                break
            except requests.ConnectionError:
                assert proc.poll() is None, log.read_text()
                assert time.monotonic() < deadline, "moto_server did not start"
                time.sleep(0.1)
        bucket = f"pc-{uuid.uuid4().hex[:8]}"
        where = S3Location(
            bucket=bucket,
            endpoint_url=endpoint,
            access_key_id="testing",
            secret_access_key="testing",
        )
        S3Storage(where).s3.create_bucket(Bucket=bucket)
        yield S3Server(endpoint, bucket)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_objects_stream_in_and_out(s3: S3Server) -> None:
    store = S3Storage(s3.location(prefix=f"t{uuid.uuid4().hex[:6]}/"))
    data = os.urandom(3 * 1024 * KB + 17)
    chunks = [data[i : i + 256 * KB] for i in range(0, len(data), 256 * KB)]
    assert store.put("files/ab/one", chunks) == len(data)
    assert store.size("files/ab/one") == len(data)
    with store.open("files/ab/one") as stream:
        assert stream.read() == data
        stream.seek(-22, os.SEEK_END)  # a zip's end record is read this way
        assert stream.read() == data[-22:]
    store.delete("files/ab/one")
    assert store.size("files/ab/one") == 0
    with pytest.raises(FileNotFoundError):
        store.open("files/ab/one")


def test_resumable_writes_keep_what_was_synced(s3: S3Server) -> None:
    store = S3Storage(s3.location(prefix=f"t{uuid.uuid4().hex[:6]}/"))
    key = "files/cd/two"
    data = os.urandom(900 * KB)
    writer = store.open_at(key, 0)
    writer.write(data[: 300 * KB])
    writer.sync()
    writer.write(data[300 * KB : 500 * KB])  # never synced: the line dropped
    writer.close()
    assert store.size(key) == 300 * KB
    writer = store.open_at(key, 300 * KB)
    writer.write(data[300 * KB :])
    writer.sync()
    writer.close()
    assert store.size(key) == len(data)
    with store.open(key) as stream:
        assert stream.read() == data
    with pytest.raises(ValueError):
        store.open_at(key + "x", 10)
    store.delete(key)
    assert store.size(key) == 0


@pytest.mark.skipif(postgres_unavailable() is not None, reason=str(postgres_unavailable()))
def test_the_service_keeps_files_on_s3_across_a_worker_restart(
    s3: S3Server, tmp_path: Path
) -> None:
    env = {**s3.env(), "PC_SERVER_TOKEN_SECRET": uuid.uuid4().hex * 2}
    with temporary_database("postgres", tmp_path) as url:

        def worker(name: str) -> ServiceProcess:
            # A data folder of its own: nothing but the database and the bucket is shared.
            proc = ServiceProcess(
                data_dir=tmp_path / name,
                database_url=url,
                env=env,
                log_file=tmp_path / f"{name}.log",
            )
            proc.start()
            return proc

        first = worker("first")
        try:
            owner, stranger = (_account(url, first) for _ in range(2))
            data = os.urandom(700 * KB)
            r = create(owner, len(data))
            assert r.status_code == 201, r.text
            path = urlsplit(r.headers["Location"]).path
            assert patch(owner, f"{first.url}{path}", 0, data[: 300 * KB]).status_code == 204
            form = owner.post("/attachments", files={"file": ("small.txt", b"hello s3")})
            assert form.status_code == 201, form.text
        finally:
            first.kill()  # SIGKILL: the worker is gone mid-upload

        second = worker("second")
        try:
            for caller in (owner, stranger):
                caller.api = f"{second.url}/api/v1"
            at = f"{second.url}{path}"
            assert head(owner, at).headers["Upload-Offset"] == str(300 * KB)
            r = patch(owner, at, 300 * KB, data[300 * KB :])
            assert r.status_code == 204, r.text
            assert r.headers["Upload-Sha256"] == hashlib.sha256(data).hexdigest()
            big = r.headers["Upload-Attachment-Id"]
            small = form.json()["id"]
            assert owner.get(f"/attachments/{big}").content == data
            assert owner.get(f"/attachments/{small}").content == b"hello s3"
            for att in (big, small):  # someone else's file is not there for a stranger
                assert stranger.get(f"/attachments/{att}").status_code == 404
                assert Caller(api=stranger.api).get(f"/attachments/{att}").status_code == 401
            stored = [p for p in (tmp_path / "second").rglob("*") if "files" in p.parts]
            assert stored == []  # no file content on the worker's disk
        finally:
            second.stop()


def _account(url: str, svc: ServiceProcess) -> Caller:
    email = f"s3-{uuid.uuid4().hex[:8]}@example.com"
    db = Database.connect(url)
    try:
        with db.write() as s:
            accounts.create_user(s, email=email, password=STRONG_PASSWORD, active=True)
    finally:
        db.dispose()
    caller = Caller(api=f"{svc.url}/api/v1", email=email, password=STRONG_PASSWORD)
    assert caller.signin().status_code == 200
    return caller
