"""The client asks the service for the interface language (P1): Accept-Language."""

from __future__ import annotations

import pytest

from app.api import errors
from app.api.client import ApiClient
from app.api.transport import accept_language, system_language
from tests.support.live_service import LiveService


def test_refusals_come_in_the_interface_language(service: LiveService) -> None:
    client = ApiClient(service.url, retries=0, language="de")
    try:
        with pytest.raises(errors.ApiError) as raised:
            client.me()
        assert str(raised.value) == "Melden Sie sich an, um fortzufahren."
        client.transport.set_language("en")
        with pytest.raises(errors.ApiError) as raised:
            client.me()
        assert str(raised.value) == "Sign in to continue."
    finally:
        client.close()


def test_header_follows_the_setting_or_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    assert accept_language("ru") == "ru, en;q=0.5"
    assert accept_language("en") == "en"
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "pl_PL.UTF-8")
    assert system_language() == "pl-PL" and accept_language("") == "pl-PL, en;q=0.5"
    monkeypatch.setenv("LC_ALL", "C")
    assert accept_language("") == "en"
