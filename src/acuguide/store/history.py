"""Session history in SQLite (the app-data folder's history.sqlite3), and records waiting for it.

A session is never lost to a history that cannot be written (a folder in its place, a file where
its folder should be, a read-only database, a table of another shape): its record is appended as
one JSON line to a pending file beside the history (or in the state folder if that folder cannot
be written either), the user is told once where it is, and the next time the history can be
written the waiting records are added to it, in the same transaction as the new one, and the
pending file is removed only after that transaction is committed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import stat
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from acuguide.model.problems import ContentError
from acuguide.model.safe_read import read_limited
from acuguide.session.record import SessionRecord
from acuguide.store.paths import pending_history_paths

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
    rating_after INTEGER,
    speed REAL NOT NULL DEFAULT 1.0,   -- above 1: a trial at a raised speed
    stopped_at INTEGER                 -- a stopped session: the plan's step it ended in
);
CREATE TABLE IF NOT EXISTS merged_pending (
    pending_id TEXT PRIMARY KEY        -- a record that waited in a pending file, once stored
);
"""
COLUMNS = ("routine_id, routine_title, started_at, duration_seconds, steps_done, steps_skipped, "
           "completed, rating_before, rating_after, speed, stopped_at")
INSERT = f"INSERT INTO sessions ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
# Columns added since the first history, with how an older database gets them (its sessions
# then read as run at speed 1, stopping step unknown).
ADDED_COLUMNS = {"speed": "speed REAL NOT NULL DEFAULT 1.0", "stopped_at": "stopped_at INTEGER"}
# A waiting record may already be stored (the app stopped between commit and removal): each
# carries an id of its own, noted in merged_pending in the same transaction as its row.
MARK_MERGED = "INSERT OR IGNORE INTO merged_pending (pending_id) VALUES (?)"
LOCK_WAIT_SECONDS = 2.0  # another acuguide writing: wait this long, then keep the record aside
PENDING_MAX_BYTES = 16 * 1024 * 1024  # some 50,000 sessions; a larger pending file is not ours
_APPEND = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0)


def _row(record: SessionRecord) -> tuple[Any, ...]:
    return (record.routine_id, record.routine_title, record.started_at, record.duration_seconds,
            record.steps_done, record.steps_skipped, int(record.completed), record.rating_before,
            record.rating_after, record.speed, record.stopped_at)


Waiting = list[tuple[str, SessionRecord]]  # (pending id, record)


def _why(err: Exception, path: Path) -> str:
    """Why the history cannot be used, in one short phrase."""
    if path.is_dir():
        return "a folder is in its place"
    if path.parent.exists() and not path.parent.is_dir():
        return f"{path.parent} is a file, not a folder"
    if isinstance(err, OSError):
        return err.strerror or str(err)
    return str(err)


def _corrupt(err: Exception) -> bool:
    import sqlite3

    return getattr(err, "sqlite_errorcode", None) in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT)


def _read_pending(file: Path) -> Waiting:
    """The records in one pending file; a line cut short by a crash is left out."""
    names = {f.name for f in dataclasses.fields(SessionRecord)}
    try:  # never blocks, never reads a runaway file whole
        lines = read_limited(file, PENDING_MAX_BYTES, "history files").decode("utf-8").splitlines()
    except (ContentError, UnicodeDecodeError):
        return []
    records: Waiting = []
    for line in lines:
        try:
            data = json.loads(line)
            records.append((str(data.get("pending_id", line)),
                            SessionRecord(**{k: v for k, v in data.items() if k in names})))
        except (ValueError, TypeError, AttributeError):
            continue
    return records


class History:
    """The history database; a corrupt file is moved aside, never deleted.

    ``pending`` are the files a record that cannot be stored is appended to, the first that can
    be written (by default one beside the history, then one in the state folder). ``notice`` is
    set to one sentence for the user when something had to be done about the history.
    """

    def __init__(self, path: Path, pending: Sequence[Path] | None = None) -> None:
        self.path = path
        self.pending = tuple(pending) if pending is not None else pending_history_paths(path)
        self.notice = ""
        self.kept_aside: Path | None = None  # where the last record added went, if not stored
        self._told: set[Path] = set()

    def _connect(self) -> sqlite3.Connection:
        import sqlite3  # only when the history is used: not on the window's start-up path

        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=LOCK_WAIT_SECONDS)
        try:
            db.execute("PRAGMA quick_check").fetchall()
            with contextlib.suppress(sqlite3.OperationalError):  # read-only: it can still be read
                db.executescript(SCHEMA)
                _migrate(db)
            return db
        except sqlite3.DatabaseError as err:
            db.close()
            if not _corrupt(err):
                raise  # cannot open or write (a folder, locked, read-only): never moved aside
            stamp = time.strftime("%Y%m%d-%H%M%S")
            moved = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
            self.path.rename(moved)
            self.notice = (f"The session history could not be read and was moved to {moved}; "
                           "a new history was started.")
            db = sqlite3.connect(self.path, timeout=LOCK_WAIT_SECONDS)
            db.executescript(SCHEMA)
            return db

    def _pending_files(self) -> list[Path]:
        """The pending files there are, including ones claimed by a merge that did not finish."""
        found: list[Path] = []
        for target in self.pending:
            try:
                found += sorted(p for p in target.parent.glob(f"{target.stem}*{target.suffix}")
                                if p.is_file() and p not in found)
            except OSError:
                continue
        return found

    def _claim(self) -> list[tuple[Path, Waiting]]:
        """Rename each pending file to a name of this merge's own, so no append is lost."""
        claimed = []
        for file in self._pending_files():
            if file in self.pending:
                mine = file.with_name(f"{file.stem}.{os.getpid()}-{time.time_ns()}{file.suffix}")
                try:
                    file.rename(mine)
                except OSError:
                    continue
                file = mine
            claimed.append((file, _read_pending(file)))
        return claimed

    def _unclaim(self, claimed: list[tuple[Path, Waiting]]) -> None:
        """The merge failed: give the files back their name, so the user finds them where told."""
        for file, _records in claimed:
            for target in self.pending:
                if file.parent == target.parent and file.name.startswith(f"{target.stem}."):
                    if not target.exists():
                        with contextlib.suppress(OSError):
                            file.rename(target)
                    break

    @staticmethod
    def _release(claimed: list[tuple[Path, Waiting]]) -> None:
        """After the commit: remove each merged file, unless a late append made it longer."""
        for file, records in claimed:
            if len(_read_pending(file)) <= len(records):
                file.unlink(missing_ok=True)

    def add(self, record: SessionRecord) -> None:
        """Store one session (and any waiting ones) in one transaction; never raises.

        If the history cannot be written, the record is kept in a pending file and ``notice``
        says where (once per file).
        """
        import sqlite3

        claimed: list[tuple[Path, Waiting]] = []
        try:
            db = self._connect()
            try:
                claimed = self._claim()
                with db:
                    _store_waiting(db, claimed)
                    db.execute(INSERT, _row(record))
            finally:
                db.close()
        except (sqlite3.Error, OSError) as err:
            self._unclaim(claimed)
            self._keep(record, _why(err, self.path))
            return
        self.kept_aside = None
        self._release(claimed)

    def _keep(self, record: SessionRecord, why: str) -> None:
        line = json.dumps({**dataclasses.asdict(record), "pending_id": uuid.uuid4().hex},
                          ensure_ascii=False) + "\n"
        for target in self.pending:
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(target, _APPEND, 0o600)
                try:
                    if not stat.S_ISREG(os.fstat(fd).st_mode):
                        continue
                    os.write(fd, line.encode("utf-8"))
                    os.fsync(fd)
                finally:
                    os.close(fd)
            except OSError:
                continue
            self.kept_aside = target
            if target not in self._told:
                self._told.add(target)
                self.notice = (f"The session history {self.path} cannot be written ({why}); "
                               f"this session was kept in {target} and will be added to the "
                               "history when it can be written again.")
            return
        self.kept_aside = None
        self.notice = (f"The session history {self.path} cannot be written ({why}), nor can "
                       f"{', '.join(str(p) for p in self.pending)}; this session was not saved: "
                       f"{line.strip()}")

    def merge_waiting(self) -> int:
        """At start: add the sessions kept aside to a history that can be written again.

        Costs a directory listing when nothing waits; never raises. Returns how many were
        added (0 when the history still cannot be written: they keep waiting).
        """
        import sqlite3

        if not self._pending_files():
            return 0
        try:
            db = self._connect()
            try:
                return self._merge(db)
            finally:
                db.close()
        except (sqlite3.Error, OSError):
            return 0

    def all(self) -> list[SessionRecord]:
        """Every session, newest first, waiting ones included; never raises.

        An unreadable history gives the waiting sessions only, and ``notice`` says why.
        """
        import sqlite3

        stored: list[SessionRecord] = []
        merged: set[str] = set()
        try:
            db = self._connect()
            try:
                self._merge(db)
                rows = db.execute(f"SELECT {_readable_columns(db)} FROM sessions "
                                  "ORDER BY started_at DESC, id DESC").fetchall()
                with contextlib.suppress(sqlite3.Error):  # a history older than merging
                    merged = {r[0] for r in db.execute("SELECT pending_id FROM merged_pending")}
            finally:
                db.close()
            stored = [SessionRecord(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8],
                                    float(r[9]), r[10]) for r in rows]
        except (sqlite3.Error, OSError) as err:
            self.notice = (f"The session history {self.path} cannot be read "
                           f"({_why(err, self.path)}); nothing in it was changed, and only "
                           "sessions waiting to be added to it are shown.")
        waiting = {pid: r for f in self._pending_files() for pid, r in _read_pending(f)
                   if pid not in merged}
        if not waiting:
            return stored
        return sorted(stored + list(waiting.values()), key=lambda r: r.started_at, reverse=True)

    def _merge(self, db: sqlite3.Connection) -> int:
        """Add the waiting records to a history that can be written; leave them if it cannot.

        Returns how many were added.
        """
        import sqlite3

        claimed = self._claim()
        if not claimed:
            return 0
        try:
            with db:
                added = _store_waiting(db, claimed)
        except sqlite3.Error:
            self._unclaim(claimed)
            return 0
        self._release(claimed)
        return added


def _store_waiting(db: sqlite3.Connection, claimed: list[tuple[Path, Waiting]]) -> int:
    """Insert each waiting record not stored yet, noting its id; inside the caller's transaction.

    Returns how many were inserted.
    """
    added = 0
    for _file, waiting in claimed:
        for pending_id, record in waiting:
            if db.execute(MARK_MERGED, (pending_id,)).rowcount == 1:
                db.execute(INSERT, _row(record))
                added += 1
    return added


def _existing_columns(db: sqlite3.Connection) -> set[str]:
    return {row[1] for row in db.execute("PRAGMA table_info(sessions)")}


def _migrate(db: sqlite3.Connection) -> None:
    """Give a history of an older shape the columns added since; its rows keep their values."""
    have = _existing_columns(db)
    if "routine_id" not in have:
        return  # a table of another shape is not ours to change: it is reported on use
    with db:
        for name, definition in ADDED_COLUMNS.items():
            if name not in have:
                db.execute(f"ALTER TABLE sessions ADD COLUMN {definition}")


def _readable_columns(db: sqlite3.Connection) -> str:
    """The SELECT list: an older history that could not be migrated (read-only) reads defaults."""
    have = _existing_columns(db)
    defaults = {"speed": "1.0", "stopped_at": "NULL"}
    return ", ".join(c if c in have or c not in defaults else f"{defaults[c]} AS {c}"
                     for c in COLUMNS.split(", "))
