"""Signing in (A3) as one state machine, shared by the sign-in dialog and the wizard's step 2.

``advance(state, event, now)`` is pure: it returns the next state and the effects to carry
out (calls to the service, "signed in"). ``outcome(client, effect)`` makes such a call and
turns its answer, a refusal included, into the next event. Times are ``time.monotonic()``
seconds passed in by the caller, so a lock-out counts down without the machine reading a
clock. Texts written here are the service's own (its ``detail`` is meant for users) or the
validators'; what the client says in its own words is named by a ``Notice`` for the GUI to
phrase (and translate).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from app.core import validators
from app.core.text import message_of

if TYPE_CHECKING:
    from app.api.client import ApiClient

LOCK_CODES = frozenset({"account_locked", "too_many_attempts"})


class Stage(StrEnum):
    CREDENTIALS = "credentials"
    SECOND_FACTOR = "second_factor"
    SIGNED_IN = "signed_in"


class Notice(StrEnum):
    """What the message line says; ``text`` carries the service's or a validator's words."""

    NONE = ""
    WRONG_PASSWORD = "wrong_password"  # at the password field
    WRONG_CODE = "wrong_code"  # at the code field
    STARTED_OVER = "started_over"  # the second-factor ticket expired or was spent
    LOCKED = "locked"  # counting down to ``locked_until``
    UNLOCKED = "unlocked"  # the lock-out ran out: "you can try again now"
    UNREACHABLE = "unreachable"
    NOT_ACTIVATED = "not_activated"
    ASK_CODE = "ask_code"  # the password was right: now the code
    CODE_SENT = "code_sent"  # a new code is on its way by e-mail
    INVALID = "invalid"  # fields to correct (``field_errors``)
    REFUSED = "refused"  # anything else the service said no to


@dataclass(frozen=True)
class SignInState:
    stage: Stage = Stage.CREDENTIALS
    waiting: str = ""  # the call under way: "signin", "code" or "mail"
    login: str = ""  # normalised, of the attempt under way or done
    remember: bool = False
    ticket: str = ""  # of the pending second factor
    method: str = ""  # "totp" or "email"
    locked_until: float = 0.0  # monotonic seconds; 0 when not locked
    lock_code: str = ""  # account_locked | too_many_attempts
    notice: Notice = Notice.NONE
    text: str = ""
    field_errors: Mapping[str, str] = field(default_factory=dict)
    focus: str = ""  # the field the keyboard should go to: login | password | code

    @property
    def busy(self) -> bool:
        return bool(self.waiting)

    def locked(self, now: float) -> bool:
        return self.locked_until > now

    def seconds_left(self, now: float) -> int:
        return max(0, round(self.locked_until - now))


# -- events ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Submit:
    """Sign in (or Confirm on the second-factor stage) with what the form holds."""

    login: str = ""
    password: str = ""
    remember: bool = False
    code: str = ""


@dataclass(frozen=True)
class SendCode:
    """Mail a (new) code for the pending second factor."""


@dataclass(frozen=True)
class StartOver:
    """Back to the credentials (e.g. the user gives up on the code)."""


@dataclass(frozen=True)
class Tick:
    """Time passed; ends a lock-out whose time is up."""


@dataclass(frozen=True)
class Answered:
    """The service accepted the call (``detail``: its sentence, for a mailed code)."""

    detail: str = ""


@dataclass(frozen=True)
class Refused:
    """The service (or the way to it) said no; built from an ``ApiError`` by ``from_error``."""

    code: str
    message: str
    status: int = 0
    retry_after: int = 0
    field_errors: Mapping[str, str] = field(default_factory=dict)
    extra: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_error(cls, error: BaseException) -> Refused:
        return cls(
            code=str(getattr(error, "code", "") or ""),
            message=str(error),
            status=int(getattr(error, "status", 0) or 0),
            retry_after=int(getattr(error, "retry_after", 0) or 0),
            field_errors=dict(getattr(error, "field_errors", {}) or {}),
            extra=dict(getattr(error, "extra", {}) or {}),
        )


Event = Submit | SendCode | StartOver | Tick | Answered | Refused


# -- effects --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CallSignIn:
    login: str
    password: str
    remember: bool


@dataclass(frozen=True)
class CallSecondFactor:
    ticket: str
    code: str


@dataclass(frozen=True)
class CallMailCode:
    ticket: str


@dataclass(frozen=True)
class SignedIn:
    """Tokens are in the client: tell the rest of the application who signed in."""

    login: str
    remember: bool


Call = CallSignIn | CallSecondFactor | CallMailCode
Effect = Call | SignedIn


# -- transitions ----------------------------------------------------------------------------


def advance(state: SignInState, event: Event, now: float) -> tuple[SignInState, tuple[Effect, ...]]:
    """The state after ``event`` at monotonic time ``now``, and what to do about it."""
    if isinstance(event, Tick):
        if state.locked_until and not state.locked(now):
            return _say(replace(state, locked_until=0.0, lock_code=""), Notice.UNLOCKED), ()
        return state, ()
    if isinstance(event, Answered | Refused):
        if not state.busy:
            return state, ()  # an answer nobody waits for any more
        waited, state = state.waiting, replace(state, waiting="")
        if isinstance(event, Refused):
            return _refused(state, event, now), ()
        if waited == "mail":  # the ticket stands; the form waits for the mailed code
            return _say(state, Notice.CODE_SENT, event.detail, focus="code"), ()
        done = replace(_say(state), stage=Stage.SIGNED_IN, ticket="", method="")
        return done, (SignedIn(state.login, state.remember),)
    if state.busy or state.stage is Stage.SIGNED_IN:
        return state, ()
    if isinstance(event, StartOver):
        return _start_over(state, Notice.NONE), ()
    if state.locked(now):
        return state, ()  # even the right password waits for the lock to run out
    if isinstance(event, SendCode):
        if state.stage is not Stage.SECOND_FACTOR:
            return state, ()
        return replace(_say(state), waiting="mail"), (CallMailCode(state.ticket),)
    return _submit(state, event)


def _say(
    state: SignInState,
    notice: Notice = Notice.NONE,
    text: str = "",
    field_errors: Mapping[str, str] | None = None,
    focus: str = "",
) -> SignInState:
    return replace(
        state, notice=notice, text=text, field_errors=dict(field_errors or {}), focus=focus
    )


def _submit(state: SignInState, event: Submit) -> tuple[SignInState, tuple[Effect, ...]]:
    if state.stage is Stage.SECOND_FACTOR:
        try:
            code = validators.one_time_code(event.code)
        except validators.Invalid as exc:
            return _invalid(state, "code", message_of(exc)), ()
        return replace(_say(state), waiting="code"), (CallSecondFactor(state.ticket, code),)
    try:
        login = validators.login(event.login)
    except validators.Invalid as exc:
        return _invalid(state, "login", message_of(exc)), ()
    if not event.password:
        return _invalid(state, "password", ""), ()
    state = replace(_say(state), waiting="signin", login=login, remember=event.remember)
    return state, (CallSignIn(login, event.password, event.remember),)


def _invalid(state: SignInState, name: str, text: str) -> SignInState:
    """A field the client itself refuses; an empty ``text`` is the GUI's "enter ..."."""
    return _say(state, Notice.INVALID, "", {name: text}, focus=name)


def _refused(state: SignInState, event: Refused, now: float) -> SignInState:
    code = event.code
    if code == "second_factor_required":
        method = str(event.extra.get("method", ""))
        return _say(
            replace(
                state,
                stage=Stage.SECOND_FACTOR,
                ticket=str(event.extra.get("ticket", "")),
                method=method,
            ),
            Notice.ASK_CODE,
            event.message,
            focus="code",
        )
    if code in LOCK_CODES:
        return _say(
            replace(state, locked_until=now + max(1, event.retry_after), lock_code=code),
            Notice.LOCKED,
            event.message,
        )
    if code == "ticket_invalid":
        return _start_over(state, Notice.STARTED_OVER, event.message)
    if code == "service_unreachable":
        return _say(state, Notice.UNREACHABLE, event.message)
    if code == "invalid_credentials":
        return _say(state, Notice.WRONG_PASSWORD, "", {"password": event.message}, "password")
    if code == "invalid_code":
        return _say(state, Notice.WRONG_CODE, "", {"code": event.message}, "code")
    if code == "not_activated":
        return _say(state, Notice.NOT_ACTIVATED, event.message)
    if event.field_errors:
        return _say(state, Notice.INVALID, "", event.field_errors, next(iter(event.field_errors)))
    return _say(state, Notice.REFUSED, event.message)


def _start_over(state: SignInState, notice: Notice, text: str = "") -> SignInState:
    return _say(
        replace(state, stage=Stage.CREDENTIALS, ticket="", method=""),
        notice,
        text,
        focus="password",
    )


# -- talking to the service -----------------------------------------------------------------


def outcome(client: ApiClient, call: Call) -> Answered | Refused:
    """Make ``call`` (blocking: the GUI runs this on a worker); the answer as an event."""
    from app.api.errors import ApiError

    try:
        if isinstance(call, CallSignIn):
            client.signin(call.login, call.password, remember=call.remember)
            return Answered()
        if isinstance(call, CallSecondFactor):
            client.signin_second_factor(call.ticket, call.code)
            return Answered()
        return Answered(client.send_signin_email_code(call.ticket))
    except ApiError as exc:
        return Refused.from_error(exc)
