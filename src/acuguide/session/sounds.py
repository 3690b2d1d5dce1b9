"""Chimes: one QAudioSink per cue kind fed from decoded WAV data, and what to do without sound.

Why not QSoundEffect: in Qt 6.10 and later its voices carry an eventfd notifier that the audio
thread can end up destroying; the GUI thread then loops for ever on the closed descriptor
("QSocketNotifier: Invalid socket ... disabling"). It happened here about once in 25 runs of
eight overlapping chimes, and it froze the test run on CI (no upstream report of this freeze
was found as of 2026-12). A QAudioSink started from a buffer
is created, fed and stopped on the GUI thread only, and it starts sooner (docs/testing.md).
"""

from __future__ import annotations

import io
import wave
from functools import cache, partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal

from acuguide import resources
from acuguide.qtkit.timers import Timer, make_timer
from acuguide.session.cues import CUE_KINDS

if TYPE_CHECKING:  # QtMultimedia may be missing at run time (no libpulse)
    from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink

SOUND_FILES = {kind: f"assets/sounds/{kind}.wav" for kind in CUE_KINDS}


@cache
def _wav(kind: str) -> tuple[int, int, int, bytes]:
    """(channels, sample width in bytes, frame rate, PCM frames) of the chime of ``kind``."""
    with wave.open(io.BytesIO(resources.read_bytes(SOUND_FILES[kind]))) as wav:
        return (wav.getnchannels(), wav.getsampwidth(), wav.getframerate(),
                wav.readframes(wav.getnframes()))


def duration_ms(kind: str) -> int:
    """How long the chime of ``kind`` sounds."""
    channels, width, rate, frames = _wav(kind)
    return round(len(frames) / (channels * width) / rate * 1000)


def _format(kind: str) -> QAudioFormat:
    from PySide6.QtMultimedia import QAudioFormat

    channels, width, rate, _frames = _wav(kind)
    fmt = QAudioFormat()
    fmt.setSampleRate(rate)
    fmt.setChannelCount(channels)
    fmt.setSampleFormat({1: QAudioFormat.SampleFormat.UInt8, 2: QAudioFormat.SampleFormat.Int16,
                         4: QAudioFormat.SampleFormat.Int32}[width])
    return fmt


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

    Each kind has its own sink and buffer, so chimes may overlap. A sink is stopped (and its
    stream closed) a little after its chime has been heard, or at once when it plays again.

    Signals:
        output_changed(bool, str): sound output became available (True) or went away.
    """

    output_changed = Signal(bool, str)
    TAIL_MS = 400  # kept open after the last sample, so the server plays it out

    def __init__(self, volume: float = 0.8, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaDevices

        self._sinks: dict[str, QAudioSink] = {}  # made for the current default output
        self._buffers: dict[str, QBuffer] = {}  # the decoded sound of each kind
        self._release: dict[str, Timer] = {}  # closes a kind's stream once it has sounded
        for kind in SOUND_FILES:
            buffer = QBuffer(self)
            buffer.setData(QByteArray(_wav(kind)[3]))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._buffers[kind] = buffer
            timer = make_timer(self, f"chime-release-{kind}", single_shot=True,
                               interval_ms=duration_ms(kind) + self.TAIL_MS,
                               on_timeout=partial(self._stop, kind))
            self._release[kind] = timer
        self._volume = volume
        self._device: QAudioDevice | None = None  # where the sinks play
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._outputs_changed)
        self.available = bool(QMediaDevices.audioOutputs())
        if self.available:
            self._load()

    def _load(self) -> None:
        """Make a sink for every kind on the default output."""
        from PySide6.QtMultimedia import QAudioSink, QMediaDevices

        self._stop_all()
        for sink in self._sinks.values():
            sink.deleteLater()
        device = self._device = QMediaDevices.defaultAudioOutput()
        self._sinks = {}
        for kind in SOUND_FILES:
            fmt = _format(kind)
            if not device.isFormatSupported(fmt):
                continue
            sink = QAudioSink(device, fmt, self)
            sink.setObjectName(f"chime-{kind}")
            sink.setVolume(self._volume)
            self._sinks[kind] = sink

    def set_volume(self, volume: float) -> None:
        """0.0 to 1.0."""
        self._volume = max(0.0, min(1.0, volume))
        for sink in self._sinks.values():
            sink.setVolume(self._volume)

    def play(self, kind: str) -> bool:
        """Play the sound of ``kind`` from its start; False if it cannot be heard."""
        from PySide6.QtMultimedia import QtAudio

        sink = self._sinks.get(kind)
        if sink is None or not self.available:
            return False
        self._stop(kind)
        self._buffers[kind].seek(0)
        sink.start(self._buffers[kind])
        if sink.error() != QtAudio.Error.NoError:
            sink.stop()
            return False
        self._release[kind].start()
        return True

    def _stop(self, kind: str) -> None:
        from PySide6.QtMultimedia import QtAudio

        self._release[kind].stop()
        sink = self._sinks.get(kind)
        if sink is not None and sink.state() != QtAudio.State.StoppedState:
            sink.stop()

    def _stop_all(self) -> None:
        for kind in self._release:
            self._stop(kind)

    def _outputs_changed(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices

        available = bool(QMediaDevices.audioOutputs())
        if available != self.available:
            self.available = available
            if available:  # a new device: sinks bind to the default output when made
                self._load()
            else:
                self._stop_all()
            self.output_changed.emit(available, "sound output is back" if available else
                                     "sound output went away: cues are shown as captions")
            return
        default = QMediaDevices.defaultAudioOutput()
        if available and default != self._device:
            self._load()  # e.g. headphones plugged in: follow the system's default output
            self.output_changed.emit(True, f"sound now plays through {default.description()}")

    def close(self) -> None:
        """Stop every sound and close its stream."""
        self._stop_all()
