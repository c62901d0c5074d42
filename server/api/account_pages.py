"""The small self-contained pages that links in account mails open in a browser:
activation, password reset (a form), e-mail change confirmation.

Outside /api/v1: they answer HTML, not JSON. Each does what the matching API route does,
so a user without the application at hand can still finish the step.
"""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, BackgroundTasks, Form, Query
from fastapi.responses import HTMLResponse

from server.api.deps import State
from server.errors import Problem
from server.services import profile, recovery, registration
from server.services.account_mail import Outbox

router = APIRouter(tags=["pages"])

TokenQuery = Query("", max_length=200, description="The token from the mailed link")

_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;"
    "line-height:1.5;color:#1b1f24;background:#fff}"
    "@media (prefers-color-scheme:dark){body{color:#e6e6e6;background:#1b1f24}}"
    "h1{font-size:1.4rem}label{display:block;margin-top:.8rem}"
    "input{width:100%;padding:.4rem;font-size:1rem;box-sizing:border-box}"
    "button{margin-top:1rem;padding:.5rem 1.2rem;font-size:1rem}.error{color:#c0392b}"
)


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    html = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{escape(title)} · Personal Cabinet</title><style>{_STYLE}</style></head>"
        f"<body><main><h1>{escape(title)}</h1>{body}</main></body></html>"
    )
    return HTMLResponse(html, status_code=status)


def _refused(problem: Problem, *, what: str) -> HTMLResponse:
    if problem.code == "token_expired":
        return _page(
            "This link has expired",
            f"<p>The {escape(what)} link is too old. Ask for a new one in the Personal "
            "Cabinet application.</p>",
            problem.status,
        )
    if problem.code == "token_invalid":
        return _page(
            "This link is not valid",
            f"<p>The {escape(what)} link was already used or is not complete. If you already "
            "finished this step, just sign in; otherwise ask for a new link in the "
            "application.</p>",
            problem.status,
        )
    return _page("This did not work", f"<p>{escape(problem.detail)}</p>", problem.status)


@router.get("/activate", response_class=HTMLResponse)
def activate_page(state: State, token: str = TokenQuery) -> HTMLResponse:
    try:
        with state.db.write() as db:
            user = registration.activate(db, state=state, token=token)
            email = user.email
    except Problem as problem:
        return _refused(problem, what="activation")
    return _page(
        "Your account is activated",
        f"<p>The account <strong>{escape(email)}</strong> is ready. Sign in in the Personal "
        "Cabinet application with this e-mail address and your password.</p>",
    )


def _reset_form(token: str, error: str = "", status: int = 200) -> HTMLResponse:
    message = f'<p class="error" role="alert">{escape(error)}</p>' if error else ""
    return _page(
        "Choose a new password",
        message + '<form method="post" action="/reset">'
        f'<input type="hidden" name="token" value="{escape(token)}">'
        '<label for="pw">New password</label>'
        '<input id="pw" name="password" type="password" autocomplete="new-password" required>'
        '<label for="pw2">New password again</label>'
        '<input id="pw2" name="password_confirm" type="password" autocomplete="new-password" '
        "required><p>At least 8 characters, with a digit, an upper- and a lower-case Latin "
        'letter, and no spaces.</p><button type="submit">Set the password</button></form>',
        status,
    )


@router.get("/reset", response_class=HTMLResponse)
def reset_page(state: State, token: str = TokenQuery) -> HTMLResponse:
    try:
        with state.db.read() as db:
            recovery.check_reset_token(db, token=token)
    except Problem as problem:
        return _refused(problem, what="password reset")
    return _reset_form(token)


@router.post("/reset", response_class=HTMLResponse)
def reset_submit(
    state: State,
    token: str = Form("", max_length=200),
    password: str = Form("", max_length=256),
    password_confirm: str = Form("", max_length=256),
) -> HTMLResponse:
    try:
        with state.db.write() as db:
            recovery.confirm_reset(
                db, token=token, password=password, password_confirm=password_confirm
            )
    except Problem as problem:
        if problem.code in ("password_policy", "password_mismatch"):
            return _reset_form(token, problem.detail, problem.status)
        return _refused(problem, what="password reset")
    return _page(
        "Your password is changed",
        "<p>Sign in in the Personal Cabinet application with your new password. Every "
        "device that was signed in has been signed out.</p>",
    )


@router.get("/confirm-email", response_class=HTMLResponse)
def confirm_email_page(
    state: State, background: BackgroundTasks, token: str = TokenQuery
) -> HTMLResponse:
    outbox = Outbox()
    try:
        with state.db.write() as db:
            user = profile.confirm_email_change(db, state=state, token=token, outbox=outbox)
            email = user.email
    except Problem as problem:
        return _refused(problem, what="confirmation")
    background.add_task(outbox.send_all, state.mailer)
    return _page(
        "Your new e-mail address is confirmed",
        f"<p>Your account now uses <strong>{escape(email)}</strong>. Sign in with it from now "
        "on.</p>",
    )
