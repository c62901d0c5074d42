"""The request types of the 5-step wizard (seed 000 Q5, 001 Q12) and of the Virus Lab.

Served to clients by the catalog; the service enforces them (who may skip sign-in). Titles,
descriptions and the warning are English msgids, translated where they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from server.i18n import N_


@dataclass(frozen=True)
class RequestType:
    code: str
    title: str
    description: str
    # May be filed without an account (wizard step 2 "Skip this step").
    skippable: bool = False


SUPPORT_TYPES: tuple[RequestType, ...] = (
    RequestType(
        "updates",
        N_("AV-bases updates problem"),
        N_(
            "The anti-virus databases (threat signatures) fail to update, or an error occurs "
            "during the update."
        ),
    ),
    RequestType(
        "disinfection",
        N_("Virus disinfection"),
        N_(
            "The computer is infected by an unknown virus, or a virus cannot be disinfected or "
            "deleted."
        ),
    ),
    RequestType(
        "suggestion",
        N_("Suggestions for future versions"),
        N_("You have suggestions for a future version of the product you use."),
        skippable=True,
    ),
    RequestType(
        "license",
        N_("Key problem / License expiration"),
        N_(
            "The key file or activation code was lost, the medium with the key file is damaged, "
            "or you want to renew your license."
        ),
        skippable=True,
    ),
    RequestType(
        "application",
        N_("Application problem"),
        N_(
            "The application malfunctions, or other applications started to malfunction after it "
            "was installed."
        ),
    ),
    RequestType(
        "setup",
        N_("Problems with Setup / Remove application"),
        N_(
            "Errors occur while installing or removing the product, or installation or removal "
            "runs incorrectly."
        ),
    ),
    RequestType(
        "presale",
        N_("Pre-sale question"),
        N_("You would like to buy a license for the product."),
        skippable=True,
    ),
    RequestType(
        "general", N_("General question"), N_("Your question does not fit any of the types above.")
    ),
)

VIRUSLAB_TYPES: tuple[RequestType, ...] = (
    RequestType(
        "malware",
        N_("Suspected unknown malware"),
        N_("A file you suspect is malicious but the product does not detect."),
        skippable=True,
    ),
    RequestType(
        "false_positive",
        N_("False positive"),
        N_("A clean file that the product detects as malicious."),
        skippable=True,
    ),
)

# Samples travel "packed to a zip-archive with the password infected" (seed 002): the
# password only keeps mail filters and scanners on the way from acting on them.
SAMPLE_PASSWORD = "infected"

SUPPORT_BY_CODE = {t.code: t for t in SUPPORT_TYPES}
VIRUSLAB_BY_CODE = {t.code: t for t in VIRUSLAB_TYPES}

# The seed's warning (W8), shown with the types and on the wizard's description step.
CONTENT_WARNING = N_(
    "Requests whose content does not match their type are not processed by the experts."
)
