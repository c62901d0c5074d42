"""Captcha images for registration and anonymous requests."""

from __future__ import annotations

import base64

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from server.api.deps import State, client_ip
from server.schemas.captcha import CaptchaOut
from server.services import captcha, throttle
from server.services.idempotency import OwnTransactions

router = APIRouter(prefix="/api/v1/captcha", tags=["captcha"])


def _issue(state: State, source: str) -> tuple[str, str]:
    with state.db.write() as db:
        wait = throttle.spend(
            db,
            key=f"captcha:src:{source}",
            budget=state.settings.captcha_source_budget,
            window=state.settings.source_window,
        )
        if wait:
            raise throttle.too_many(
                "too_many_requests",
                "Too many captchas from your network; try again in {seconds} seconds.",
                wait,
            )
        return captcha.issue(db, settings=state.settings)


@router.post("", response_model=CaptchaOut, status_code=201, dependencies=[OwnTransactions])
async def new_captcha(request: Request, state: State) -> CaptchaOut:
    """Spends the source's budget: each image costs the service a rendering.

    The row commits first (a short write transaction); the picture is drawn after it in
    the thread pool, holding neither the write lock nor the event loop.
    """
    captcha_id, answer = await run_in_threadpool(_issue, state, client_ip(request))
    png = await run_in_threadpool(captcha.render, answer)
    return CaptchaOut(
        id=captcha_id,
        image_png_base64=base64.b64encode(png).decode(),
        expires_in=int(state.settings.captcha_ttl.total_seconds()),
    )
