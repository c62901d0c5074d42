"""The thin client against the real service, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from app.api.client import ApiClient
from tests.app.conftest import Account, new_account
from tests.support.live_service import LiveService


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def service(backend: str, _shared_services: Callable[[str], LiveService]) -> LiveService:
    return _shared_services(backend)


@pytest.fixture
def client(service: LiveService) -> Iterator[ApiClient]:
    """An anonymous client of the shared service."""
    api = ApiClient(service.url, backoff=0.01)
    yield api
    api.close()


@pytest.fixture
def account(service: LiveService) -> Account:
    return new_account(service)


@pytest.fixture
def signed_in(client: ApiClient, account: Account) -> ApiClient:
    client.signin(account.email, account.password)
    return client
