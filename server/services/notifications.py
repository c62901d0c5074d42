"""Mails about requests: the confirmation with the request number, and staff replies.

Sent only once the transaction has committed, so nobody is told about a request or a reply
that was rolled back; a mail server that is down is logged and never undoes the request.
Anonymous requesters follow their request only through these mails.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import event
from sqlalchemy.orm import Session

from server.config import Settings
from server.db.models import Message, SupportRequest
from server.services import mail_budget
from server.services.mail import Mailer
from server.services.request_types import (
    CONTENT_WARNING,
    SUPPORT_BY_CODE,
    VIRUSLAB_BY_CODE,
)

log = logging.getLogger(__name__)


def after_commit(db: Session, action: Callable[[], None]) -> None:
    """Run ``action`` once the current transaction has committed (never after a rollback)."""

    def run(_: Session) -> None:
        try:
            action()
        except Exception:  # a mail that cannot go out must not fail the committed change
            log.exception("notification after commit failed")

    event.listen(db, "after_commit", run, once=True)


def _type_title(request: SupportRequest) -> str:
    table = SUPPORT_BY_CODE if request.kind == "support" else VIRUSLAB_BY_CODE
    found = table.get(request.type)
    return found.title if found else request.type


def request_received(
    db: Session, *, settings: Settings, mailer: Mailer, request: SupportRequest
) -> None:
    """The confirmation mail with the request's number, to the request's e-mail.

    Refused (429) past the mail budgets: the caller chose the address.
    """
    mail_budget.spend(db, settings=settings, to=request.email, account_id=request.owner_id)
    desk = "Technical Support" if request.kind == "support" else "the Virus Lab"
    to, number = request.email, request.number
    follow = (
        "You can follow it and reply under My requests in Personal Cabinet."
        if request.owner_id is not None
        else "We will write to you at this address."
    )
    body = (
        f"Your request to {desk} was received.\n\n"
        f"Request number: {number}\n"
        f"Type: {_type_title(request)}\n\n"
        f"{follow}\n"
        f"Please quote the number {number} if you contact us about this request.\n\n"
        f"{CONTENT_WARNING}\n"
    )
    subject = f"Request {number} received"
    after_commit(db, lambda: mailer.send(to, subject, body))


def staff_replied(
    db: Session, *, settings: Settings, mailer: Mailer, request: SupportRequest, message: Message
) -> None:
    """A public staff reply, mailed to the request's e-mail (past its budget, not mailed:
    the reply itself stands, and the requester reads it in the application)."""
    if not mail_budget.allows(db, settings=settings, to=request.email, account_id=None):
        return
    to, number = request.email, request.number
    follow = (
        f"Reply under My requests in Personal Cabinet:\npersonal-cabinet://requests/{number}"
        if request.owner_id is not None
        else "Reply to this request by filing a new one and quoting its number."
    )
    body = f"There is a new reply to your request {number}:\n\n{message.body}\n\n{follow}\n"
    subject = f"New reply to your request {number}"
    after_commit(db, lambda: mailer.send(to, subject, body))
