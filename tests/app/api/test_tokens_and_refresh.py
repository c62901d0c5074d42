"""Transparent refresh after the access token expires, and "remember me" in the keyring."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

import pytest
from keyring.backends import null
from keyrings.alt.file import PlaintextKeyring

from app.api import errors
from app.api.client import ApiClient
from app.api.tokens import KEYRING_SERVICE, KeyringTokenStore, MemoryTokenStore, Tokens
from tests.app.conftest import ServiceFactory, new_account
from tests.support.live_service import LiveService


def _wait_until_expired(access_token: str) -> None:
    """Access tokens name their expiry (``pc1.<session>.<exp>.<sig>``): wait past it."""
    expires = int(access_token.split(".")[2])
    while time.time() < expires + 0.05:
        time.sleep(0.05)


def test_expired_access_token_is_refreshed_once_and_the_call_repeated(
    make_service: ServiceFactory, backend: str
) -> None:
    svc = make_service(backend=backend, access_ttl=timedelta(seconds=2))
    acct = new_account(svc)
    tokens = MemoryTokenStore()
    api = ApiClient(svc.url, tokens=tokens)
    api.signin(acct.email, acct.password)
    first_access, first_refresh = tokens.access_token, tokens.refresh_token
    assert first_access and first_refresh
    _wait_until_expired(first_access)
    assert api.me()["email"] == acct.email  # 401 → refresh → repeated, unseen by the caller
    assert tokens.access_token != first_access
    assert tokens.refresh_token != first_refresh  # rotated
    api.close()


def test_refused_refresh_ends_the_sign_in(make_service: ServiceFactory, backend: str) -> None:
    svc = make_service(backend=backend, access_ttl=timedelta(seconds=2))
    acct = new_account(svc)
    ended: list[bool] = []
    api = ApiClient(svc.url, on_signed_out=lambda: ended.append(True))
    api.signin(acct.email, acct.password)
    # Another client spends our refresh token first: it rotates, so ours is refused.
    assert api.tokens.refresh_token and api.tokens.access_token
    thief = ApiClient(svc.url)
    thief.tokens.set(Tokens(access_token="", refresh_token=api.tokens.refresh_token))
    assert thief.refresh()
    _wait_until_expired(api.tokens.access_token)
    with pytest.raises(errors.Unauthorized) as caught:
        api.me()
    assert caught.value.code == "session_expired"
    assert not api.signed_in and ended == [True]
    api.close()
    thief.close()


def _file_keyring(folder: Path) -> PlaintextKeyring:
    ring = PlaintextKeyring()
    ring.file_path = str(folder / "keyring.cfg")  # type: ignore[misc]
    return ring


def test_remember_me_keeps_only_the_refresh_token_across_a_restart(
    service: LiveService, tmp_path: Path
) -> None:
    acct = new_account(service)
    ring = _file_keyring(tmp_path)
    store = KeyringTokenStore(service.url, backend=ring)
    assert store.available
    api = ApiClient(service.url, tokens=store)
    api.signin(acct.email, acct.password, remember=True)
    saved = ring.get_password(KEYRING_SERVICE, store.username)
    assert saved == store.refresh_token
    kept = Path(ring.file_path).read_text()
    assert store.access_token and store.access_token not in kept
    assert acct.password not in kept
    api.close()

    # "Restart": a new store and client find the remembered sign-in.
    store2 = KeyringTokenStore(service.url, backend=_file_keyring(tmp_path))
    assert store2.restore()
    assert store2.access_token is None
    api2 = ApiClient(service.url, tokens=store2)
    assert api2.me()["email"] == acct.email
    # the refresh token rotated; the keyring follows it
    assert ring.get_password(KEYRING_SERVICE, store.username) == store2.refresh_token != saved
    api2.signout()
    assert ring.get_password(KEYRING_SERVICE, store.username) is None
    assert not KeyringTokenStore(service.url, backend=ring).restore()
    api2.close()


def test_without_remember_me_nothing_is_kept(service: LiveService, tmp_path: Path) -> None:
    acct = new_account(service)
    ring = _file_keyring(tmp_path)
    store = KeyringTokenStore(service.url, backend=ring)
    api = ApiClient(service.url, tokens=store)
    api.signin(acct.email, acct.password, remember=True)
    assert store.saved
    api.signout()
    api.signin(acct.email, acct.password, remember=False)
    assert not store.saved
    assert ring.get_password(KEYRING_SERVICE, store.username) is None
    api.close()


def test_no_keyring_backend_says_so_and_keeps_nothing(service: LiveService) -> None:
    acct = new_account(service)
    store = KeyringTokenStore(service.url, backend=null.Keyring())
    assert not store.available
    api = ApiClient(service.url, tokens=store)
    api.signin(acct.email, acct.password, remember=True)
    assert api.me()["email"] == acct.email  # signed in for this run
    assert not store.saved
    assert "No keyring" in store.error
    assert not KeyringTokenStore(service.url, backend=null.Keyring()).restore()
    api.close()
