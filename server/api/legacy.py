"""Legacy registration with an activation code or a key file (A2)."""

from __future__ import annotations

import base64
import binascii

from fastapi import APIRouter, BackgroundTasks, Request

from server.api.deps import State, client_ip
from server.errors import Problem
from server.i18n import N_
from server.schemas.auth import LegacyRegistered, LegacyRegistration
from server.services.idempotency import OwnTransactions
from server.services.legacy_registration import register_legacy

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


@router.post(
    "/register-legacy",
    response_model=LegacyRegistered,
    status_code=201,
    dependencies=[OwnTransactions],
)
def register_with_license(
    body: LegacyRegistration, request: Request, state: State, tasks: BackgroundTasks
) -> LegacyRegistered:
    """The Customer ID and password are mailed once the account is committed."""
    key_file = None
    if body.key_file_base64 is not None:
        try:
            key_file = base64.b64decode(body.key_file_base64, validate=False)
        except (binascii.Error, ValueError):
            detail = N_("This file is not a key file.")
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
