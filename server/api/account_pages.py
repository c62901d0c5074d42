"""The small self-contained pages that links in account mails open in a browser:
activation, password reset (a form), e-mail change confirmation.

Outside /api/v1: they answer HTML, not JSON. Each does what the matching API route does,
so a user without the application at hand can still finish the step. Written in the
browser's language (``Accept-Language``), like the service's other texts.
"""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, BackgroundTasks, Form, Query
from fastapi.responses import HTMLResponse

from server.api.deps import State
from server.errors import Problem
from server.i18n import N_, current_language, translate
from server.services import profile, recovery, registration
from server.services.account_mail import Outbox
from server.services.idempotency import OwnTransactions

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


def _t(msgid: str, **params: str) -> str:
    """A text of these pages in the browser's language, HTML-escaped, fields filled."""
    return escape(translate(current_language(), msgid, params))


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    """``title`` and ``body`` are already translated and escaped."""
    product = _t("Personal Cabinet")
    html = (
        f'<!doctype html><html lang="{current_language()}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{title} · {product}</title><style>{_STYLE}</style></head>"
        f"<body><main><h1>{title}</h1>{body}</main></body></html>"
    )
    return HTMLResponse(html, status_code=status)


# The step a link was for, as the refusals name it.
_WHAT = {
    "activation": N_("activation"),
    "password reset": N_("password reset"),
    "confirmation": N_("confirmation"),
}


def _refused(problem: Problem, *, what: str) -> HTMLResponse:
    step = translate(current_language(), _WHAT[what])
    if problem.code == "token_expired":
        return _page(
            _t("This link has expired"),
            "<p>"
            + _t(
                "The {step} link is too old. Ask for a new one in the Personal Cabinet "
                "application.",
                step=step,
            )
            + "</p>",
            problem.status,
        )
    if problem.code == "token_invalid":
        return _page(
            _t("This link is not valid"),
            "<p>"
            + _t(
                "The {step} link was already used or is not complete. If you already finished "
                "this step, just sign in; otherwise ask for a new link in the application.",
                step=step,
            )
            + "</p>",
            problem.status,
        )
    detail, _ = problem.rendered(current_language())
    return _page(_t("This did not work"), f"<p>{escape(detail)}</p>", problem.status)


@router.get("/activate", response_class=HTMLResponse)
def activate_page(state: State, token: str = TokenQuery) -> HTMLResponse:
    try:
        with state.db.write() as db:
            user = registration.activate(db, state=state, token=token)
            email = user.email
    except Problem as problem:
        return _refused(problem, what="activation")
    return _page(
        _t("Your account is activated"),
        "<p>"
        + _t(
            "The account {email} is ready. Sign in in the Personal Cabinet application with "
            "this e-mail address and your password.",
            email="\x00",
        ).replace("\x00", f"<strong>{escape(email)}</strong>")
        + "</p>",
    )


def _reset_form(token: str, error: str = "", status: int = 200) -> HTMLResponse:
    """``error``: a text already translated (not yet escaped)."""
    message = f'<p class="error" role="alert">{escape(error)}</p>' if error else ""
    new, again, submit = _t("New password"), _t("New password again"), _t("Set the password")
    return _page(
        _t("Choose a new password"),
        message + '<form method="post" action="/reset">'
        f'<input type="hidden" name="token" value="{escape(token)}">'
        f'<label for="pw">{new}</label>'
        '<input id="pw" name="password" type="password" autocomplete="new-password" required>'
        f'<label for="pw2">{again}</label>'
        '<input id="pw2" name="password_confirm" type="password" autocomplete="new-password" '
        "required><p>"
        + _t(
            "At least 8 characters, with a digit, an upper- and a lower-case Latin letter, "
            "and no spaces."
        )
        + f'</p><button type="submit">{submit}</button></form>',
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


@router.post("/reset", response_class=HTMLResponse, dependencies=[OwnTransactions])
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
            detail, _ = problem.rendered(current_language())
            return _reset_form(token, detail, problem.status)
        return _refused(problem, what="password reset")
    return _page(
        _t("Your password is changed"),
        "<p>"
        + _t(
            "Sign in in the Personal Cabinet application with your new password. Every "
            "device that was signed in has been signed out."
        )
        + "</p>",
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
        _t("Your new e-mail address is confirmed"),
        "<p>"
        + _t("Your account now uses {email}. Sign in with it from now on.", email="\x00").replace(
            "\x00", f"<strong>{escape(email)}</strong>"
        )
        + "</p>",
    )
