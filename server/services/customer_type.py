"""Customer type (A5, seed 000 Q11–13): Home, Business (1–499 corporate seats), Corporate (500+).

Only licenses in force count: an expired or blocked code no longer makes a business.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server import clock
from server.db.models import License, LicenseHolding, Product

HOME, BUSINESS, CORPORATE = "home", "business", "corporate"


def customer_type(db: Session, *, user_id: int) -> str:
    seats = db.scalar(
        select(func.coalesce(func.sum(License.seats), 0))
        .join(LicenseHolding, LicenseHolding.license_id == License.id)
        .join(Product, Product.id == License.product_id)
        .where(
            LicenseHolding.user_id == user_id,
            LicenseHolding.removed_at.is_(None),
            Product.corporate.is_(True),
            License.blacklisted.is_(False),
            License.expires_at > clock.now(db),
        )
    )
    seats = int(seats or 0)
    if seats >= 500:
        return CORPORATE
    if seats >= 1:
        return BUSINESS
    return HOME
