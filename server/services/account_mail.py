"""The mails of the accounts area, collected during a request and sent after its commit.

Sending after the answer keeps a link from going out for a change that was rolled back,
and makes the answer take the same time whether or not an address is registered.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

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


def _signature(state: ServiceState) -> str:
    return f"\n\n-- \n{state.settings.vendor_name} · Personal Cabinet\n"


def _duration(seconds: float) -> str:
    hours = seconds / 3600
    if hours >= 48:
        return f"{hours / 24:.0f} days"
    if hours >= 1:
        return f"{hours:.0f} hours"
    if seconds >= 120:
        return f"{round(seconds / 60)} minutes"
    return f"{max(1, round(seconds))} seconds"


def activation(outbox: Outbox, state: ServiceState, *, to: str, token: str) -> None:
    ttl = _duration(state.settings.activation_ttl.total_seconds())
    purge = _duration(state.settings.unactivated_purge_after.total_seconds())
    outbox.add(
        to,
        "Activate your Personal Cabinet account",
        "Welcome to Personal Cabinet.\n\n"
        "To activate your account, open this link:\n"
        f"{state.link('/activate?token=' + token)}\n\n"
        "or paste this activation code into the application:\n"
        f"{token}\n\n"
        f"The link works for {ttl}. An account that is not activated within {purge} "
        "is deleted." + _signature(state),
    )


def registration_attempt(
    outbox: Outbox, state: ServiceState, *, to: str, activation_token: str | None
) -> None:
    """To the owner of an address someone tried to register again."""
    body = (
        "Someone (perhaps you) tried to register a new Personal Cabinet account with this "
        "e-mail address. An account with this address already exists, so no new account was "
        "made.\n\n"
        'If you forgot your password or Customer ID, use "Forgot password" or '
        '"Forgot Customer ID" in the application. If it was not you, you can ignore this mail.'
    )
    if activation_token:
        body += (
            "\n\nYour account is not activated yet. To activate it, open this link:\n"
            f"{state.link('/activate?token=' + activation_token)}\n\n"
            f"or paste this activation code into the application:\n{activation_token}"
        )
    outbox.add(to, "Someone tried to register with your address", body + _signature(state))


def password_reset(outbox: Outbox, state: ServiceState, *, to: str, token: str) -> None:
    ttl = _duration(state.settings.reset_ttl.total_seconds())
    outbox.add(
        to,
        "Reset your Personal Cabinet password",
        "We received a request to reset the password of your Personal Cabinet account.\n\n"
        "To choose a new password, open this link:\n"
        f"{state.link('/reset?token=' + token)}\n\n"
        "or paste this reset code into the application:\n"
        f"{token}\n\n"
        f"The link works for {ttl}. If you did not ask for this, ignore this mail: your "
        "password stays as it is." + _signature(state),
    )


def customer_id_reminder(outbox: Outbox, state: ServiceState, *, to: str, customer_id: str) -> None:
    outbox.add(
        to,
        "Your Personal Cabinet Customer ID",
        "You asked for your Customer ID. Use it, or this e-mail address, to sign in.\n\n"
        f"Customer ID: {customer_id}" + _signature(state),
    )


def email_change(outbox: Outbox, state: ServiceState, *, to: str, token: str) -> None:
    ttl = _duration(state.settings.email_change_ttl.total_seconds())
    outbox.add(
        to,
        "Confirm your new e-mail address",
        "You asked to use this address for your Personal Cabinet account.\n\n"
        "To confirm it, open this link:\n"
        f"{state.link('/confirm-email?token=' + token)}\n\n"
        "or paste this confirmation code into the application:\n"
        f"{token}\n\n"
        f"The link works for {ttl}. Until you confirm, your account keeps its old "
        "address." + _signature(state),
    )


def email_in_use(outbox: Outbox, state: ServiceState, *, to: str) -> None:
    """To an address already registered, when another account asked to move to it."""
    outbox.add(
        to,
        "Someone tried to use your address",
        "Someone asked to use this e-mail address for another Personal Cabinet account. "
        "It already belongs to your account, so nothing was changed. If you do not recognise "
        "this, you can ignore this mail." + _signature(state),
    )


def email_changed(outbox: Outbox, state: ServiceState, *, to: str, new_email: str) -> None:
    outbox.add(
        to,
        "Your e-mail address was changed",
        f"The e-mail address of your Personal Cabinet account was changed to {new_email}. "
        "Mails now go to the new address.\n\n"
        "If you did not do this, contact Technical Support at once." + _signature(state),
    )


def signin_code(outbox: Outbox, state: ServiceState, *, to: str, code: str) -> None:
    ttl = _duration(state.settings.otp_ttl.total_seconds())
    outbox.add(
        to,
        "Your Personal Cabinet sign-in code",
        f"Your one-time sign-in code is {code}\n\n"
        f"It works for {ttl}. If you are not signing in right now, someone knows your "
        "password: change it." + _signature(state),
    )


def failed_signins(outbox: Outbox, state: ServiceState, *, to: str) -> None:
    """To an account's owner when many wrong passwords were tried for it."""
    outbox.add(
        to,
        "Failed sign-ins to your Personal Cabinet account",
        "Someone tried to sign in to your Personal Cabinet account with a wrong password "
        "several times. If that was you, there is nothing to do: signing in from your own "
        "computer is not blocked.\n\n"
        "If it was not you, someone may be guessing your password. Choose a strong password "
        "you use nowhere else, and turn on a second factor in your profile." + _signature(state),
    )
