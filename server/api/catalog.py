"""The catalog (W1, V1): products and versions, request types, countries. Public."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from server import i18n
from server.api.deps import Db, State
from server.schemas.catalog import (
    CatalogOut,
    CountryOut,
    ProductOut,
    RequestTypesOut,
    SampleRulesOut,
)
from server.services import catalog
from server.services.request_types import SAMPLE_PASSWORD

router = APIRouter(prefix="/api/v1/catalog", tags=["catalog"])

Lang = Annotated[
    str | None,
    Query(
        max_length=20,
        description="Language of the texts and country names, e.g. en, ru, de, pt-BR; "
        "without it, the caller's (the account's, else Accept-Language)",
    ),
]


def _lang(lang: str | None) -> str:
    return lang or i18n.current_language()


def _products(db: Db) -> list[ProductOut]:
    return [
        ProductOut(
            id=p.id, slug=p.slug, name=p.name, versions=list(p.versions), corporate=p.corporate
        )
        for p in catalog.products(db)
    ]


def _countries(lang: str) -> list[CountryOut]:
    return [CountryOut(code=c.code, name=c.name) for c in catalog.countries(lang)]


@router.get("", response_model=CatalogOut)
def whole_catalog(state: State, db: Db, lang: Lang = None) -> CatalogOut:
    """Everything the client needs at start, in one round-trip."""
    lang = _lang(lang)
    return CatalogOut(
        vendor_name=state.settings.vendor_name,
        samples=SampleRulesOut(
            sample_limit=state.settings.sample_limit, archive_password=SAMPLE_PASSWORD
        ),
        products=_products(db),
        request_types=RequestTypesOut.model_validate(catalog.request_types(i18n.normalize(lang))),
        countries=_countries(lang),
    )


@router.get("/products", response_model=list[ProductOut])
def products(db: Db) -> list[ProductOut]:
    return _products(db)


@router.get("/request-types", response_model=RequestTypesOut)
def request_types(lang: Lang = None) -> RequestTypesOut:
    return RequestTypesOut.model_validate(catalog.request_types(i18n.normalize(_lang(lang))))


@router.get("/countries", response_model=list[CountryOut])
def countries(lang: Lang = None) -> list[CountryOut]:
    return _countries(_lang(lang))
