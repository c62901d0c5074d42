"""Housekeeping: accounts never activated are deleted after ``unactivated_purge_after`` (A1);
expired sign-in tickets, stale throttle counters, old idempotent replies, expired uploads and
files never attached to a request within ``upload_ttl`` are dropped.

Run by the ``purge-unactivated`` command and periodically by the service itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from server import clock
from server.db.models import PendingSignIn, User
from server.services import attachments, idempotency, throttle, tus
from server.state import ServiceState

log = logging.getLogger(__name__)


def purge_unactivated(db: Session, *, older_than: timedelta) -> int:
    """Delete customer accounts created before ``older_than`` ago and never activated.

    Their mailed tokens go with them (ON DELETE CASCADE). Returns how many were deleted.
    """
    cutoff = clock.now(db) - older_than
    result = db.execute(
        delete(User).where(
            User.is_active.is_(False),
            User.activated_at.is_(None),
            User.role == "customer",
            User.created_at < cutoff,
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


def housekeeping(state: ServiceState) -> int:
    with state.db.write() as db:
        purged = purge_unactivated(db, older_than=state.settings.unactivated_purge_after)
        db.execute(delete(PendingSignIn).where(PendingSignIn.expires_at < clock.now(db)))
        throttle.forget_stale(db, settings=state.settings)
        idempotency.forget_old(db)
    tus.purge_expired(state=state)
    attachments.purge_unclaimed(state=state)
    if purged:
        log.info("purged %d unactivated accounts", purged)
    return purged


def interval(state: ServiceState) -> float:
    """Often enough that an account goes soon after its time; at most hourly."""
    seconds = state.settings.unactivated_purge_after.total_seconds() / 4
    return min(3600.0, max(0.5, seconds))


async def run_periodically(state: ServiceState) -> None:
    """The service's own purge loop, started by the app's lifespan and cancelled at exit."""
    while True:
        try:
            await run_in_threadpool(housekeeping, state)
        except Exception:  # a failed round (database restarting) is retried next round
            log.exception("housekeeping failed")
        await asyncio.sleep(interval(state))


def start(state: ServiceState) -> asyncio.Task[None]:
    """Start the loop on the running event loop (the app's lifespan)."""
    return asyncio.create_task(run_periodically(state), name="housekeeping")


async def stop(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
