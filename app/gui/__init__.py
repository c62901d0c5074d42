"""The desktop client's Qt side.

Importing PySide6 replaces ``__import__`` with shiboken's hook, which reads the whole source
of every module imported after it (``inspect.getsource``) to see whether it names PySide6:
only for PySide's opt-in ``from __feature__ import ...`` (snake_case, true_property), which
the client never uses. About 70 modules load on the way to the first window, so that cost
some 10 ms; here every module counts as a PySide user instead, which is what the hook decides
for the client's own modules anyway (a module importing ``__feature__`` still gets its
choice). ``tests/app/gui/test_foundation.py`` checks that nothing imports ``__feature__``.
"""

from __future__ import annotations

import sys

import PySide6  # noqa: F401 - installs the import hook, before anything else is imported

_feature = sys.modules.get("shibokensupport.feature")
if _feature is not None and callable(getattr(_feature, "_mod_uses_pyside", None)):
    setattr(_feature, "_mod_uses_pyside", lambda _module: True)  # noqa: B010 - private name
