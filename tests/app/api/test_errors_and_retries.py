"""problem+json → typed errors, and retries only where a call may safely run twice."""

from __future__ import annotations

import pytest

from app.api import errors
from app.api.client import ApiClient
from tests.app.api.faults import FaultyServer
from tests.app.conftest import Account, ServiceFactory, issue_code, new_account
from tests.support.live_service import LiveService


def test_validation_refusal_carries_field_errors(signed_in: ApiClient) -> None:
    with pytest.raises(errors.ValidationFailed) as caught:
        signed_in.update_me({"country": "Germany", "company_admin_email": "not-an-address"})
    exc = caught.value
    assert exc.status == 422 and exc.code == "validation_error"
    assert set(exc.field_errors) >= {"country", "company_admin_email"}
    assert str(exc) == exc.message and exc.message


def test_service_refusal_codes_map_to_their_classes(
    signed_in: ApiClient, service: LiveService
) -> None:
    with pytest.raises(errors.ValidationFailed) as caught:
        signed_in.add_license("ABCDE-12345")
    assert caught.value.code == "code_format" and "code" in caught.value.field_errors
    code = issue_code(service)
    signed_in.add_license(code)
    with pytest.raises(errors.Conflict) as conflict:
        signed_in.add_license(code)
    assert conflict.value.status == 409 and conflict.value.code == "code_already_added"
    with pytest.raises(errors.NotFound) as missing:
        signed_in.get_request(2_000_000_000)
    assert missing.value.status == 404 and missing.value.message


def test_wrong_password_is_unauthorized_with_the_services_words(
    client: ApiClient, account: Account
) -> None:
    with pytest.raises(errors.Unauthorized) as caught:
        client.signin(account.email, "Wrong-Password-1")
    assert caught.value.code == "invalid_credentials"
    assert "password" in str(caught.value)
    assert not isinstance(caught.value, errors.SecondFactorRequired)


def test_signed_out_call_is_unauthorized(client: ApiClient) -> None:
    with pytest.raises(errors.Unauthorized) as caught:
        client.me()
    assert caught.value.status == 401


def test_lock_out_gives_retry_after(make_service: ServiceFactory, backend: str) -> None:
    svc = make_service(backend=backend, lockout_threshold=2)
    acct = new_account(svc)
    api = ApiClient(svc.url)
    locked: errors.Locked | None = None
    for _ in range(5):
        try:
            api.signin(acct.email, "Wrong-Password-1")
        except errors.Locked as exc:
            locked = exc
            break
        except errors.Unauthorized:
            continue
    assert locked is not None, "never locked"
    assert locked.status == 429 and locked.code in errors.LOCK_CODES
    assert isinstance(locked, errors.RateLimited)
    assert locked.retry_after is not None and locked.retry_after > 0
    # still locked for the right password: the time left is what the dialog shows
    with pytest.raises(errors.Locked):
        api.signin(acct.email, acct.password)
    api.close()


def test_stopped_service_get_retries_then_unreachable(
    make_service: ServiceFactory, backend: str
) -> None:
    svc = make_service(backend=backend)
    api = ApiClient(svc.url, retries=2, backoff=0.01)
    assert api.health()["status"] == "ok"
    svc.stop()
    with pytest.raises(errors.ServiceUnreachable) as caught:
        api.products()
    assert svc.url.removeprefix("http://") in str(caught.value)
    api.close()


def test_dropped_connections_get_retried_only_when_idempotent() -> None:
    with FaultyServer("drop") as net:
        api = ApiClient(net.url, retries=3, backoff=0.01)
        with pytest.raises(errors.ServiceUnreachable):
            api.products()  # GET
        assert net.connections == 4

        net.connections = 0
        with pytest.raises(errors.ServiceUnreachable):
            api.signin("someone@example.com", "Blue-Harbor-42x")  # POST without a key
        assert net.connections == 1

        net.connections = 0
        with pytest.raises(errors.ServiceUnreachable):
            api.add_license("ABCDE-12345-FGHIJ-67890")  # a create: POST with a key
        assert net.connections == 4

        net.connections = 0
        with pytest.raises(errors.ServiceUnreachable):
            api.update_me({"name": "x"})  # PATCH is not idempotent by method
        assert net.connections == 1
        api.close()


def test_gateway_503_is_retried_for_get_not_for_plain_post() -> None:
    with FaultyServer("503") as gateway:
        api = ApiClient(gateway.url, retries=2, backoff=0.01)
        with pytest.raises(errors.ServiceUnreachable) as caught:
            api.catalog()
        assert caught.value.status == 503 and gateway.connections == 3
        gateway.connections = 0
        with pytest.raises(errors.ServiceUnreachable):
            api.register(
                email="a@example.com",
                password="x",
                password_confirm="x",
                captcha_id="c",
                captcha_answer="a",
            )
        assert gateway.connections == 1
        api.close()


def test_same_idempotency_key_files_once(signed_in: ApiClient, account: Account) -> None:
    """What the outbox relies on: a retry with its own key replays the first answer."""
    product = signed_in.products()[0]
    payload = {
        "type": "general",
        "product_id": product["id"],
        "description": "sent twice by the outbox",
        "email": account.email,
        "country": "FR",
        "attachment_ids": [],
    }
    first = signed_in.create_support_request(payload, idempotency_key="outbox-key-1")
    again = signed_in.create_support_request(payload, idempotency_key="outbox-key-1")
    assert again["number"] == first["number"]
    assert len(signed_in.list_requests(q=first["number"]).items) == 1
    with pytest.raises(errors.ValidationFailed) as caught:
        signed_in.create_support_request(
            {**payload, "description": "other"}, idempotency_key="outbox-key-1"
        )
    assert caught.value.code == "idempotency_key_reused"
