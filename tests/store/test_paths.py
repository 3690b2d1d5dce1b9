"""The app-data folder is where Qt would put it, and follows XDG_DATA_HOME."""

from pathlib import Path

import pytest

from acuguide.store import paths


def test_the_folder_follows_xdg_data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert paths.app_data_dir() == tmp_path / "acuguide"
    assert paths.user_routines_dir() == tmp_path / "acuguide" / "routines"
    assert paths.history_path() == tmp_path / "acuguide" / "history.sqlite3"


@pytest.mark.parametrize("value", ["", "relative/data"])
def test_an_empty_or_relative_xdg_data_home_means_the_default(value, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", value)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert paths.app_data_dir() == tmp_path / ".local" / "share" / "acuguide"


@pytest.mark.gui
@pytest.mark.parametrize("xdg", ["set", "unset"])
def test_the_same_folder_as_qstandardpaths(xdg, tmp_path, monkeypatch, qapp):
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setenv("HOME", str(tmp_path))
    if xdg == "set":
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    else:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    name = qapp.applicationName()
    qapp.setApplicationName("acuguide")
    try:
        qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    finally:
        qapp.setApplicationName(name)
    assert paths.app_data_dir() == Path(qt)


def test_sessions_wait_beside_the_history_else_in_the_state_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    history = tmp_path / "data" / "acuguide" / "history.sqlite3"
    assert paths.pending_history_paths(history) == (
        tmp_path / "data" / "acuguide" / "history.pending.jsonl",
        tmp_path / "state" / "acuguide" / "history.pending.jsonl")
    monkeypatch.setenv("XDG_STATE_HOME", "relative")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert paths.state_dir() == tmp_path / ".local" / "state" / "acuguide"
