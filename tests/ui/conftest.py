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
def new_window(qtbot, content, settings, history):
    """Make a main window on the test's stores (as a restart would), sized and shown."""
    def make(width=1200, height=800):
        win = MainWindow(content, settings, history)
        qtbot.addWidget(win)
        win.resize(width, height)
        win.show()
        qtbot.waitExposed(win)
        return win

    return make


@pytest.fixture
def window(new_window):
    return new_window()
