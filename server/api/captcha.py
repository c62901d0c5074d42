"""Captcha images for registration and anonymous requests."""

from __future__ import annotations

import base64

from fastapi import APIRouter

from server.api.deps import Db, State
from server.schemas.captcha import CaptchaOut
from server.services import captcha

router = APIRouter(prefix="/api/v1/captcha", tags=["captcha"])


@router.post("", response_model=CaptchaOut, status_code=201)
def new_captcha(state: State, db: Db) -> CaptchaOut:
    captcha_id, png = captcha.issue(db, settings=state.settings)
    return CaptchaOut(
        id=captcha_id,
        image_png_base64=base64.b64encode(png).decode(),
        expires_in=int(state.settings.captcha_ttl.total_seconds()),
    )
