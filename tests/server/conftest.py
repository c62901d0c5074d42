"""The real service on loopback, on SQLite and on PostgreSQL, with mail to a real SMTP server."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from server.services import accounts
from tests.support.databases import postgres_unavailable, temporary_database
from tests.support.http import Caller
from tests.support.live_service import SHARED_LIMITS, LiveService, start_in_thread
from tests.support.mailbox import Mailbox

STRONG_PASSWORD = "Blue-Harbor-42x"


@pytest.fixture(scope="session")
def mailbox() -> Iterator[Mailbox]:
    box = Mailbox()
    box.start()
    yield box
    box.stop()


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgres":
        reason = postgres_unavailable()
        if reason:
            pytest.skip(reason)
    return str(request.param)


ServiceFactory = Callable[..., LiveService]


@pytest.fixture(scope="session")
def _session_services(
    tmp_path_factory: pytest.TempPathFactory, mailbox: Mailbox
) -> Iterator[Callable[[str, dict[str, Any]], LiveService]]:
    stack = ExitStack()

    def start(backend: str, overrides: dict[str, Any]) -> LiveService:
        folder = tmp_path_factory.mktemp(f"service-{backend}")
        url = stack.enter_context(temporary_database(backend, folder))
        svc = start_in_thread(
            {"data_dir": folder / "data", "database_url": url, "mail_url": mailbox.url, **overrides}
        )
        stack.callback(svc.stop)
        return svc

    with stack:
        yield start


@pytest.fixture(scope="session")
def _shared(
    _session_services: Callable[[str, dict[str, Any]], LiveService],
) -> dict[str, LiveService]:
    return {}


@pytest.fixture
def service(
    backend: str,
    _shared: dict[str, LiveService],
    _session_services: Callable[[str, dict[str, Any]], LiveService],
) -> LiveService:
    """One service per backend for the whole session; tests isolate by unique accounts."""
    if backend not in _shared:
        _shared[backend] = _session_services(backend, SHARED_LIMITS)
    return _shared[backend]


@pytest.fixture
def make_service(backend: str, tmp_path: Path, mailbox: Mailbox) -> Iterator[ServiceFactory]:
    """A fresh service with its own database and settings, for rules that need other limits."""
    stack = ExitStack()

    def start(**overrides: Any) -> LiveService:
        folder = tmp_path / uuid.uuid4().hex[:6]
        url = stack.enter_context(temporary_database(backend, folder))
        svc = start_in_thread(
            {"data_dir": folder / "data", "database_url": url, "mail_url": mailbox.url, **overrides}
        )
        stack.callback(svc.stop)
        return svc

    with stack:
        yield start


def unique_email(tag: str = "user") -> str:
    return f"{tag}-{uuid.uuid4().hex[:10]}@example.com"


def new_account(
    svc: LiveService,
    *,
    role: str = "customer",
    email: str | None = None,
    signin: bool = True,
    name: str = "",
) -> Caller:
    """An active account made through the service's own code, then signed in over HTTP."""
    email = email or unique_email(role)
    assert svc.state is not None
    with svc.state.db.write() as db:
        user = accounts.create_user(
            db, email=email, password=STRONG_PASSWORD, role=role, active=True, name=name
        )
        cid, uid = user.customer_id, user.id
    caller = Caller(
        api=svc.api, email=email, password=STRONG_PASSWORD, customer_id=cid, user_id=uid
    )
    if signin:
        r = caller.signin()
        assert r.status_code == 200, r.text
    return caller


@pytest.fixture
def customer(service: LiveService) -> Caller:
    return new_account(service)


@pytest.fixture
def other_customer(service: LiveService) -> Caller:
    return new_account(service)


@pytest.fixture
def staff(service: LiveService) -> Caller:
    return new_account(service, role="staff")


@pytest.fixture
def anon(service: LiveService) -> Caller:
    return Caller(api=service.api)
