"""Server-Sent Events: my requests' status changes and new messages, as they happen (R4)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from sse_starlette import EventSourceResponse

from server.api.deps import State, optional_user
from server.errors import Problem
from server.i18n import N_
from server.services import event_stream

router = APIRouter(prefix="/api/v1/events", tags=["events"])

HEARTBEAT = 15  # seconds between comment lines, so proxies keep the connection open
SEND_TIMEOUT = 30  # a reader that stops reading this long is dropped

_DESCRIPTION = f"""\
A `text/event-stream` of the events the caller may see: a customer gets the events of
their own requests (never staff-only ones), staff get every event.

Each event has `id` (the event id), `event` (its kind, e.g. `request.status`,
`request.message`) and `data` (a JSON object with at least `request_id` and `number`).

Where it starts: after the `Last-Event-ID` header, or after `last_event_id`, or after
`since` (`since=0`: everything); with none of them, from now. The stream opens with a
comment line; events committed after it arrive live. Comment lines follow every
{HEARTBEAT} s.

When the sign-in behind the token expires or is signed out, the stream sends a
`{event_stream.CLOSED_EVENT}` event (`data.reason`: `expired`, `signed_out` or `shutdown`)
and ends: refresh the token and reconnect with the last id seen. A missing, expired or
revoked token answers 401 before the stream starts.
"""


def _start_after(header: str | None, last_event_id: int | None, since: int | None) -> int | None:
    if header is not None and header.strip():
        try:
            value = int(header.strip())
        except ValueError:
            value = -1
        if value < 0:
            raise Problem(
                422,
                "validation_error",
                "Some fields are not valid.",
                errors={"Last-Event-ID": N_("Must be an event id (a whole number, 0 or more).")},
            )
        return value
    if last_event_id is not None:
        return last_event_id
    return since


def _token_expiry(request: Request) -> float:
    # An access token is "pc1.<session>.<expires>.<signature>" and was verified above.
    token = request.headers.get("authorization", "").partition(" ")[2].strip()
    return float(token.split(".")[2])


@router.get(
    "",
    response_class=EventSourceResponse,
    summary="Stream of my requests' events",
    description=_DESCRIPTION,
    responses={
        200: {"content": {"text/event-stream": {"schema": {"type": "string"}}}},
        401: {"description": "No valid sign-in."},
    },
)
def events(
    request: Request,
    state: State,
    last_event_id: Annotated[
        int | None, Query(ge=0, description="Resume after this event id.")
    ] = None,
    since: Annotated[
        int | None, Query(ge=0, description="Start after this event id (0: everything).")
    ] = None,
    last_event_id_header: Annotated[
        str | None, Header(alias="Last-Event-ID", include_in_schema=False)
    ] = None,
) -> EventSourceResponse:
    after = _start_after(last_event_id_header, last_event_id, since)
    # A short transaction of its own: the stream must not hold a database session open.
    with state.db.read() as db:
        user = optional_user(request, state, db)
    if user is None:
        raise Problem(
            401, "unauthorized", "Sign in to continue.", headers={"WWW-Authenticate": "Bearer"}
        )
    hub: event_stream.EventHub | None = getattr(request.app.state, "event_hub", None)
    if hub is None:
        raise Problem(503, "events_unavailable", "The event stream is not running; retry.")
    recipient = event_stream.Recipient(
        user_id=user.id, staff=user.role == "staff", session_id=request.state.auth_session_id
    )
    return EventSourceResponse(
        event_stream.stream(hub, recipient, after=after, expires_at=_token_expiry(request)),
        ping=HEARTBEAT,
        send_timeout=SEND_TIMEOUT,
    )
