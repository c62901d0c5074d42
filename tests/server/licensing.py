"""Test data for the license tests, made through the service's own code (never over a mock)."""

from __future__ import annotations

import uuid
from datetime import timedelta

from server.services import captcha, catalog, licenses
from tests.support.live_service import LiveService


def make_product(
    svc: LiveService, *, corporate: bool = False, versions: list[str] | None = None
) -> str:
    """A new product with a unique slug; returns the slug."""
    assert svc.state is not None
    slug = f"test-{uuid.uuid4().hex[:8]}"
    with svc.state.db.write() as db:
        catalog.ensure_product(
            db,
            slug=slug,
            name=f"Test Product {slug[-4:]}",
            corporate=corporate,
            versions=versions or ["1.0.0.1"],
        )
    return slug


def issue_codes(
    svc: LiveService,
    product: str | None = None,
    *,
    seats: int = 1,
    days: int = 365,
    count: int = 1,
    blacklisted: bool = False,
) -> list[str]:
    """Fresh activation codes; ``days`` < 0 makes them already expired."""
    assert svc.state is not None
    product = product or make_product(svc)
    with svc.state.db.write() as db:
        prod = catalog.product_by_slug(db, product)
        assert prod is not None
        made = licenses.issue(
            db,
            product=prod,
            seats=seats,
            expires_at=svc.clock.now() + timedelta(days=days),
            count=count,
        )
        for lic in made:
            lic.blacklisted = blacklisted
        return [lic.code for lic in made]


def new_captcha(svc: LiveService) -> tuple[str, str]:
    """A captcha the service issued, with the answer its observer saw."""
    assert svc.state is not None
    with svc.state.db.write() as db:
        captcha_id, _ = captcha.issue(db, settings=svc.state.settings)
    return captcha_id, svc.captchas[captcha_id]
