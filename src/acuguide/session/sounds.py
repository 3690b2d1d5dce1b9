"""Chimes: one preloaded QSoundEffect per cue kind, and what to do without any sound."""

from __future__ import annotations

import io
import wave
from contextlib import ExitStack
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal

from acuguide import resources
from acuguide.session.cues import CUE_KINDS

if TYPE_CHECKING:  # QtMultimedia may be missing at run time (no libpulse)
    from PySide6.QtMultimedia import QSoundEffect

SOUND_FILES = {kind: f"assets/sounds/{kind}.wav" for kind in CUE_KINDS}


@cache
def duration_ms(kind: str) -> int:
    """How long the chime of ``kind`` sounds, read from its WAV header."""
    with wave.open(io.BytesIO(resources.read_bytes(SOUND_FILES[kind]))) as wav:
        return round(wav.getnframes() / wav.getframerate() * 1000)


def quiet_multimedia_logs() -> None:
    """Silence QtMultimedia's start-up chatter (FFmpeg version, PipeWire probing).

    Real problems still come through as notices: acuguide checks the outputs itself.
    """
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules("qt.multimedia.ffmpeg.info=false\n"
                                    "qt.multimedia.symbolsresolver.warning=false\n"
                                    "qt.multimedia.symbolsresolver.info=false")


def multimedia_problem() -> str:
    """Why QtMultimedia cannot be used here ("" if it can): e.g. libpulse is missing."""
    quiet_multimedia_logs()
    try:
        from PySide6 import QtMultimedia  # noqa: F401
    except ImportError as err:
        return f"sound is unavailable ({err})"
    return ""


class ChimePlayer(QObject):
    """Plays the cue sounds; reports once when there is no output and when one appears.

    Signals:
        output_changed(bool, str): sound output became available (True) or went away.
    """

    output_changed = Signal(bool, str)

    def __init__(self, volume: float = 0.8, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaDevices

        self._files = ExitStack()
        self._effects: dict[str, QSoundEffect] = {}
        self._volume = volume
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._outputs_changed)
        self.available = bool(QMediaDevices.audioOutputs())
        if self.available:
            self._load()

    def _load(self) -> None:
        """Preload every chime, so that a cue starts on time."""
        from PySide6.QtMultimedia import QSoundEffect

        for effect in self._effects.values():
            effect.deleteLater()
        self._effects = {}
        for kind, name in SOUND_FILES.items():
            effect = QSoundEffect(self)
            effect.setObjectName(f"chime-{kind}")
            effect.setSource(QUrl.fromLocalFile(str(self._path(name))))
            effect.setVolume(self._volume)
            self._effects[kind] = effect

    def _path(self, name: str) -> Path:
        node = resources.locate(name)
        if isinstance(node, Path):
            return node
        # A zipped install: give Qt a real file for as long as the player lives.
        return self._files.enter_context(importlib_resources.as_file(node))  # type: ignore[arg-type]

    def set_volume(self, volume: float) -> None:
        """0.0 to 1.0."""
        self._volume = max(0.0, min(1.0, volume))
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    def play(self, kind: str) -> bool:
        """Play the sound of ``kind``; False if it cannot be heard."""
        effect = self._effects.get(kind)
        if effect is None or not self.available:
            return False
        effect.play()
        return True

    def _outputs_changed(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices

        available = bool(QMediaDevices.audioOutputs())
        if available != self.available:
            self.available = available
            if available:  # a new device: effects bind to the default output when loaded
                self._load()
            self.output_changed.emit(available, "sound output is back" if available else
                                     "sound output went away: cues are shown as captions")

    def close(self) -> None:
        """Release temporary files."""
        self._files.close()
