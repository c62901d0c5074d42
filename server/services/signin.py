"""Sign-in (A3): e-mail or Customer ID and password, an optional second factor, lock-outs.

Failures are counted per account and source (or per unknown login and source, so a lock
tells nothing about whether an account exists) and per source address. Enough failures
lock that key for a while that doubles with each further lock; a full sign-in clears it.
Failures from elsewhere never lock a source out: for the account as a whole they only
slow its answers down (``pace``) and mail its owner (at most once per window).
Callers run these functions in ``throttle.committed_even_if_refused`` so that failures,
second-factor tickets and attempts are kept when the answer is a refusal.
"""

from __future__ import annotations

import secrets
import time

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from server import clock
from server.config import Settings
from server.db.models import PendingSignIn, User
from server.errors import Problem
from server.i18n import N_
from server.services import account_mail, accounts, mail_budget, throttle, two_factor
from server.services.account_mail import Outbox
from server.services.passwords import hash_password, needs_rehash, verify_password
from server.services.sessions import TokenPair, start_session
from server.services.tokens import new_code, new_token, token_hash
from server.state import ServiceState

MAX_CODE_ATTEMPTS = 5


def account_key(user_id: int) -> str:
    """Counts the account's failures from every source: slows answers, never locks."""
    return f"signin:user:{user_id}"


def _lock_key(acct_key: str, source: str) -> str:
    """The lock: one account (or unknown login) from one source."""
    return f"{acct_key}:src:{source}"


def _source_key(source: str) -> str:
    return f"signin:src:{source}"


def _slowdown(failures: int, settings: Settings) -> float:
    """Seconds to wait before answering an account with this many recent failures."""
    excess = failures - settings.lockout_threshold
    if excess < 0:
        return 0.0
    return min(0.1 * 2 ** min(excess, 10), settings.signin_slowdown_max.total_seconds())


def pace(state: ServiceState, login: str) -> None:
    """Wait before checking a password of an account that strangers are guessing at.

    Run outside the request's transaction, so the wait holds no lock and no connection.
    """
    with state.db.read() as db:
        user = accounts.find_by_login(db, login)
        key = account_key(user.id) if user is not None else throttle.login_key(login)
        failures = throttle.recent(db, key=key, window=state.settings.source_window)
    wait = _slowdown(failures, state.settings)
    if wait:
        time.sleep(wait)


def _check_locks(db: Session, *, acct_key: str, source: str) -> None:
    left = throttle.locked_for(db, key=_source_key(source))
    if left:
        raise throttle.too_many(
            "too_many_attempts",
            "Too many failed sign-ins from your network; try again in {seconds} seconds.",
            left,
        )
    left = throttle.locked_for(db, key=_lock_key(acct_key, source))
    if left:
        raise throttle.too_many(
            "account_locked",
            "Too many failed sign-ins to this account; try again in {seconds} seconds.",
            left,
        )


def _failed(
    db: Session,
    *,
    state: ServiceState,
    acct_key: str,
    source: str,
    problem: Problem,
    user: User | None = None,
    outbox: Outbox | None = None,
) -> Problem:
    """Count the failure on every key; the lock it starts, or ``problem``."""
    settings = state.settings
    common = {"base": settings.lockout_base, "cap": settings.lockout_max}
    src = throttle.fail(
        db,
        key=_source_key(source),
        threshold=settings.signin_source_budget,
        window=settings.source_window,
        **common,
    )
    acct = throttle.fail(
        db,
        key=_lock_key(acct_key, source),
        threshold=settings.lockout_threshold,
        window=settings.source_window,
        **common,
    )
    failures = throttle.count(db, key=acct_key, window=settings.source_window)
    if user is not None and outbox is not None and failures >= settings.lockout_threshold:
        _alert_owner(db, state=state, user=user, outbox=outbox)
    if acct:
        return throttle.too_many(
            "account_locked",
            "Too many failed sign-ins to this account; try again in {seconds} seconds.",
            acct,
        )
    if src:
        return throttle.too_many(
            "too_many_attempts",
            "Too many failed sign-ins from your network; try again in {seconds} seconds.",
            src,
        )
    return problem


def sign_in(
    db: Session,
    *,
    state: ServiceState,
    login: str,
    password: str,
    remember: bool,
    source: str,
    user_agent: str,
    outbox: Outbox,
) -> TokenPair:
    """Tokens, or 401 ``second_factor_required`` with a ``ticket`` and its ``method``."""
    settings = state.settings
    user = accounts.find_by_login(db, login)
    acct_key = account_key(user.id) if user is not None else throttle.login_key(login)
    _check_locks(db, acct_key=acct_key, source=source)
    # The password is checked against a dummy hash for an unknown login: the same time.
    if not verify_password(user.password_hash if user else None, password) or user is None:
        raise _failed(
            db,
            state=state,
            acct_key=acct_key,
            source=source,
            user=user,
            outbox=outbox,
            problem=Problem(
                401, "invalid_credentials", "The Customer ID / e-mail or password is wrong."
            ),
        )
    if not user.is_active:
        raise Problem(403, "not_activated", "Activate your account from the e-mail we sent first.")
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    method = "totp" if user.totp_enabled else "email" if user.email_otp_enabled else None
    if method is None:
        throttle.clear(db, key=_lock_key(acct_key, source))
        return start_session(db, settings=settings, user=user, user_agent=user_agent)
    ticket = new_token()
    pending = PendingSignIn(
        ticket_hash=token_hash(ticket),
        user_id=user.id,
        method=method,
        remember=remember,
        expires_at=clock.now(db) + settings.otp_ttl,
    )
    db.add(pending)
    db.flush()
    if method == "email":
        _mail_code(db, state=state, pending=pending, user=user, outbox=outbox)
    raise Problem(
        401,
        "second_factor_required",
        N_("Enter the code from your authenticator app.")
        if method == "totp"
        else N_("Enter the code we sent to your e-mail."),
        extra={"ticket": ticket, "method": method},
    )


def _alert_owner(db: Session, *, state: ServiceState, user: User, outbox: Outbox) -> None:
    """Tell the owner that someone is guessing the password, once per window at most."""
    if throttle.spend(
        db,
        key=f"mail:signin-alert:{user.id}",
        budget=1,
        window=state.settings.signin_alert_window,
    ):
        return
    if mail_budget.allows(db, settings=state.settings, to=user.email, account_id=user.id):
        account_mail.failed_signins(outbox, state, to=user.email, lang=user.language)


def _mail_code(
    db: Session, *, state: ServiceState, pending: PendingSignIn, user: User, outbox: Outbox
) -> None:
    mail_budget.spend(db, settings=state.settings, to=user.email, account_id=user.id)
    code = new_code()
    pending.note = token_hash(f"{pending.id}:{code}")
    account_mail.signin_code(outbox, state, to=user.email, code=code, lang=user.language)


def _pending(db: Session, ticket: str) -> tuple[PendingSignIn, User]:
    pending = db.scalar(
        select(PendingSignIn).where(PendingSignIn.ticket_hash == token_hash(ticket.strip()))
    )
    user = db.get(User, pending.user_id) if pending is not None else None
    if pending is None or user is None or pending.expires_at <= clock.now(db):
        raise Problem(
            401,
            "ticket_invalid",
            "This sign-in has expired or is not valid; sign in again.",
            errors={"ticket": N_("Sign in again.")},
        )
    return pending, user


def mail_code(
    db: Session, *, state: ServiceState, ticket: str, source: str, outbox: Outbox
) -> None:
    """(Re)send the e-mail code for a pending sign-in; switches a TOTP sign-in to e-mail
    only where the account has e-mail codes enabled too."""
    throttle.spend_source_budget(db, settings=state.settings, action="email-code", source=source)
    pending, user = _pending(db, ticket)
    if pending.method != "email":
        if not user.email_otp_enabled:
            raise Problem(
                409,
                "email_code_unavailable",
                "This account signs in with an authenticator app code, not an e-mail code.",
            )
        pending.method = "email"
    _mail_code(db, state=state, pending=pending, user=user, outbox=outbox)


def second_factor(
    db: Session, *, state: ServiceState, ticket: str, code: str, source: str, user_agent: str
) -> TokenPair:
    settings = state.settings
    pending, user = _pending(db, ticket)
    acct_key = account_key(user.id)
    _check_locks(db, acct_key=acct_key, source=source)
    code = "".join(code.split())
    if pending.method == "totp":
        ok = user.totp_enabled and two_factor.totp_matches(user.totp_secret, code)
    else:
        ok = bool(pending.note) and secrets.compare_digest(
            pending.note, token_hash(f"{pending.id}:{code}")
        )
    if not ok:
        pending.attempts += 1
        spent = pending.attempts >= MAX_CODE_ATTEMPTS
        if spent:
            db.delete(pending)
        raise _failed(
            db,
            state=state,
            acct_key=acct_key,
            source=source,
            problem=Problem(
                401,
                "ticket_invalid" if spent else "invalid_code",
                N_("Too many wrong codes; sign in again.")
                if spent
                else N_("The code is wrong or has expired."),
                errors={"code": N_("Wrong code.")},
            ),
        )
    db.execute(delete(PendingSignIn).where(PendingSignIn.user_id == user.id))
    throttle.clear(db, key=_lock_key(acct_key, source))
    return start_session(db, settings=settings, user=user, user_agent=user_agent)
