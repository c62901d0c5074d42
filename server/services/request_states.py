"""The request state machine: one table of allowed moves, and the one function that moves.

Support:   new → open → waiting_for_customer ⇄ open → resolved → closed
Virus Lab: received → analyzing → verdict_malicious | verdict_clean | verdict_false_positive
           → closed
Besides the main line, customers may close their own request at any point, and reopen a
resolved one within ``Settings.reopen_window``; staff may reopen a resolved one at any time.
Every move writes the status history and an event in the caller's transaction.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy.orm import Session

from server import clock
from server.db.models import StatusChange, SupportRequest
from server.errors import Problem
from server.i18n import N_
from server.services import events

Actor = Literal["staff", "customer"]

SUPPORT = "support"
VIRUSLAB = "viruslab"

SUPPORT_STATUSES = ("new", "open", "waiting_for_customer", "resolved", "closed")
VIRUSLAB_STATUSES = (
    "received",
    "analyzing",
    "verdict_malicious",
    "verdict_clean",
    "verdict_false_positive",
    "closed",
)
STATUSES: dict[str, tuple[str, ...]] = {SUPPORT: SUPPORT_STATUSES, VIRUSLAB: VIRUSLAB_STATUSES}
INITIAL: dict[str, str] = {SUPPORT: "new", VIRUSLAB: "received"}
VERDICTS = ("verdict_malicious", "verdict_clean", "verdict_false_positive")

_STAFF: frozenset[Actor] = frozenset({"staff"})
_CUSTOMER: frozenset[Actor] = frozenset({"customer"})
_BOTH: frozenset[Actor] = frozenset({"staff", "customer"})

# (kind, from, to) → who may make the move. Anything not listed is refused with 409.
TRANSITIONS: dict[tuple[str, str, str], frozenset[Actor]] = {
    (SUPPORT, "new", "open"): _STAFF,
    (SUPPORT, "open", "waiting_for_customer"): _STAFF,
    # Staff, or the customer's own reply.
    (SUPPORT, "waiting_for_customer", "open"): _BOTH,
    (SUPPORT, "open", "resolved"): _STAFF,
    # Reopen: the customer only within the reopen window.
    (SUPPORT, "resolved", "open"): _BOTH,
    (SUPPORT, "resolved", "closed"): _BOTH,
    (SUPPORT, "new", "closed"): _CUSTOMER,
    (SUPPORT, "open", "closed"): _CUSTOMER,
    (SUPPORT, "waiting_for_customer", "closed"): _CUSTOMER,
    (VIRUSLAB, "received", "analyzing"): _STAFF,
    **{(VIRUSLAB, "analyzing", verdict): _STAFF for verdict in VERDICTS},
    **{(VIRUSLAB, verdict, "closed"): _BOTH for verdict in VERDICTS},
    # A customer may withdraw a submission.
    (VIRUSLAB, "received", "closed"): _CUSTOMER,
    (VIRUSLAB, "analyzing", "closed"): _CUSTOMER,
}

# Statuses in which staff owe the customer nothing (the queue's response time stops).
NOT_AWAITING = frozenset({"waiting_for_customer", "resolved", "closed", *VERDICTS})
# Statuses that are done: not in the "unassigned and open" or "mine" views.
DONE = frozenset({"resolved", "closed", *VERDICTS})

# Statuses in which the customer has had an answer, so "Did this help?" makes sense.
ANSWERED = frozenset({"resolved", "closed", *VERDICTS})


def allowed_moves(kind: str, status: str, actor: Actor) -> list[str]:
    return [
        to
        for (k, frm, to), actors in TRANSITIONS.items()
        if k == kind and frm == status and actor in actors
    ]


def reopen_until(request: SupportRequest, window: timedelta) -> datetime | None:
    """Until when the customer may reopen (None when the request is not resolved)."""
    if request.status != "resolved" or request.resolved_at is None:
        return None
    return request.resolved_at + window


def move(
    db: Session,
    *,
    request: SupportRequest,
    to: str,
    actor: Actor,
    by_user_id: int | None,
    reopen_window: timedelta,
) -> StatusChange:
    """Change the status along the table, record it, and tell the event stream."""
    if to not in STATUSES[request.kind]:
        raise Problem(
            422,
            "unknown_status",
            "There is no status {to!r} for this kind of request.",
            errors={"status": N_("Choose one of: {choices}.")},
            params={"to": to, "choices": ", ".join(STATUSES[request.kind])},
        )
    frm = request.status
    actors = TRANSITIONS.get((request.kind, frm, to), frozenset())
    if actor not in actors:
        raise Problem(
            409,
            "invalid_transition",
            "A request in status {frm!r} cannot be moved to {to!r}.",
            extra={"from": frm, "to": to, "allowed": allowed_moves(request.kind, frm, actor)},
            params={"frm": frm, "to": to},
        )
    now = clock.now(db)
    if actor == "customer" and frm == "resolved" and to == "open":
        until = reopen_until(request, reopen_window)
        if until is not None and now > until:
            raise Problem(
                409,
                "reopen_window_passed",
                "This request was resolved too long ago to be reopened; file a new request.",
            )
    request.status = to
    request.updated_at = now
    if actor == "customer":
        request.customer_active_at = now
    if to == "resolved":
        request.resolved_at = now
    elif frm == "resolved":
        request.resolved_at = None
    if to == "closed":
        request.closed_at = now
    if to in NOT_AWAITING:
        request.awaiting_since = None  # the customer's turn, or done: nothing is overdue
    elif frm in NOT_AWAITING and request.awaiting_since is None:
        request.awaiting_since = now
    change = StatusChange(
        request_id=request.id, from_status=frm, to_status=to, by_user_id=by_user_id, at=now
    )
    db.add(change)
    events.emit(db, kind="request.status", request=request, payload={"from": frm, "to": to})
    return change
