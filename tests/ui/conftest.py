import pytest
from PySide6.QtCore import QSettings

from acuguide.store.history import History
from acuguide.store.settings import Settings
from acuguide.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def history(tmp_path):
    return History(tmp_path / "history.sqlite3")


@pytest.fixture
def window(qtbot, content, settings, history):
    win = MainWindow(content, settings, history)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win
