"""The public catalog: products and versions, request types, countries."""

from __future__ import annotations

from pydantic import BaseModel, Field


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


class SampleRulesOut(BaseModel):
    """What the client checks before it packs a Virus Lab sample."""

    sample_limit: int = Field(description="The largest single sample, in bytes (unpacked)")
    archive_password: str = Field(description="The password the samples' zip is encrypted with")


class CatalogOut(BaseModel):
    vendor_name: str
    samples: SampleRulesOut
    products: list[ProductOut]
    request_types: RequestTypesOut
    countries: list[CountryOut]
