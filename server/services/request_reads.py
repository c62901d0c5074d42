"""What a customer has read of their requests.

A request is unread while it changed after its customer last opened it
(``updated_at > customer_read_at``). Only changes the customer sees move ``updated_at``
(internal notes leave it alone), and the customer's own actions mark the request read, so
"unread" means "the experts did something you have not seen yet".
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, or_

from server.db.models import SupportRequest


def is_unread(request: SupportRequest) -> bool:
    return request.updated_at > (request.customer_read_at or request.created_at)


def unread_condition() -> ColumnElement[bool]:
    return or_(
        and_(
            SupportRequest.customer_read_at.is_(None),
            SupportRequest.updated_at > SupportRequest.created_at,
        ),
        SupportRequest.updated_at > SupportRequest.customer_read_at,
    )


def mark_read(request: SupportRequest) -> None:
    """Seen up to its last change (never later: a change in the same instant stays unread)."""
    request.customer_read_at = request.updated_at
