"""The submission lifecycle without Qt: each event leads to the next state and effects."""

from __future__ import annotations

from app.core.wizard import submission as sub
from app.core.wizard.state import AccountMode, Step, WizardState
from tests.app.core.wizard.test_flow import TYPES


def complete(mode: str = AccountMode.SIGNED_IN) -> WizardState:
    state = WizardState(request_type="license", product_id=1, account_mode=mode)
    state.description, state.email, state.country = "It fails.", "u@example.com", "DE"
    state.os_name = "Debian 12"
    if mode == AccountMode.SKIP:
        state.captcha_id, state.captcha_answer = "cid", "ABCDE"
    return state


def run(
    submission: sub.Submission, event: sub.Event, state: WizardState
) -> tuple[sub.Submission, list[sub.Effect]]:
    return sub.advance(submission, event, state, TYPES)


def sending(state: WizardState) -> sub.Submission:
    submission, effects = run(sub.Submission(), sub.Submit(signed_in=True), state)
    assert submission.phase is sub.Phase.SENDING_FILES and submission.busy
    assert effects == [sub.SendFiles()]
    return submission


def creating(state: WizardState) -> sub.Submission:
    submission, effects = run(sending(state), sub.FilesSettled(), state)
    assert submission.phase is sub.Phase.CREATING and effects == [sub.CreateRequest()]
    return submission


def test_files_then_request_then_done() -> None:
    state = complete()
    submission, effects = run(creating(state), sub.Created({"number": "S-1"}), state)
    assert submission.phase is sub.Phase.SENT and submission.finished
    assert effects == [sub.Finish("sent", {"number": "S-1"})]
    # once finished, nothing moves it again
    assert run(submission, sub.Submit(signed_in=True), state) == (submission, [])


def test_submit_with_something_missing_goes_back_there() -> None:
    state = complete()
    state.email = ""
    submission, effects = run(sub.Submission(), sub.Submit(signed_in=True), state)
    assert submission.phase is sub.Phase.EDITING and effects == [sub.GoBack(Step.DETAILS)]
    # signed out since step 2: that step first, and the account forgotten
    state = complete()
    submission, effects = run(sub.Submission(), sub.Submit(signed_in=False), state)
    assert effects == [sub.ForgetAccount(), sub.GoBack(Step.ACCOUNT)]


def test_a_second_submit_while_busy_does_nothing() -> None:
    state = complete()
    busy = sending(state)
    assert run(busy, sub.Submit(signed_in=True), state) == (busy, [])


def test_files_that_failed_stop_with_their_names() -> None:
    state = complete()
    files = (sub.UnsentFile("a.log", offline=False, message="cannot be read"),)
    submission, effects = run(sending(state), sub.FilesSettled(files), state)
    assert submission.phase is sub.Phase.EDITING
    assert len(effects) == 1 and isinstance(effects[0], sub.ShowError)
    assert "a.log: cannot be read." in effects[0].message


def test_unreachable_service_queues_a_signed_in_request() -> None:
    state = complete()
    offline = (sub.UnsentFile("a.log", offline=True, message="offline"),)
    for before, event in (
        (sending(state), sub.FilesSettled(offline)),
        (creating(state), sub.Unreachable()),
    ):
        submission, effects = run(before, event, state)
        assert submission.phase is sub.Phase.QUEUEING and effects == [sub.QueueRequest()]
    done, effects = run(submission, sub.Queued("entry"), state)
    assert done.phase is sub.Phase.QUEUED and effects == [sub.Finish("queued", "entry")]
    again, effects = run(submission, sub.QueueFailed("disk full"), state)
    assert again.phase is sub.Phase.EDITING
    assert effects == [sub.ShowError("The request could not be kept: disk full")]


def test_unreachable_service_keeps_an_anonymous_request_as_a_draft() -> None:
    state = complete(AccountMode.SKIP)
    submission, effects = run(creating(state), sub.Unreachable(), state)
    assert submission.phase is sub.Phase.EDITING
    assert effects == [sub.KeepDraft(), sub.ShowError(sub.NOT_QUEUED)]


def test_a_refusal_gets_a_new_key_and_points_to_its_step() -> None:
    state = complete()
    refused = sub.Refused("Check the fields.", status=422, field_errors={"os": "Too long."})
    submission, effects = run(creating(state), refused, state)
    assert submission.phase is sub.Phase.EDITING
    assert effects == [sub.RenewKey(), sub.GoBack(Step.SYSTEM, problems={"os": "Too long."})]
    # the earliest step of the fields named
    both = sub.Refused("x", status=422, field_errors={"os": "a", "email": "b"})
    assert run(creating(state), both, state)[1][-1].step is Step.DETAILS  # type: ignore[union-attr]
    # an answer that is not the service's verdict keeps the key
    busy = sub.Refused("Busy.", status=429, code="rate_limited")
    assert run(creating(state), busy, state)[1] == [sub.ShowError("Busy.")]
    in_progress = sub.Refused("Wait.", status=422, code="idempotency_in_progress")
    assert sub.RenewKey() not in run(creating(state), in_progress, state)[1]


def test_captcha_and_sign_in_refusals() -> None:
    state = complete(AccountMode.SKIP)
    wrong = sub.Refused("Wrong characters.", status=422, code="captcha_invalid")
    assert run(creating(state), wrong, state)[1] == [
        sub.RenewKey(),
        sub.AskCaptcha("Wrong characters."),
    ]
    gone = sub.Refused("Sign in again.", status=401, code="sign_in_required")
    assert run(creating(complete()), gone, state)[1] == [
        sub.ForgetAccount(),
        sub.GoBack(Step.ACCOUNT, message="Sign in again."),
    ]


def test_files_the_service_lost_are_sent_again_once() -> None:
    state = complete()
    lost = sub.Refused("Not found.", status=404, code="attachment_not_found")
    submission, effects = run(creating(state), lost, state)
    assert submission.phase is sub.Phase.SENDING_FILES and submission.files_resent
    assert effects == [sub.RenewKey(), sub.ForgetUploads(), sub.SendFiles()]
    submission, _ = run(submission, sub.FilesSettled(), state)
    submission, effects = run(submission, lost, state)
    assert submission.phase is sub.Phase.EDITING
    assert effects == [sub.RenewKey(), sub.ShowError("Not found.")]
    # a new Submit by the user may try that once more
    assert not run(submission, sub.Submit(signed_in=True), state)[0].files_resent


def test_late_answers_are_ignored() -> None:
    state = complete()
    idle = sub.Submission()
    for event in (sub.Created({}), sub.Unreachable(), sub.Queued(None), sub.FilesSettled()):
        assert run(idle, event, state) == (idle, [])
