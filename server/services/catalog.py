"""The catalog served to clients: products with versions, request types, countries.

The vendor's products are data in the database, never names in the code; request types
come from ``request_types``; country names from pycountry, translated with its own
gettext catalogs so the client's language picks the names.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import asdict, dataclass
from functools import lru_cache

import pycountry
from sqlalchemy import select
from sqlalchemy.orm import Session

from server import i18n
from server.db.models import Product
from server.services.request_types import (
    CONTENT_WARNING,
    SUPPORT_TYPES,
    VIRUSLAB_TYPES,
    RequestType,
)

_LANG_RE = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?$")


@dataclass(frozen=True)
class Country:
    code: str
    name: str


def products(db: Session) -> list[Product]:
    """Products offered in the wizard and the license manager, by name."""
    return list(db.scalars(select(Product).where(Product.active.is_(True)).order_by(Product.name)))


def product_by_slug(db: Session, slug: str) -> Product | None:
    return db.scalar(select(Product).where(Product.slug == slug))


def ensure_product(
    db: Session, *, slug: str, name: str, corporate: bool = False, versions: list[str] | None = None
) -> Product:
    """The product with this slug, created when missing (an existing one is left as it is)."""
    product = product_by_slug(db, slug)
    if product is None:
        product = Product(slug=slug, name=name, corporate=corporate, versions=versions or [])
        db.add(product)
        db.flush()
    return product


def request_types(lang: str = "en") -> dict[str, object]:
    """The types with their titles and descriptions, and the warning, in ``lang``."""

    def shown(t: RequestType) -> dict[str, object]:
        return asdict(t) | {
            "title": i18n.translate(lang, t.title),
            "description": i18n.translate(lang, t.description),
        }

    return {
        "support": [shown(t) for t in SUPPORT_TYPES],
        "viruslab": [shown(t) for t in VIRUSLAB_TYPES],
        "content_warning": i18n.translate(lang, CONTENT_WARNING),
    }


def normalize_lang(lang: str) -> str:
    """``de``, ``pt-BR``, ``pt_br`` → the gettext form (``de``, ``pt_BR``); junk → ``en``."""
    if not _LANG_RE.match(lang or ""):
        return "en"
    base, _, region = lang.replace("-", "_").partition("_")
    return f"{base.lower()}_{region.upper()}" if region else base.lower()


def _sort_key(name: str) -> str:
    # Accents do not decide the order ("Åland" sorts with "A"), and case does not either.
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=32)
def countries(lang: str = "en") -> tuple[Country, ...]:
    """All ISO 3166-1 countries, named in ``lang`` where pycountry has a translation."""
    lang = normalize_lang(lang)
    languages = [lang, lang.split("_")[0]] if "_" in lang else [lang]
    translate = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=languages, fallback=True
    ).gettext
    result = []
    for c in pycountry.countries:
        # The everyday name ("South Korea", "Taiwan") where pycountry has one.
        common = getattr(c, "common_name", None)
        name = translate(common) if common else translate(c.name)
        if common and name == common and lang != "en":
            name = translate(c.name)  # only the ISO short name has a translation
        result.append(Country(code=c.alpha_2, name=name))
    return tuple(sorted(result, key=lambda c: (_sort_key(c.name), c.code)))
