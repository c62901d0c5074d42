"""The optional second factor (A3): an authenticator app (TOTP) or a one-time code by e-mail.

TOTP is enrolled in two steps so a secret is only relied on once the user's app has shown
it can produce a valid code; turning a factor off needs the password (and, for TOTP, a code).
"""

from __future__ import annotations

import pyotp
from sqlalchemy.orm import Session

from server.db.models import User
from server.errors import Problem
from server.i18n import N_
from server.services.passwords import verify_password
from server.state import ServiceState


def totp_matches(secret: str | None, code: str) -> bool:
    """The code of the current 30-second step, or of the one before or after (clock drift)."""
    code = "".join(code.split())
    if not secret or len(code) != 6 or not code.isdigit():
        return False
    return bool(pyotp.TOTP(secret).verify(code, valid_window=1))


def require_password(user: User, password: str, *, field: str = "password") -> None:
    if not verify_password(user.password_hash, password):
        raise Problem(
            422, "wrong_password", "The password is wrong.", errors={field: N_("Wrong password.")}
        )


def _wrong_code() -> Problem:
    return Problem(
        422,
        "invalid_code",
        "The code is wrong; type the code your authenticator app shows now.",
        errors={"code": N_("Wrong code.")},
    )


def enrol_totp(db: Session, *, state: ServiceState, user: User) -> tuple[str, str]:
    """A new secret and its ``otpauth://`` URI; not in use until confirmed with a code."""
    if user.totp_enabled:
        raise Problem(
            409,
            "totp_already_enabled",
            "The authenticator app is already on; turn it off first to enrol another.",
        )
    secret = pyotp.random_base32()
    user.totp_secret = secret
    uri = pyotp.TOTP(secret).provisioning_uri(
        name=user.email, issuer_name=state.settings.vendor_name
    )
    return secret, uri


def confirm_totp(db: Session, *, user: User, code: str) -> None:
    if user.totp_enabled:
        raise Problem(409, "totp_already_enabled", "The authenticator app is already on.")
    if not user.totp_secret:
        raise Problem(409, "totp_not_enrolled", "Start by enrolling the authenticator app.")
    if not totp_matches(user.totp_secret, code):
        raise _wrong_code()
    user.totp_enabled = True


def disable_totp(db: Session, *, user: User, password: str, code: str) -> None:
    if not user.totp_enabled:
        raise Problem(409, "totp_not_enabled", "The authenticator app is not on.")
    require_password(user, password)
    if not totp_matches(user.totp_secret, code):
        raise _wrong_code()
    user.totp_enabled = False
    user.totp_secret = None


def set_email_otp(db: Session, *, user: User, enabled: bool, password: str) -> None:
    require_password(user, password)
    user.email_otp_enabled = enabled
