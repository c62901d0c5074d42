"""Everything the 5-step wizard holds, as plain data.

Pages show this state and write their widgets back into it; nothing else lives in the
widgets. Secrets (password, captcha answer) are held here while the wizard runs but are
excluded from drafts and trails (the secrets of ``fields.FIELDS``).
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from app.core.wizard.fields import SECRET_FIELDS
from app.core.wizard.steps import Step

__all__ = ["SECRET_FIELDS", "AccountMode", "AttachmentRef", "Step", "SysinfoRef", "WizardState"]


class AccountMode:
    SIGNED_IN = "signed_in"
    CREDENTIALS = "credentials"
    SKIP = "skip"


@dataclass
class AttachmentRef:
    """A file the user added. ``attachment_id`` is set once the service has it."""

    path: str
    name: str
    size: int
    # Files up to the form limit go in one request; larger ones by resumable upload.
    transfer: str = "form"  # form | resumable
    attachment_id: int | None = None
    sha256: str = ""
    upload_url: str = ""  # the tus upload's URL, kept so the upload resumes after a restart
    uploaded: int = 0

    @property
    def done(self) -> bool:
        return self.attachment_id is not None


@dataclass
class SysinfoRef:
    """A GetSystemInfo report to attach: generated now or a saved report file."""

    path: str
    generated: bool = True
    attachment_id: int | None = None
    sha256: str = ""
    size: int = 0
    summary: str = ""  # e.g. "15 sections, 2 partial", shown on the review page
    upload_url: str = ""
    uploaded: int = 0

    @property
    def name(self) -> str:
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def done(self) -> bool:
        return self.attachment_id is not None


@dataclass
class WizardState:
    # Step 1
    request_type: str = ""
    product_id: int | None = None
    # Step 2
    account_mode: str = ""
    signed_in_as: str = ""  # shown only; the session itself lives in the API client
    login: str = ""  # Customer ID or e-mail typed on step 2
    password: str = ""
    captcha_id: str = ""
    captcha_answer: str = ""
    # Step 3
    description: str = ""
    email: str = ""
    country: str = ""  # ISO 3166 alpha-2
    city: str = ""
    company: str = ""
    attachments: list[AttachmentRef] = field(default_factory=list)
    # Step 4
    os_name: str = ""
    product_version: str = ""
    sysinfo: SysinfoRef | None = None
    # Where the wizard is, and what makes the submission one submission.
    step: Step = Step.TYPE
    draft_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    idempotency_key: str = field(default_factory=lambda: uuid.uuid4().hex)
    from_launch_link: bool = False

    def new_submission(self) -> None:
        """After the service answered a refusal: the corrected request is another request,
        so it needs its own Idempotency-Key (the old key would replay the refusal)."""
        self.idempotency_key = uuid.uuid4().hex

    def to_dict(self, *, with_secrets: bool = False) -> dict[str, Any]:
        data = asdict(self)
        data["step"] = int(self.step)
        if not with_secrets:
            for name in SECRET_FIELDS:
                data.pop(name, None)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WizardState:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known and k not in SECRET_FIELDS}
        values["attachments"] = [
            AttachmentRef(**_known(AttachmentRef, a))
            for a in values.get("attachments") or []
            if isinstance(a, dict)
        ]
        sysinfo = values.get("sysinfo")
        values["sysinfo"] = (
            SysinfoRef(**_known(SysinfoRef, sysinfo)) if isinstance(sysinfo, dict) else None
        )
        try:
            values["step"] = Step(int(values.get("step", 1)))
        except ValueError:
            values["step"] = Step.TYPE
        return cls(**values)


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """Only the fields ``cls`` has: drafts of other versions still load."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}
