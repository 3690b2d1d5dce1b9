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
