"""The signed-in user's own account: profile (A5), e-mail and password (A6), second factor."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from fastapi import APIRouter, BackgroundTasks, Request
from pydantic import BaseModel, EmailStr, Field, field_validator, validate_email

from server.api.auth import NO_NUL, Accepted
from server.api.deps import CurrentUser, Db, State
from server.services import profile, two_factor
from server.services.account_mail import Outbox

router = APIRouter(prefix="/api/v1/me", tags=["me"])

Language = Literal["en", "ru", "de", "pl", "fr", "es"]
CustomerType = Literal["home", "business", "corporate"]


class Me(BaseModel):
    email: str
    customer_id: str
    role: str
    name: str
    country: str = Field(description="ISO 3166 alpha-2, or empty")
    city: str
    address: str
    phone: str
    company: str
    company_address: str
    company_admin_email: str
    news_subscribed: bool
    language: str
    customer_type: CustomerType = Field(
        description="home; business: 1–499 seats of corporate products; corporate: 500 or more"
    )
    totp_enabled: bool
    email_otp_enabled: bool
    pending_email: str | None = Field(description="A new address waiting for confirmation")
    created_at: datetime


class ProfilePatch(BaseModel):
    """Only the fields given are changed; an empty string clears a text field."""

    name: str | None = Field(None, max_length=200, pattern=NO_NUL)
    country: str | None = Field(
        None, pattern=r"^([A-Za-z]{2})?$", description="ISO 3166 alpha-2, or empty"
    )
    city: str | None = Field(None, max_length=200, pattern=NO_NUL)
    address: str | None = Field(None, max_length=500, pattern=NO_NUL)
    phone: str | None = Field(None, max_length=50, pattern=NO_NUL)
    company: str | None = Field(None, max_length=200, pattern=NO_NUL)
    company_address: str | None = Field(None, max_length=500, pattern=NO_NUL)
    company_admin_email: str | None = Field(
        None, max_length=254, description="An e-mail address, or empty"
    )
    news_subscribed: bool | None = None
    language: Language | None = None

    @field_validator("company_admin_email")
    @classmethod
    def _an_address_or_empty(cls, value: str | None) -> str | None:
        return validate_email(value)[1] if value else value


class EmailChange(BaseModel):
    new_email: EmailStr
    password: str = Field(min_length=1, max_length=256)


class PasswordChange(BaseModel):
    current_password: str = Field(min_length=1, max_length=256)
    new_password: str = Field(max_length=256)
    new_password_confirm: str = Field(max_length=256)


class TotpEnrolment(BaseModel):
    secret: str = Field(description="Base32, for typing into an authenticator app")
    otpauth_uri: str = Field(description="otpauth://totp/… for a QR code")


class Code(BaseModel):
    code: str = Field(min_length=1, max_length=20)


class TotpDisable(BaseModel):
    password: str = Field(min_length=1, max_length=256)
    code: str = Field(min_length=1, max_length=20)


class EmailOtp(BaseModel):
    enabled: bool
    password: str = Field(min_length=1, max_length=256)


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
