"""Who owns an uploaded file, and who may read it.

Files belong to the signed-in account, or, for callers without an account (Virus Lab
samples, requests that skip step 2), to a secret the client made up and sends in
``X-Anonymous-Token``; only its SHA-256 is stored. A file is private to its uploader until
it is linked to a request; from then on the request decides: its owner (never for internal
files) and staff.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy.orm import Session

from server.db.models import Attachment, SupportRequest, User
from server.errors import Problem, not_found

ANON_HEADER = "X-Anonymous-Token"
ANON_MIN = 32
ANON_MAX = 256


@dataclass(frozen=True)
class Owner:
    """The caller as an owner of files: an account or an anonymous secret's hash."""

    user_id: int | None = None
    anon: str | None = None
    staff: bool = False

    def owns(self, *, owner_id: int | None, anon_owner: str | None) -> bool:
        if self.user_id is not None:
            return owner_id == self.user_id
        return self.anon is not None and owner_id is None and anon_owner == self.anon


def owner_of(*, user: User | None, anonymous_token: str | None) -> Owner:
    """The signed-in account wins; otherwise the anonymous secret; otherwise 401."""
    if user is not None:
        return Owner(user_id=user.id, staff=user.role == "staff")
    token = (anonymous_token or "").strip()
    if not token:
        raise Problem(
            401,
            "unauthorized",
            "Sign in, or send an {header} header to upload without an account.",
            headers={"WWW-Authenticate": "Bearer"},
            params={"header": ANON_HEADER},
        )
    if not ANON_MIN <= len(token) <= ANON_MAX:
        raise Problem(
            401,
            "anonymous_token_invalid",
            "The {header} header must be a random secret of {min} to {max} characters.",
            params={"header": ANON_HEADER, "min": ANON_MIN, "max": ANON_MAX},
        )
    return Owner(anon=hashlib.sha256(token.encode()).hexdigest())


def readable(db: Session, *, attachment_id: int, owner: Owner) -> Attachment:
    """The attachment if the caller may read it; 404 otherwise, as if it did not exist."""
    att = db.get(Attachment, attachment_id)
    if att is None:
        raise not_found("file")
    if att.request_id is None:
        allowed = owner.owns(owner_id=att.owner_id, anon_owner=att.anon_owner)
    elif owner.staff:
        allowed = True
    else:
        parent = db.get(SupportRequest, att.request_id)
        allowed = (
            not att.internal
            and owner.user_id is not None
            and parent is not None
            and parent.owner_id == owner.user_id
        )
    if not allowed:
        raise not_found("file")
    return att
