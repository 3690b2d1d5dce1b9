import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from acuguide.session import sounds
from acuguide.session.prefs import SessionPrefs
from acuguide.session.prefs_table import SETTINGS
from acuguide.store.settings import Settings
from acuguide.ui.main_window import MainWindow
from acuguide.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


def test_the_dialog_edits_every_setting(qtbot):
    dialog = SettingsDialog(SessionPrefs(), "system")
    qtbot.addWidget(dialog)
    dialog.volume.setValue(40)
    dialog.kinds["halfway"].setChecked(True)
    dialog.kinds["breathe-in"].setChecked(False)
    dialog.voice.setChecked(False)
    dialog.rate.setValue(-5)
    dialog.prepare.setValue(15)
    dialog.bilateral.setCurrentIndex(1)
    dialog.reduced_motion.setChecked(True)
    prefs = dialog.prefs()
    assert prefs.volume == 0.4 and "halfway" in prefs.kinds and "breathe-in" not in prefs.kinds
    assert not prefs.voice and prefs.rate == -0.5 and prefs.prepare == 15
    assert prefs.bilateral == "both-at-once" and prefs.reduced_motion


class FakeChimes:
    """Stands in for ChimePlayer: this tests the dialog; tests/session test the player."""

    def __init__(self, volume, parent=None, *, heard=True):
        self.volume, self.heard, self.plays = volume, heard, []

    def set_volume(self, volume):
        self.volume = volume

    def play(self, kind):
        self.plays.append(kind)
        return self.heard


@pytest.mark.parametrize("heard", [True, False])
def test_test_sound_plays_each_enabled_kind_in_turn(qtbot, monkeypatch, heard):
    players = []

    def make(volume, parent=None):
        players.append(FakeChimes(volume, parent, heard=heard))
        return players[-1]

    monkeypatch.setattr(sounds, "ChimePlayer", make)
    monkeypatch.setattr(sounds, "multimedia_problem", lambda: "")
    monkeypatch.setattr(sounds, "duration_ms", lambda kind: 1)
    dialog = SettingsDialog(SessionPrefs(), "light")
    qtbot.addWidget(dialog)
    dialog.volume.setValue(30)
    enabled = [k for k, box in dialog.kinds.items() if box.isChecked()]
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.played == enabled, timeout=5000)
    assert len(players) == 1 and players[0].plays == enabled and players[0].volume == 0.3
    label = "Test sound" if heard else "Test sound (no sound output)"
    assert dialog.test_button.text() == label
    dialog.reject()


def test_settings_survive_a_restart(tmp_path):
    path = str(tmp_path / "s.ini")
    prefs = SessionPrefs(volume=0.3, kinds=frozenset({"start", "end"}), voice=False, rate=0.4,
                         prepare=20.0, bilateral="both-at-once", reduced_motion=True)
    first = Settings(QSettings(path, QSettings.Format.IniFormat))
    first.session = prefs
    first.sync()
    assert Settings(QSettings(path, QSettings.Format.IniFormat)).session == prefs
    assert Settings(QSettings(str(tmp_path / "new.ini"),
                              QSettings.Format.IniFormat)).session == SessionPrefs()


def test_the_dialog_shows_the_tables_ranges_labels_and_defaults(qtbot):
    dialog = SettingsDialog(SessionPrefs(), "dark")
    qtbot.addWidget(dialog)
    volume, rate, prepare = SETTINGS["volume"], SETTINGS["rate"], SETTINGS["prepare"]
    assert (dialog.volume.minimum(), dialog.volume.maximum()) == \
        (volume.low * volume.scale, volume.high * volume.scale)
    assert (dialog.rate.minimum(), dialog.rate.maximum()) == \
        (rate.low * rate.scale, rate.high * rate.scale)
    assert dialog.prepare.maximum() == prepare.high
    assert dialog.prepare.text() == prepare.none_text  # the default: the routine's own time
    assert dialog.volume.value() == round(volume.default * volume.scale)
    assert [dialog.bilateral.itemText(i) for i in range(dialog.bilateral.count())] == \
        [label for _key, label in SETTINGS["bilateral"].choices]
    assert dialog.theme.currentData() == "dark"
    assert [box.text() for box in dialog.kinds.values()] == \
        [label for _key, label in SETTINGS["kinds"].choices]
    rows = dialog.layout()
    labels = {rows.labelForField(w).text() for w in (dialog.volume, dialog.rate, dialog.prepare,
                                                      dialog.bilateral, dialog.theme)}
    assert labels == {SETTINGS[n].label for n in ("volume", "rate", "prepare", "bilateral",
                                                  "theme")}
    assert dialog.prefs() == SessionPrefs()  # unchanged: the defaults come back


def test_the_dialog_keeps_what_it_does_not_show(qtbot):
    dialog = SettingsDialog(SessionPrefs(muted=True, prepare=60.0), "system")
    qtbot.addWidget(dialog)
    assert dialog.prefs() == SessionPrefs(muted=True, prepare=60.0)


def test_the_window_tells_once_about_a_damaged_settings_file(qtbot, content, history,
                                                             tmp_path):
    path = tmp_path / "damaged.ini"
    path.write_text("[session]\nvolume=1e400\nprepare=99999\n[ui]\ntheme=neon\n")
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    window = MainWindow(content, settings, history)
    qtbot.addWidget(window)
    boxes = window.findChildren(QMessageBox, "settings-notice")
    assert len(boxes) == 1
    text = boxes[0].text()
    assert "Cue volume (session/volume)" in text and "Get-ready time (session/prepare)" in text
    assert "Theme (ui/theme)" in text and len(text.splitlines()) == 4
    boxes[0].accept()
    window.close()
    again = MainWindow(content, Settings(QSettings(str(path), QSettings.Format.IniFormat)),
                       history)
    qtbot.addWidget(again)
    assert again.findChildren(QMessageBox, "settings-notice") == []  # repaired on close


def test_the_view_menus_themes_are_the_tables():
    from acuguide.ui import theme

    assert dict(SETTINGS["theme"].choices) == theme.CHOICES
