"""Work queued for after the commit (request mails) runs once, and never after a rollback."""

from __future__ import annotations

from pathlib import Path

from server.db.session import Database
from server.services.notifications import after_commit


def test_queued_work_runs_after_the_commit_only(tmp_path: Path) -> None:
    db = Database.connect(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    ran: list[str] = []
    try:
        with db.writer() as session:
            session.begin()
            after_commit(session, lambda: ran.append("rolled back"))
            session.rollback()
            session.begin()
            session.commit()  # the rolled-back transaction's work is gone with it
            assert ran == []
            session.begin()
            after_commit(session, lambda: ran.append("first"))
            after_commit(session, lambda: ran.append("second"))
            assert ran == []
            session.commit()
            assert ran == ["first", "second"]
            session.begin()
            session.commit()  # once only
            assert ran == ["first", "second"]
    finally:
        db.dispose()
