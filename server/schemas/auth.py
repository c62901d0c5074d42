"""Accounts without a session: registration (plain and legacy), sign-in, tokens, recovery."""

from __future__ import annotations

from pydantic import BaseModel, EmailStr, Field

from server.schemas.common import NO_NUL
from server.services import keyfiles

# base64 grows data by 4/3; a little slack for line breaks.
_MAX_KEY_B64 = keyfiles.MAX_SIZE * 4 // 3 + 1024


class SignIn(BaseModel):
    login: str = Field(
        min_length=1, max_length=254, pattern=NO_NUL, description="E-mail or Customer ID"
    )
    password: str = Field(min_length=1, max_length=256)
    remember: bool = False


class Tokens(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int


class Refresh(BaseModel):
    refresh_token: str = Field(min_length=1, max_length=200)


class Register(BaseModel):
    email: EmailStr
    password: str = Field(max_length=256)
    password_confirm: str = Field(max_length=256)
    captcha_id: str = Field(min_length=1, max_length=64, pattern=NO_NUL)
    captcha_answer: str = Field(min_length=1, max_length=32, pattern=NO_NUL)


class TokenIn(BaseModel):
    token: str = Field(
        min_length=1, max_length=200, description="From the mailed link, or the code pasted"
    )


class EmailIn(BaseModel):
    email: EmailStr


class SecondFactor(BaseModel):
    ticket: str = Field(min_length=1, max_length=200)
    code: str = Field(min_length=1, max_length=20, description="6 digits")


class Ticket(BaseModel):
    ticket: str = Field(min_length=1, max_length=200)


class ResetRequest(BaseModel):
    login: str = Field(
        min_length=1, max_length=254, pattern=NO_NUL, description="E-mail or Customer ID"
    )


class ResetConfirm(BaseModel):
    token: str = Field(min_length=1, max_length=200)
    password: str = Field(max_length=256)
    password_confirm: str = Field(max_length=256)


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
