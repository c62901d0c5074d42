"""Captcha images for registration and anonymous requests."""

from __future__ import annotations

import base64

from fastapi import APIRouter, Request

from server.api.deps import Db, State, client_ip
from server.schemas.captcha import CaptchaOut
from server.services import captcha, throttle

router = APIRouter(prefix="/api/v1/captcha", tags=["captcha"])


@router.post("", response_model=CaptchaOut, status_code=201)
def new_captcha(request: Request, state: State, db: Db) -> CaptchaOut:
    """Spends the source's budget: each image costs the service a rendering."""
    wait = throttle.spend(
        db,
        key=f"captcha:src:{client_ip(request)}",
        budget=state.settings.captcha_source_budget,
        window=state.settings.source_window,
    )
    if wait:
        raise throttle.too_many(
            "too_many_requests",
            f"Too many captchas from your network; try again in {wait} seconds.",
            wait,
        )
    captcha_id, png = captcha.issue(db, settings=state.settings)
    return CaptchaOut(
        id=captcha_id,
        image_png_base64=base64.b64encode(png).decode(),
        expires_in=int(state.settings.captcha_ttl.total_seconds()),
    )
