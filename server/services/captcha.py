"""Image captchas: single-use answers that expire; stored only as hashes.

Issuing (a row) and drawing (an image) are apart: the row is written in a short
transaction, the image drawn after it, outside any transaction and in the thread pool, so
a slow drawing never holds the database's write lock or the event loop.
"""

from __future__ import annotations

import io
import secrets

from captcha.image import ImageCaptcha
from sqlalchemy import delete
from sqlalchemy.orm import Session

from server import clock
from server.config import Settings
from server.db.models import Captcha
from server.errors import Problem
from server.i18n import N_
from server.services.tokens import token_hash

# No look-alikes (0/O, 1/I/L), so a person can read every answer.
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_LENGTH = 5


class _LegibleCaptcha(ImageCaptcha):
    """The library's defaults overlap and tilt letters until V, Y and W merge; people misread
    them. Upright, side by side, with no gaps that invite typing a space."""

    character_rotate = (-15, 15)
    character_warp_dx = (0.1, 0.2)
    character_warp_dy = (0.1, 0.2)
    word_space_probability = 1.0
    word_offset_dx = 0.0


_image = _LegibleCaptcha(width=200, height=70)


def _answer_hash(captcha_id: str, answer: str) -> str:
    typed = "".join(answer.split()).upper()
    return token_hash(f"{captcha_id}:{typed}")


def render(answer: str) -> bytes:
    """The picture of ``answer`` as a grey-scale PNG: the colours carry nothing a person
    needs, and one channel at the fastest compression costs a fifth of the library's RGB
    PNG to encode, at half its size."""
    out = io.BytesIO()
    _image.generate_image(answer).convert("L").save(out, format="PNG", compress_level=1)
    return out.getvalue()


def issue(db: Session, *, settings: Settings) -> tuple[str, str]:
    """A new captcha: its id and answer (draw it with ``render`` after the commit)."""
    now = clock.now(db)
    db.execute(delete(Captcha).where(Captcha.expires_at < now))
    captcha_id = secrets.token_urlsafe(16)
    answer = "".join(secrets.choice(_ALPHABET) for _ in range(_LENGTH))
    db.add(
        Captcha(
            id=captcha_id,
            answer_hash=_answer_hash(captcha_id, answer),
            expires_at=now + settings.captcha_ttl,
        )
    )
    if settings.captcha_observer is not None:
        settings.captcha_observer(captcha_id, answer)
    return captcha_id, answer


def check(db: Session, *, captcha_id: str, answer: str) -> None:
    """Spend the captcha; refuse a wrong, used or expired answer (field ``captcha_answer``).

    A wrong answer spends the captcha too, so it cannot be guessed at.
    """
    row = db.get(Captcha, captcha_id or "")
    now = clock.now(db)
    ok = (
        row is not None
        and row.used_at is None
        and row.expires_at > now
        and secrets.compare_digest(row.answer_hash, _answer_hash(captcha_id, answer or ""))
    )
    if row is not None and row.used_at is None:
        row.used_at = now
    if not ok:
        raise Problem(
            422,
            "captcha_invalid",
            "The characters from the picture do not match, or the picture has expired. "
            "Type the characters from the new picture.",
            errors={"captcha_answer": N_("Type the characters from the new picture.")},
        )
