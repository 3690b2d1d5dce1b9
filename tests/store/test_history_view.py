"""A history that cannot be written or read never hangs a session or the History view."""

import json

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from acuguide.session.clock import FakeClock
from acuguide.session.inhibit import ScreenAwake
from acuguide.session.prefs import SessionPrefs
from acuguide.store.history import History
from acuguide.store.settings import Settings
from acuguide.ui.main_window import MainWindow
from acuguide.ui.session_dialogs import HistoryDialog
from acuguide.ui.session_launch import SessionLauncher

pytestmark = pytest.mark.gui


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def bad_history(tmp_path):
    """A history with a folder in its place; records wait beside it."""
    (tmp_path / "history.sqlite3").mkdir()
    return History(tmp_path / "history.sqlite3", pending=(tmp_path / "history.pending.jsonl",))


def finish(qtbot, content, history):
    clock = FakeClock()
    launcher = SessionLauncher(content.routines["leg-cramps"], content,
                               SessionPrefs(voice=False, muted=True), history, clock=clock,
                               screen_awake=ScreenAwake(), summary=False, speech_engine="mock")
    assert launcher.begin(ask=False)
    qtbot.addWidget(launcher.screen)
    with qtbot.waitSignal(launcher.done, timeout=2000) as ended:
        launcher.screen.stop()
    return launcher, ended.args[0]


def test_a_session_ends_and_closes_though_the_history_cannot_be_written(qtbot, content,
                                                                         bad_history, tmp_path,
                                                                         capsys):
    launcher, record = finish(qtbot, content, bad_history)
    assert not launcher.screen.isVisible()
    kept = tmp_path / "history.pending.jsonl"
    assert json.loads(kept.read_text())["started_at"] == record.started_at
    # no main window to show it (``acuguide run``): the terminal is told, once
    assert capsys.readouterr().err.count(f"this session was kept in {kept}") == 1


def test_the_history_view_explains_an_unreadable_history(qtbot, content, settings, bad_history,
                                                         monkeypatch):
    finish(qtbot, content, bad_history)
    bad_history.notice = ""
    warned, shown = [], []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text: warned.append(text)))
    monkeypatch.setattr(HistoryDialog, "exec", lambda dialog: shown.append(
        dialog.table.rowCount()))
    window = MainWindow(content, settings, bad_history)
    qtbot.addWidget(window)
    window.show_history()  # does not raise
    (sentence,) = warned
    assert sentence.startswith(f"The session history {bad_history.path} cannot be read "
                               "(a folder is in its place)")
    assert shown == [1]  # the session waiting beside it is listed
