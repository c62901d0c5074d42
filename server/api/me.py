"""The signed-in user's own account: profile (A5), e-mail and password (A6), second factor."""

from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, Request

from server.api.deps import CurrentUser, Db, State
from server.schemas.common import Accepted
from server.schemas.profile import (
    Code,
    EmailChange,
    EmailOtp,
    Me,
    PasswordChange,
    ProfilePatch,
    TotpDisable,
    TotpEnrolment,
)
from server.services import profile, two_factor
from server.services.account_mail import Outbox

router = APIRouter(prefix="/api/v1/me", tags=["me"])


@router.get("", response_model=Me)
def get_me(user: CurrentUser, db: Db) -> Me:
    return Me(**profile.view(db, user=user))


@router.patch("", response_model=Me)
def patch_me(body: ProfilePatch, user: CurrentUser, db: Db) -> Me:
    changes = {k: v for k, v in body.model_dump(exclude_unset=True).items() if v is not None}
    profile.update(db, user=user, changes=changes)
    return Me(**profile.view(db, user=user))


@router.post("/email", response_model=Accepted, status_code=202)
def change_email(
    body: EmailChange, user: CurrentUser, state: State, db: Db, background: BackgroundTasks
) -> Accepted:
    """Mail a confirmation link to the new address; the old one stays until it is used."""
    outbox = Outbox()
    profile.request_email_change(
        db, state=state, user=user, new_email=body.new_email, password=body.password, outbox=outbox
    )
    if outbox.messages:
        background.add_task(outbox.send_all, state.mailer)
    return Accepted(detail="Open the link we sent to the new address to confirm it.")


@router.post("/password", status_code=204)
def change_password(body: PasswordChange, request: Request, user: CurrentUser, db: Db) -> None:
    """Set a new password; the user's other sessions end, this one stays."""
    profile.change_password(
        db,
        user=user,
        current_password=body.current_password,
        new_password=body.new_password,
        new_password_confirm=body.new_password_confirm,
        keep_session=request.state.auth_session_id,
    )


@router.post("/totp/enrol", response_model=TotpEnrolment)
def totp_enrol(user: CurrentUser, state: State, db: Db) -> TotpEnrolment:
    secret, uri = two_factor.enrol_totp(db, state=state, user=user)
    return TotpEnrolment(secret=secret, otpauth_uri=uri)


@router.post("/totp/confirm", status_code=204)
def totp_confirm(body: Code, user: CurrentUser, db: Db) -> None:
    """Turn the authenticator app on with a code it shows for the enrolled secret."""
    two_factor.confirm_totp(db, user=user, code=body.code)


@router.post("/totp/disable", status_code=204)
def totp_disable(body: TotpDisable, user: CurrentUser, db: Db) -> None:
    two_factor.disable_totp(db, user=user, password=body.password, code=body.code)


@router.post("/email-otp", status_code=204)
def email_otp(body: EmailOtp, user: CurrentUser, db: Db) -> None:
    """Turn one-time sign-in codes by e-mail on or off."""
    two_factor.set_email_otp(db, user=user, enabled=body.enabled, password=body.password)
