"""Checks shared by the client's forms, run as the user types and again before sending.

The service checks everything again and has the last word; these mirror its rules so the
user learns of a mistake at once. The password policy is the same as
``server/services/passwords.py`` (a test keeps the two in step); the client reports each
rule separately so a form can tick them off live.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from app.core.text import QT_TRANSLATE_NOOP, Joined


class Invalid(ValueError):
    """A value the user must correct; the message is meant for the user."""


# -- e-mail ---------------------------------------------------------------------------------


def email(text: str) -> str:
    """The address, normalised (trimmed, domain lower-cased), or ``Invalid``."""
    value = text.strip()
    if not value:
        raise Invalid(QT_TRANSLATE_NOOP("Validators", "Enter your e-mail address."))
    if len(value) > 254:
        raise Invalid(QT_TRANSLATE_NOOP("Validators", "This e-mail address is too long."))
    from email_validator import EmailNotValidError, validate_email  # slow import; only here

    try:
        result = validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        raise Invalid(
            QT_TRANSLATE_NOOP("Validators", "This is not a valid e-mail address: {exc}").format(
                exc=exc
            )
        ) from None
    return str(result.normalized)


def is_email(text: str) -> bool:
    try:
        email(text)
    except Invalid:
        return False
    return True


# -- password policy (A1) -------------------------------------------------------------------

PASSWORD_MIN = 8
PASSWORD_MAX = 128


@dataclass(frozen=True)
class PasswordRule:
    """One line of the live policy checklist."""

    key: str
    text: str
    ok: bool


def password_rules(password: str, *, email: str = "") -> list[PasswordRule]:
    """Every rule of the policy with whether ``password`` meets it, in display order.

    "Not too simple" is judged by zxcvbn only once the other rules pass (as the service
    does); until then it shows as not met.
    """
    basic = [
        PasswordRule(
            "length",
            QT_TRANSLATE_NOOP("Validators", "At least 8 characters"),
            len(password) >= PASSWORD_MIN,
        ),
        PasswordRule(
            "digit",
            QT_TRANSLATE_NOOP("Validators", "A digit"),
            bool(re.search(r"[0-9]", password)),
        ),
        PasswordRule(
            "upper",
            QT_TRANSLATE_NOOP("Validators", "An upper-case Latin letter (A–Z)"),
            bool(re.search("[A-Z]", password)),
        ),
        PasswordRule(
            "lower",
            QT_TRANSLATE_NOOP("Validators", "A lower-case Latin letter (a–z)"),
            bool(re.search("[a-z]", password)),
        ),
        PasswordRule(
            "spaces",
            QT_TRANSLATE_NOOP("Validators", "No spaces"),
            not any(ch.isspace() for ch in password),
        ),
        PasswordRule(
            "max",
            QT_TRANSLATE_NOOP("Validators", "At most 128 characters"),
            len(password) <= PASSWORD_MAX,
        ),
    ]
    strong = all(r.ok for r in basic) and not _too_simple(password, email)
    return [
        *basic,
        PasswordRule(
            "strength",
            QT_TRANSLATE_NOOP("Validators", "Not too simple or common"),
            strong,
        ),
    ]


_MESSAGES = {
    "length": QT_TRANSLATE_NOOP("Validators", "Use at least 8 characters."),
    "digit": QT_TRANSLATE_NOOP("Validators", "Add a digit."),
    "upper": QT_TRANSLATE_NOOP("Validators", "Add an upper-case Latin letter (A–Z)."),
    "lower": QT_TRANSLATE_NOOP("Validators", "Add a lower-case Latin letter (a–z)."),
    "spaces": QT_TRANSLATE_NOOP("Validators", "Remove the spaces."),
    "max": QT_TRANSLATE_NOOP("Validators", "Use at most 128 characters."),
    "strength": QT_TRANSLATE_NOOP(
        "Validators", "This password is too simple or too common; choose another."
    ),
}


def password_problems(password: str, *, email: str = "") -> list[str]:
    """What to fix, in the service's words; empty when the password is accepted."""
    rules = password_rules(password, email=email)
    failed = [r.key for r in rules if not r.ok]
    if len(failed) > 1 and "strength" in failed:
        failed.remove("strength")  # "too simple" is only said once the rest is right
    return [_MESSAGES[key] for key in failed]


def new_password(password: str, confirm: str, *, email: str = "") -> str:
    """The password when it meets the policy and both copies match, else ``Invalid``."""
    problems = password_problems(password, email=email)
    if problems:
        raise Invalid(Joined(*problems))
    if password != confirm:
        raise Invalid(QT_TRANSLATE_NOOP("Validators", "The two passwords do not match."))
    return password


def _too_simple(password: str, email: str) -> bool:
    from zxcvbn import zxcvbn  # loads its dictionaries on first use; keep it off start-up

    inputs = [email, email.split("@")[0]] if email else []
    return bool(zxcvbn(password[:PASSWORD_MAX], user_inputs=inputs)["score"] < 2)


# -- activation codes (K2) and Customer IDs -------------------------------------------------

_CODE_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_]+")


def activation_code(text: str) -> str:
    """``XXXXX-XXXXX-XXXXX-XXXXX`` from a code typed or pasted in any case and spacing."""
    raw = _CODE_SEPARATORS.sub("", text).upper()
    if not raw:
        raise Invalid(QT_TRANSLATE_NOOP("Validators", "Enter the activation code."))
    if not raw.isascii() or not raw.isalnum():
        raise Invalid(
            QT_TRANSLATE_NOOP("Validators", "An activation code has only Latin letters and digits.")
        )
    if len(raw) != 20:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "Validators",
                "An activation code has 20 letters and digits (4 blocks of 5); this one has "
                "{count}.",
            ).format(count=len(raw))
        )
    return "-".join(raw[i : i + 5] for i in range(0, 20, 5))


def customer_id(text: str) -> str:
    """A Customer ID: 10 Latin letters and digits, upper-cased, spaces ignored."""
    raw = re.sub(r"\s+", "", text).upper()
    if not raw:
        raise Invalid(QT_TRANSLATE_NOOP("Validators", "Enter your Customer ID."))
    if len(raw) != 10 or not raw.isascii() or not raw.isalnum():
        raise Invalid(
            QT_TRANSLATE_NOOP("Validators", "A Customer ID has 10 Latin letters and digits.")
        )
    return raw


def login(text: str) -> str:
    """What the sign-in form accepts: an e-mail address or a Customer ID, normalised."""
    value = text.strip()
    if not value:
        raise Invalid(QT_TRANSLATE_NOOP("Validators", "Enter your e-mail address or Customer ID."))
    if "@" in value:
        return email(value)
    try:
        return customer_id(value)
    except Invalid:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "Validators", "Enter an e-mail address or a 10-character Customer ID."
            )
        ) from None


# -- product version ------------------------------------------------------------------------

_VERSION = re.compile(r"\d{1,9}(\.\d{1,9}){1,5}")


def product_version(text: str) -> str:
    """A dotted version such as ``21.3.10.391`` (2 to 6 numbers)."""
    value = text.strip()
    if not value:
        raise Invalid(QT_TRANSLATE_NOOP("Validators", "Enter the product version."))
    if len(value) > 40 or not _VERSION.fullmatch(value):
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "Validators",
                "Write the version as numbers separated by dots, for example 21.3.10.391.",
            )
        )
    return value


# -- mailed tokens (activation, reset, e-mail change) ---------------------------------------


def mailed_token(text: str) -> str:
    """The token from a pasted link (``…?token=…``) or the bare code, as the mail gives both."""
    value = text.strip()
    if not value:
        raise Invalid(
            QT_TRANSLATE_NOOP("Validators", "Paste the code or the link from the e-mail.")
        )
    if "://" in value or value.startswith(("/", "www.")) or "token=" in value:
        tokens = parse_qs(urlsplit(value).query).get("token", [])
        if len(tokens) != 1 or not tokens[0].strip():
            raise Invalid(
                QT_TRANSLATE_NOOP(
                    "Validators",
                    "This link has no code in it; paste the whole link from the e-mail.",
                )
            )
        value = tokens[0].strip()
    if any(ch.isspace() for ch in value) or len(value) > 200:
        raise Invalid(
            QT_TRANSLATE_NOOP("Validators", "This does not look like the code from the e-mail.")
        )
    return value


def one_time_code(text: str) -> str:
    """A 6-digit code from an authenticator app or an e-mail, spaces ignored."""
    raw = re.sub(r"\s+", "", text)
    if not re.fullmatch(r"\d{6}", raw):
        raise Invalid(QT_TRANSLATE_NOOP("Validators", "Enter the 6-digit code."))
    return raw


# -- service address ------------------------------------------------------------------------


def service_url(text: str) -> str:
    """A remote service's base address, ``http(s)://host[:port][/prefix]`` without a trailing
    slash."""
    value = text.strip()
    if not value:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "Validators", "Enter the service address, for example https://support.example.com."
            )
        )
    parts = urlsplit(value if "://" in value else f"https://{value}")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "Validators",
                "The service address must start with http:// or https:// and name a host.",
            )
        )
    if parts.query or parts.fragment:
        raise Invalid(
            QT_TRANSLATE_NOOP("Validators", "The service address cannot have ? or # parts.")
        )
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        raise Invalid(
            QT_TRANSLATE_NOOP(
                "Validators", "The port in the service address is not a number from 1 to 65535."
            )
        ) from None
    parts = parts._replace(path=parts.path.rstrip("/"))
    return parts.geturl()
