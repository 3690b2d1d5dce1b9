"""Session history in SQLite (the app-data folder's history.sqlite3)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from acuguide.session.record import SessionRecord

if TYPE_CHECKING:
    import sqlite3

__all__ = ["History", "SessionRecord"]  # the record is made by the session, stored here

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY,
    routine_id TEXT NOT NULL,
    routine_title TEXT NOT NULL,
    started_at TEXT NOT NULL,          -- ISO 8601, UTC
    duration_seconds REAL NOT NULL,    -- time the session ran, pauses excluded
    steps_done INTEGER NOT NULL,
    steps_skipped INTEGER NOT NULL,
    completed INTEGER NOT NULL,        -- 1 finished, 0 stopped early
    rating_before INTEGER,             -- 0-10, optional
    rating_after INTEGER
);
"""


class History:
    """The history database; a corrupt file is moved aside, never deleted."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notice = ""  # set when the file had to be moved aside

    def _connect(self) -> sqlite3.Connection:
        import sqlite3  # only when the history is used: not on the window's start-up path

        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path)
        try:
            db.execute("PRAGMA quick_check").fetchall()
            db.executescript(SCHEMA)
            return db
        except sqlite3.DatabaseError:
            db.close()
            stamp = time.strftime("%Y%m%d-%H%M%S")
            moved = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
            self.path.rename(moved)
            self.notice = (f"The session history could not be read and was moved to {moved}; "
                           "a new history was started.")
            db = sqlite3.connect(self.path)
            db.executescript(SCHEMA)
            return db

    def add(self, record: SessionRecord) -> None:
        """Store one session, in one transaction."""
        db = self._connect()
        try:
            with db:
                db.execute(
                    "INSERT INTO sessions (routine_id, routine_title, started_at, "
                    "duration_seconds, steps_done, steps_skipped, completed, rating_before, "
                    "rating_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (record.routine_id, record.routine_title, record.started_at,
                     record.duration_seconds, record.steps_done, record.steps_skipped,
                     int(record.completed), record.rating_before, record.rating_after))
        finally:
            db.close()

    def all(self) -> list[SessionRecord]:
        """Every session, newest first."""
        db = self._connect()
        try:
            rows = db.execute(
                "SELECT routine_id, routine_title, started_at, duration_seconds, steps_done, "
                "steps_skipped, completed, rating_before, rating_after FROM sessions "
                "ORDER BY started_at DESC, id DESC").fetchall()
        finally:
            db.close()
        return [SessionRecord(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8])
                for r in rows]
