"""Linking uploaded files to what they belong to, and dropping those never linked."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from server import clock
from server.db.models import Attachment, Upload
from server.errors import Problem
from server.i18n import N_
from server.services.storage import for_settings
from server.state import ServiceState

_BY_IDS = select(Attachment).where(Attachment.id.in_(bindparam("ids", expanding=True)))


def claim(
    db: Session,
    *,
    attachment_ids: Sequence[int],
    owner_id: int | None,
    anon_owner: str | None,
    request_id: int,
    message_id: int | None = None,
    field: str = "attachment_ids",
) -> list[Attachment]:
    """Attach the caller's own, not yet linked files to a request (and message).

    Someone else's file, or one already linked, answers as if it did not exist.
    """
    ids = list(dict.fromkeys(attachment_ids))
    if not ids:
        return []
    rows = list(db.scalars(_BY_IDS, {"ids": ids}))
    by_id = {a.id: a for a in rows}
    for att_id in ids:
        att = by_id.get(att_id)
        mine = att is not None and (
            (owner_id is not None and att.owner_id == owner_id)
            or (owner_id is None and anon_owner is not None and att.anon_owner == anon_owner)
        )
        if att is None or not mine or att.request_id is not None:
            raise Problem(
                404,
                "attachment_not_found",
                "One of the attached files is not available; upload it again.",
                errors={field: N_("No such file: {file_id}.")},
                params={"file_id": att_id},
            )
    for att in rows:
        att.request_id = request_id
        att.message_id = message_id
    return [by_id[i] for i in ids]


def purge_unclaimed(*, state: ServiceState, limit: int = 500) -> int:
    """Delete files uploaded but never attached to a request within ``upload_ttl``: a wizard
    abandoned half-way leaves them, and nobody else can ever reach them."""
    storage = for_settings(state.settings)
    with state.db.write() as db:
        cutoff = clock.now(db) - state.settings.upload_ttl
        stale = list(
            db.scalars(
                select(Attachment)
                .where(Attachment.request_id.is_(None), Attachment.created_at < cutoff)
                .limit(limit)
            )
        )
        # An unfinished-then-finished tus upload still points at its attachment.
        ids = [a.id for a in stale]
        if ids:
            db.execute(
                update(Upload).where(Upload.attachment_id.in_(ids)).values(attachment_id=None)
            )
        keys = [a.storage_key for a in stale]
        for att in stale:
            db.delete(att)
    for key in keys:
        storage.delete(key)
    return len(keys)
