"""Countries for the profile (A5) from pycountry: ISO 3166-1 alpha-2 codes and names.

pycountry reads its data files on first use, so ``load`` runs on a worker; the list is then
kept for the rest of the run.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_countries: list[tuple[str, str]] | None = None


def load() -> list[tuple[str, str]]:
    """(code, name) pairs sorted by name; call it on a worker the first time."""
    global _countries
    with _lock:
        if _countries is None:
            import pycountry

            pairs = [
                (str(c.alpha_2), str(getattr(c, "common_name", "") or c.name))
                for c in pycountry.countries
            ]
            _countries = sorted(pairs, key=lambda pair: pair[1].casefold())
        return _countries


def loaded() -> list[tuple[str, str]] | None:
    return _countries


def name_of(code: str) -> str:
    """``Germany (DE)`` once loaded; the bare code until then."""
    for alpha_2, name in _countries or ():
        if alpha_2 == code:
            return f"{name} ({code})"
    return code
