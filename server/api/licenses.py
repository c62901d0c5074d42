"""The account's licenses (K1–K5): list, add a code, remove, devices, key files."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Path, Response

from server.api.deps import CurrentUser, Db, State
from server.db.models import Device
from server.schemas.common import MAX_ID
from server.schemas.licenses import (
    AddCode,
    DeviceIn,
    DeviceOut,
    KeyMailed,
    LicenseAdded,
    LicenseOut,
    ProductRef,
    RemoveCode,
)
from server.services import licenses
from server.services.licenses import LicenseView

router = APIRouter(prefix="/api/v1/licenses", tags=["licenses"])

Id = Annotated[int, Path(ge=1, le=MAX_ID)]


def _out(v: LicenseView) -> LicenseOut:
    return LicenseOut(
        id=v.holding.id,
        code=licenses.mask_code(v.license.code),
        product=ProductRef(id=v.product.id, slug=v.product.slug, name=v.product.name),
        added_at=v.holding.added_at,
        expires_at=v.license.expires_at,
        days_left=v.days_left,
        seats_used=v.seats_used,
        seats_total=v.license.seats,
        status=v.status,
    )


def _device(d: Device) -> DeviceOut:
    return DeviceOut(
        id=d.id, name=d.name, os=d.os, activated_at=d.activated_at, last_seen_at=d.last_seen_at
    )


@router.get("", response_model=list[LicenseOut])
def list_mine(user: CurrentUser, db: Db) -> list[LicenseOut]:
    return [_out(v) for v in licenses.list_mine(db, user_id=user.id)]


@router.post("", response_model=LicenseAdded, status_code=201)
def add_code(body: AddCode, user: CurrentUser, db: Db) -> LicenseAdded:
    view, renews = licenses.add_code(db, user_id=user.id, raw_code=body.code)
    return LicenseAdded(**_out(view).model_dump(), renews=renews)


@router.get("/{license_id}", response_model=LicenseOut)
def get_one(license_id: Id, user: CurrentUser, db: Db) -> LicenseOut:
    return _out(licenses.get_mine(db, user_id=user.id, holding_id=license_id))


@router.post("/{license_id}/remove", status_code=204)
def remove(license_id: Id, user: CurrentUser, db: Db, body: RemoveCode | None = None) -> None:
    agreed = body.i_agree if body is not None else False
    licenses.remove(db, user_id=user.id, holding_id=license_id, i_agree=agreed)


@router.get("/{license_id}/devices", response_model=list[DeviceOut])
def devices(license_id: Id, user: CurrentUser, db: Db) -> list[DeviceOut]:
    return [_device(d) for d in licenses.devices(db, user_id=user.id, holding_id=license_id)]


@router.post("/{license_id}/devices", response_model=DeviceOut, status_code=201)
def activate_device(license_id: Id, body: DeviceIn, user: CurrentUser, db: Db) -> DeviceOut:
    d = licenses.activate_device(
        db, user_id=user.id, holding_id=license_id, name=body.name, os=body.os
    )
    return _device(d)


@router.post("/{license_id}/devices/{device_id}/seen", response_model=DeviceOut)
def device_seen(license_id: Id, device_id: Id, user: CurrentUser, db: Db) -> DeviceOut:
    """The product on the device reports in, so the account sees when it was last seen."""
    return _device(
        licenses.device_seen(db, user_id=user.id, holding_id=license_id, device_id=device_id)
    )


@router.post("/{license_id}/devices/{device_id}/deactivate", status_code=204)
def deactivate_device(license_id: Id, device_id: Id, user: CurrentUser, db: Db) -> None:
    licenses.deactivate_device(db, user_id=user.id, holding_id=license_id, device_id=device_id)


@router.get(
    "/{license_id}/keyfile",
    response_class=Response,
    responses={200: {"content": {"application/json": {}}, "description": "The signed key file"}},
)
def key_file(license_id: Id, user: CurrentUser, state: State, db: Db) -> Response:
    name, content = licenses.key_file(
        db, user_id=user.id, holding_id=license_id, settings=state.settings
    )
    return Response(
        content,
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.post("/{license_id}/keyfile/email", response_model=KeyMailed, status_code=202)
def mail_key_file(
    license_id: Id, user: CurrentUser, state: State, db: Db, tasks: BackgroundTasks
) -> KeyMailed:
    """Sent after the answer, so the transaction does not wait for the mail server."""
    mail = licenses.mail_for_holding(db, user=user, holding_id=license_id, settings=state.settings)
    tasks.add_task(mail.send, state.mailer)
    return KeyMailed(sent_to=user.email)
