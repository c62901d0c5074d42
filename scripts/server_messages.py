#!/usr/bin/env python3
"""The service's message catalogs (server/locales): extract, update, check.

    scripts/server_messages.py extract   # the source's texts → server/locales/messages.pot
    scripts/server_messages.py update    # merge the .pot into each language's messages.po
    scripts/server_messages.py check     # the .pot matches the source; every .po is complete

Texts are found by ``pybabel``'s extractor with the keywords below: ``Problem``'s detail (its
3rd argument), ``N_()`` (``errors`` values and other texts kept for later), the helpers that
pass a detail on, and ``translate``/``gettext`` (mails, catalog). ``check`` exits non-zero
listing what is missing, stale, untranslated or has other ``{fields}`` than the source.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from server.i18n import LANGUAGES, LOCALES, fields  # noqa: E402

POT = LOCALES / "messages.pot"
KEYWORDS = {
    "Problem": (3,),
    "N_": None,
    "translate": (2,),
    "gettext": (2,),
    "too_many": (2,),
    "_invalid": (1,),
    "_bad_header": (2,),
    "_unauthorized": (1,),
    "_t": (1,),
    "_problem": (3,),
}
PYBABEL_KEYWORDS = [
    "-k",
    "Problem:3",
    "-k",
    "N_",
    "-k",
    "translate:2",
    "-k",
    "gettext:2",
    "-k",
    "too_many:2",
    "-k",
    "_invalid:1",
    "-k",
    "_bad_header:2",
    "-k",
    "_unauthorized:1",
    "-k",
    "_t:1",
    "-k",
    "_problem:3",
]


def extracted() -> set[str]:
    """The msgids the source holds now (what ``extract`` would write)."""
    found: set[str] = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT / "server"),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=(),
    ):
        if isinstance(message, str) and message:
            found.add(message)
    return found


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh, locale=locale)


def extract() -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "--no-location",
            "--sort-output",
            "--omit-header",
            "--no-wrap",
            *PYBABEL_KEYWORDS,
            "-o",
            str(POT),
            str(ROOT / "server"),
        ],
        check=True,
    )


def update() -> None:
    """Merge the .pot into each language's catalog, keeping its header and translations
    (new texts come in untranslated; texts gone from the source are dropped)."""
    template = _read(POT)
    for lang in LANGUAGES[1:]:
        po = LOCALES / lang / "LC_MESSAGES" / "messages.po"
        if po.exists():
            catalog = _read(po, lang)
            catalog.update(template, no_fuzzy_matching=True)
        else:
            po.parent.mkdir(parents=True, exist_ok=True)
            catalog = Catalog(locale=lang, domain="messages")
            for message in template:
                if message.id:
                    catalog.add(message.id)
        with po.open("wb") as fh:
            write_po(fh, catalog, width=0, no_location=True, sort_output=True, ignore_obsolete=True)


def problems() -> list[str]:
    """Everything that keeps the catalogs from matching the source, one line each."""
    out: list[str] = []
    source = extracted()
    pot = {str(m.id) for m in _read(POT) if m.id} if POT.exists() else set()
    out += [f"not in messages.pot (run extract): {m!r}" for m in sorted(source - pot)]
    out += [f"stale in messages.pot (run extract): {m!r}" for m in sorted(pot - source)]
    for lang in LANGUAGES[1:]:
        path = LOCALES / lang / "LC_MESSAGES" / "messages.po"
        if not path.exists():
            out.append(f"{lang}: no {path.relative_to(ROOT)}")
            continue
        catalog = {str(m.id): m for m in _read(path, lang) if m.id}
        for msgid in sorted(source):
            entry = catalog.get(msgid)
            if entry is None or not entry.string:
                out.append(f"{lang}: untranslated: {msgid!r}")
            elif entry.fuzzy:
                out.append(f"{lang}: fuzzy: {msgid!r}")
            elif fields(str(entry.string)) != fields(msgid):
                out.append(f"{lang}: other fields than the source: {msgid!r} → {entry.string!r}")
    return out


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "extract":
        extract()
    elif command == "update":
        update()
    elif command == "check":
        found = problems()
        for line in found:
            print(line)
        if found:
            print(f"{len(found)} problem(s) in the service's catalogs", file=sys.stderr)
            return 1
        print(f"{len(extracted())} messages, translated in {', '.join(LANGUAGES[1:])}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
