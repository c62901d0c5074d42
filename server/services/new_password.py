"""A new password typed twice (registration, reset, change): the A1 policy as field errors."""

from __future__ import annotations

from server.errors import Problem
from server.i18n import N_, Joined
from server.services.passwords import policy_problems


def require_acceptable(
    password: str,
    confirm: str,
    *,
    email: str = "",
    field: str = "password",
    confirm_field: str = "password_confirm",
) -> None:
    """Refuse with every rule the password breaks, and a mismatch with its confirmation.

    ``password_policy`` when a rule is broken (each rule's message in ``rules`` and joined
    in the field error), otherwise ``password_mismatch``.
    """
    problems = policy_problems(password, email=email)
    mismatch = password != confirm
    errors: dict[str, str] = {}
    if problems:
        errors[field] = "{rules}"  # each rule translated, then joined
    if mismatch:
        errors[confirm_field] = N_("The passwords do not match.")
    if problems:
        raise Problem(
            422,
            "password_policy",
            "Choose another password: {rules}",
            errors=errors,
            extra={"rules": problems},
            params={"rules": Joined(tuple(problems))},
        )
    if mismatch:
        raise Problem(422, "password_mismatch", "The two passwords do not match.", errors=errors)
