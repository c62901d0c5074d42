"""Submitting the request, as a state machine without Qt: ``advance(submission, event,
state, types)`` returns the next ``Submission`` and the effects the wizard is to perform.

Submit first sends the files the service does not have yet (uploads run in the background,
so most are there already); once no upload runs, the request itself goes with the draft's
Idempotency-Key. A service that cannot be reached puts a signed-in request in the outbox;
a request without an account stays a draft instead (its captcha is checked at once and is
single-use, so a queued copy could never go out unattended). A refusal the service
answered gets a new Idempotency-Key for the corrected request, because the old key would
replay the refusal; the refusal points back to the step of the fields it names. Files the
service no longer knows (uploaded under another identity, or expired) are sent again, once.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from app.core.text import QT_TRANSLATE_NOOP, Joined
from app.core.wizard.fields import step_of
from app.core.wizard.flow import RequestTypeInfo, first_incomplete
from app.core.wizard.state import AccountMode, Step, WizardState


class Phase(Enum):
    EDITING = "editing"  # not submitting (yet, or again after a refusal)
    SENDING_FILES = "sending_files"
    CREATING = "creating"  # the request is on its way to the service
    QUEUEING = "queueing"  # the request is being written to the outbox
    SENT = "sent"
    QUEUED = "queued"


BUSY = frozenset({Phase.SENDING_FILES, Phase.CREATING, Phase.QUEUEING})


@dataclass(frozen=True)
class Submission:
    phase: Phase = Phase.EDITING
    progress: str = ""  # what the busy wizard says it is doing
    files_resent: bool = False  # "attachment not found" was answered by sending them again

    @property
    def busy(self) -> bool:
        return self.phase in BUSY

    @property
    def finished(self) -> bool:
        return self.phase in (Phase.SENT, Phase.QUEUED)


# -- events: what happened ------------------------------------------------------------------


@dataclass(frozen=True)
class Submit:
    """The user chose Submit."""

    signed_in: bool


@dataclass(frozen=True)
class UnsentFile:
    name: str
    offline: bool  # held back only because the service cannot be reached
    message: str


@dataclass(frozen=True)
class FilesSettled:
    """No upload runs any more; ``unsent`` are the files the service still lacks."""

    unsent: tuple[UnsentFile, ...] = ()


@dataclass(frozen=True)
class Created:
    summary: Mapping[str, Any]


@dataclass(frozen=True)
class Refused:
    """The service answered with an error (``status`` 0: it gave none we could read)."""

    message: str
    status: int = 0
    code: str = ""
    field_errors: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Unreachable:
    """The service could not be reached (or not reached in time)."""


@dataclass(frozen=True)
class Queued:
    entry: Any  # the outbox entry


@dataclass(frozen=True)
class QueueFailed:
    message: str


Event = Submit | FilesSettled | Created | Refused | Unreachable | Queued | QueueFailed


# -- effects: what the wizard is to do ------------------------------------------------------


@dataclass(frozen=True)
class GoBack:
    """Show ``step`` again: with the fields' problems marked, or with ``message``, or (both
    empty) with what the flow says is missing there."""

    step: Step
    problems: Mapping[str, str] = field(default_factory=dict)
    message: str = ""


@dataclass(frozen=True)
class AskCaptcha:
    message: str


@dataclass(frozen=True)
class ShowError:
    message: str


@dataclass(frozen=True)
class SendFiles:
    """Start every unsent file that is not travelling; then report ``FilesSettled`` once
    none runs."""


@dataclass(frozen=True)
class CreateRequest:
    """Send the request body (``payload``) with the state's Idempotency-Key."""


@dataclass(frozen=True)
class QueueRequest:
    """Put the request and copies of its unsent files in the outbox."""


@dataclass(frozen=True)
class RenewKey:
    """``state.new_submission()``: the corrected request is another request."""


@dataclass(frozen=True)
class ForgetUploads:
    """The service knows none of the files: clear their attachment ids and transfers."""


@dataclass(frozen=True)
class ForgetAccount:
    """The sign-in is gone: step 2 is to be done again."""


@dataclass(frozen=True)
class KeepDraft:
    """Save the draft now."""


@dataclass(frozen=True)
class Finish:
    """The request is with the service (``sent``) or in the outbox (``queued``)."""

    kind: str
    value: Any


Effect = (
    GoBack
    | AskCaptcha
    | ShowError
    | SendFiles
    | CreateRequest
    | QueueRequest
    | RenewKey
    | ForgetUploads
    | ForgetAccount
    | KeepDraft
    | Finish
)

NOT_QUEUED = QT_TRANSLATE_NOOP(
    "Submission",
    "The service cannot be reached, and a request without an account needs it right away "
    "to check the characters from the picture, so it cannot wait in the outbox. Your "
    "request is kept as a draft: submit it again when the service answers (the status bar "
    "shows when). Or go back to step 2 and sign in — signed-in requests wait in the outbox "
    "and go out by themselves.",
)

# Answers that are not the service's verdict on this request: the same key may go again.
_NOT_ANSWERED_STATUS = frozenset({0, 401, 409, 429})
_NOT_ANSWERED_CODES = frozenset({"idempotency_in_progress"})


def advance(
    submission: Submission,
    event: Event,
    state: WizardState,
    types: Collection[RequestTypeInfo],
) -> tuple[Submission, list[Effect]]:
    """The submission after ``event``, and what to do about it. ``state`` is only read."""
    if submission.finished:
        return submission, []
    if isinstance(event, Submit):
        return _submit(submission, event, state, types)
    if isinstance(event, FilesSettled):
        if submission.phase is not Phase.SENDING_FILES:
            return submission, []
        if not event.unsent:
            return replace(
                submission,
                phase=Phase.CREATING,
                progress=QT_TRANSLATE_NOOP("Submission", "Sending the request…"),
            ), [CreateRequest()]
        if all(f.offline for f in event.unsent):
            return _unreachable(submission, state)
        files = Joined(
            *(
                QT_TRANSLATE_NOOP("Submission", "{name}: {message}.").format(
                    name=f.name, message=f.message
                )
                for f in event.unsent
            )
        )
        text = QT_TRANSLATE_NOOP(
            "Submission",
            "Some files could not be sent: {files} Remove them on their step, or submit again.",
        ).format(files=files)
        return _editing(submission), [ShowError(text)]
    if isinstance(event, Unreachable):
        if submission.phase not in (Phase.CREATING, Phase.SENDING_FILES):
            return submission, []
        return _unreachable(submission, state)
    if isinstance(event, Created):
        if submission.phase is not Phase.CREATING:
            return submission, []
        return replace(submission, phase=Phase.SENT, progress=""), [Finish("sent", event.summary)]
    if isinstance(event, Refused):
        if submission.phase is not Phase.CREATING:
            return submission, []
        return _refused(submission, event)
    if isinstance(event, Queued):
        if submission.phase is not Phase.QUEUEING:
            return submission, []
        return replace(submission, phase=Phase.QUEUED, progress=""), [Finish("queued", event.entry)]
    if isinstance(event, QueueFailed):
        if submission.phase is not Phase.QUEUEING:
            return submission, []
        return _editing(submission), [
            ShowError(
                QT_TRANSLATE_NOOP("Submission", "The request could not be kept: {reason}").format(
                    reason=event.message
                )
            )
        ]
    raise TypeError(f"not a submission event: {event!r}")


def _editing(submission: Submission) -> Submission:
    return replace(submission, phase=Phase.EDITING, progress="")


def _submit(
    submission: Submission,
    event: Submit,
    state: WizardState,
    types: Collection[RequestTypeInfo],
) -> tuple[Submission, list[Effect]]:
    if submission.busy:
        return submission, []
    effects: list[Effect] = []
    step = first_incomplete(state, types)
    if state.account_mode == AccountMode.SIGNED_IN and not event.signed_in:
        effects.append(ForgetAccount())  # signed out meanwhile
        step = min(step, Step.ACCOUNT)
    if step is not Step.REVIEW:
        return _editing(submission), [*effects, GoBack(step)]
    return Submission(Phase.SENDING_FILES, QT_TRANSLATE_NOOP("Submission", "Sending the files…")), [
        SendFiles()
    ]


def _unreachable(submission: Submission, state: WizardState) -> tuple[Submission, list[Effect]]:
    if state.account_mode == AccountMode.SKIP:
        return _editing(submission), [KeepDraft(), ShowError(NOT_QUEUED)]
    return replace(
        submission,
        phase=Phase.QUEUEING,
        progress=QT_TRANSLATE_NOOP("Submission", "Keeping the request in the outbox…"),
    ), [QueueRequest()]


def _refused(submission: Submission, event: Refused) -> tuple[Submission, list[Effect]]:
    effects: list[Effect] = []
    if event.status not in _NOT_ANSWERED_STATUS and event.code not in _NOT_ANSWERED_CODES:
        effects.append(RenewKey())  # the service keeps its answer under the old key
    if event.code == "captcha_invalid":
        return _editing(submission), [*effects, AskCaptcha(event.message)]
    if event.code == "attachment_not_found" and not submission.files_resent:
        # Files uploaded under another identity (the account changed on step 2) or gone
        # from the service meanwhile: send them all again, once.
        return replace(
            submission,
            phase=Phase.SENDING_FILES,
            progress=QT_TRANSLATE_NOOP("Submission", "Sending the files…"),
            files_resent=True,
        ), [*effects, ForgetUploads(), SendFiles()]
    if event.code == "sign_in_required" or event.status == 401:
        return _editing(submission), [
            *effects,
            ForgetAccount(),
            GoBack(Step.ACCOUNT, message=event.message),
        ]
    steps = [s for name in event.field_errors if (s := step_of(name)) is not None]
    if steps:
        return _editing(submission), [*effects, GoBack(min(steps), problems=event.field_errors)]
    return _editing(submission), [*effects, ShowError(event.message)]
