"""Which step comes next, what each step still needs, and what the state becomes when the
world around the wizard changes (signed in or out, the account's contact details, the
computer's operating system). The Qt wizard asks these functions and only shows the answer.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core.catalog import RequestType
from app.core.text import QT_TRANSLATE_NOOP
from app.core.wizard.fields import FROM_PROFILE, of_step
from app.core.wizard.state import AccountMode, AttachmentRef, Step, SysinfoRef, WizardState

# A request type as the catalog describes it (one definition for the whole client).
RequestTypeInfo = RequestType


def may_skip_account(state: WizardState, types: Collection[RequestTypeInfo]) -> bool:
    """Seed 000 Q5: only Suggestions, Key problem / License expiration and Pre-sale."""
    return any(t.code == state.request_type and t.skippable for t in types)


def missing(state: WizardState, step: Step, types: Collection[RequestTypeInfo]) -> dict[str, str]:
    """Field → message for what stops the user leaving ``step``; empty when it may be left.

    Formats (e-mail, version) are the validators' job on the page; this says what is absent.
    """
    problems: dict[str, str] = {}
    if step is Step.TYPE:
        if state.request_type not in {t.code for t in types}:
            problems["request_type"] = QT_TRANSLATE_NOOP("Flow", "Choose the type of your request.")
        if state.product_id is None:
            problems["product_id"] = QT_TRANSLATE_NOOP("Flow", "Choose the product you use.")
    elif step is Step.ACCOUNT:
        if state.account_mode == AccountMode.SKIP and not may_skip_account(state, types):
            problems["account_mode"] = QT_TRANSLATE_NOOP(
                "Flow", "This type of request needs your Customer ID or e-mail and password."
            )
        elif state.account_mode not in (AccountMode.SIGNED_IN, AccountMode.SKIP):
            problems["account_mode"] = QT_TRANSLATE_NOOP(
                "Flow", "Sign in, or skip this step where it is allowed."
            )
        if state.account_mode == AccountMode.SKIP and not (
            state.captcha_id and state.captcha_answer
        ):
            problems["captcha_answer"] = QT_TRANSLATE_NOOP(
                "Flow", "Type the characters from the picture."
            )
    for f in of_step(step):
        if f.required and not str(getattr(state, f.name) or "").strip():
            problems[f.name] = f.required
    return problems


def unsent_files(state: WizardState) -> list[AttachmentRef | SysinfoRef]:
    """Files the service does not have yet: Submit sends them first (or the outbox does).

    Uploads run in the background while the user goes on, so they never hold a step; a file
    still travelling, paused or refused by an unreachable service is listed here.
    """
    files: list[AttachmentRef | SysinfoRef] = [a for a in state.attachments if not a.done]
    if state.sysinfo is not None and state.sysinfo.attachment_id is None:
        files.append(state.sysinfo)
    return files


def step_after(step: Step) -> Step | None:
    """The page Next leads to from ``step`` (whether or not ``step`` is complete: leaving it
    is checked by ``missing``); None after the review, where Submit finishes."""
    return None if step is Step.REVIEW else Step(step + 1)


def next_step(state: WizardState, types: Collection[RequestTypeInfo]) -> Step | None:
    """The step after the current one, or None when the current step is not complete yet
    or is the last (the review page submits)."""
    if missing(state, state.step, types):
        return None
    return step_after(state.step)


def previous_step(state: WizardState) -> Step | None:
    return None if state.step is Step.TYPE else Step(state.step - 1)


def first_incomplete(state: WizardState, types: Collection[RequestTypeInfo]) -> Step:
    """Where a resumed draft or a Back-and-correct should land: the first step still missing
    something, or the review."""
    for step in Step:
        if step is Step.REVIEW:
            return step
        if missing(state, step, types):
            return step
    return Step.REVIEW


# -- what the state becomes around it -------------------------------------------------------


@dataclass(frozen=True)
class Facts:
    """What the wizard knows from outside its state, at the moment it asks."""

    signed_in: bool = False
    profile: Mapping[str, Any] = field(default_factory=dict)  # the signed-in account's
    detected_os: str = ""  # ``environment.detect_os()``: proposed on step 4


def settle(
    state: WizardState, step: Step, facts: Facts, types: Collection[RequestTypeInfo]
) -> set[str]:
    """Bring ``state`` up to date with ``facts`` when ``step`` is shown (or the facts change
    while it is); returns the names of the fields that changed.

    Signed in, the request is filed under the account; signed out meanwhile, step 2 is to
    be done again; a skip the request type does not allow is undone; the account's contact
    details fill the fields left empty; the detected operating system is proposed.
    """
    changed: set[str] = set()

    def put(name: str, value: Any) -> None:
        if getattr(state, name) != value:
            setattr(state, name, value)
            changed.add(name)

    if state.account_mode == AccountMode.SIGNED_IN and not facts.signed_in:
        put("account_mode", "")  # signed out meanwhile
    if step is Step.ACCOUNT:
        if facts.signed_in:
            put("account_mode", AccountMode.SIGNED_IN)
            who = facts.profile.get("email") or state.signed_in_as or "your account"
            put("signed_in_as", str(who))
        elif state.account_mode == AccountMode.SKIP and not may_skip_account(state, types):
            put("account_mode", "")
    if facts.signed_in and step is Step.DETAILS:
        for name in FROM_PROFILE:
            if not getattr(state, name) and facts.profile.get(name):
                put(name, str(facts.profile[name]))
    if step is Step.SYSTEM and not state.os_name and facts.detected_os:
        put("os_name", facts.detected_os)
    return changed


def resume_point(state: WizardState, facts: Facts, types: Collection[RequestTypeInfo]) -> Step:
    """Where a resumed draft lands: where it was left, or earlier at the first step still
    missing something (a sign-in that is gone makes that step 2)."""
    settle(state, state.step, facts, types)
    return min(state.step, first_incomplete(state, types))
