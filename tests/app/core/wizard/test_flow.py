"""Every path through the wizard, without Qt: 8 types × signed in / credentials / skip."""

from __future__ import annotations

import pytest

from app.core.wizard.flow import (
    RequestTypeInfo,
    first_incomplete,
    may_skip_account,
    missing,
    next_step,
    previous_step,
    unsent_files,
)
from app.core.wizard.payload import support_request_payload
from app.core.wizard.state import AccountMode, AttachmentRef, Step, SysinfoRef, WizardState
from server.services.request_types import SUPPORT_TYPES

TYPES = [RequestTypeInfo(t.code, t.title, t.description, t.skippable) for t in SUPPORT_TYPES]
SKIPPABLE = {"suggestion", "license", "presale"}


def test_the_catalog_has_the_seed_types() -> None:
    assert len(TYPES) == 8
    assert {t.code for t in TYPES if t.skippable} == SKIPPABLE


def _walk(state: WizardState, how: str) -> list[Step]:
    """Fill each step as a user would, following next_step; return the steps visited."""
    visited = [state.step]
    state.product_id = 3
    while True:
        if state.step is Step.ACCOUNT:
            if how == "signed_in":
                state.account_mode = AccountMode.SIGNED_IN
            elif how == "credentials":
                # Typed, then verified by signing in on the page: until then it blocks.
                state.account_mode = AccountMode.CREDENTIALS
                state.login, state.password = "ABCDEFGH23", "secret"
                assert next_step(state, TYPES) is None
                state.account_mode = AccountMode.SIGNED_IN
            else:
                state.account_mode = AccountMode.SKIP
                assert next_step(state, TYPES) is None  # captcha still missing
                state.captcha_id, state.captcha_answer = "cid", "ABCDE"
        elif state.step is Step.DETAILS:
            assert set(missing(state, Step.DETAILS, TYPES)) == {"description", "email", "country"}
            state.description, state.email, state.country = "It fails.", "u@example.com", "DE"
        elif state.step is Step.SYSTEM:
            state.os_name = "Debian 12"
        nxt = next_step(state, TYPES)
        if nxt is None:
            return visited
        state.step = nxt
        visited.append(nxt)


@pytest.mark.parametrize("how", ["signed_in", "credentials", "skip"])
@pytest.mark.parametrize("type_code", [t.code for t in TYPES])
def test_every_path(type_code: str, how: str) -> None:
    state = WizardState(request_type=type_code)
    if how == "skip" and type_code not in SKIPPABLE:
        state.product_id = 1
        state.step = Step.ACCOUNT
        state.account_mode = AccountMode.SKIP
        state.captcha_id, state.captcha_answer = "cid", "ABCDE"
        assert not may_skip_account(state, TYPES)
        assert "account_mode" in missing(state, Step.ACCOUNT, TYPES)
        assert next_step(state, TYPES) is None
        return
    assert _walk(state, how) == list(Step)
    assert state.step is Step.REVIEW and next_step(state, TYPES) is None
    body = support_request_payload(state, {"format": "pc-trail/1", "entries": []})
    assert body["type"] == type_code and body["country"] == "DE"
    assert ("captcha_answer" in body) == (how == "skip")
    assert "password" not in body and "login" not in body


def test_step_one_needs_type_and_product() -> None:
    state = WizardState()
    assert set(missing(state, Step.TYPE, TYPES)) == {"request_type", "product_id"}
    state.request_type = "no-such-type"
    state.product_id = 1
    assert "request_type" in missing(state, Step.TYPE, TYPES)


def test_unfinished_uploads_do_not_hold_a_step_but_are_sent_first() -> None:
    """Uploads run in the background while the user goes on; Submit (or the outbox) sends
    what the service does not have yet, and only finished files are in the payload."""
    state = WizardState(step=Step.DETAILS, description="x", email="a@b.c", country="FR")
    state.attachments.append(AttachmentRef(path="/tmp/f", name="f", size=5))
    assert not missing(state, Step.DETAILS, TYPES)
    assert unsent_files(state) == state.attachments
    state.attachments[0].attachment_id = 9
    assert unsent_files(state) == []
    state.step = Step.SYSTEM
    state.os_name = "Windows 11"
    state.sysinfo = SysinfoRef(path="/tmp/r.zip")
    assert not missing(state, Step.SYSTEM, TYPES)
    assert unsent_files(state) == [state.sysinfo]
    state.attachments.append(AttachmentRef(path="/tmp/g", name="g", size=5))
    body = support_request_payload(state, None)
    assert body["attachment_ids"] == [9] and body["sysinfo_attachment_id"] is None


def test_back_and_resume_points() -> None:
    state = WizardState(request_type="general", product_id=1, step=Step.REVIEW)
    assert previous_step(state) is Step.SYSTEM
    assert previous_step(WizardState()) is None
    assert first_incomplete(state, TYPES) is Step.ACCOUNT
    state.account_mode = AccountMode.SIGNED_IN
    assert first_incomplete(state, TYPES) is Step.DETAILS


def test_state_round_trip_drops_secrets() -> None:
    state = WizardState(request_type="license", password="pw", captcha_answer="X", login="me")
    state.attachments.append(AttachmentRef(path="/p", name="p", size=1, attachment_id=4))
    data = state.to_dict()
    assert "password" not in data and "captcha_answer" not in data
    back = WizardState.from_dict({**data, "password": "smuggled"})
    assert back.password == "" and back.login == "me"
    assert back.attachments[0].attachment_id == 4 and back.idempotency_key == state.idempotency_key
