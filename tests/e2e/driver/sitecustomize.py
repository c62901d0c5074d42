"""Loaded by every Python started with this folder on PYTHONPATH (``site`` imports it):
when ``PC_E2E_SCRIPT`` names a script, the real ``python -m app`` is driven by it."""

import os

if os.environ.get("PC_E2E_SCRIPT"):
    from tests.e2e import script

    script.install(os.environ["PC_E2E_SCRIPT"])
