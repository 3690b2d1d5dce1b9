import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from acuguide.model.credits import credits
from acuguide.session.clock import FakeClock
from acuguide.session.prefs import SessionPrefs
from acuguide.store.history import History, SessionRecord
from acuguide.ui import app_icon
from acuguide.ui.about_dialog import AboutDialog
from acuguide.ui.session_dialogs import HistoryDialog, SafetyCheck, SessionSummary
from acuguide.ui.session_launch import SessionLauncher
from acuguide.ui.settings_dialog import SettingsDialog
from acuguide.ui.shortcuts_dialog import ShortcutsDialog

pytestmark = pytest.mark.gui


def picture(icon, size=32):
    return icon.pixmap(size, size).toImage()


def test_the_icon_is_drawn_from_the_packaged_svg_at_the_usual_sizes(qapp):
    icon = app_icon.icon()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 32, 48, 64, 128, 256} <= sizes
    image = picture(icon, 64)
    centre = image.pixelColor(32, 32)
    assert centre.alpha() == 255  # drawn, not a blank square
    assert image.pixelColor(0, 0).alpha() < 255  # the tile's rounded corner is transparent


def test_the_application_names_its_desktop_file_and_icon():
    # In a child process: _application() also installs the message filter and the style.
    code = ("from acuguide.app import _application\napp = _application()\n"
            "print(app.desktopFileName(), app.windowIcon().isNull())\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env, timeout=60)
    assert out.stdout.split() == ["io.github.acuguide.acuguide", "False"]


def test_every_window_and_dialog_carries_the_icon(qapp, qtbot, window, content, tmp_path,
                                                  monkeypatch):
    app_icon.install(qapp)
    expected = picture(app_icon.icon())
    session = SessionLauncher(content.routines["leg-cramps"], content,
                              SessionPrefs(voice=False, muted=True),
                              History(tmp_path / "h.sqlite3"),
                              clock=FakeClock(), summary=False, speech_engine="mock")
    assert session.begin(ask=False)
    qtbot.addWidget(session.screen)
    record = SessionRecord("leg-cramps", "Leg cramps", "2024-01-01T20:00:00", 60.0, 3, 0, True)
    windows = [window, session.screen,
               SafetyCheck(content.routines["rls-evening"], content.atlas, window),
               SessionSummary(record, 5, session.screen), HistoryDialog([record], window),
               SettingsDialog(SessionPrefs(), "system", window),
               AboutDialog(credits(content.atlas, content.routines.values()), window),
               ShortcutsDialog(window.shortcut_sections(), window)]
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    window.open_routines_folder()
    windows.append(window.findChild(QMessageBox, "routines-folder-message"))
    try:
        for widget in windows:
            assert widget.isWindow(), widget
            assert picture(widget.windowIcon()) == expected, widget.objectName()
        logo = windows[6].findChild(QLabel, "about-icon")
        assert logo.pixmap().toImage() == picture(app_icon.icon(), 64)
    finally:
        session.screen.stop()
        session.screen.close()
        for widget in windows[2:]:
            widget.close()
    assert QApplication.windowIcon().cacheKey() == app_icon.icon().cacheKey()
