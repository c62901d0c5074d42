"""Legacy registration (A2, seed 000 Q3): an activation code or a key file makes an account.

The service issues the Customer ID and a generated password and mails them; the account is
active at once and holds the license. Two transactions: the source budget and the captcha
are spent even when the registration is then refused (so neither a captcha nor a budget
can be reused to try codes), while a refused registration leaves nothing else behind.
"""

from __future__ import annotations

from dataclasses import dataclass

from server import i18n
from server.db.models import Product
from server.errors import Problem
from server.i18n import N_, translate
from server.services import accounts, captcha, keyfiles, licenses, mail_budget, throttle
from server.services.licenses import OutgoingMail
from server.services.passwords import generate_password
from server.state import ServiceState


@dataclass(frozen=True)
class LegacyAccount:
    customer_id: str
    email: str
    mails: tuple[OutgoingMail, ...]


def register_legacy(
    state: ServiceState,
    *,
    email: str,
    activation_code: str | None,
    key_file: bytes | None,
    captcha_id: str,
    captcha_answer: str,
    source: str,
    send_key_file: bool = False,
) -> LegacyAccount:
    """Exactly one of ``activation_code`` and ``key_file``; mails are returned, to send after."""
    if (activation_code is None) == (key_file is None):
        detail = N_("Enter an activation code or choose a key file (one of the two).")
        raise Problem(422, "code_or_key_file", detail, errors={"activation_code": detail})
    settings = state.settings
    with throttle.committed_even_if_refused(state.db) as db:
        throttle.spend_source_budget(db, settings=settings, action="register-legacy", source=source)
        captcha.check(db, captcha_id=captcha_id, answer=captcha_answer)

    with state.db.write() as db:
        email = accounts.normalize_email(email)
        if accounts.email_taken(db, email):
            detail = N_(
                "An account with this e-mail address exists. Sign in and add the code under "
                'Licenses, or use "Forgot password".'
            )
            raise Problem(409, "email_taken", detail, errors={"email": detail})
        field = "activation_code"
        if key_file is not None:
            field = "key_file_base64"
            public_key = keyfiles.load_signing_key(settings.vendor_key_path).public_key()
            activation_code = str(
                keyfiles.verify(key_file, public_key=public_key, field=field)["code"]
            )
        assert activation_code is not None
        lic = licenses.check_code(db, raw_code=activation_code, user_id=None, field=field)
        password = generate_password()
        lang = i18n.current_language()
        user = accounts.create_user(db, email=email, password=password, active=True, language=lang)
        for _ in range(2 if send_key_file else 1):
            mail_budget.spend(db, settings=settings, to=email, account_id=None)
        licenses.hold(db, user_id=user.id, license=lic)
        product = db.get(Product, lic.product_id)
        assert product is not None
        mails = [
            _credentials_mail(
                state, email=email, customer_id=user.customer_id, password=password, lang=lang
            )
        ]
        if send_key_file:
            mails.append(
                licenses.key_file_mail(
                    email, lic=lic, product=product, settings=settings, lang=lang
                )
            )
        customer_id = user.customer_id
    return LegacyAccount(customer_id=customer_id, email=email, mails=tuple(mails))


def _credentials_mail(
    state: ServiceState, *, email: str, customer_id: str, password: str, lang: str
) -> OutgoingMail:
    return OutgoingMail(
        email,
        translate(lang, "Your Personal Cabinet Customer ID and password"),
        translate(lang, "Welcome to Personal Cabinet.")
        + "\n\n"
        + translate(
            lang, "Your license was registered and an account was made for you. Sign in with:"
        )
        + "\n\n"
        + translate(lang, "Customer ID: {customer_id}", {"customer_id": customer_id})
        + "\n"
        + translate(lang, "Password: {password}", {"password": password})
        + "\n\n"
        + translate(
            lang,
            "You can also sign in with this e-mail address instead of the Customer ID. "
            "Change the password in your profile after you first sign in.",
        )
        + f"\n\n-- \n{state.settings.vendor_name} · {translate(lang, 'Personal Cabinet')}\n",
    )
