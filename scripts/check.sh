#!/usr/bin/env bash
# Lint, type-check and test; expects the project installed in .venv (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
echo "== ruff"; "$PY" -m ruff check . && "$PY" -m ruff format --check .
echo "== mypy"; "$PY" -m mypy
echo "== import-linter"; .venv/bin/lint-imports --no-logo
echo "== service catalogs"; "$PY" scripts/server_messages.py check
echo "== client translations"; "$PY" scripts/translations.py check
# One worker per core (at most 4): most tests wait on a live service or on Qt, and each
# worker has its own services, mailbox, profile folders and databases.
echo "== pytest"; QT_QPA_PLATFORM=offscreen "$PY" -m pytest -n auto --maxprocesses 4 "$@"
