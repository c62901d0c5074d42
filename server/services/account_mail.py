"""The mails of the accounts area, collected during a request and sent after its commit.

Sending after the answer keeps a link from going out for a change that was rolled back,
and makes the answer take the same time whether or not an address is registered. Each mail is
written in the recipient account's ``language`` (``lang``); English is the msgid itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from babel.units import format_unit

from server.i18n import translate
from server.services.mail import Mailer
from server.state import ServiceState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outgoing:
    to: str
    subject: str
    body: str


@dataclass
class Outbox:
    messages: list[Outgoing] = field(default_factory=list)

    def add(self, to: str, subject: str, body: str) -> None:
        self.messages.append(Outgoing(to, subject, body))

    def send_all(self, mailer: Mailer) -> None:
        for msg in self.messages:
            try:
                mailer.send(msg.to, msg.subject, msg.body)
            except Exception:  # one failed mail must not stop the others; the user can resend
                log.exception("mail %r to %s could not be sent", msg.subject, msg.to)
        self.messages.clear()


def _signature(state: ServiceState, lang: str) -> str:
    product = translate(lang, "Personal Cabinet")
    return f"\n\n-- \n{state.settings.vendor_name} · {product}\n"


def _duration(seconds: float, lang: str = "en") -> str:
    hours = seconds / 3600
    if hours >= 48:
        value, unit = round(hours / 24), "day"
    elif hours >= 1:
        value, unit = round(hours), "hour"
    elif seconds >= 120:
        value, unit = round(seconds / 60), "minute"
    else:
        value, unit = max(1, round(seconds)), "second"
    if lang == "en":
        return f"{value} {unit}s"
    return format_unit(value, f"duration-{unit}", length="long", locale=lang)


def activation(outbox: Outbox, state: ServiceState, *, to: str, token: str, lang: str) -> None:
    ttl = _duration(state.settings.activation_ttl.total_seconds(), lang)
    purge = _duration(state.settings.unactivated_purge_after.total_seconds(), lang)
    outbox.add(
        to,
        translate(lang, "Activate your Personal Cabinet account"),
        translate(lang, "Welcome to Personal Cabinet.")
        + "\n\n"
        + translate(lang, "To activate your account, open this link:")
        + f"\n{state.link('/activate?token=' + token)}\n\n"
        + translate(lang, "or paste this activation code into the application:")
        + f"\n{token}\n\n"
        + translate(
            lang,
            "The link works for {ttl}. An account that is not activated within {purge} is deleted.",
            {"ttl": ttl, "purge": purge},
        )
        + _signature(state, lang),
    )


def registration_attempt(
    outbox: Outbox, state: ServiceState, *, to: str, activation_token: str | None, lang: str
) -> None:
    """To the owner of an address someone tried to register again."""
    body = (
        translate(
            lang,
            "Someone (perhaps you) tried to register a new Personal Cabinet account with this "
            "e-mail address. An account with this address already exists, so no new account "
            "was made.",
        )
        + "\n\n"
        + translate(
            lang,
            'If you forgot your password or Customer ID, use "Forgot password" or '
            '"Forgot Customer ID" in the application. If it was not you, you can ignore this '
            "mail.",
        )
    )
    if activation_token:
        body += (
            "\n\n"
            + translate(lang, "Your account is not activated yet. To activate it, open this link:")
            + f"\n{state.link('/activate?token=' + activation_token)}\n\n"
            + translate(lang, "or paste this activation code into the application:")
            + f"\n{activation_token}"
        )
    outbox.add(
        to,
        translate(lang, "Someone tried to register with your address"),
        body + _signature(state, lang),
    )


def password_reset(outbox: Outbox, state: ServiceState, *, to: str, token: str, lang: str) -> None:
    ttl = _duration(state.settings.reset_ttl.total_seconds(), lang)
    outbox.add(
        to,
        translate(lang, "Reset your Personal Cabinet password"),
        translate(
            lang,
            "We received a request to reset the password of your Personal Cabinet account.",
        )
        + "\n\n"
        + translate(lang, "To choose a new password, open this link:")
        + f"\n{state.link('/reset?token=' + token)}\n\n"
        + translate(lang, "or paste this reset code into the application:")
        + f"\n{token}\n\n"
        + translate(
            lang,
            "The link works for {ttl}. If you did not ask for this, ignore this mail: your "
            "password stays as it is.",
            {"ttl": ttl},
        )
        + _signature(state, lang),
    )


def customer_id_reminder(
    outbox: Outbox, state: ServiceState, *, to: str, customer_id: str, lang: str
) -> None:
    outbox.add(
        to,
        translate(lang, "Your Personal Cabinet Customer ID"),
        translate(
            lang, "You asked for your Customer ID. Use it, or this e-mail address, to sign in."
        )
        + "\n\n"
        + translate(lang, "Customer ID: {customer_id}", {"customer_id": customer_id})
        + _signature(state, lang),
    )


def email_change(outbox: Outbox, state: ServiceState, *, to: str, token: str, lang: str) -> None:
    ttl = _duration(state.settings.email_change_ttl.total_seconds(), lang)
    outbox.add(
        to,
        translate(lang, "Confirm your new e-mail address"),
        translate(lang, "You asked to use this address for your Personal Cabinet account.")
        + "\n\n"
        + translate(lang, "To confirm it, open this link:")
        + f"\n{state.link('/confirm-email?token=' + token)}\n\n"
        + translate(lang, "or paste this confirmation code into the application:")
        + f"\n{token}\n\n"
        + translate(
            lang,
            "The link works for {ttl}. Until you confirm, your account keeps its old address.",
            {"ttl": ttl},
        )
        + _signature(state, lang),
    )


def email_in_use(outbox: Outbox, state: ServiceState, *, to: str, lang: str) -> None:
    """To an address already registered, when another account asked to move to it."""
    outbox.add(
        to,
        translate(lang, "Someone tried to use your address"),
        translate(
            lang,
            "Someone asked to use this e-mail address for another Personal Cabinet account. "
            "It already belongs to your account, so nothing was changed. If you do not "
            "recognise this, you can ignore this mail.",
        )
        + _signature(state, lang),
    )


def email_changed(
    outbox: Outbox, state: ServiceState, *, to: str, new_email: str, lang: str
) -> None:
    outbox.add(
        to,
        translate(lang, "Your e-mail address was changed"),
        translate(
            lang,
            "The e-mail address of your Personal Cabinet account was changed to {new_email}. "
            "Mails now go to the new address.",
            {"new_email": new_email},
        )
        + "\n\n"
        + translate(lang, "If you did not do this, contact Technical Support at once.")
        + _signature(state, lang),
    )


def signin_code(outbox: Outbox, state: ServiceState, *, to: str, code: str, lang: str) -> None:
    ttl = _duration(state.settings.otp_ttl.total_seconds(), lang)
    outbox.add(
        to,
        translate(lang, "Your Personal Cabinet sign-in code"),
        translate(lang, "Your one-time sign-in code is {code}", {"code": code})
        + "\n\n"
        + translate(
            lang,
            "It works for {ttl}. If you are not signing in right now, someone knows your "
            "password: change it.",
            {"ttl": ttl},
        )
        + _signature(state, lang),
    )


def failed_signins(outbox: Outbox, state: ServiceState, *, to: str, lang: str) -> None:
    """To an account's owner when many wrong passwords were tried for it."""
    outbox.add(
        to,
        translate(lang, "Failed sign-ins to your Personal Cabinet account"),
        translate(
            lang,
            "Someone tried to sign in to your Personal Cabinet account with a wrong password "
            "several times. If that was you, there is nothing to do: signing in from your own "
            "computer is not blocked.",
        )
        + "\n\n"
        + translate(
            lang,
            "If it was not you, someone may be guessing your password. Choose a strong "
            "password you use nowhere else, and turn on a second factor in your profile.",
        )
        + _signature(state, lang),
    )
