"""Legacy registration with an activation code or a key file (A2)."""

from __future__ import annotations

import base64
import binascii

from fastapi import APIRouter, BackgroundTasks, Request
from pydantic import BaseModel, EmailStr, Field

from server.api.deps import State, client_ip
from server.errors import Problem
from server.services import keyfiles
from server.services.legacy_registration import register_legacy

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])

# base64 grows data by 4/3; a little slack for line breaks.
_MAX_KEY_B64 = keyfiles.MAX_SIZE * 4 // 3 + 1024
# PostgreSQL text cannot hold NUL; refuse it as invalid input rather than fail on it.
NO_NUL = r"^[^\x00]*$"


class LegacyRegistration(BaseModel):
    email: EmailStr
    activation_code: str | None = Field(None, max_length=100)
    key_file_base64: str | None = Field(
        None, max_length=_MAX_KEY_B64, description="The key file (or its .zip), base64"
    )
    captcha_id: str = Field(max_length=100, pattern=NO_NUL)
    captcha_answer: str = Field(max_length=20, pattern=NO_NUL)
    send_key_file: bool = Field(
        False, description='Also mail the key file as a zip ("Get key by e-mail")'
    )


class LegacyRegistered(BaseModel):
    customer_id: str
    email: str


@router.post("/register-legacy", response_model=LegacyRegistered, status_code=201)
def register_with_license(
    body: LegacyRegistration, request: Request, state: State, tasks: BackgroundTasks
) -> LegacyRegistered:
    """The Customer ID and password are mailed once the account is committed."""
    key_file = None
    if body.key_file_base64 is not None:
        try:
            key_file = base64.b64decode(body.key_file_base64, validate=False)
        except (binascii.Error, ValueError):
            detail = "This file is not a key file."
            raise Problem(
                422, "key_file_invalid", detail, errors={"key_file_base64": detail}
            ) from None
    account = register_legacy(
        state,
        email=str(body.email),
        activation_code=body.activation_code,
        key_file=key_file,
        captcha_id=body.captcha_id,
        captcha_answer=body.captcha_answer,
        source=client_ip(request),
        send_key_file=body.send_key_file,
    )
    for mail in account.mails:
        tasks.add_task(mail.send, state.mailer)
    return LegacyRegistered(customer_id=account.customer_id, email=account.email)
