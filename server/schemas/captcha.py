"""A captcha as registration and anonymous requests fetch it."""

from __future__ import annotations

from pydantic import BaseModel


class CaptchaOut(BaseModel):
    id: str
    image_png_base64: str
    expires_in: int
