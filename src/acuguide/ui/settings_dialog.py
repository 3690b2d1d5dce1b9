"""Session settings: cue sounds and volume, voice, get-ready time, both sides, motion, theme."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QSlider,
    QSpinBox,
    QWidget,
)

from acuguide.qtkit.timers import make_timer
from acuguide.session.prefs import SessionPrefs
from acuguide.session.prefs_table import SETTINGS, Setting
from acuguide.ui.named import named

if TYPE_CHECKING:
    from acuguide.session.sounds import ChimePlayer

KIND_LABELS = dict(SETTINGS["kinds"].choices)


def _slider(setting: Setting, value: float) -> QSlider:
    """A slider over the setting's range, in 1/scale steps."""
    slider = named(QSlider(Qt.Orientation.Horizontal), setting.name.replace("_", "-"))
    slider.setRange(round(setting.low * setting.scale), round(setting.high * setting.scale))
    slider.setValue(round(value * setting.scale))
    return slider


def _check(setting: Setting, on: bool) -> QCheckBox:
    box = named(QCheckBox(setting.text), setting.name.replace("_", "-"))
    box.setChecked(on)
    return box


def _combo(setting: Setting, value: str) -> QComboBox:
    combo = named(QComboBox(), setting.name.replace("_", "-"))
    for key, label in setting.choices:
        combo.addItem(label, key)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    return combo


class SettingsDialog(QDialog):
    """Edits SessionPrefs and the theme (ranges, labels and defaults from the settings table)."""

    def __init__(self, prefs: SessionPrefs, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setObjectName("settings")
        self._base = prefs  # what the dialog does not show (mute) is kept
        form = QFormLayout(self)
        self.volume = _slider(SETTINGS["volume"], prefs.volume)
        form.addRow(SETTINGS["volume"].label, self.volume)
        self.kinds: dict[str, QCheckBox] = {}
        for i, (kind, label) in enumerate(SETTINGS["kinds"].choices):
            box = named(QCheckBox(label), f"kind-{kind}")
            box.setChecked(kind in prefs.kinds)
            self.kinds[kind] = box
            form.addRow("" if i else SETTINGS["kinds"].label, box)
        self.test_button = named(QPushButton("Test sound"), "test-sound")
        self.test_button.clicked.connect(self.test_sounds)
        form.addRow("", self.test_button)
        self.voice = _check(SETTINGS["voice"], prefs.voice)
        form.addRow(SETTINGS["voice"].label, self.voice)
        self.rate = _slider(SETTINGS["rate"], prefs.rate)
        form.addRow(SETTINGS["rate"].label, self.rate)
        prepare = SETTINGS["prepare"]
        self.prepare = named(QSpinBox(), "prepare")
        self.prepare.setRange(int(prepare.low) - 1, int(prepare.high))  # low - 1: none
        self.prepare.setSpecialValueText(prepare.none_text)
        self.prepare.setSuffix(prepare.unit)
        self.prepare.setValue(self.prepare.minimum() if prefs.prepare is None
                              else int(prefs.prepare))
        form.addRow(prepare.label, self.prepare)
        self.bilateral = _combo(SETTINGS["bilateral"], prefs.bilateral)
        form.addRow(SETTINGS["bilateral"].label, self.bilateral)
        self.reduced_motion = _check(SETTINGS["reduced_motion"], prefs.reduced_motion)
        form.addRow(SETTINGS["reduced_motion"].label, self.reduced_motion)
        self.theme = _combo(SETTINGS["theme"], theme)
        form.addRow(SETTINGS["theme"].label, self.theme)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._player: ChimePlayer | None = None
        self._queue: list[str] = []
        self._next_sound = make_timer(self, "test-sound-sequence", single_shot=True,
                                      on_timeout=self._play_next)
        self.played: list[str] = []  # what "Test sound" played (or tried to), for tests

    def prefs(self) -> SessionPrefs:
        """The settings as the dialog shows them."""
        prepare = self.prepare.value()
        return self._base.with_(
            volume=self.volume.value() / SETTINGS["volume"].scale,
            kinds=frozenset(k for k, box in self.kinds.items() if box.isChecked()),
            voice=self.voice.isChecked(), rate=self.rate.value() / SETTINGS["rate"].scale,
            prepare=None if prepare == self.prepare.minimum() else float(prepare),
            bilateral=self.bilateral.currentData(),
            reduced_motion=self.reduced_motion.isChecked())

    def test_sounds(self) -> None:
        """Play every enabled cue sound in turn."""
        from acuguide.session.sounds import ChimePlayer, multimedia_problem

        if self._player is None and not multimedia_problem():
            self._player = ChimePlayer(self.volume.value() / 100, self)
        if self._player is not None:
            self._player.set_volume(self.volume.value() / 100)
        self._queue = [k for k, box in self.kinds.items() if box.isChecked()]
        self._play_next()

    def _play_next(self) -> None:
        from acuguide.session.sounds import duration_ms

        if not self._queue:
            return
        kind = self._queue.pop(0)
        heard = self._player.play(kind) if self._player is not None else False
        self.played.append(kind)
        self.test_button.setText("Test sound" if heard else "Test sound (no sound output)")
        self._next_sound.start(duration_ms(kind) + 250)

    def done(self, result: int) -> None:
        self._next_sound.stop()
        self._queue = []
        super().done(result)

    @classmethod
    def ask(cls, prefs: SessionPrefs, theme: str, parent: QWidget | None = None
            ) -> tuple[SessionPrefs, str] | None:
        """Show the dialog; the new settings and theme, or None if cancelled."""
        dialog = cls(prefs, theme, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.prefs(), dialog.theme.currentData()
