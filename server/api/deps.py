"""FastAPI dependencies: the database session, the caller's identity and role."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from server import clock, i18n
from server.db.models import AuthSession, User
from server.errors import Problem
from server.i18n import N_
from server.services import idempotency
from server.services.tokens import read_access_token
from server.state import ServiceState

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


# Dependencies that do no I/O are ``async``: FastAPI runs a plain ``def`` dependency in
# the thread pool, and each such hop cost more CPU than the check itself (profiled under
# ``bench/service_load.py``).


async def get_state(request: Request) -> ServiceState:
    state: ServiceState = request.app.state.service
    return state


State = Annotated[ServiceState, Depends(get_state)]


async def get_db(request: Request, state: State) -> AsyncIterator[Session]:
    """One transaction per request, committed when the route returns without error.

    Function scope: the commit happens before the answer is sent, so a client that
    reads right after a 201 sees the row, and a failed commit is reported, not hidden.
    Under an Idempotency-Key the transaction writes the key's claim first and is handed to
    the claim at the end, which commits it together with the stored answer (a crash keeps
    both or neither).

    ``async``: making a session and beginning it touch no connection (that happens at
    the first statement, in the route's thread). Ending it goes to the thread pool on
    PostgreSQL (a round trip); on SQLite it runs here when it cannot wait for a lock
    (``_end``): the hop to a thread cost more CPU than the commit.
    """
    claim = idempotency.claim_of(request.scope)
    safe = request.method in SAFE_METHODS
    db = (state.db.reader if safe else state.db.writer)()
    if claim is not None and not safe:
        idempotency.join(db, claim)
    db.begin()
    try:
        yield db
    except BaseException:
        await _end(state, db, commit=False)  # rolls back
        raise
    if safe or claim is None:
        await _end(state, db, commit=True)
    else:
        claim.adopt(db)


async def _end(state: ServiceState, db: Session, *, commit: bool) -> None:
    end = _commit_and_close if commit else Session.close
    # On SQLite a rollback, or a commit with nothing left to flush, never waits: the write
    # lock is held already or not needed. A flush could be the transaction's first
    # statement, whose BEGIN IMMEDIATE may wait for another writer: that goes to a thread.
    if state.db.is_sqlite and not (commit and (db.new or db.dirty or db.deleted)):
        end(db)
    else:
        await run_in_threadpool(end, db)


def _commit_and_close(db: Session) -> None:
    try:
        db.commit()
    finally:
        db.close()


Db = Annotated[Session, Depends(get_db, scope="function")]


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token:
        return token.strip()
    return None


def _unauthorized(detail: str = N_("Sign in to continue.")) -> Problem:
    return Problem(401, "unauthorized", detail, headers={"WWW-Authenticate": "Bearer"})


# The sign-in's two dates only, and built once: every signed-in call runs this, and building
# a statement cost more CPU than executing it (SQLAlchemy caches only the compiled form).
_SIGNED_IN = (
    select(User, AuthSession.revoked_at, AuthSession.expires_at)
    .join(AuthSession, AuthSession.user_id == User.id)
    .where(AuthSession.id == bindparam("session_id"))
)


def optional_user(request: Request, state: State, db: Db) -> User | None:
    token = _bearer(request)
    if token is None:
        return None
    session_id = read_access_token(state.settings.token_secret, token, clock.now(db))
    if session_id is None:
        raise _unauthorized("Your sign-in has expired; sign in again.")
    row = db.execute(_SIGNED_IN, {"session_id": session_id}).first()
    if row is None:
        raise _unauthorized("Your sign-in has expired; sign in again.")
    user, revoked_at, expires_at = row
    if revoked_at is not None or expires_at <= clock.now(db) or not user.is_active:
        raise _unauthorized("Your sign-in has expired; sign in again.")
    request.state.auth_session_id = session_id
    i18n.use_language(user.language)  # the account's choice wins over Accept-Language
    return user


MaybeUser = Annotated[User | None, Depends(optional_user)]


async def current_user(user: MaybeUser) -> User:
    if user is None:
        raise _unauthorized()
    return user


CurrentUser = Annotated[User, Depends(current_user)]


async def current_customer(user: CurrentUser) -> User:
    return user


async def require_staff(user: CurrentUser) -> User:
    if user.role != "staff":
        # Staff routes do not exist for customers.
        raise Problem(404, "not_found", "No such object.")
    return user


Staff = Annotated[User, Depends(require_staff)]
