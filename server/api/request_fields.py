"""A request's rows turned into the fields of its answers, shared by the customer's and the
helpdesk's routers (each adds what only its readers see)."""

from __future__ import annotations

from typing import Any

from server.db.models import Attachment, StatusChange, SupportRequest
from server.schemas.requests import RequestProduct, StatusEntry
from server.services import support_requests
from server.services.request_states import reopen_until
from server.state import ServiceState


def summary_fields(request: SupportRequest, product_name: str | None) -> dict[str, Any]:
    """``request`` may be the row of a list, which holds the same columns by name."""
    product = (
        RequestProduct(id=request.product_id, name=product_name)
        if request.product_id is not None and product_name is not None
        else None
    )
    return {
        "id": request.id,
        "number": request.number,
        "kind": request.kind,
        "type": request.type,
        "product": product,
        "status": request.status,
        "created_at": request.created_at,
        "updated_at": request.updated_at,
    }


def attachment_meta(att: Attachment) -> dict[str, Any]:
    return {
        "id": att.id,
        "filename": att.filename,
        "content_type": att.content_type,
        "size": att.size,
        "sha256": att.sha256,
        "purpose": att.purpose,
        "message_id": att.message_id,
        "created_at": att.created_at,
    }


def history_entry(change: StatusChange) -> StatusEntry:
    return StatusEntry(from_status=change.from_status, to_status=change.to_status, at=change.at)


def detail_fields(view: support_requests.RequestView, state: ServiceState) -> dict[str, Any]:
    r = view.request
    return {
        **summary_fields(r, view.product_name),
        "product_version": r.product_version,
        "os": r.os,
        "description": r.description,
        "email": r.email,
        "country": r.country,
        "city": r.city,
        "company": r.company,
        "last_db_update": r.last_db_update,
        "sysinfo_attachment_id": r.sysinfo_attachment_id,
        "helped": None if r.rating is None else bool(r.rating),
        "resolved_at": r.resolved_at,
        "closed_at": r.closed_at,
        "reopen_until": reopen_until(r, state.settings.reopen_window),
        "history": [history_entry(c) for c in view.history],
        "message_count": view.message_count,
        "follow_up_of": view.follow_up_of,
        "follow_ups": view.follow_ups,
        "detection_name": r.detection_name,
        "samples": r.samples or [],
    }
