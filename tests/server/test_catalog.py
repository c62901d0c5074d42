"""The catalog (W1, V1): products with versions, request types, countries — public."""

from __future__ import annotations

from tests.server.licensing import make_product
from tests.support.http import Caller
from tests.support.live_service import LiveService


def test_products_with_versions_and_corporate_flag(service: LiveService, anon: Caller) -> None:
    home = make_product(service, versions=["2.0.1.5", "1.9.0.3"])
    corp = make_product(service, corporate=True)
    r = anon.get("/catalog/products")
    assert r.status_code == 200
    by_slug = {p["slug"]: p for p in r.json()}
    assert by_slug[home]["versions"] == ["2.0.1.5", "1.9.0.3"]
    assert by_slug[home]["corporate"] is False
    assert by_slug[corp]["corporate"] is True
    assert set(by_slug[home]) == {"id", "slug", "name", "versions", "corporate"}


def test_request_types_with_descriptions_and_skippable(anon: Caller) -> None:
    r = anon.get("/catalog/request-types")
    assert r.status_code == 200
    body = r.json()
    support = {t["code"]: t for t in body["support"]}
    assert len(support) == 8
    assert {c for c, t in support.items() if t["skippable"]} == {"suggestion", "license", "presale"}
    assert all(t["title"] and t["description"] for t in support.values())
    assert {t["code"] for t in body["viruslab"]} == {"malware", "false_positive"}
    assert "not processed" in body["content_warning"]


def test_countries_sorted_and_translated(anon: Caller) -> None:
    en = anon.get("/catalog/countries", params={"lang": "en"}).json()
    codes = {c["code"]: c["name"] for c in en}
    assert len(codes) > 240 and codes["DE"] == "Germany"
    order = [c["code"] for c in en]
    assert order[0] == "AF" and order[-1] == "ZW"
    # Accents do not push a country to the end: "Åland Islands" sorts among the A's.
    assert order.index("AX") < order.index("AL") < order.index("DE")
    ru = {c["code"]: c["name"] for c in anon.get("/catalog/countries?lang=ru").json()}
    assert ru["DE"] == "Германия"
    de = anon.get("/catalog/countries?lang=de").json()
    assert [c["code"] for c in de].index("EG") < 10  # "Ägypten"
    # An unknown or malformed language falls back to English names.
    junk = {c["code"]: c["name"] for c in anon.get("/catalog/countries?lang=%3Cx%3E").json()}
    assert junk["DE"] == "Germany"


def test_whole_catalog_in_one_round_trip(service: LiveService, anon: Caller) -> None:
    slug = make_product(service)
    r = anon.get("/catalog", params={"lang": "fr"})
    assert r.status_code == 200
    body = r.json()
    assert body["vendor_name"] == service.settings.vendor_name
    assert slug in {p["slug"] for p in body["products"]}
    assert len(body["request_types"]["support"]) == 8
    assert {"code": "DE", "name": "Allemagne"} in body["countries"]
