"""A history that cannot be written or read never hangs a session or the History view."""

import json

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox

from acuguide.session.clock import FakeClock
from acuguide.session.inhibit import ScreenAwake
from acuguide.session.prefs import SessionPrefs
from acuguide.session.safety import SafetyChoice
from acuguide.store.history import History
from acuguide.store.settings import Settings
from acuguide.ui.main_window import MainWindow
from acuguide.ui.session_dialogs import HistoryDialog, SafetyCheck, SessionSummary
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
    shown = []

    def look(dialog):
        notice = dialog.findChild(QLabel, "history_notice")
        shown.append((notice.text() if notice else None, dialog.table.rowCount()))

    monkeypatch.setattr(HistoryDialog, "exec", look)
    window = MainWindow(content, settings, bad_history)
    qtbot.addWidget(window)
    window.show_history()  # does not raise
    ((sentence, rows),) = shown
    assert sentence.startswith(f"The session history {bad_history.path} cannot be read "
                               "(a folder is in its place)")
    assert sentence.count(". ") == 0 and sentence.endswith(".")
    assert rows == 1  # the session waiting beside it is listed
    window.show_history()
    assert shown[1][0].startswith("The session history")  # said each time it is opened


def test_after_a_session_kept_aside_the_window_says_so_once(qtbot, content, settings,
                                                            bad_history, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text: warned.append(text)))
    monkeypatch.setattr(SafetyCheck, "ask", classmethod(
        lambda cls, routine, atlas, parent=None: SafetyChoice()))
    monkeypatch.setattr(SessionSummary, "ask", classmethod(
        lambda cls, record, total, parent=None, on_print=None, stopped_at=None: None))
    window = MainWindow(content, settings, bad_history, clock=FakeClock(),
                        screen_awake=ScreenAwake())
    qtbot.addWidget(window)
    messages = []
    for _ in range(2):
        window.start_routine("leg-cramps")
        screen = window.session.screen
        qtbot.addWidget(screen)
        screen.stop()
        assert not screen.isVisible()
        messages.append(window.statusBar().currentMessage())
    assert len(warned) == 1 and "this session was kept in" in warned[0]
    kept = bad_history.path.with_name("history.pending.jsonl")
    assert messages == [f"Session kept in {kept} until the history can be written."] * 2
    bad_history.path.rmdir()  # repaired: the next session is saved, with the waiting ones
    window.start_routine("leg-cramps")
    qtbot.addWidget(window.session.screen)
    window.session.screen.stop()
    assert window.statusBar().currentMessage() == "Session saved in your history."
    assert len(bad_history.all()) == 3 and not kept.exists()


def test_the_app_adds_sessions_kept_aside_when_it_starts(qtbot, tmp_path, monkeypatch):
    from acuguide import app
    from acuguide.store.paths import history_path
    from tests.store.test_history import RECORD

    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    # Not the default QSettings: Qt fixes its folder at first use, for the whole process.
    ini = str(tmp_path / "settings.ini")
    monkeypatch.setattr("acuguide.store.settings.Settings",
                        lambda: Settings(QSettings(ini, QSettings.Format.IniFormat)))
    path = history_path()
    path.mkdir(parents=True)  # the history cannot be written: the session waits beside it
    history = History(path)
    history.add(RECORD)
    kept = history.kept_aside
    assert kept is not None and kept.exists()
    path.rmdir()  # repaired
    window = app.main_window()
    qtbot.addWidget(window)
    assert not kept.exists()
    assert History(path).all() == [RECORD]
    window.close()  # still "Loading the diagrams…": closes without an error
    assert not window.isVisible()
