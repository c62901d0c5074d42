"""What lupdate extracts for translators (``scripts/translations.py``): the core's marked
sentences land beside the GUI's, and each field is named, so a translation may reorder it."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
NAMED = re.compile(r"\{[A-Za-z_]\w*(![rs])?(:[^{}]*)?\}")


def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], ET.Element]:
    target = tmp_path_factory.mktemp("ts") / "check_de.ts"
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1"></TS>\n')
    script().lupdate([target])
    found = {}
    for context in ET.parse(target).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name", ""), message.findtext("source", ""))] = message
    return found


def test_core_and_gui_sentences_are_extracted(sources: dict[tuple[str, str], ET.Element]) -> None:
    assert ("Validators", "Enter your e-mail address.") in sources  # app/core
    assert ("ApiErrors", "Sign in to continue.") in sources  # app/api
    assert ("MainWindow", "Home") in sources  # a module constant of the GUI
    assert ("MainWindow", "&Help") in sources  # self.tr
    plural = sources[("SysinfoViewer", "%n row(s)")]
    assert plural.get("numerus") == "yes"
    assert len(sources) > 1000


def test_every_field_is_named(sources: dict[tuple[str, str], ET.Element]) -> None:
    """``{}`` or an f-string's expression left in a source cannot be reordered (or even
    filled) by a translation."""
    unnamed = [
        f"{context}: {source}"
        for context, source in sources
        for field in re.findall(r"\{[^{}]*\}", source)
        if not NAMED.fullmatch(field)
    ]
    assert unnamed == []
