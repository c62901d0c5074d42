"""Accounts without a session: register, activate, sign in (+ second factor), refresh, sign
out, password reset, forgotten Customer ID, e-mail change confirmation.

Routes whose refusals must still count (failed sign-ins, spent captchas, wrong codes) run
their own transaction through ``throttle.committed_even_if_refused`` instead of ``Db``.
Mails go out after the answer (``Outbox`` in a background task).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, BackgroundTasks, Request

from server.api.deps import CurrentUser, Db, State, client_ip
from server.errors import Problem
from server.schemas.auth import (
    EmailIn,
    Refresh,
    Register,
    ResetConfirm,
    ResetRequest,
    SecondFactor,
    SignIn,
    Ticket,
    TokenIn,
    Tokens,
)
from server.schemas.common import Accepted
from server.services import profile, recovery, registration, sessions
from server.services import signin as signin_service
from server.services.account_mail import Outbox
from server.services.idempotency import OwnTransactions
from server.services.throttle import committed_even_if_refused

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


LOCKED: dict[int | str, dict[str, Any]] = {
    429: {
        "description": "Locked out or over the budget: problem+json with `retry_after` "
        "(seconds) and a Retry-After header; code `account_locked`, `too_many_attempts` "
        "or `too_many_requests`."
    }
}
SECOND_FACTOR: dict[int | str, dict[str, Any]] = {
    401: {
        "description": "Wrong credentials (`invalid_credentials`), or `second_factor_required` "
        "with `ticket` and `method` (`totp` or `email`)."
    }
}


def _user_agent(request: Request) -> str:
    return request.headers.get("user-agent", "")


def _send_later(background: BackgroundTasks, state: State, outbox: Outbox) -> None:
    if outbox.messages:
        background.add_task(outbox.send_all, state.mailer)


@router.post(
    "/register",
    response_model=Accepted,
    status_code=201,
    responses=LOCKED,
    dependencies=[OwnTransactions],
)
def register(
    body: Register, request: Request, state: State, background: BackgroundTasks
) -> Accepted:
    outbox = Outbox()
    with committed_even_if_refused(state.db) as db:
        registration.register(
            db,
            state=state,
            email=body.email,
            password=body.password,
            password_confirm=body.password_confirm,
            captcha_id=body.captcha_id,
            captcha_answer=body.captcha_answer,
            source=client_ip(request),
            outbox=outbox,
        )
    _send_later(background, state, outbox)
    return Accepted(
        detail="We sent a mail to this address. Open the link in it, or paste its code, "
        "to activate the account."
    )


@router.post("/activate", response_model=Tokens)
def activate(body: TokenIn, request: Request, state: State, db: Db) -> Tokens:
    """Activate with the mailed token and sign in."""
    pair = registration.activate_and_sign_in(
        db, state=state, token=body.token, user_agent=_user_agent(request)
    )
    return Tokens(**pair.__dict__)


@router.post("/resend-activation", response_model=Accepted, status_code=202, responses=LOCKED)
def resend_activation(
    body: EmailIn, request: Request, state: State, db: Db, background: BackgroundTasks
) -> Accepted:
    outbox = Outbox()
    registration.resend_activation(
        db, state=state, email=body.email, source=client_ip(request), outbox=outbox
    )
    _send_later(background, state, outbox)
    return Accepted(
        detail="If this address has an account waiting for activation, a new link is on its way."
    )


@router.post(
    "/signin",
    response_model=Tokens,
    responses={**LOCKED, **SECOND_FACTOR},
    dependencies=[OwnTransactions],
)
def signin(body: SignIn, request: Request, state: State) -> Tokens:
    outbox = Outbox()
    signin_service.pace(state, body.login)
    try:
        with committed_even_if_refused(state.db) as db:
            pair = signin_service.sign_in(
                db,
                state=state,
                login=body.login,
                password=body.password,
                remember=body.remember,
                source=client_ip(request),
                user_agent=_user_agent(request),
                outbox=outbox,
            )
    except Problem:
        # A refusal answer carries no background tasks: the e-mail code that goes with
        # second_factor_required is sent now, after the ticket was committed.
        outbox.send_all(state.mailer)
        raise
    return Tokens(**pair.__dict__)


@router.post(
    "/signin/second-factor", response_model=Tokens, responses=LOCKED, dependencies=[OwnTransactions]
)
def second_factor(body: SecondFactor, request: Request, state: State) -> Tokens:
    with committed_even_if_refused(state.db) as db:
        pair = signin_service.second_factor(
            db,
            state=state,
            ticket=body.ticket,
            code=body.code,
            source=client_ip(request),
            user_agent=_user_agent(request),
        )
    return Tokens(**pair.__dict__)


@router.post("/signin/email-code", response_model=Accepted, status_code=202, responses=LOCKED)
def email_code(
    body: Ticket, request: Request, state: State, db: Db, background: BackgroundTasks
) -> Accepted:
    outbox = Outbox()
    signin_service.mail_code(
        db, state=state, ticket=body.ticket, source=client_ip(request), outbox=outbox
    )
    _send_later(background, state, outbox)
    return Accepted(detail="We sent a sign-in code to your e-mail address.")


@router.post("/refresh", response_model=Tokens, dependencies=[OwnTransactions])
def refresh(body: Refresh, state: State) -> Tokens:
    """A refresh token presented again after its rotation ends its session (kept on 401)."""
    with committed_even_if_refused(state.db) as db:
        pair = sessions.refresh_session(
            db, settings=state.settings, refresh_token=body.refresh_token
        )
    return Tokens(**pair.__dict__)


@router.post("/signout", status_code=204)
def signout(request: Request, user: CurrentUser, db: Db) -> None:
    sessions.end_session(db, session_id=request.state.auth_session_id)


@router.post("/password-reset", response_model=Accepted, status_code=202, responses=LOCKED)
def password_reset(
    body: ResetRequest, request: Request, state: State, db: Db, background: BackgroundTasks
) -> Accepted:
    outbox = Outbox()
    recovery.request_reset(
        db, state=state, login=body.login, source=client_ip(request), outbox=outbox
    )
    _send_later(background, state, outbox)
    return Accepted(
        detail="If this Customer ID or address has an account, a mail with a reset link is "
        "on its way to the account's address."
    )


@router.post("/password-reset/confirm", status_code=204)
def password_reset_confirm(body: ResetConfirm, db: Db) -> None:
    """Set a new password from the mailed token; every session of the account ends."""
    recovery.confirm_reset(
        db, token=body.token, password=body.password, password_confirm=body.password_confirm
    )


@router.post("/forgot-customer-id", response_model=Accepted, status_code=202, responses=LOCKED)
def forgot_customer_id(
    body: EmailIn, request: Request, state: State, db: Db, background: BackgroundTasks
) -> Accepted:
    outbox = Outbox()
    recovery.remind_customer_id(
        db, state=state, email=body.email, source=client_ip(request), outbox=outbox
    )
    _send_later(background, state, outbox)
    return Accepted(detail="If this address has an account, its Customer ID is on its way to it.")


@router.post("/confirm-email", status_code=204)
def confirm_email(body: TokenIn, state: State, db: Db, background: BackgroundTasks) -> None:
    """Confirm a new e-mail address from the link mailed to it; the old address is told."""
    outbox = Outbox()
    profile.confirm_email_change(db, state=state, token=body.token, outbox=outbox)
    _send_later(background, state, outbox)
