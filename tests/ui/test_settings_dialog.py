import pytest
from PySide6.QtCore import QSettings

from acuguide.session import sounds
from acuguide.session.prefs import SessionPrefs
from acuguide.store.settings import Settings
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
