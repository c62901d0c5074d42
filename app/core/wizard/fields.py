"""The one table of the form's fields: where each is asked, what it is called, how it goes
into the request body, and whether staff may see its value in the step trail or it is a
secret that never leaves the running wizard.

The state's secrets, the trail's allow-list, the request body, the step a refusal of the
service points back to, the labels of the review and of the outbox's refusals, and what is
missing before a step may be left all derive from this table; a new field is added here
once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.core.text import QT_TRANSLATE_NOOP
from app.core.wizard.steps import Step


@dataclass(frozen=True)
class Field:
    name: str  # the attribute of ``WizardState``
    step: Step
    label: str
    payload_key: str = ""  # key in the request body; "" when the field is not sent
    recorded: bool = False  # the trail shows its value; otherwise only "changed"
    secret: bool = False  # never in a draft, an outbox entry or a trail
    required: str = ""  # the message when it is empty (fields that are simply required)
    from_profile: bool = False  # prefilled from the signed-in account when left empty
    anonymous_only: bool = False  # sent only with a request without an account
    # How the state's value goes into the body; by default as it is, text stripped.
    send: Callable[[Any], Any] | None = None


def _attachment_ids(attachments: Any) -> list[int]:
    return [a.attachment_id for a in attachments if a.attachment_id]


def _sysinfo_id(sysinfo: Any) -> int | None:
    return sysinfo.attachment_id if sysinfo is not None else None


FIELDS: tuple[Field, ...] = (
    Field(
        "request_type",
        Step.TYPE,
        QT_TRANSLATE_NOOP("Fields", "Request type"),
        "type",
        recorded=True,
    ),
    Field(
        "product_id", Step.TYPE, QT_TRANSLATE_NOOP("Fields", "Product"), "product_id", recorded=True
    ),
    Field("account_mode", Step.ACCOUNT, QT_TRANSLATE_NOOP("Fields", "Account"), recorded=True),
    Field("login", Step.ACCOUNT, QT_TRANSLATE_NOOP("Fields", "Customer ID or e-mail")),
    Field("password", Step.ACCOUNT, QT_TRANSLATE_NOOP("Fields", "Password"), secret=True),
    Field(
        "captcha_id",
        Step.ACCOUNT,
        QT_TRANSLATE_NOOP("Fields", "Picture"),
        "captcha_id",
        secret=True,
        anonymous_only=True,
    ),
    Field(
        "captcha_answer",
        Step.ACCOUNT,
        QT_TRANSLATE_NOOP("Fields", "Characters from the picture"),
        "captcha_answer",
        secret=True,
        anonymous_only=True,
    ),
    Field(
        "description",
        Step.DETAILS,
        QT_TRANSLATE_NOOP("Fields", "Description"),
        "description",
        recorded=True,
        required=QT_TRANSLATE_NOOP("Fields", "Describe your problem in detail."),
    ),
    Field(
        "email",
        Step.DETAILS,
        QT_TRANSLATE_NOOP("Fields", "E-mail"),
        "email",
        recorded=True,
        required=QT_TRANSLATE_NOOP("Fields", "Give your e-mail address for the answer."),
        from_profile=True,
    ),
    Field(
        "country",
        Step.DETAILS,
        QT_TRANSLATE_NOOP("Fields", "Country"),
        "country",
        recorded=True,
        required=QT_TRANSLATE_NOOP("Fields", "Choose your country."),
        from_profile=True,
    ),
    Field(
        "city",
        Step.DETAILS,
        QT_TRANSLATE_NOOP("Fields", "City"),
        "city",
        recorded=True,
        from_profile=True,
    ),
    Field(
        "company",
        Step.DETAILS,
        QT_TRANSLATE_NOOP("Fields", "Company"),
        "company",
        recorded=True,
        from_profile=True,
    ),
    Field(
        "attachments",
        Step.DETAILS,
        QT_TRANSLATE_NOOP("Fields", "Files"),
        "attachment_ids",
        recorded=True,
        send=_attachment_ids,
    ),
    Field(
        "os_name",
        Step.SYSTEM,
        QT_TRANSLATE_NOOP("Fields", "Operating system"),
        "os",
        recorded=True,
        required=QT_TRANSLATE_NOOP("Fields", "Give your operating system."),
    ),
    Field(
        "product_version",
        Step.SYSTEM,
        QT_TRANSLATE_NOOP("Fields", "Product version"),
        "product_version",
        recorded=True,
    ),
    Field(
        "sysinfo",
        Step.SYSTEM,
        QT_TRANSLATE_NOOP("Fields", "GetSystemInfo report"),
        "sysinfo_attachment_id",
        recorded=True,
        send=_sysinfo_id,
    ),
)

BY_NAME = {f.name: f for f in FIELDS}
BY_PAYLOAD_KEY = {f.payload_key: f for f in FIELDS if f.payload_key}

# Never written to a draft, an outbox entry or a step trail.
SECRET_FIELDS = frozenset(f.name for f in FIELDS if f.secret)
# Fields whose values staff may see in the replay; every other change is "changed" only.
RECORDED_VALUES = frozenset(f.name for f in FIELDS if f.recorded)
# Fields the trail follows: every field the user fills in (the picture's id is not typed).
TRACKED = tuple(f.name for f in FIELDS if f.name != "captcha_id")
# Contact details taken from the signed-in account where the user typed none.
FROM_PROFILE = tuple(f.name for f in FIELDS if f.from_profile)


def field(name: str) -> Field:
    return BY_NAME[name]


def label(name: str) -> str:
    """The label of a field, by its name in the state or its key in the request body."""
    found = BY_NAME.get(name) or BY_PAYLOAD_KEY.get(name)
    return found.label if found is not None else name


def step_of(name: str) -> Step | None:
    """The step that asks for a field named by the state or by the service (its body key)."""
    found = BY_NAME.get(name) or BY_PAYLOAD_KEY.get(name)
    return found.step if found is not None else None


def of_step(step: Step) -> tuple[Field, ...]:
    return tuple(f for f in FIELDS if f.step is step)
