"""The sign-in state machine: pure transitions, and the same machine driven against the real
service on loopback (wrong password, lock-out with its time, both second factors, a stopped
service)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pyotp
import pytest

from app.api.client import ApiClient
from app.core.signin_flow import (
    Answered,
    Call,
    CallMailCode,
    CallSecondFactor,
    CallSignIn,
    Effect,
    Event,
    Notice,
    Refused,
    SendCode,
    SignedIn,
    SignInState,
    Stage,
    StartOver,
    Submit,
    Tick,
    advance,
    outcome,
)
from tests.app.conftest import Account, ServiceFactory, new_account
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox, code_in

CID = "AB12CD34EF"


def waiting_for_code(method: str = "totp") -> SignInState:
    state, _ = advance(SignInState(), Submit("me@example.com", "pw", False), 0.0)
    extra = {"ticket": "t-1", "method": method}
    state, _ = advance(state, Refused("second_factor_required", "Enter the code.", extra=extra), 0)
    return state


# -- pure transitions -----------------------------------------------------------------------


def test_submit_checks_the_fields_before_calling() -> None:
    state, effects = advance(SignInState(), Submit("not an id", "pw"), 0.0)
    assert effects == () and not state.busy
    assert state.notice is Notice.INVALID and "login" in state.field_errors
    assert state.focus == "login"
    state, effects = advance(SignInState(), Submit("me@example.com", ""), 0.0)
    assert effects == () and state.field_errors == {"password": ""} and state.focus == "password"


def test_submit_signs_in_with_the_normalised_login_then_reports_who() -> None:
    state, effects = advance(SignInState(), Submit(f"  {CID.lower()} ", "pw", True), 0.0)
    assert effects == (CallSignIn(CID, "pw", True),) and state.busy
    again, more = advance(state, Submit(CID, "pw"), 0.0)
    assert (again, more) == (state, ())  # one call at a time
    state, effects = advance(state, Answered(), 0.0)
    assert state.stage is Stage.SIGNED_IN and not state.busy
    assert effects == (SignedIn(CID, True),)


def test_wrong_password_is_an_error_at_the_password() -> None:
    state, _ = advance(SignInState(), Submit("me@example.com", "pw"), 0.0)
    state, effects = advance(state, Refused("invalid_credentials", "It is wrong."), 0.0)
    assert effects == () and state.stage is Stage.CREDENTIALS
    assert state.notice is Notice.WRONG_PASSWORD
    assert state.field_errors == {"password": "It is wrong."} and state.focus == "password"


def test_second_factor_then_code_then_signed_in() -> None:
    state = waiting_for_code("email")
    assert state.stage is Stage.SECOND_FACTOR and state.notice is Notice.ASK_CODE
    assert (state.ticket, state.method, state.focus) == ("t-1", "email", "code")
    state, effects = advance(state, Submit(code="12 34 5"), 0.0)
    assert effects == () and "code" in state.field_errors
    state, effects = advance(state, Submit(code="123 456"), 0.0)
    assert effects == (CallSecondFactor("t-1", "123456"),)
    state, effects = advance(state, Refused("invalid_code", "Wrong code."), 0.0)
    assert state.notice is Notice.WRONG_CODE and state.stage is Stage.SECOND_FACTOR
    state, effects = advance(state, SendCode(), 0.0)
    assert effects == (CallMailCode("t-1"),)
    state, effects = advance(state, Answered("Sent."), 0.0)
    assert state.notice is Notice.CODE_SENT and effects == () and state.ticket == "t-1"
    state, _ = advance(state, Submit(code="654321"), 0.0)
    state, effects = advance(state, Answered(), 0.0)
    assert state.stage is Stage.SIGNED_IN and effects == (SignedIn("me@example.com", False),)
    assert state.ticket == ""


def test_an_expired_ticket_or_start_over_goes_back_to_the_password() -> None:
    state, _ = advance(waiting_for_code(), Submit(code="123456"), 0.0)
    state, _ = advance(state, Refused("ticket_invalid", "Sign in again."), 0.0)
    assert state.stage is Stage.CREDENTIALS and state.ticket == ""
    assert state.notice is Notice.STARTED_OVER and state.focus == "password"
    state, effects = advance(waiting_for_code(), StartOver(), 0.0)
    assert state.stage is Stage.CREDENTIALS and effects == ()
    # a mailed code is only asked for while a code is awaited
    assert advance(state, SendCode(), 0.0) == (state, ())


def test_locked_until_the_retry_after_then_free_again() -> None:
    state, _ = advance(SignInState(), Submit(CID, "pw"), 100.0)
    state, _ = advance(state, Refused("account_locked", "Locked.", status=429, retry_after=90), 100)
    assert state.notice is Notice.LOCKED and state.lock_code == "account_locked"
    assert state.locked_until == 190.0 and state.seconds_left(130.0) == 60
    assert advance(state, Submit(CID, "right"), 150.0) == (state, ())  # even the right one
    assert advance(state, Tick(), 150.0) == (state, ())
    state, effects = advance(state, Tick(), 190.0)
    assert state.notice is Notice.UNLOCKED and not state.locked_until and effects == ()
    _, effects = advance(state, Submit(CID, "right"), 191.0)
    assert effects == (CallSignIn(CID, "right", False),)


def test_a_lock_without_retry_after_still_holds_a_moment() -> None:
    state, _ = advance(SignInState(), Submit(CID, "pw"), 0.0)
    state, _ = advance(state, Refused("too_many_attempts", "Wait."), 0.0)
    assert state.locked(0.5) and state.lock_code == "too_many_attempts"


def test_unreachable_and_other_refusals_keep_the_form() -> None:
    state, _ = advance(SignInState(), Submit(CID, "pw"), 0.0)
    down, _ = advance(state, Refused("service_unreachable", "Not reachable."), 0.0)
    assert down.notice is Notice.UNREACHABLE and down.text == "Not reachable." and not down.busy
    inactive, _ = advance(state, Refused("not_activated", "Activate first.", status=403), 0.0)
    assert inactive.notice is Notice.NOT_ACTIVATED
    fields, _ = advance(state, Refused("validation", "Bad.", field_errors={"login": "No."}), 0.0)
    assert fields.notice is Notice.INVALID and fields.focus == "login"
    other, _ = advance(state, Refused("http_500", "Broken."), 0.0)
    assert other.notice is Notice.REFUSED and other.text == "Broken."


def test_answers_nobody_waits_for_are_ignored() -> None:
    idle = SignInState()
    assert advance(idle, Answered(), 0.0) == (idle, ())
    assert advance(idle, Refused("invalid_credentials", "x"), 0.0) == (idle, ())
    done, _ = advance(advance(idle, Submit(CID, "pw"), 0.0)[0], Answered(), 0.0)
    assert advance(done, Submit(CID, "pw"), 0.0) == (done, ())


# -- against the real service ---------------------------------------------------------------


@pytest.fixture
def service(_shared_services: Callable[[str], LiveService]) -> LiveService:
    return _shared_services("sqlite")


@pytest.fixture
def client_of() -> Iterator[Callable[[LiveService], ApiClient]]:
    made: list[ApiClient] = []

    def make(svc: LiveService) -> ApiClient:
        made.append(ApiClient(svc.url, backoff=0.01, retries=0))
        return made[-1]

    yield make
    for client in made:
        client.close()


def drive(
    client: ApiClient, state: SignInState, event: Event, now: float = 0.0
) -> tuple[SignInState, list[Effect]]:
    """Advance, carrying out each call on the service, until the machine waits for the user."""
    done: list[Effect] = []
    events = [event]
    while events:
        state, effects = advance(state, events.pop(), now)
        for effect in effects:
            done.append(effect)
            if isinstance(effect, Call):
                events.append(outcome(client, effect))
    return state, done


def test_password_sign_in_on_the_service(
    service: LiveService, client_of: Callable[[LiveService], ApiClient]
) -> None:
    account = new_account(service)
    client = client_of(service)
    state, _ = drive(client, SignInState(), Submit(account.email, "Wrong-Password-1"))
    assert state.notice is Notice.WRONG_PASSWORD and "wrong" in state.field_errors["password"]
    state, effects = drive(client, state, Submit(account.customer_id.lower(), account.password))
    assert state.stage is Stage.SIGNED_IN
    assert effects[-1] == SignedIn(account.customer_id, False)
    assert client.signed_in and client.me()["email"] == account.email


def test_totp_and_email_code_on_the_service(
    service: LiveService, client_of: Callable[[LiveService], ApiClient], mailbox: Mailbox
) -> None:
    account = new_account(service)
    setup = client_of(service)
    setup.signin(account.email, account.password)
    totp = pyotp.TOTP(setup.totp_enrol()["secret"])
    setup.totp_confirm(totp.now())
    client = client_of(service)
    state, _ = drive(client, SignInState(), Submit(account.email, account.password))
    assert state.stage is Stage.SECOND_FACTOR and state.method == "totp" and state.ticket
    wrong = "000000" if totp.now() != "000000" else "111111"
    state, _ = drive(client, state, Submit(code=wrong))
    assert state.notice is Notice.WRONG_CODE and state.stage is Stage.SECOND_FACTOR
    state, _ = drive(client, state, Submit(code=totp.now()))
    assert state.stage is Stage.SIGNED_IN and client.me()["totp_enabled"]

    other = new_account(service)
    setup.signout()
    setup.signin(other.email, other.password)
    setup.set_email_otp(True, other.password)
    client = client_of(service)
    state, _ = drive(client, SignInState(), Submit(other.email, other.password))
    assert state.method == "email"
    first = code_in(mailbox.wait_for(other.email, subject="code"))
    state, _ = drive(client, state, SendCode())
    assert state.notice is Notice.CODE_SENT
    second = code_in(mailbox.wait_for(other.email, subject="code", count=2))
    if second != first:
        state, _ = drive(client, state, Submit(code=first))  # the first code is replaced
        assert state.notice is Notice.WRONG_CODE
    state, _ = drive(client, state, Submit(code=second))
    assert state.stage is Stage.SIGNED_IN and client.signed_in


def test_lock_out_on_the_service_counts_from_its_retry_after(
    make_service: ServiceFactory, client_of: Callable[[LiveService], ApiClient]
) -> None:
    svc = make_service(lockout_threshold=3, lockout_base=timedelta(seconds=90))
    account: Account = new_account(svc)
    client = client_of(svc)
    state = SignInState()
    for _ in range(6):
        state, _ = drive(client, state, Submit(account.customer_id, "Wrong-Password-1"), 1000.0)
        if state.locked_until:
            break
        assert state.notice is Notice.WRONG_PASSWORD
    assert state.notice is Notice.LOCKED and state.lock_code == "account_locked"
    assert 1000.0 < state.locked_until <= 1090.0
    state, effects = drive(client, state, Submit(account.customer_id, account.password), 1001.0)
    assert effects == [] and state.stage is Stage.CREDENTIALS
    # the service holds the lock too: once the machine lets a try through, it refuses again
    state, _ = drive(client, state, Tick(), state.locked_until)
    state, _ = drive(client, state, Submit(account.customer_id, account.password), 2000.0)
    assert state.notice is Notice.LOCKED and state.locked(2000.0)


def test_a_stopped_service_is_unreachable_and_the_form_stays(
    make_service: ServiceFactory, client_of: Callable[[LiveService], ApiClient]
) -> None:
    svc = make_service()
    account = new_account(svc)
    client = client_of(svc)
    svc.stop()
    state, _ = drive(client, SignInState(), Submit(account.email, account.password))
    assert state.notice is Notice.UNREACHABLE and state.text and not state.busy
    assert state.stage is Stage.CREDENTIALS
