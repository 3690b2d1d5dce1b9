import json
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from acuguide.store.history import History, SessionRecord

RECORD = SessionRecord("leg-cramps", "Leg cramps", "2026-11-21T21:00:00+00:00", 675.0, 5, 0,
                       True, 6, 3)


def test_sessions_are_kept_newest_first(tmp_path):
    history = History(tmp_path / "app" / "history.sqlite3")
    history.add(RECORD)
    later = SessionRecord(**{**RECORD.__dict__, "started_at": "2026-11-22T21:00:00+00:00",
                             "completed": False, "rating_after": None})
    history.add(later)
    assert History(tmp_path / "app" / "history.sqlite3").all() == [later, RECORD]


def test_a_corrupt_database_is_moved_aside_never_deleted(tmp_path):
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    history = History(path)
    assert history.all() == []
    moved = list(tmp_path.glob("history.sqlite3.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_bytes().startswith(b"this is not")
    assert "moved to" in history.notice
    history.add(RECORD)
    assert history.all() == [RECORD]


def other(n: int) -> SessionRecord:
    return SessionRecord(**{**RECORD.__dict__, "started_at": f"2026-11-{n:02d}T21:00:00+00:00"})


def bad_history(kind: str, tmp_path: Path) -> Path:
    """A history that cannot be written, made the way a user's disk might have it."""
    path = tmp_path / "app" / "history.sqlite3"
    if kind == "a folder in its place":
        path.mkdir(parents=True)
    elif kind == "a file where its folder is":
        path.parent.parent.mkdir(parents=True, exist_ok=True)
        path.parent.write_text("not a folder")
    elif kind == "a table of another shape":
        path.parent.mkdir(parents=True)
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, what TEXT)")
        db.commit()
        db.close()
    elif kind == "a read-only database":
        History(path).add(other(1))
        with open(path, "r+b") as db_file:  # the header's write version 3: SQLite will only read
            db_file.seek(18)
            db_file.write(bytes([3, 1]))
    return path


KINDS = ["a folder in its place", "a file where its folder is", "a table of another shape",
         "a read-only database"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_session_the_history_cannot_take_is_kept_and_the_user_told_once(kind, tmp_path):
    path = bad_history(kind, tmp_path)
    beside, spare = path.with_name("history.pending.jsonl"), tmp_path / "state" / "pending.jsonl"
    history = History(path, pending=(beside, spare))
    history.add(RECORD)  # does not raise
    kept = spare if kind == "a file where its folder is" else beside
    assert f"this session was kept in {kept}" in history.notice
    assert json.loads(kept.read_text())["routine_id"] == "leg-cramps"
    history.notice = ""
    history.add(other(2))
    assert history.notice == ""  # told once
    assert len(kept.read_text().splitlines()) == 2
    assert RECORD in history.all() and other(2) in history.all()


@pytest.mark.parametrize("kind", KINDS)
def test_the_next_start_merges_the_waiting_sessions_once_the_history_can_be_written(kind,
                                                                                    tmp_path):
    path = bad_history(kind, tmp_path)
    beside, spare = path.with_name("history.pending.jsonl"), tmp_path / "state" / "pending.jsonl"
    History(path, pending=(beside, spare)).add(RECORD)
    # the user repairs the folder: the history can be written again
    if path.is_dir():
        path.rmdir()
    elif path.parent.is_file():
        path.parent.unlink()
    else:
        path.unlink()
    restarted = History(path, pending=(beside, spare))
    restarted.add(other(3))
    assert not beside.exists() and not spare.exists()
    assert History(path, pending=(beside, spare)).all() == [RECORD, other(3)]


def test_the_start_merges_what_waits_without_a_session_and_leaves_it_if_still_broken(
        tmp_path):
    path = bad_history("a folder in its place", tmp_path)
    beside = path.with_name("history.pending.jsonl")
    History(path, pending=(beside,)).add(RECORD)
    assert History(path, pending=(beside,)).merge_waiting() == 0  # still a folder: kept
    assert beside.exists()
    path.rmdir()
    assert History(path, pending=(beside,)).merge_waiting() == 1
    assert not beside.exists()
    assert History(path, pending=(beside,)).all() == [RECORD]
    assert History(path, pending=(beside,)).merge_waiting() == 0  # nothing waits now


def test_a_waiting_record_already_in_the_history_is_not_added_twice(tmp_path):
    path = tmp_path / "history.sqlite3"
    beside = tmp_path / "history.pending.jsonl"
    path.mkdir()
    History(path, pending=(beside,)).add(RECORD)
    History(path, pending=(beside,)).add(RECORD)  # the same session twice: both are kept
    waiting = beside.read_text()
    path.rmdir()
    assert History(path, pending=(beside,)).all() == [RECORD, RECORD]  # merged
    # the app died after the commit, before the file was removed; and a crash cut a line short
    beside.write_text(waiting + '{"routine_id": "cut sh')
    history = History(path, pending=(beside,))
    assert history.all() == [RECORD, RECORD]
    assert not beside.exists()


def test_an_unreadable_history_is_explained_in_one_sentence(tmp_path):
    path = tmp_path / "history.sqlite3"
    History(path, pending=(tmp_path / "p.jsonl",)).add(RECORD)
    (tmp_path / "history.sqlite3-journal").mkdir()  # SQLite can neither read nor write now
    history = History(path, pending=(tmp_path / "history.pending.jsonl",))
    assert history.all() == []
    assert history.notice.startswith(f"The session history {path} cannot be read (")
    assert history.notice.count(". ") == 0 and history.notice.endswith(".")
    assert path.exists()  # never moved aside: it is not corrupt


def test_nothing_is_saved_anywhere_still_shows_the_record(tmp_path):
    (tmp_path / "file").write_text("x")
    blocked = tmp_path / "file" / "history.pending.jsonl"
    history = History(tmp_path / "file" / "history.sqlite3", pending=(blocked,))
    history.add(RECORD)
    assert "this session was not saved" in history.notice and '"leg-cramps"' in history.notice


@pytest.mark.slow
def test_kill_9_during_writes_loses_no_committed_record(tmp_path):
    path = tmp_path / "history.sqlite3"
    writer = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from acuguide.store.history import History, SessionRecord
        history = History(Path({str(path)!r}), pending=(Path({str(tmp_path / "p.jsonl")!r}),))
        n = 0
        while True:
            history.add(SessionRecord("r", "R", f"2026-01-01T00:00:{{n:08d}}", 1.0, 1, 0, True))
            print(n, flush=True)
            n += 1
    """)
    proc = subprocess.Popen([sys.executable, "-c", writer], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    with proc.stdout:
        acknowledged = [proc.stdout.readline() for _ in range(40)]
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        acknowledged += proc.stdout.readlines()
    done = len([line for line in acknowledged if line.strip()])
    stored = History(path, pending=(tmp_path / "p.jsonl",)).all()
    assert len(stored) >= done >= 40
    assert {r.started_at for r in stored} >= {f"2026-01-01T00:00:{n:08d}" for n in range(done)}


@pytest.mark.slow
def test_a_history_locked_by_another_writer_is_waited_for_briefly_then_kept_aside(tmp_path):
    path = tmp_path / "history.sqlite3"
    beside = tmp_path / "history.pending.jsonl"
    History(path, pending=(beside,)).add(other(1))
    other_writer = sqlite3.connect(path)
    other_writer.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        history = History(path, pending=(beside,))
        history.add(RECORD)
        waited = time.monotonic() - started
    finally:
        other_writer.rollback()
        other_writer.close()
    assert 1.5 < waited < 5
    assert "database is locked" in history.notice and beside.exists()
    assert History(path, pending=(beside,)).all() == [RECORD, other(1)]
    assert not beside.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_or_a_huge_file_as_the_pending_file_blocks_nothing(tmp_path):
    import os

    (tmp_path / "history.sqlite3").mkdir()
    fifo, spare = tmp_path / "history.pending.jsonl", tmp_path / "state" / "pending.jsonl"
    os.mkfifo(fifo)
    history = History(tmp_path / "history.sqlite3", pending=(fifo, spare))
    history.add(RECORD)  # a FIFO with no reader: the record goes to the next place
    assert f"kept in {spare}" in history.notice
    huge = tmp_path / "state" / "pending.9-9.jsonl"
    huge.touch()
    os.truncate(huge, 600 * 1024 * 1024)
    started = time.monotonic()
    assert history.all() == [RECORD]
    assert time.monotonic() - started < 1


OLD_SCHEMA = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY, routine_id TEXT NOT NULL, routine_title TEXT NOT NULL,
    started_at TEXT NOT NULL, duration_seconds REAL NOT NULL, steps_done INTEGER NOT NULL,
    steps_skipped INTEGER NOT NULL, completed INTEGER NOT NULL, rating_before INTEGER,
    rating_after INTEGER);
INSERT INTO sessions (routine_id, routine_title, started_at, duration_seconds, steps_done,
    steps_skipped, completed, rating_before, rating_after)
    VALUES ('leg-cramps', 'Leg cramps', '2026-01-01T21:00:00+00:00', 60.0, 2, 0, 0, NULL, NULL);
"""


def test_a_history_of_the_first_shape_keeps_its_sessions_and_takes_new_ones(tmp_path):
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(OLD_SCHEMA)
    db.close()
    history = History(path)
    trial = SessionRecord(**{**RECORD.__dict__, "completed": False, "speed": 4.0,
                             "stopped_at": 3})
    history.add(trial)
    old = SessionRecord("leg-cramps", "Leg cramps", "2026-01-01T21:00:00+00:00", 60.0, 2, 0,
                        False)
    assert History(path).all() == [trial, old]
    assert (old.speed, old.stopped_at) == (1.0, None)
    assert history.notice == ""


def test_a_read_only_history_of_the_first_shape_can_still_be_read(tmp_path):
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(OLD_SCHEMA)
    db.close()
    with open(path, "r+b") as db_file:  # the header's write version 3: SQLite will only read
        db_file.seek(18)
        db_file.write(bytes([3, 1]))
    history = History(path)
    assert [r.steps_done for r in history.all()] == [2]
    assert history.all()[0].speed == 1.0
