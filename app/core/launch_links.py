"""Launch links from the antivirus product (L2): ``personal-cabinet://`` URLs and the same
fields as command-line options, turned into one typed ``LaunchRequest``.

A link is untrusted input from another program: every field is checked here, and a bad one
gives a ``LaunchLinkError`` whose message tells the user what was wrong — the application
then opens without the link. Query keys this version does not know are ignored, so a newer
product can add fields without breaking older clients.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qs, urlencode, urlsplit

from app.core import validators
from app.core.text import QT_TRANSLATE_NOOP

SCHEME = "personal-cabinet"
Target = Literal["request", "viruslab", "licenses", "requests"]
TARGETS: tuple[Target, ...] = ("request", "viruslab", "licenses", "requests")
VIRUSLAB_TYPES = ("malware", "false_positive")

_TYPE = re.compile(r"[a-z][a-z0-9_-]{0,39}")
# A request number as the service makes them, e.g. TS-000123 or VL-000042.
_NUMBER = re.compile(r"[A-Z]{1,4}-\d{1,12}")
_MAX_LINK = 2048


class LaunchLinkError(ValueError):
    """A link or option that cannot be used; the message is meant for the user."""


@dataclass(frozen=True)
class LaunchRequest:
    """Where to open and what to prefill. Empty strings mean "not given"."""

    target: Target
    request_type: str = ""
    product: str = ""
    version: str = ""
    code: str = ""
    number: str = ""  # target "requests": the request to open, e.g. TS-000123

    def to_url(self) -> str:
        """The link form, e.g. to hand it to the instance already running (L3)."""
        if self.target == "requests":
            return f"{SCHEME}://requests/{self.number}" if self.number else f"{SCHEME}://requests"
        if self.target == "licenses":
            fields = {"code": self.code}
        else:
            fields = {"type": self.request_type, "product": self.product, "version": self.version}
        query = urlencode({k: v for k, v in fields.items() if v})
        return f"{SCHEME}://{self.target}" + (f"?{query}" if query else "")


def parse_link(url: str) -> LaunchRequest:
    """``personal-cabinet://request?type=…&product=…&version=…`` or ``…://licenses?code=…``."""
    text = url.strip()
    if not text:
        raise LaunchLinkError(QT_TRANSLATE_NOOP("LaunchLinks", "The link is empty."))
    if len(text) > _MAX_LINK:
        raise LaunchLinkError(
            QT_TRANSLATE_NOOP("LaunchLinks", "The link is too long to be a Personal Cabinet link.")
        )
    try:
        parts = urlsplit(text)
    except ValueError:
        raise LaunchLinkError(
            QT_TRANSLATE_NOOP("LaunchLinks", "The link could not be read.")
        ) from None
    if parts.scheme.lower() != SCHEME:
        raise LaunchLinkError(
            QT_TRANSLATE_NOOP(
                "LaunchLinks",
                "This is not a Personal Cabinet link (it must start with {SCHEME}://).",
            ).format(SCHEME=SCHEME)
        )
    # "personal-cabinet://request?…" puts the target in the host; "personal-cabinet:request"
    # and "personal-cabinet:///request" put it in the path. Accept all three.
    target = (parts.netloc or parts.path.strip("/")).lower()
    if target.startswith("requests/"):  # "personal-cabinet:requests/TS-1" (no host)
        target, _, number = target.partition("/")
        return requests_launch(number=number)
    if target == "requests" and parts.netloc:  # the mail's personal-cabinet://requests/TS-1
        return requests_launch(number=parts.path.strip("/"))
    if parts.netloc and parts.path.strip("/"):
        raise LaunchLinkError(
            QT_TRANSLATE_NOOP(
                "LaunchLinks", "The link points to an unknown page “{netloc}{path}”."
            ).format(netloc=parts.netloc, path=parts.path)
        )
    try:
        query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=False)
    except ValueError:
        raise LaunchLinkError(
            QT_TRANSLATE_NOOP("LaunchLinks", "The link's fields could not be read.")
        ) from None
    repeated = sorted(k for k, v in query.items() if len(v) > 1)
    if repeated:
        raise LaunchLinkError(
            QT_TRANSLATE_NOOP("LaunchLinks", "The link gives “{repeated}” more than once.").format(
                repeated=repeated[0]
            )
        )
    fields = {k: v[0] for k, v in query.items()}
    if target == "request":
        return request_launch(
            request_type=fields.get("type", ""),
            product=fields.get("product", ""),
            version=fields.get("version", ""),
        )
    if target == "viruslab":
        return viruslab_launch(
            request_type=fields.get("type", ""),
            product=fields.get("product", ""),
            version=fields.get("version", ""),
        )
    if target == "licenses":
        return licenses_launch(code=fields.get("code", ""))
    if not target:
        raise LaunchLinkError(
            QT_TRANSLATE_NOOP("LaunchLinks", "The link does not say which page to open.")
        )
    raise LaunchLinkError(
        QT_TRANSLATE_NOOP("LaunchLinks", "The link points to an unknown page “{target}”.").format(
            target=target
        )
    )


def request_launch(
    *, request_type: str = "", product: str = "", version: str = ""
) -> LaunchRequest:
    """A support-request launch from its fields (link or command line), checked."""
    request_type = request_type.strip().lower()
    if request_type and not _TYPE.fullmatch(request_type):
        raise LaunchLinkError(
            QT_TRANSLATE_NOOP(
                "LaunchLinks", "The request type “{request_type}” is not valid."
            ).format(request_type=_shorten(request_type))
        )
    product = product.strip()
    if len(product) > 100 or any(not ch.isprintable() for ch in product):
        raise LaunchLinkError(
            QT_TRANSLATE_NOOP("LaunchLinks", "The product name in the link is not valid.")
        )
    version = version.strip()
    if version:
        try:
            version = validators.product_version(version)
        except validators.Invalid:
            raise LaunchLinkError(
                QT_TRANSLATE_NOOP(
                    "LaunchLinks",
                    "The product version “{version}” is not a dotted version such as 21.3.10.391.",
                ).format(version=_shorten(version))
            ) from None
    return LaunchRequest("request", request_type=request_type, product=product, version=version)


def viruslab_launch(
    *, request_type: str = "", product: str = "", version: str = ""
) -> LaunchRequest:
    """A Virus Lab launch: ``type`` is malware or false_positive; the rest as for support."""
    checked = request_launch(request_type=request_type, product=product, version=version)
    if checked.request_type and checked.request_type not in VIRUSLAB_TYPES:
        raise LaunchLinkError(
            f"The Virus Lab request type “{_shorten(checked.request_type)}” is not one of: "
            + ", ".join(VIRUSLAB_TYPES)
            + "."
        )
    return LaunchRequest(
        "viruslab",
        request_type=checked.request_type,
        product=checked.product,
        version=checked.version,
    )


def requests_launch(*, number: str = "") -> LaunchRequest:
    """My requests, optionally one request by its number (the staff reply's mail)."""
    number = number.strip().upper()
    if number and not _NUMBER.fullmatch(number):
        raise LaunchLinkError(
            QT_TRANSLATE_NOOP(
                "LaunchLinks", "“{number}” is not a request number such as TS-000123."
            ).format(number=_shorten(number))
        )
    return LaunchRequest("requests", number=number)


def licenses_launch(*, code: str = "") -> LaunchRequest:
    """A licenses launch, optionally with an activation code to add (K2)."""
    if code.strip():
        try:
            code = validators.activation_code(code)
        except validators.Invalid as exc:
            raise LaunchLinkError(
                QT_TRANSLATE_NOOP(
                    "LaunchLinks", "The activation code in the link is not valid. {exc}"
                ).format(exc=exc)
            ) from None
    else:
        code = ""
    return LaunchRequest("licenses", code=code)


def add_options(parser: argparse.ArgumentParser) -> None:
    """The command-line form of launch links, for ``personal-cabinet``'s argument parser."""
    group = parser.add_argument_group("launch link (as the product passes it)")
    group.add_argument("link", nargs="?", default="", help=f"a {SCHEME}:// link")
    group.add_argument(
        "--request", dest="launch_request", action="store_true", help="open a new support request"
    )
    group.add_argument(
        "--type",
        dest="launch_type",
        default="",
        metavar="TYPE",
        help="request type code, e.g. updates (implies --request)",
    )
    group.add_argument(
        "--product",
        dest="launch_product",
        default="",
        metavar="PRODUCT",
        help="product to preselect (implies --request)",
    )
    group.add_argument(
        "--product-version",
        dest="launch_version",
        default="",
        metavar="VERSION",
        help="full product version, e.g. 21.3.10.391 (implies --request)",
    )
    group.add_argument(
        "--viruslab",
        dest="launch_viruslab",
        action="store_true",
        help="open the Virus Lab form instead (with --type malware|false_positive, "
        "--product, --product-version)",
    )
    group.add_argument(
        "--licenses", dest="launch_licenses", action="store_true", help="open the licenses page"
    )
    group.add_argument(
        "--code",
        dest="launch_code",
        default="",
        metavar="CODE",
        help="activation code to add (implies --licenses)",
    )


def from_options(options: argparse.Namespace) -> LaunchRequest | None:
    """The launch the command line asks for, or None when it asks for none."""
    link = getattr(options, "link", "") or ""
    request_fields = (options.launch_type, options.launch_product, options.launch_version)
    wants_viruslab = bool(getattr(options, "launch_viruslab", False))
    wants_request = not wants_viruslab and (options.launch_request or any(request_fields))
    wants_licenses = options.launch_licenses or bool(options.launch_code)
    if sum([bool(link), wants_request, wants_viruslab, wants_licenses]) > 1:
        raise LaunchLinkError(
            QT_TRANSLATE_NOOP(
                "LaunchLinks", "Give either a link, the request options or the licenses options."
            )
        )
    if link:
        return parse_link(link)
    if wants_viruslab:
        return viruslab_launch(
            request_type=options.launch_type,
            product=options.launch_product,
            version=options.launch_version,
        )
    if wants_request:
        return request_launch(
            request_type=options.launch_type,
            product=options.launch_product,
            version=options.launch_version,
        )
    if wants_licenses:
        return licenses_launch(code=options.launch_code)
    return None


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
