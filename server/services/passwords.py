"""Password policy (A1) and Argon2id hashing."""

from __future__ import annotations

import re
import secrets
import string

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from zxcvbn import zxcvbn

from server.i18n import N_

# Argon2id with the library's current recommended parameters (what ``PasswordHasher()`` uses).
_profile = "RFC_9106_LOW_MEMORY"
_hasher = PasswordHasher.from_parameters(profiles.RFC_9106_LOW_MEMORY)
# A hash of a random password, so unknown accounts cost the same time as known ones.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


def use_profile(name: str) -> None:
    """Hash with the ``argon2.profiles`` parameters of that name from now on, in this
    process (a service whose settings name one; the test suite's pick ``CHEAPEST``, where
    the recommended cost would be much of the suite's time). Hashes made with other
    parameters still verify and are rehashed at the next sign-in."""
    global _profile, _hasher, _DUMMY_HASH
    if name == _profile:
        return
    _hasher = PasswordHasher.from_parameters(getattr(profiles, name))
    _DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))
    _profile = name


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


def policy_problems(password: str, *, email: str = "") -> list[str]:
    """Reasons the password is refused, in the user's terms; empty when it is accepted."""
    problems: list[str] = []
    if len(password) < 8:
        problems.append(N_("Use at least 8 characters."))
    if not re.search(r"[0-9]", password):
        problems.append(N_("Add a digit."))
    if not re.search(r"[A-Z]", password):
        problems.append(N_("Add an upper-case Latin letter (A–Z)."))
    if not re.search(r"[a-z]", password):
        problems.append(N_("Add a lower-case Latin letter (a–z)."))
    if any(ch.isspace() for ch in password):
        problems.append(N_("Remove the spaces."))
    if len(password) > 128:
        problems.append(N_("Use at most 128 characters."))
    if not problems:
        inputs = [email, email.split("@")[0]] if email else []
        if zxcvbn(password[:128], user_inputs=inputs)["score"] < 2:
            problems.append(N_("This password is too simple or too common; choose another."))
    return problems


def generate_password(length: int = 12) -> str:
    """A password that meets the policy (for legacy registration, mailed to the user)."""
    alphabet = string.ascii_letters + string.digits
    while True:
        candidate = "".join(secrets.choice(alphabet) for _ in range(length))
        if not policy_problems(candidate):
            return candidate
