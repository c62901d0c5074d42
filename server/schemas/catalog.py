"""The public catalog: products and versions, request types, countries."""

from __future__ import annotations

from pydantic import BaseModel


class ProductOut(BaseModel):
    id: int
    slug: str
    name: str
    versions: list[str]
    corporate: bool


class RequestTypeOut(BaseModel):
    code: str
    title: str
    description: str
    skippable: bool


class RequestTypesOut(BaseModel):
    support: list[RequestTypeOut]
    viruslab: list[RequestTypeOut]
    content_warning: str


class CountryOut(BaseModel):
    code: str
    name: str


class CatalogOut(BaseModel):
    vendor_name: str
    products: list[ProductOut]
    request_types: RequestTypesOut
    countries: list[CountryOut]
