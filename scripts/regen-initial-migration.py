"""Until the first release, the schema is one migration regenerated from the models.

Run after changing a model: ``.venv/bin/python scripts/regen-initial-migration.py``.
After the first release, add new revisions with ``alembic revision --autogenerate`` instead.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command

from server.db.migrate import MIGRATIONS, alembic_config

versions = MIGRATIONS / "versions"
for old in versions.glob("0001_*.py"):
    old.unlink()
with tempfile.TemporaryDirectory() as tmp:
    url = f"sqlite:///{Path(tmp) / 'empty.sqlite3'}"
    command.revision(
        alembic_config(url), message="initial schema", autogenerate=True, rev_id="0001"
    )
print(*sorted(p.name for p in versions.glob("0001_*.py")))
