"""The interface language: Qt's translators for it, and the core's sentences in it.

The application's ``.qm`` files (built from ``resources/translations/*.ts``) and Qt's own
(``qtbase_*.qm``, for standard buttons and dialogs) are installed together; installing them
sends ``LanguageChange`` to every widget, which is how an open window learns of a change.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.settings import LANGUAGES
from app.core.text import Joined, Text

log = logging.getLogger(__name__)

# Each language by its own name, as a person looking for theirs expects to read it.
NAMES = {
    "en": "English",
    "ru": "Русский",
    "de": "Deutsch",
    "pl": "Polski",
    "fr": "Français",
    "es": "Español",
}
assert tuple(NAMES) == LANGUAGES

_installed: list[QTranslator] = []
_current = "en"


def translations_dir() -> Path:
    """Where the built ``.qm`` files are: beside the ``.ts`` sources in a checkout, and at
    the same place relative to the bundle in a frozen build."""
    import sys

    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base / "resources" / "translations"


def compiled(name: str) -> Path | None:
    """The ``.qm`` of ``name`` (``personal_cabinet_de``): the one a build put beside the
    sources (a frozen build has only these), else compiled from the ``.ts`` into the cache
    when the source is newer — Qt's ``lrelease`` ships with PySide6 and takes ~20 ms — so a
    checkout shows its translations as they are, with no build step and no binaries in git."""
    import subprocess
    import sys

    folder = translations_dir()
    source, built = folder / f"{name}.ts", folder / f"{name}.qm"
    if not source.exists():
        return built if built.exists() else None

    def fresh(qm: Path) -> bool:
        return qm.exists() and qm.stat().st_mtime >= source.stat().st_mtime

    if fresh(built):
        return built
    from app.core import paths

    cached = paths.cache_dir() / "translations" / f"{name}.qm"
    if fresh(cached):
        return cached
    import PySide6

    lrelease = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    cached.parent.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(".part")
    try:
        subprocess.run(
            [str(lrelease), "-silent", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        partial.replace(cached)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s: %s", source, exc)
        return built if built.exists() else None
    return cached


def chosen(setting: str) -> str:
    """The language to use: the setting, or the system's at first start (one of the six),
    else English."""
    from app.core.wizard.environment import interface_language  # not on the way to the window

    return interface_language(setting, QLocale.system().name())


def install(language: str) -> str:
    """Make ``language`` the interface language; returns the language actually used."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        return _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else "en"
    if language != "en":
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for path in (compiled(f"personal_cabinet_{language}"), qt_dir / f"qtbase_{language}.qm"):
            translator = QTranslator(app)
            if path is not None and translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                log.warning("no translation %s for %s", path, language)
    system = QLocale.system()
    english_system = system.language() in (QLocale.Language.C, QLocale.Language.English)
    # English on an English (or bare "C") system keeps the system's own formats
    QLocale.setDefault(system if language == "en" and english_system else QLocale(language))
    _current = language
    return language


def current() -> str:
    return _current


def translated(text: Any) -> str:
    """A core sentence in the interface language; any other value as it is."""
    if isinstance(text, Text):
        source = text.source
        if text.context:
            source = QCoreApplication.translate(text.context, text.source)
        if not text.fields:
            return source
        # sentences among the values are translated too; numbers keep their format specs
        fields = {
            key: translated(value) if isinstance(value, str) else value
            for key, value in text.fields.items()
        }
        try:
            return source.format(**fields)
        except (KeyError, IndexError, ValueError):
            log.warning("translation of %r does not fit its fields", text.source)
            return text.source.format(**fields)
    if isinstance(text, Joined):
        return " ".join(translated(part) for part in text.parts)
    return str(text)


def plural(text: str, count: int) -> str:
    """English plurals without an English ``.qm``: ``tr("%n row(s)", "", n)`` gives "1 row(s)"
    when nothing translates it; this says "1 row" / "2 rows" as before. A translation has its
    own numerus forms and no "(s)", so it passes through unchanged."""
    return text.replace("(s)", "" if count == 1 else "s")
