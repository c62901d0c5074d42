"""The service's texts in the customer's language: Babel-read gettext catalogs, one caller language.

The catalogs are the ``.po`` files under ``server/locales/<lang>/LC_MESSAGES/``, read once with
Babel (no compiled ``.mo``: a handful of small catalogs parse in milliseconds, and there is no
build step to forget). English is the source language: its msgids are the texts themselves.

The caller's language lives in a ``ContextVar`` set per HTTP request by ``LanguageMiddleware``
from ``Accept-Language``; once the caller is signed in, ``deps.optional_user`` replaces it with
the account's ``language``. The variable holds a mutable ``Caller`` so that a dependency run in
the thread pool (its own copy of the context) still changes what the rest of the request sees.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from babel.messages.pofile import read_po
from starlette.types import ASGIApp, Receive, Scope, Send

SOURCE = "en"
LANGUAGES = ("en", "ru", "de", "pl", "fr", "es")
LOCALES = Path(__file__).parent / "locales"


def N_(msgid: str) -> str:
    """Marks a text for extraction where it is not ``Problem``'s detail; translated later."""
    return msgid


class Joined(NamedTuple):
    """A parameter made of several texts, each translated, then joined (password rules)."""

    parts: tuple[str, ...]
    sep: str = " "


@cache
def catalogs() -> dict[str, dict[str, str]]:
    """Every language's msgid → translation (untranslated entries left out)."""
    found: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES[1:]:
        path = LOCALES / lang / "LC_MESSAGES" / "messages.po"
        if not path.exists():
            continue
        with path.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        found[lang] = {
            str(m.id): str(m.string)
            for m in catalog
            if m.id and isinstance(m.id, str) and isinstance(m.string, str) and m.string
        }
    return found


def normalize(lang: str | None) -> str:
    """``ru-RU`` → ``ru``; anything the service has no catalog for → ``en``."""
    primary = (lang or "").strip().replace("_", "-").split("-")[0].lower()
    return primary if primary in LANGUAGES else SOURCE


def gettext(lang: str, msgid: str) -> str:
    if lang == SOURCE:
        return msgid
    return catalogs().get(normalize(lang), {}).get(msgid, msgid)


def translate(lang: str, msgid: str, params: Mapping[str, Any] | None = None) -> str:
    """The text in ``lang``, its ``{fields}`` filled after translating (so word order may
    change); a ``Joined`` parameter has each part translated too."""
    text = gettext(lang, msgid)
    if not params:
        return text
    values = {
        k: v.sep.join(gettext(lang, p) for p in v.parts) if isinstance(v, Joined) else v
        for k, v in params.items()
    }
    return text.format_map(values)


def fields(text: str) -> set[str]:
    """The ``{name}`` fields of a text (for checking a translation keeps them)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


_TAG = re.compile(r"^\s*([A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*|\*)\s*(?:;\s*q\s*=\s*([0-9.]+))?")


def negotiate(accept_language: str | None) -> str:
    """The best of our languages for an ``Accept-Language`` header (q-values honoured)."""
    ranked: list[tuple[float, int, str]] = []
    for index, item in enumerate((accept_language or "").split(",")):
        match = _TAG.match(item)
        if match is None:
            continue
        try:
            q = float(match.group(2)) if match.group(2) else 1.0
        except ValueError:
            continue
        if q > 0:
            ranked.append((-q, index, match.group(1)))
    for _, _, tag in sorted(ranked):
        lang = SOURCE if tag == "*" else normalize(tag)
        if tag == "*" or lang != SOURCE or tag.lower().split("-")[0] == SOURCE:
            return lang
    return SOURCE


@dataclass
class Caller:
    language: str = SOURCE


_caller: ContextVar[Caller | None] = ContextVar("caller_language", default=None)


def current_language() -> str:
    caller = _caller.get()
    return caller.language if caller is not None else SOURCE


def use_language(lang: str | None) -> None:
    """The caller is now known to read ``lang`` (the signed-in account's setting)."""
    caller = _caller.get()
    if caller is None:
        _caller.set(Caller(normalize(lang)))
    else:
        caller.language = normalize(lang)


def _header(scope: Scope, name: bytes) -> str | None:
    headers: Iterable[tuple[bytes, bytes]] = scope.get("headers") or ()
    for key, value in headers:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


class LanguageMiddleware:
    """Pure ASGI (no buffering of streamed answers): the caller's language from
    ``Accept-Language`` for everything the request does."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        token = _caller.set(Caller(negotiate(_header(scope, b"accept-language"))))
        try:
            await self.app(scope, receive, send)
        finally:
            _caller.reset(token)
