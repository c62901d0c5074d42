"""The signed-in user's own account: the public profile, its update, e-mail, password and
second-factor shapes."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, EmailStr, Field, field_validator, validate_email

from server.schemas.common import NO_NUL

Language = Literal["en", "ru", "de", "pl", "fr", "es"]
CustomerType = Literal["home", "business", "corporate"]


class Me(BaseModel):
    email: str
    customer_id: str
    role: Literal["customer", "staff"]
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
