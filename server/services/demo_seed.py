"""Demo data: a generic catalog and a handful of licenses in every state, for a fresh machine.

Idempotent: products and licenses are matched by slug and by their fixed, readable codes,
so running it again (the desktop client's embedded service does, on every start) adds
nothing twice. The "valid" demo licenses are moved forward again once they have run out,
so the demo keeps working a year later.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import clock
from server.db.models import License, LicenseHolding, User
from server.services import accounts, catalog, licenses

# (slug, name, corporate, versions): generic names, no real vendor.
DEMO_PRODUCTS: tuple[tuple[str, str, bool, list[str]], ...] = (
    ("home-antivirus", "Home Antivirus", False, ["21.3.10.391", "21.2.16.590", "20.0.14.1085"]),
    ("internet-security", "Internet Security", False, ["21.3.10.391", "21.2.16.590"]),
    ("total-security", "Total Security", False, ["21.3.10.391", "21.2.16.590"]),
    ("mobile-security", "Mobile Security", False, ["11.90.4.1", "11.80.4.7"]),
    ("endpoint-security", "Endpoint Security for Business", True, ["12.1.0.506", "11.11.0.452"]),
    ("file-server-security", "File Server Security", True, ["11.0.1.0", "10.1.2.996"]),
    ("mail-gateway-security", "Mail Gateway Security", True, ["2.0.1.6960"]),
)


@dataclass(frozen=True)
class DemoLicense:
    label: str
    code: str
    product: str
    seats: int
    # Days from now to expiry when created (negative: already expired).
    days: int
    blacklisted: bool = False
    # Seats already taken by the demo's own seat-holder account.
    taken: bool = False


DEMO_LICENSES: tuple[DemoLicense, ...] = (
    DemoLicense("valid, 3 seats", "DEMOA-VALID-HOME0-00003", "internet-security", 3, 365),
    DemoLicense("renewal of the above", "DEMOB-RENEW-HOME0-00003", "internet-security", 3, 730),
    DemoLicense(
        "valid corporate, 50 seats", "DEMOC-VALID-CORP0-00050", "endpoint-security", 50, 365
    ),
    DemoLicense(
        "valid corporate, 500 seats", "DEMOD-VALID-CORP0-00500", "file-server-security", 500, 365
    ),
    DemoLicense("expired", "DEMOE-EXPIR-ED000-00001", "home-antivirus", 1, -30),
    DemoLicense(
        "blacklisted", "DEMOF-BLACK-LISTD-00001", "total-security", 1, 365, blacklisted=True
    ),
    DemoLicense(
        "all seats taken", "DEMOG-FULL0-SEATS-00001", "mobile-security", 1, 365, taken=True
    ),
)

# Holds the seat of the "all seats taken" license; nobody knows its password.
SEAT_HOLDER_EMAIL = "seat-holder@demo.personal-cabinet.example"


@dataclass(frozen=True)
class DemoSeed:
    products_added: int
    licenses_added: int
    licenses: tuple[DemoLicense, ...]


def seed_demo(db: Session) -> DemoSeed:
    """Make sure the demo catalog and licenses exist; returns what was added and the codes."""
    now = clock.now(db)
    products_added = 0
    by_slug = {}
    for slug, name, corporate, versions in DEMO_PRODUCTS:
        existed = catalog.product_by_slug(db, slug) is not None
        by_slug[slug] = catalog.ensure_product(
            db, slug=slug, name=name, corporate=corporate, versions=versions
        )
        products_added += 0 if existed else 1

    licenses_added = 0
    for demo in DEMO_LICENSES:
        lic = db.scalar(select(License).where(License.code == demo.code))
        if lic is None:
            (lic,) = licenses.issue(
                db,
                product=by_slug[demo.product],
                seats=demo.seats,
                expires_at=now + timedelta(days=demo.days),
                codes=[demo.code],
            )
            lic.blacklisted = demo.blacklisted
            lic.blacklist_reason = "demo: blacklisted code" if demo.blacklisted else ""
            licenses_added += 1
        elif demo.days > 0 and lic.expires_at <= now:
            lic.expires_at = now + timedelta(days=demo.days)
        if demo.taken:
            _take_all_seats(db, lic)
    db.flush()
    return DemoSeed(products_added, licenses_added, DEMO_LICENSES)


def _take_all_seats(db: Session, lic: License) -> None:
    holder = db.scalar(select(User).where(User.email == SEAT_HOLDER_EMAIL))
    if holder is None:
        holder = accounts.create_user(
            db,
            email=SEAT_HOLDER_EMAIL,
            password=secrets.token_urlsafe(24),
            active=True,
            name="Demo seat holder",
        )
    free = lic.seats - licenses.seats_used(db, [lic.id]).get(lic.id, 0)
    for _ in range(max(0, free)):
        db.add(LicenseHolding(license_id=lic.id, user_id=holder.id, added_at=clock.now(db)))
