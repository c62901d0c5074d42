"""Which step comes next, and what each step still needs: pure functions of the state."""

from __future__ import annotations

from collections.abc import Collection

from app.core.catalog import RequestType
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
            problems["request_type"] = "Choose the type of your request."
        if state.product_id is None:
            problems["product_id"] = "Choose the product you use."
    elif step is Step.ACCOUNT:
        if state.account_mode == AccountMode.SKIP and not may_skip_account(state, types):
            problems["account_mode"] = (
                "This type of request needs your Customer ID or e-mail and password."
            )
        elif state.account_mode not in (AccountMode.SIGNED_IN, AccountMode.SKIP):
            problems["account_mode"] = "Sign in, or skip this step where it is allowed."
        if state.account_mode == AccountMode.SKIP and not (
            state.captcha_id and state.captcha_answer
        ):
            problems["captcha_answer"] = "Type the characters from the picture."
    elif step is Step.DETAILS:
        if not state.description.strip():
            problems["description"] = "Describe your problem in detail."
        if not state.email.strip():
            problems["email"] = "Give your e-mail address for the answer."
        if not state.country:
            problems["country"] = "Choose your country."
    elif step is Step.SYSTEM and not state.os_name.strip():
        problems["os_name"] = "Give your operating system."
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


def next_step(state: WizardState, types: Collection[RequestTypeInfo]) -> Step | None:
    """The step after the current one, or None when the current step is not complete yet
    or is the last (the review page submits)."""
    if missing(state, state.step, types) or state.step is Step.REVIEW:
        return None
    return Step(state.step + 1)


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
