"""Mails about requests: the confirmation with the request number, and staff replies.

Sent only once the transaction has committed, so nobody is told about a request or a reply
that was rolled back, and by the mailer's sender thread, so the answer never waits for the
mail server; a mail server that is down is logged and never undoes the request.
Anonymous requesters follow their request only through these mails.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import event
from sqlalchemy.orm import Session

from server.config import Settings
from server.db.models import Message, SupportRequest, User
from server.i18n import translate
from server.services import mail_budget
from server.services.mail import Mailer
from server.services.request_types import (
    CONTENT_WARNING,
    SUPPORT_BY_CODE,
    VIRUSLAB_BY_CODE,
)

log = logging.getLogger(__name__)


_AFTER_COMMIT = "pc_after_commit"


def after_commit(db: Session, action: Callable[[], None]) -> None:
    """Run ``action`` once the current transaction has committed (never after a rollback).

    Kept in the session's ``info`` for the one listener below: listening on each session
    cost more CPU than the rest of queueing the mail."""
    db.info.setdefault(_AFTER_COMMIT, []).append(action)


@event.listens_for(Session, "after_commit")
def _run_after_commit(db: Session) -> None:
    for action in db.info.pop(_AFTER_COMMIT, ()):
        try:
            action()
        except Exception:  # a mail that cannot go out must not fail the committed change
            log.exception("notification after commit failed")


@event.listens_for(Session, "after_rollback")
def _drop_after_rollback(db: Session) -> None:
    db.info.pop(_AFTER_COMMIT, None)


def _type_title(request: SupportRequest, lang: str) -> str:
    table = SUPPORT_BY_CODE if request.kind == "support" else VIRUSLAB_BY_CODE
    found = table.get(request.type)
    return translate(lang, found.title) if found else request.type


def _language(db: Session, request: SupportRequest) -> str:
    """The account's language as it is now; without an account, the filer's at filing."""
    if request.owner_id is not None:
        owner = db.get(User, request.owner_id)
        if owner is not None:
            return owner.language
    return request.language


def request_received(
    db: Session, *, settings: Settings, mailer: Mailer, request: SupportRequest
) -> None:
    """The confirmation mail with the request's number, to the request's e-mail, in the
    filer's language.

    Refused (429) past the mail budgets: the caller chose the address.
    """
    mail_budget.spend(db, settings=settings, to=request.email, account_id=request.owner_id)
    lang = _language(db, request)
    to, number = request.email, request.number
    names = {"number": number}
    if request.kind == "support":
        received = translate(lang, "Your request to Technical Support was received.")
    else:
        received = translate(lang, "Your request to the Virus Lab was received.")
    follow = (
        translate(lang, "You can follow it and reply under My requests in Personal Cabinet.")
        if request.owner_id is not None
        else translate(lang, "We will write to you at this address.")
    )
    body = (
        f"{received}\n\n"
        + translate(lang, "Request number: {number}", names)
        + "\n"
        + translate(lang, "Type: {type}", {"type": _type_title(request, lang)})
        + f"\n\n{follow}\n"
        + translate(
            lang, "Please quote the number {number} if you contact us about this request.", names
        )
        + f"\n\n{translate(lang, CONTENT_WARNING)}\n"
    )
    subject = translate(lang, "Request {number} received", names)
    after_commit(db, lambda: mailer.send_later(to, subject, body))


def staff_replied(
    db: Session, *, settings: Settings, mailer: Mailer, request: SupportRequest, message: Message
) -> None:
    """A public staff reply, mailed to the request's e-mail in the requester's language (past
    its budget, not mailed: the reply itself stands, and the requester reads it in the
    application)."""
    if not mail_budget.allows(db, settings=settings, to=request.email, account_id=None):
        return
    lang = _language(db, request)
    to, number = request.email, request.number
    names = {"number": number}
    follow = (
        translate(lang, "Reply under My requests in Personal Cabinet:")
        + f"\npersonal-cabinet://requests/{number}"
        if request.owner_id is not None
        else translate(lang, "Reply to this request by filing a new one and quoting its number.")
    )
    body = (
        translate(lang, "There is a new reply to your request {number}:", names)
        + f"\n\n{message.body}\n\n{follow}\n"
    )
    subject = translate(lang, "New reply to your request {number}", names)
    after_commit(db, lambda: mailer.send_later(to, subject, body))
