"""Keep the client's translation sources (``resources/translations/*.ts``) in step with the code.

    python scripts/translations.py update   # lupdate: new strings in, removed ones out
    python scripts/translations.py build    # lrelease: a .qm beside each .ts
    python scripts/translations.py check    # non-zero if update would change a .ts, or any
                                            # entry is unfinished (each one is printed)

The sources are the Python of ``app/`` (not ``app/gui/forms``: pyside6-uic generates it from
``ui/*.ui``, which are scanned instead). ``check`` ignores where a string is (the ``<location>``
lines move with every edit); it is about which strings there are and whether they are done.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "de", "pl", "fr", "es")  # English is the source language
GENERATED = ROOT / "app" / "gui" / "forms"


def tool(name: str) -> str:
    """A Qt tool shipped with PySide6: beside this Python first, then on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found (it comes with PySide6)")
    return found


def sources() -> list[Path]:
    python = [p for p in sorted((ROOT / "app").rglob("*.py")) if GENERATED not in p.parents]
    return python + sorted((ROOT / "ui").glob("*.ui"))


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"personal_cabinet_{language}.ts"


def lupdate(paths: list[Path]) -> str:
    """Run lupdate over the sources into ``paths``; returns its report."""
    targets = [str(p) for p in paths]
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(str(p.relative_to(ROOT)) for p in sources()))
    try:
        done = subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", f"@{listing.name}", "-ts", *targets],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
    finally:
        Path(listing.name).unlink()
    return done.stdout + done.stderr


def update() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    targets = [ts_file(language) for language in LANGUAGES]
    for target, language in zip(targets, LANGUAGES, strict=True):
        if not target.exists():  # lupdate names the language only in a file it creates
            target.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}"></TS>\n',
                encoding="utf-8",
            )
    print(lupdate(targets), end="")
    return 0


def build() -> int:
    for language in LANGUAGES:
        source = ts_file(language)
        subprocess.run(
            [tool("pyside6-lrelease"), str(source), "-qm", str(source.with_suffix(".qm"))],
            check=True,
        )
    return 0


LOCATION = re.compile(r"^\s*<location [^>]*/>\n", re.MULTILINE)


def without_locations(path: Path) -> str:
    return LOCATION.sub("", path.read_text(encoding="utf-8"))


def unfinished(path: Path) -> list[str]:
    """The entries of one .ts that still need a translator: "context: source"."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                source = message.findtext("source", "").replace("\n", "\\n")
                found.append(f"{name}: {source}")
    return found


def check() -> int:
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for language in LANGUAGES:
            original = ts_file(language)
            if not original.exists():
                print(f"{original.relative_to(ROOT)}: missing (run update)")
                failed = True
                continue
            copy = ts_file(language, Path(tmp))
            shutil.copy(original, copy)
            copies.append((original, copy))
        if copies:
            lupdate([copy for _, copy in copies])
        for original, copy in copies:
            if without_locations(original) != without_locations(copy):
                print(f"{original.relative_to(ROOT)}: out of date (run update)")
                failed = True
    for language in LANGUAGES:
        if not ts_file(language).exists():
            continue
        entries = unfinished(ts_file(language))
        for entry in entries:
            print(f"{language}: unfinished: {entry}")
        failed = failed or bool(entries)
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "build", "check"))
    command = parser.parse_args(argv).command
    return {"update": update, "build": build, "check": check}[command]()


if __name__ == "__main__":
    sys.exit(main())
