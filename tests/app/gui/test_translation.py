"""Core sentences shown in the interface language, through a real Qt translator."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from app.core.text import QT_TRANSLATE_NOOP, Joined
from app.gui.translation import plural, translated

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Test</name>
    <message>
        <source>{name} sent {count} files.</source>
        <translation>{count} Dateien von {name}.</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>der Schlüssel</translation>
    </message>
    <message>
        <source>Check {thing}.</source>
        <translation>Prüfen Sie {thing}.</translation>
    </message>
    <message>
        <source>Broken {name}.</source>
        <translation>Kaputt {other}.</translation>
    </message>
</context>
</TS>
"""


def lrelease() -> str:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease") or "lrelease"


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    (tmp_path / "test_de.ts").write_text(TS, encoding="utf-8")
    subprocess.run(
        [lrelease(), str(tmp_path / "test_de.ts"), "-qm", str(tmp_path / "test_de.qm")],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(tmp_path / "test_de.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_without_a_translator_the_english_is_shown(qapp: QApplication) -> None:
    text = QT_TRANSLATE_NOOP("Test", "{name} sent {count} files.").format(name="Ann", count=3)
    assert translated(text) == "Ann sent 3 files." == text
    assert translated("plain") == "plain"
    assert translated(7) == "7"


@pytest.mark.usefixtures("german")
def test_the_translation_fills_the_fields_in_its_own_order() -> None:
    text = QT_TRANSLATE_NOOP("Test", "{name} sent {count} files.").format(name="Ann", count=3)
    assert translated(text) == "3 Dateien von Ann."
    assert str(text) == "Ann sent 3 files."  # the English stays for logs and tests


@pytest.mark.usefixtures("german")
def test_sentences_among_the_fields_and_joined_are_translated_too() -> None:
    inner = QT_TRANSLATE_NOOP("Test", "the key")
    text = QT_TRANSLATE_NOOP("Test", "Check {thing}.").format(thing=inner)
    assert translated(text) == "Prüfen Sie der Schlüssel."
    joined = Joined(text, "Untranslated tail.")
    assert translated(joined) == "Prüfen Sie der Schlüssel. Untranslated tail."
    assert translated(ValueError(text).args[0]) == "Prüfen Sie der Schlüssel."


@pytest.mark.usefixtures("german")
def test_a_translation_that_does_not_fit_its_fields_falls_back_to_english() -> None:
    text = QT_TRANSLATE_NOOP("Test", "Broken {name}.").format(name="x")
    assert translated(text) == "Broken x."


def test_english_plurals_read_as_before_without_a_translation(qapp: QApplication) -> None:
    def rows(n: int) -> str:
        return plural(QCoreApplication.translate("Test", "%n row(s)", "", n), n)

    assert (rows(1), rows(2), rows(0)) == ("1 row", "2 rows", "0 rows")
