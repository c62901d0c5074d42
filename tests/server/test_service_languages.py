"""P1 for the service: refusals, mails and catalog texts in the caller's or recipient's language.

The language comes from the signed-in account's ``language``, else from ``Accept-Language``;
mails follow the recipient account (or, without one, the language the request was filed in).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import requests

from server.i18n import negotiate
from tests.support.accounts import STRONG_PASSWORD, link_to, solve_captcha, unique_email
from tests.support.http import Caller
from tests.support.live_service import LiveService
from tests.support.mailbox import Mailbox, body_of
from tests.support.support_requests import (
    file_support,
    make_product,
    solved_captcha,
    support_body,
)

ROOT = Path(__file__).resolve().parents[2]

# One refusal (a missing sign-in) as each language renders it.
SIGN_IN = {
    "en": "Sign in to continue.",
    "ru": "Чтобы продолжить, войдите.",
    "de": "Melden Sie sich an, um fortzufahren.",
    "pl": "Aby kontynuować, należy się zalogować.",
    "fr": "Connectez-vous pour continuer.",
    "es": "Inicie sesión para continuar.",
}


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        ("en-GB,en;q=0.9", "en"),
        ("ru-RU,ru;q=0.9,en;q=0.5", "ru"),
        ("de", "de"),
        ("ja, pl;q=0.8", "pl"),  # no Japanese catalog: the next choice
        ("en;q=0.3, fr-CA;q=0.7", "fr"),  # q-values, not order, decide
        ("es-419", "es"),
    ],
)
def test_a_refusal_in_each_language_for_an_anonymous_caller(
    anon: Caller, header: str, lang: str
) -> None:
    r = anon.get("/me", headers={"Accept-Language": header})
    assert r.status_code == 401 and r.json()["code"] == "unauthorized"
    assert r.json()["detail"] == SIGN_IN[lang]


def test_unknown_or_missing_language_is_english(anon: Caller) -> None:
    for header in ("ja", "*", "", "xx-YY;q=1, zz"):
        r = anon.get("/me", headers={"Accept-Language": header})
        assert r.json()["detail"] == SIGN_IN["en"], header
    assert negotiate("de;q=0, ru;q=0.1") == "ru"


def test_field_errors_and_filled_fields_are_translated(anon: Caller) -> None:
    r = anon.post(
        "/auth/register",
        json={
            "email": unique_email(),
            "password": "short",
            "password_confirm": "other",
            "captcha_id": "x",
            "captcha_answer": "y",
        },
        headers={"Accept-Language": "de-DE"},
    )
    assert r.status_code == 422 and r.json()["code"] == "password_policy"
    body = r.json()
    assert body["detail"].startswith("Wählen Sie ein anderes Passwort: ")
    assert "Verwenden Sie mindestens 8 Zeichen." in body["errors"]["password"]
    assert body["errors"]["password_confirm"] == "Die Passwörter stimmen nicht überein."
    # The rules stay machine-readable, in English, whatever the language.
    assert "Use at least 8 characters." in body["rules"]


def test_pydantic_messages_the_service_maps(anon: Caller) -> None:
    r = anon.post("/auth/register", json={}, headers={"Accept-Language": "fr"})
    assert r.status_code == 422
    assert r.json()["detail"] == "Certains champs ne sont pas valides."
    assert r.json()["errors"]["email"] == "Champ obligatoire"
    english = anon.post("/auth/register", json={})
    assert english.json()["errors"]["email"] == "Field required"


def test_a_wrong_captcha_on_a_request_is_translated_too(service: LiveService, anon: Caller) -> None:
    """That refusal is answered without raising (so the spent captcha commits)."""
    anon.http.headers["Accept-Language"] = "es"
    r = anon.post(
        "/requests/support",
        json=support_body(
            make_product(service),
            type="license",
            email=unique_email(),
            captcha_id="x",
            captcha_answer="y",
        ),
    )
    assert r.status_code == 422 and r.json()["code"] == "captcha_invalid"
    assert r.json()["errors"]["captcha_answer"] == (
        "Escriba el código de verificación de la nueva imagen."
    )


def test_signed_in_account_reads_its_own_language(customer: Caller) -> None:
    assert customer.patch("/me", json={"language": "de"}).status_code == 200
    for header in ("ru", "en", "fr;q=1"):
        r = customer.post(
            "/me/email",
            json={"password": "wrong", "new_email": unique_email()},
            headers={"Accept-Language": header},
        )
        assert r.status_code == 422 and r.json()["code"] == "wrong_password", r.text
        assert r.json()["detail"] == "Das Passwort ist falsch."
        assert r.json()["errors"]["password"] == "Falsches Passwort."


def test_activation_mail_in_the_registrant_language(service: LiveService, mailbox: Mailbox) -> None:
    email = unique_email("ru")
    captcha_id, answer = solve_captcha(service)
    r = Caller(api=service.api).post(
        "/auth/register",
        json={
            "email": email,
            "password": STRONG_PASSWORD,
            "password_confirm": STRONG_PASSWORD,
            "captcha_id": captcha_id,
            "captcha_answer": answer,
        },
        headers={"Accept-Language": "ru-RU,ru;q=0.9"},
    )
    assert r.status_code == 201, r.text
    mail = mailbox.wait_for(email, subject="Активируйте")
    assert str(mail["Subject"]) == "Активируйте учётную запись в Личном кабинете"
    body = body_of(mail)
    assert body.startswith("Добро пожаловать в Личный кабинет!")
    assert "Чтобы активировать учётную запись, откройте ссылку:" in body
    assert link_to(mail, "/activate")
    assert "Ссылка действует" in body and "Личный кабинет" in body.rsplit("-- ", 1)[1]


def test_request_received_mail_in_the_filer_language_and_staff_reply_too(
    service: LiveService, anon: Caller, staff: Caller, mailbox: Mailbox
) -> None:
    product = make_product(service)
    address = unique_email("anon-pl")
    captcha_id, answer = solved_captcha(service)
    anon.http.headers["Accept-Language"] = "pl-PL"
    created = file_support(
        anon, product, type="license", email=address, captcha_id=captcha_id, captcha_answer=answer
    )
    number = created["number"]
    mail = mailbox.wait_for(address, subject=number)
    assert str(mail["Subject"]) == f"Otrzymano zgłoszenie {number}"
    body = body_of(mail)
    assert "Zgłoszenie do Pomocy technicznej zostało przyjęte." in body
    assert f"Numer zgłoszenia: {number}" in body
    assert "Typ: Problem z kluczem / wygaśnięcie licencji" in body
    assert "Odpowiemy na ten adres." in body

    # A staff reply later (in English, by a caller with no Accept-Language) mails in Polish.
    r = staff.post(f"/staff/requests/{created['id']}/messages", json={"body": "Dziękujemy."})
    assert r.status_code == 201, r.text
    reply = mailbox.wait_for(address, subject=f"Nowa odpowiedź na zgłoszenie {number}")
    assert f"W zgłoszeniu {number} pojawiła się nowa odpowiedź:" in body_of(reply)


def test_request_received_mail_in_the_account_language(
    service: LiveService, customer: Caller, mailbox: Mailbox
) -> None:
    assert customer.patch("/me", json={"language": "es"}).status_code == 200
    created = file_support(customer, make_product(service))
    mail = mailbox.wait_for(customer.email, subject=created["number"])
    assert str(mail["Subject"]) == f"Solicitud {created['number']} recibida"
    assert "Puede seguirla y responder en «Mis solicitudes» del Área personal." in body_of(mail)


def test_catalog_types_in_russian(anon: Caller) -> None:
    types = anon.get("/catalog/request-types?lang=ru").json()
    titles = {t["code"]: t["title"] for t in types["support"] + types["viruslab"]}
    assert titles["updates"] == "Проблема с обновлением антивирусных баз"
    assert titles["false_positive"] == "Ложное срабатывание"
    assert types["content_warning"].startswith("Запросы, содержание которых")
    # Without ?lang the caller's language is used; the whole catalog agrees.
    whole = anon.get("/catalog", headers={"Accept-Language": "ru"}).json()
    assert whole["request_types"] == types
    assert {c["code"]: c["name"] for c in whole["countries"]}["DE"] == "Германия"
    # English stays the source text.
    english = anon.get("/catalog/request-types").json()
    assert english["support"][0]["title"] == "AV-bases updates problem"


def test_catalogs_match_the_source_and_are_complete() -> None:
    """The .pot holds exactly the texts the source marks, and every language translates each
    (non-empty, the same ``{fields}``); the output lists whatever is not so."""
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "server_messages.py"), "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_account_pages_in_the_browser_language(service: LiveService) -> None:
    page = requests.get(
        f"{service.url}/activate?token=not-a-token",
        headers={"Accept-Language": "ru"},
        timeout=30,
    )
    assert page.status_code == 400 and '<html lang="ru">' in page.text
    assert "Ссылка недействительна" in page.text and "Ссылка (активация)" in page.text
    english = requests.get(f"{service.url}/activate?token=not-a-token", timeout=30)
    assert "This link is not valid" in english.text and '<html lang="en">' in english.text
