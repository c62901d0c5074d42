"""The catalog value: loaded from the real service, kept on disk per service and language,
and the one place where a launch link's words become a type and a product."""

from __future__ import annotations

from collections.abc import Callable

from app.api.client import ApiClient
from app.core import catalog
from app.core.catalog import Catalog
from tests.support.live_service import LiveService


def _fetch(svc: LiveService, language: str) -> Catalog:
    api = ApiClient(svc.url)
    try:
        return catalog.fetch(api.catalog, svc.url, language)
    finally:
        api.close()


def test_fetched_in_the_interface_language_and_kept_for_offline_use(
    _shared_services: Callable[[str], LiveService],
) -> None:
    svc = _shared_services("sqlite")
    german = _fetch(svc, "de")
    assert german.language == "de"
    assert german.country_name("DE") == "Deutschland"
    assert [code for code, _ in german.countries][:1] != ["DE"]  # sorted by name, not code
    assert german.request_type("updates") is not None
    assert {t.code for t in german.request_types("viruslab")} == {"malware", "false_positive"}
    assert german.content_warning
    product = german.product_named("internet-security")
    assert product is not None and product.versions
    assert german.versions(product.id) == product.versions

    # the same value comes back from disk, for this service and language only
    assert catalog.cached(svc.url, "de") == german
    assert catalog.cached(svc.url, "fr") is None
    assert catalog.cached("http://127.0.0.1:1", "de") is None
    assert _fetch(svc, "en").country_name("DE") == "Germany"


def test_a_launch_link_is_resolved_by_slug_or_name_and_says_what_it_could_not_use(
    _shared_services: Callable[[str], LiveService],
) -> None:
    known = _fetch(_shared_services("sqlite"), "en")
    product = known.product_named("internet-security")
    assert product is not None
    by_name = known.resolve(request_type="updates", product=product.name.upper(), version=" 21.3 ")
    assert (by_name.request_type, by_name.product_id, by_name.version) == (
        "updates",
        product.id,
        "21.3",
    )
    assert by_name.complete

    unknown = known.resolve(request_type="no_such_type", product="Toaster Pro")
    assert unknown.request_type == "" and unknown.product_id is None
    assert (unknown.unknown_type, unknown.unknown_product) == ("no_such_type", "Toaster Pro")
    assert not unknown.complete
    assert known.resolve().complete  # a link that asks for nothing


def test_an_unreadable_cache_is_no_catalog_and_newer_fields_are_ignored(tmp_path: object) -> None:
    answer = {
        "vendor_name": "Vendor",
        "products": [{"id": 7, "slug": "av", "name": "AV", "versions": ["1"], "new": 1}],
        "request_types": {
            "support": [{"code": "updates", "title": "Updates", "description": "", "x": 2}],
            "content_warning": "Warn",
            "future_kind": [],
        },
        "countries": [{"code": "FR", "name": "France"}, {"code": "AT", "name": "Austria"}],
        "added_later": True,
    }
    value = Catalog.from_answer(answer, "en")
    assert value.countries == (("AT", "Austria"), ("FR", "France"))
    assert Catalog.from_answer(value.to_json(), "en") == value
    assert value.type_title("updates") == "Updates" and value.type_title("gone") == "gone"

    path = catalog.cache_path("http://example.invalid", "en")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert catalog.cached("http://example.invalid", "en") is None
