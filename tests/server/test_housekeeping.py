"""Housekeeping drops what nobody can reach any more, and nothing that is still in use."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from server.db.models import IdempotentReply
from server.services import idempotency, purge
from tests.server.conftest import ServiceFactory, new_account
from tests.server.licensing import make_product


def test_unclaimed_files_and_old_replies_go(make_service: ServiceFactory) -> None:
    svc = make_service(access_ttl=timedelta(days=60))  # stays signed in as time moves
    assert svc.state is not None
    user = new_account(svc)
    slug = make_product(svc)
    product_id = next(p["id"] for p in user.get("/catalog/products").json() if p["slug"] == slug)
    kept = user.post("/attachments", files={"file": ("kept.txt", b"kept")}).json()["id"]
    stray = user.post("/attachments", files={"file": ("stray.txt", b"stray")}).json()["id"]
    r = user.post(
        "/requests/support",
        json={
            "type": "general",
            "product_id": product_id,
            "description": "Keep my file",
            "country": "PL",
            "attachment_ids": [kept],
        },
    )
    assert r.status_code == 201, r.text
    assert svc.settings.upload_ttl == idempotency.KEEP_FOR  # one step ages both

    def replies() -> int:
        assert svc.state is not None
        with svc.state.db.read() as db:
            return int(db.scalar(select(func.count()).select_from(IdempotentReply)) or 0)

    before = replies()
    assert before > 0
    svc.clock.advance(idempotency.KEEP_FOR - timedelta(minutes=1))
    purge.housekeeping(svc.state)
    assert replies() == before  # not yet
    assert user.get(f"/attachments/{stray}").content == b"stray"
    svc.clock.advance(timedelta(minutes=2))
    purge.housekeeping(svc.state)
    assert user.get(f"/attachments/{stray}").status_code == 404
    assert user.get(f"/attachments/{kept}").content == b"kept"
    assert replies() == 0
