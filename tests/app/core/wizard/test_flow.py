"""Every path through the wizard, without Qt: 8 types × signed in / credentials / skip."""

from __future__ import annotations

from dataclasses import fields as dataclass_fields

import pytest

from app.core.wizard.fields import (
    FIELDS,
    RECORDED_VALUES,
    SECRET_FIELDS,
    TRACKED,
    label,
    step_of,
)
from app.core.wizard.flow import (
    Facts,
    RequestTypeInfo,
    first_incomplete,
    may_skip_account,
    missing,
    next_step,
    previous_step,
    resume_point,
    settle,
    step_after,
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


def test_next_page_and_resume_point_come_from_the_flow() -> None:
    assert [step_after(s) for s in Step] == [*list(Step)[1:], None]
    state = WizardState(request_type="general", product_id=1, step=Step.SYSTEM)
    state.account_mode = AccountMode.SIGNED_IN
    state.description, state.email, state.country = "It fails.", "u@example.com", "DE"
    signed_in = Facts(signed_in=True, profile={"email": "u@example.com"})
    assert resume_point(state, signed_in, TYPES) is Step.SYSTEM
    # signed out since the draft was saved: step 2 is to be done again
    assert resume_point(state, Facts(), TYPES) is Step.ACCOUNT
    assert state.account_mode == ""


def test_settle_decides_what_the_pages_show() -> None:
    types = TYPES
    state = WizardState(request_type="suggestion", account_mode=AccountMode.SKIP)
    profile = {"email": "me@example.com", "country": "FR", "city": "Lyon", "company": ""}
    facts = Facts(signed_in=True, profile=profile, detected_os="Debian GNU/Linux 12")
    assert settle(state, Step.ACCOUNT, facts, types) == {"account_mode", "signed_in_as"}
    assert state.account_mode == AccountMode.SIGNED_IN and state.signed_in_as == "me@example.com"
    state.city = "Paris"  # typed: the account's city does not overwrite it
    assert settle(state, Step.DETAILS, facts, types) == {"email", "country"}
    assert (state.email, state.country, state.city) == ("me@example.com", "FR", "Paris")
    assert settle(state, Step.SYSTEM, facts, types) == {"os_name"}
    state.os_name = "Windows 11"  # corrected by the user: kept
    assert settle(state, Step.SYSTEM, facts, types) == set()
    # a skip the type does not allow is undone; a skip it allows stays
    state = WizardState(request_type="application", account_mode=AccountMode.SKIP)
    assert settle(state, Step.ACCOUNT, Facts(), types) == {"account_mode"}
    state = WizardState(request_type="license", account_mode=AccountMode.SKIP)
    assert settle(state, Step.ACCOUNT, Facts(), types) == set()


def test_every_field_comes_from_the_one_table() -> None:
    state = WizardState(request_type="license", product_id=2, product_version=" 21.3 ")
    state.account_mode = AccountMode.SKIP
    state.captcha_id, state.captcha_answer, state.password = "cid", "ABCDE", "pw"
    state.sysinfo = SysinfoRef(path="/r.zip", attachment_id=7)
    body = support_request_payload(state, None)
    assert set(body) == {f.payload_key for f in FIELDS if f.payload_key} | {"trail"}
    assert body["product_version"] == "21.3" and body["sysinfo_attachment_id"] == 7
    state.account_mode = AccountMode.SIGNED_IN
    assert "captcha_answer" not in support_request_payload(state, None)
    assert {"password", "captcha_id", "captcha_answer"} == SECRET_FIELDS
    assert not SECRET_FIELDS & RECORDED_VALUES
    assert set(TRACKED) <= {f.name for f in dataclass_fields(WizardState)}
    assert step_of("os") is Step.SYSTEM and step_of("type") is Step.TYPE
    assert label("sysinfo_attachment_id") == "GetSystemInfo report"
