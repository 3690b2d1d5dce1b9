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
from acuguide.session.cues import CUE_KINDS
from acuguide.session.prefs import SessionPrefs
from acuguide.ui.named import named
from acuguide.ui.theme import CHOICES

if TYPE_CHECKING:
    from acuguide.session.sounds import ChimePlayer

KIND_LABELS = {"prepare": "Get ready", "start": "Start", "switch-side": "Switch side",
               "halfway": "Halfway", "last-seconds": "Last 10 seconds",
               "breathe-in": "Breathe in", "breathe-out": "Breathe out", "end": "End"}


class SettingsDialog(QDialog):
    """Edits SessionPrefs and the theme."""

    def __init__(self, prefs: SessionPrefs, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setObjectName("settings")
        form = QFormLayout(self)
        self.volume = named(QSlider(Qt.Orientation.Horizontal), "volume")
        self.volume.setRange(0, 100)
        self.volume.setValue(round(prefs.volume * 100))
        form.addRow("Cue volume", self.volume)
        self.kinds: dict[str, QCheckBox] = {}
        for kind in CUE_KINDS:
            box = named(QCheckBox(KIND_LABELS[kind]), f"kind-{kind}")
            box.setChecked(kind in prefs.kinds)
            self.kinds[kind] = box
            form.addRow("" if kind != CUE_KINDS[0] else "Sounds", box)
        self.test_button = named(QPushButton("Test sound"), "test-sound")
        self.test_button.clicked.connect(self.test_sounds)
        form.addRow("", self.test_button)
        self.voice = named(QCheckBox("Say each step aloud"), "voice")
        self.voice.setChecked(prefs.voice)
        form.addRow("Voice", self.voice)
        self.rate = named(QSlider(Qt.Orientation.Horizontal), "rate")
        self.rate.setRange(-10, 10)
        self.rate.setValue(round(prefs.rate * 10))
        form.addRow("Speaking rate", self.rate)
        self.prepare = named(QSpinBox(), "prepare")
        self.prepare.setRange(-1, 60)
        self.prepare.setSpecialValueText("as the routine says")
        self.prepare.setSuffix(" s")
        self.prepare.setValue(-1 if prefs.prepare is None else int(prefs.prepare))
        form.addRow("Get-ready time", self.prepare)
        self.bilateral = named(QComboBox(), "bilateral")
        self.bilateral.addItem("Left, then right", "both-in-turn")
        self.bilateral.addItem("Both sides at once", "both-at-once")
        self.bilateral.setCurrentIndex(0 if prefs.bilateral == "both-in-turn" else 1)
        form.addRow("Points on both sides", self.bilateral)
        self.reduced_motion = named(QCheckBox("Reduce motion (text instead of animation)"),
                                    "reduced-motion")
        self.reduced_motion.setChecked(prefs.reduced_motion)
        form.addRow("Motion", self.reduced_motion)
        self.theme = named(QComboBox(), "theme")
        for key, label in CHOICES.items():
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(list(CHOICES).index(theme) if theme in CHOICES else 0)
        form.addRow("Theme", self.theme)
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
        return SessionPrefs(
            volume=self.volume.value() / 100,
            kinds=frozenset(k for k, box in self.kinds.items() if box.isChecked()),
            voice=self.voice.isChecked(), rate=self.rate.value() / 10,
            prepare=None if prepare < 0 else float(prepare),
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
