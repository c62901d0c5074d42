"""Fixtures for the client's tests.

Every app test gets its own profile (all client paths in a temporary folder). Tests that
talk to the service get the REAL one on loopback (``tests/support/live_service``) with mail
going to a real SMTP server on loopback (``tests/support/mailbox``) — never a mock.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.core import paths
from server.services import accounts, catalog, licenses
from server.services.demo_seed import seed_demo
from tests.support.databases import postgres_unavailable, temporary_database
from tests.support.live_service import SHARED_LIMITS, LiveService, start_in_thread
from tests.support.mailbox import Mailbox

PASSWORD = "Blue-Harbor-42x"


@pytest.fixture(autouse=True)
def profile_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Redirect ``app.core.paths`` (config, data, cache, logs…) to a fresh folder."""
    home = tmp_path / "profile"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    return home


@pytest.fixture(scope="session")
def mailbox() -> Iterator[Mailbox]:
    box = Mailbox()
    box.start()
    yield box
    box.stop()


ServiceFactory = Callable[..., LiveService]


def _start(
    stack: ExitStack, folder: Path, backend: str, mailbox: Mailbox, overrides: dict[str, Any]
) -> LiveService:
    if backend == "postgres":
        reason = postgres_unavailable()
        if reason:
            pytest.skip(reason)
    url = stack.enter_context(temporary_database(backend, folder))
    svc = start_in_thread(
        {"data_dir": folder / "data", "database_url": url, "mail_url": mailbox.url, **overrides}
    )
    stack.callback(svc.stop)
    assert svc.state is not None
    with svc.state.db.write() as db:
        seed_demo(db)
    return svc


@pytest.fixture(scope="session")
def _shared_services(
    tmp_path_factory: pytest.TempPathFactory, mailbox: Mailbox
) -> Iterator[Callable[[str], LiveService]]:
    """One seeded service per backend for the whole session; tests use their own accounts."""
    stack = ExitStack()
    running: dict[str, LiveService] = {}

    def get(backend: str) -> LiveService:
        if backend not in running:
            folder = tmp_path_factory.mktemp(f"app-service-{backend}")
            running[backend] = _start(stack, folder, backend, mailbox, SHARED_LIMITS)
        return running[backend]

    with stack:
        yield get


@pytest.fixture
def make_service(tmp_path: Path, mailbox: Mailbox) -> Iterator[ServiceFactory]:
    """A fresh seeded service with its own settings (short TTLs, small lock-out limits);
    ``backend=`` chooses the database (SQLite by default)."""
    stack = ExitStack()

    def start(*, backend: str = "sqlite", **overrides: Any) -> LiveService:
        folder = tmp_path / f"svc-{uuid.uuid4().hex[:6]}"
        return _start(stack, folder, backend, mailbox, overrides)

    with stack:
        yield start


@dataclass(frozen=True)
class Account:
    email: str
    password: str
    customer_id: str


def unique_email(tag: str = "user") -> str:
    return f"{tag}-{uuid.uuid4().hex[:10]}@example.com"


def new_account(svc: LiveService, *, role: str = "customer", name: str = "") -> Account:
    """An active account made through the service's own code (not over HTTP)."""
    email = unique_email(role)
    assert svc.state is not None
    with svc.state.db.write() as db:
        user = accounts.create_user(
            db, email=email, password=PASSWORD, role=role, active=True, name=name
        )
        return Account(email=email, password=PASSWORD, customer_id=user.customer_id)


def issue_code(svc: LiveService, *, product: str = "internet-security", seats: int = 3) -> str:
    """A fresh activation code, issued as the ``issue-licenses`` command would."""
    assert svc.state is not None
    with svc.state.db.write() as db:
        prod = catalog.product_by_slug(db, product)
        assert prod is not None
        (lic,) = licenses.issue(
            db, product=prod, seats=seats, expires_at=datetime.now(UTC) + timedelta(days=365)
        )
        return lic.code
