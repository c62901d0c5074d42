"""The forms' validators: the same password policy as the service, code normalisation…"""

from __future__ import annotations

import pytest

from app.core import validators as v
from server.services.passwords import policy_problems


@pytest.mark.parametrize(
    "password",
    [
        "",
        "short1A",
        "alllowercase1",
        "ALLUPPERCASE1",
        "NoDigitsHere",
        "Has Space 12Ab",
        "Password1",
        "Qwerty123",
        "Blue-Harbor-42x",
        "Zq8#rT!m2Lp",
        "Ab1" + "x" * 130,
        "Пароль123Ab",
    ],
)
def test_password_policy_matches_the_service(password: str) -> None:
    assert v.password_problems(password, email="someone@example.com") == policy_problems(
        password, email="someone@example.com"
    )


def test_each_rule_is_reported_on_its_own() -> None:
    rules = {r.key: r.ok for r in v.password_rules("abc")}
    assert rules == {
        "length": False,
        "digit": False,
        "upper": False,
        "lower": True,
        "spaces": True,
        "max": True,
        "strength": False,
    }
    assert all(r.ok for r in v.password_rules("Blue-Harbor-42x"))


def test_common_password_is_too_simple_and_says_so() -> None:
    rules = {r.key: r.ok for r in v.password_rules("Password1")}
    assert rules["length"] and rules["digit"] and rules["upper"] and rules["lower"]
    assert rules["strength"] is False
    assert v.password_problems("Password1") == [
        "This password is too simple or too common; choose another."
    ]


def test_password_built_from_the_email_is_too_simple() -> None:
    assert v.password_problems("Johnsmith2024", email="johnsmith2024@example.com")


def test_new_password_needs_matching_copies() -> None:
    assert v.new_password("Blue-Harbor-42x", "Blue-Harbor-42x") == "Blue-Harbor-42x"
    with pytest.raises(v.Invalid, match="do not match"):
        v.new_password("Blue-Harbor-42x", "Blue-Harbor-42y")
    with pytest.raises(v.Invalid, match="digit"):
        v.new_password("NoDigitsHere", "NoDigitsHere")


def test_email() -> None:
    assert v.email("  Someone@Example.COM ") == "Someone@example.com"
    for bad in ["", "plain", "a@", "@b.com", "a b@c.com", "a@b", "x" * 250 + "@e.com"]:
        with pytest.raises(v.Invalid):
            v.email(bad)
    assert v.is_email("a@example.org") and not v.is_email("nope")


@pytest.mark.parametrize(
    "typed",
    [
        "abcde-12345-fghij-67890",
        "ABCDE12345FGHIJ67890",
        " abcde 12345 fghij 67890 ",
        "ABCDE—12345–FGHIJ-67890",
        "abcde--12345-fghij-6789-0",
        "ab cde1 2345fgh ij67890",
    ],
)
def test_activation_code_in_any_case_and_spacing(typed: str) -> None:
    assert v.activation_code(typed) == "ABCDE-12345-FGHIJ-67890"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Enter the activation code"),
        ("ABCDE-12345-FGHIJ-6789", "this one has 19"),
        ("ABCDE-12345-FGHIJ-678901", "this one has 21"),
        ("ABCDE-12345-FGHIJ-6789!", "only Latin letters and digits"),
        ("АБВГД-12345-FGHIJ-67890", "only Latin letters and digits"),
    ],
)
def test_activation_code_errors_are_clear(typed: str, message: str) -> None:
    with pytest.raises(v.Invalid, match=message):
        v.activation_code(typed)


def test_customer_id_and_login() -> None:
    assert v.customer_id(" ab3d5 fgh9k ") == "AB3D5FGH9K"
    for bad in ["", "AB3D5", "AB3D5FGH9KX", "AB3D5-GH9K"]:
        with pytest.raises(v.Invalid):
            v.customer_id(bad)
    assert v.login("ab3d5fgh9k") == "AB3D5FGH9K"
    assert v.login(" me@Example.com") == "me@example.com"
    with pytest.raises(v.Invalid, match="10-character Customer ID"):
        v.login("someone")
    with pytest.raises(v.Invalid):
        v.login("me@")


@pytest.mark.parametrize("good", ["21.3", "21.3.10.391", " 1.0.0 ", "2024.1.2.3.4.5"])
def test_product_version_good(good: str) -> None:
    assert v.product_version(good) == good.strip()


@pytest.mark.parametrize("bad", ["", "21", "21.", ".3", "21.3a", "21..3", "v21.3", "1.2.3.4.5.6.7"])
def test_product_version_bad(bad: str) -> None:
    with pytest.raises(v.Invalid):
        v.product_version(bad)


def test_mailed_token_from_link_or_code() -> None:
    assert v.mailed_token("http://127.0.0.1:8765/activate?token=abc_DEF-123") == "abc_DEF-123"
    assert v.mailed_token("  abc_DEF-123\n") == "abc_DEF-123"
    with pytest.raises(v.Invalid, match="no code"):
        v.mailed_token("http://127.0.0.1:8765/activate")
    with pytest.raises(v.Invalid):
        v.mailed_token("two words")
    with pytest.raises(v.Invalid):
        v.mailed_token("")


def test_one_time_code() -> None:
    assert v.one_time_code(" 123 456 ") == "123456"
    for bad in ["12345", "1234567", "abcdef", ""]:
        with pytest.raises(v.Invalid):
            v.one_time_code(bad)


def test_service_url() -> None:
    assert v.service_url("https://support.example.com/") == "https://support.example.com"
    assert v.service_url("support.example.com:8443") == "https://support.example.com:8443"
    assert v.service_url("http://127.0.0.1:8765") == "http://127.0.0.1:8765"
    for bad in ["", "ftp://host", "http://", "https://h:99999", "https://h/?x=1"]:
        with pytest.raises(v.Invalid):
            v.service_url(bad)
