"""Launch links (L2): good links and options prefill; malformed ones give a user message."""

from __future__ import annotations

import argparse

import pytest

from app.core.launch_links import (
    LaunchLinkError,
    LaunchRequest,
    add_options,
    from_options,
    parse_link,
)


def test_request_link() -> None:
    req = parse_link(
        "personal-cabinet://request?type=updates&product=Home%20Security&version=21.3.10.391"
    )
    assert req == LaunchRequest(
        "request", request_type="updates", product="Home Security", version="21.3.10.391"
    )


def test_licenses_link_normalises_the_code() -> None:
    req = parse_link("personal-cabinet://licenses?code=abcde12345fghij67890")
    assert req == LaunchRequest("licenses", code="ABCDE-12345-FGHIJ-67890")


@pytest.mark.parametrize(
    "link",
    [
        "PERSONAL-CABINET://Request?type=updates",
        "personal-cabinet:request?type=updates",
        "personal-cabinet:///request?type=updates",
        "personal-cabinet://request/?type=updates&future_field=1",
    ],
)
def test_link_variants_are_accepted(link: str) -> None:
    assert parse_link(link) == LaunchRequest("request", request_type="updates")


def test_fields_are_optional() -> None:
    assert parse_link("personal-cabinet://request") == LaunchRequest("request")
    assert parse_link("personal-cabinet://licenses") == LaunchRequest("licenses")


def test_round_trip_through_to_url() -> None:
    for req in [
        LaunchRequest("request", request_type="license", product="p & q", version="1.2"),
        LaunchRequest("licenses", code="ABCDE-12345-FGHIJ-67890"),
        LaunchRequest("request"),
    ]:
        assert parse_link(req.to_url()) == req


@pytest.mark.parametrize(
    ("link", "message"),
    [
        ("", "empty"),
        ("https://example.com/request?type=updates", "not a Personal Cabinet link"),
        ("personal-cabinet://", "does not say which page"),
        ("personal-cabinet://settings", "unknown page “settings”"),
        ("personal-cabinet://request/extra", "unknown page"),
        ("personal-cabinet://request?type=Up%20dates", "request type"),
        ("personal-cabinet://request?type=updates&type=general", "more than once"),
        ("personal-cabinet://request?version=twenty-one", "product version"),
        ("personal-cabinet://request?product=%00x", "product name"),
        ("personal-cabinet://licenses?code=ABCDE-12345", "activation code"),
        ("personal-cabinet://request?" + "x=1&" * 1000, "too long"),
    ],
)
def test_malformed_links_say_what_is_wrong(link: str, message: str) -> None:
    with pytest.raises(LaunchLinkError, match=message):
        parse_link(link)


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", default="")
    add_options(parser)
    return parser.parse_args(argv)


def test_command_line_options() -> None:
    assert from_options(_parse([])) is None
    assert from_options(_parse(["--server", "http://x"])) is None
    assert from_options(
        _parse(["--type", "setup", "--product", "home", "--product-version", "3.1"])
    ) == LaunchRequest("request", request_type="setup", product="home", version="3.1")
    assert from_options(_parse(["--request"])) == LaunchRequest("request")
    assert from_options(_parse(["--code", "abcde 12345 fghij 67890"])) == LaunchRequest(
        "licenses", code="ABCDE-12345-FGHIJ-67890"
    )
    assert from_options(_parse(["--licenses"])) == LaunchRequest("licenses")
    assert from_options(_parse(["personal-cabinet://request?type=general"])) == LaunchRequest(
        "request", request_type="general"
    )


def test_command_line_errors() -> None:
    with pytest.raises(LaunchLinkError, match="either"):
        from_options(_parse(["--type", "setup", "--code", "ABCDE12345FGHIJ67890"]))
    with pytest.raises(LaunchLinkError, match="product version"):
        from_options(_parse(["--product-version", "x"]))
    with pytest.raises(LaunchLinkError, match="not a Personal Cabinet link"):
        from_options(_parse(["mailto:someone"]))


@pytest.mark.parametrize(
    "url",
    [
        "personal-cabinet://requests/TS-000123",
        "personal-cabinet://requests/ts-000123/",
        "personal-cabinet:requests/TS-000123",
    ],
)
def test_a_mail_link_names_the_request_to_open(url: str) -> None:
    launch = parse_link(url)
    assert launch.target == "requests" and launch.number == "TS-000123"
    assert parse_link(launch.to_url()) == launch


@pytest.mark.parametrize(
    "url", ["personal-cabinet://requests/DROP TABLE", "personal-cabinet://requests/TS-1/2"]
)
def test_a_request_link_with_a_bad_number_is_refused(url: str) -> None:
    with pytest.raises(LaunchLinkError, match="request number"):
        parse_link(url)


def test_the_requests_page_without_a_number() -> None:
    assert parse_link("personal-cabinet://requests") == LaunchRequest("requests")


def test_viruslab_link_and_options() -> None:
    link = "personal-cabinet://viruslab?type=false_positive&product=home-antivirus&version=21.3.1"
    expected = LaunchRequest(
        "viruslab", request_type="false_positive", product="home-antivirus", version="21.3.1"
    )
    assert parse_link(link) == expected
    assert parse_link(expected.to_url()) == expected
    assert from_options(_parse(["--viruslab", "--type", "malware"])) == LaunchRequest(
        "viruslab", request_type="malware"
    )
    assert from_options(_parse(["--viruslab"])) == LaunchRequest("viruslab")
    with pytest.raises(LaunchLinkError, match="malware, false_positive"):
        parse_link("personal-cabinet://viruslab?type=updates")
    with pytest.raises(LaunchLinkError, match="not a dotted version"):
        parse_link("personal-cabinet://viruslab?version=abc")
