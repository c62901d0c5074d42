"""The service's catalog as one value: request types, products and their versions, countries
named in the interface language, and what a launch link's fields mean in it.

Every screen that names a type, a product or a country reads this one value, so a name is
resolved the same way everywhere. It is loaded once per service and language and kept on
disk, so the last catalog seen still works while the service cannot be reached.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core import atomic, paths

KINDS = ("support", "viruslab")


@dataclass(frozen=True)
class RequestType:
    code: str
    title: str
    description: str
    skippable: bool = False


@dataclass(frozen=True)
class Product:
    id: int
    slug: str
    name: str
    versions: tuple[str, ...] = ()
    corporate: bool = False


@dataclass(frozen=True)
class Prefill:
    """What a launch link asks for, resolved against the catalog. ``unknown_type`` and
    ``unknown_product`` hold the link's own words where they match nothing, so the screen
    can say which part of the link it could not use."""

    request_type: str = ""
    product_id: int | None = None
    version: str = ""
    unknown_type: str = ""
    unknown_product: str = ""

    @property
    def complete(self) -> bool:
        return not (self.unknown_type or self.unknown_product)


@dataclass(frozen=True)
class Catalog:
    language: str = "en"
    vendor_name: str = ""
    types: Mapping[str, tuple[RequestType, ...]] = field(default_factory=dict)
    content_warning: str = ""
    products: tuple[Product, ...] = ()
    countries: tuple[tuple[str, str], ...] = ()  # (ISO 3166-1 alpha-2, name), by name
    # Virus Lab samples: the largest one the service takes, and the archive's password.
    sample_limit: int = 256 * 1024 * 1024
    sample_password: str = "infected"

    @classmethod
    def from_answer(cls, answer: Mapping[str, Any], language: str) -> Catalog:
        """From the JSON of ``GET /catalog`` (tolerant of fields added by newer services)."""
        kinds = answer.get("request_types", {}) or {}
        types = {
            kind: tuple(
                RequestType(
                    str(t["code"]),
                    str(t.get("title", t["code"])),
                    str(t.get("description", "")),
                    bool(t.get("skippable")),
                )
                for t in kinds.get(kind, []) or []
            )
            for kind in KINDS
        }
        products = tuple(
            Product(
                int(p["id"]),
                str(p.get("slug", "")),
                str(p.get("name", "")),
                tuple(str(v) for v in p.get("versions", []) or []),
                bool(p.get("corporate")),
            )
            for p in answer.get("products", []) or []
        )
        countries = tuple(
            sorted(
                ((str(c["code"]), str(c["name"])) for c in answer.get("countries", []) or []),
                key=lambda pair: pair[1].casefold(),
            )
        )
        rules = answer.get("samples", {}) or {}
        return cls(
            language=language,
            vendor_name=str(answer.get("vendor_name", "") or ""),
            sample_limit=int(rules.get("sample_limit", cls.sample_limit)),
            sample_password=str(rules.get("archive_password", "") or cls.sample_password),
            types=types,
            content_warning=str(kinds.get("content_warning", "") or ""),
            products=products,
            countries=countries,
        )

    # -- look-ups ---------------------------------------------------------------------------

    def request_types(self, kind: str = "support") -> tuple[RequestType, ...]:
        return tuple(self.types.get(kind, ()))

    def request_type(self, code: str, kind: str = "support") -> RequestType | None:
        return next((t for t in self.request_types(kind) if t.code == code), None)

    def type_title(self, code: str, kind: str | None = None) -> str:
        """The title of a type, looked up in ``kind`` or, without one, in every kind."""
        for each in (kind,) if kind else KINDS:
            found = self.request_type(code, each)
            if found is not None:
                return found.title
        return code

    def product(self, product_id: int | None) -> Product | None:
        return next((p for p in self.products if p.id == product_id), None)

    def product_named(self, text: str) -> Product | None:
        """A product by its slug or its name, as a link or a person writes it."""
        wanted = text.strip().casefold()
        if not wanted:
            return None
        return next(
            (p for p in self.products if wanted in (p.slug.casefold(), p.name.casefold())), None
        )

    def product_name(self, product_id: int | None) -> str:
        found = self.product(product_id)
        return found.name if found else ""

    def versions(self, product_id: int | None) -> tuple[str, ...]:
        found = self.product(product_id)
        return found.versions if found else ()

    def country_name(self, code: str) -> str:
        return dict(self.countries).get(code, code)

    def resolve(
        self, *, request_type: str = "", product: str = "", version: str = "", kind: str = "support"
    ) -> Prefill:
        """What a launch link's fields select here."""
        known_type = bool(request_type) and self.request_type(request_type, kind) is not None
        found = self.product_named(product)
        return Prefill(
            request_type=request_type if known_type else "",
            product_id=found.id if found else None,
            version=version.strip(),
            unknown_type="" if known_type else request_type,
            unknown_product="" if found or not product.strip() else product.strip(),
        )

    # -- on disk ----------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """The same shape as the service's answer, so the cache reads back through
        ``from_answer``."""
        return {
            "vendor_name": self.vendor_name,
            "samples": {
                "sample_limit": self.sample_limit,
                "archive_password": self.sample_password,
            },
            "products": [
                {
                    "id": p.id,
                    "slug": p.slug,
                    "name": p.name,
                    "versions": list(p.versions),
                    "corporate": p.corporate,
                }
                for p in self.products
            ],
            "request_types": {
                **{
                    kind: [
                        {
                            "code": t.code,
                            "title": t.title,
                            "description": t.description,
                            "skippable": t.skippable,
                        }
                        for t in self.request_types(kind)
                    ]
                    for kind in KINDS
                },
                "content_warning": self.content_warning,
            },
            "countries": [{"code": c, "name": n} for c, n in self.countries],
        }


def cache_path(service_url: str, language: str) -> Path:
    """One file per service and language: another service's types are not ours."""
    digest = hashlib.sha256(service_url.rstrip("/").encode()).hexdigest()[:16]
    return paths.cache_dir() / "catalog" / f"{digest}-{language}.json"


def cached(service_url: str, language: str) -> Catalog | None:
    """The last catalog seen from this service, or None (missing or unreadable)."""
    try:
        answer = json.loads(cache_path(service_url, language).read_text(encoding="utf-8"))
        return Catalog.from_answer(answer, language)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def fetch(get: Callable[[str], Mapping[str, Any]], service_url: str, language: str) -> Catalog:
    """Ask the service (``get(language)`` is the client's ``catalog``) and keep the answer;
    blocking, so it runs on a worker."""
    catalog = Catalog.from_answer(get(language), language)
    atomic.write_json(cache_path(service_url, language), catalog.to_json())
    return catalog
