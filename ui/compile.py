"""Compile the Qt Designer forms in ``ui/`` and the icons in ``resources/`` into
``app/gui/forms`` (``python ui/compile.py``; ``--check`` only reports stale files).

The generated modules are committed: the application then needs neither QtUiTools nor the
``.ui`` files at run time, and mypy sees every widget of a form as a typed attribute.
``tests/app/gui/test_forms.py`` fails when a form was edited without running this script.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
QRC = ROOT / "resources" / "icons.qrc"
OUT = ROOT / "app" / "gui" / "forms"


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or f"pyside6-{name}"


_IMPORT = re.compile(r"^from PySide6\.(Qt\w+) import \(([^)]*)\)\n", re.MULTILINE)


def prune_imports(code: str) -> str:
    """Keep only the PySide6 names a form uses: uic imports every class it might need, and
    each name fetched from a PySide6 module costs memory at start-up."""

    def keep(match: re.Match[str]) -> str:
        module, names = match.group(1), [n.strip() for n in match.group(2).split(",")]
        rest = "\n".join(  # the code, not uic's comments ("Qt User Interface Compiler")
            line
            for line in (code[: match.start()] + code[match.end() :]).splitlines()
            if not line.lstrip().startswith("#")
        )
        used = [n for n in names if n and re.search(rf"\b{n}\b", rest)]
        return f"from PySide6.{module} import {', '.join(used)}\n" if used else ""

    return _IMPORT.sub(keep, code)


def generated() -> dict[Path, str]:
    """Every output file and the text it should have now."""
    outputs: dict[Path, str] = {}
    for form in sorted(UI_DIR.glob("*.ui")):
        text = subprocess.run(
            [_tool("uic"), "--from-imports", str(form)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        outputs[OUT / f"ui_{form.stem}.py"] = prune_imports(text)
    outputs[OUT / "icons_rc.py"] = subprocess.run(
        [_tool("rcc"), "-g", "python", "--format-version", "1", str(QRC)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return outputs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only list out-of-date files")
    args = parser.parse_args(argv)
    stale = []
    for path, text in generated().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            path.write_text(text, encoding="utf-8")
    for path in stale:
        print(("stale: " if args.check else "wrote: ") + str(path.relative_to(ROOT)))
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
