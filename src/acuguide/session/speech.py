"""Spoken guidance: Qt's text-to-speech on its own thread, queued, with a watchdog.

The speech-dispatcher engine takes about 2 s to list its voices when it is built, so the
engine is built and kept on a worker thread and driven through queued signals: the window
never waits for it.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QLocale, QObject, QThread, QTimer, Signal, Slot

WORDS_PER_SECOND = 2.5  # espeak's default pace is about 150 words a minute
WATCHDOG_MARGIN = 4.0  # seconds beyond the expected length before an utterance counts as stuck


def speech_problem() -> str:
    """Why QtTextToSpeech cannot be used here ("" if it can)."""
    try:
        from PySide6 import QtTextToSpeech  # noqa: F401
    except ImportError as err:
        return f"speech is unavailable ({err})"
    return ""


class _Worker(QObject):
    """Owns the engine, on the speech thread."""

    loaded = Signal(bool, str)
    state = Signal(str)  # ready, speaking, error

    def __init__(self) -> None:
        super().__init__()
        self.engine = None

    @Slot(str, float)
    def setup(self, name: str, rate: float) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        try:
            engine = QTextToSpeech(name, self)
        except Exception as err:
            self.loaded.emit(False, str(err))
            return
        if engine.state() == QTextToSpeech.State.Error:
            why = engine.errorString() or "the speech engine failed to start"
            if name == "speechd":
                why += " (is speech-dispatcher installed and running?)"
            self.loaded.emit(False, why)
            return
        english = [v for v in engine.availableVoices()
                   if v.locale().language() == QLocale.Language.English]
        if not english:
            engine.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
            english = [v for v in engine.availableVoices()
                       if v.locale().language() == QLocale.Language.English]
        if english:
            engine.setLocale(english[0].locale())
            engine.setVoice(english[0])
        engine.setRate(rate)
        engine.stateChanged.connect(self._state_changed)
        self.engine = engine
        self.loaded.emit(True, "")

    def _state_changed(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        names = {QTextToSpeech.State.Ready: "ready", QTextToSpeech.State.Speaking: "speaking",
                 QTextToSpeech.State.Error: "error"}
        self.state.emit(names.get(state, "other"))

    @Slot(str)
    def say(self, text: str) -> None:
        if self.engine is not None:
            self.engine.say(text)

    @Slot()
    def stop(self) -> None:
        if self.engine is not None:
            self.engine.stop()


class Speaker(QObject):
    """Says texts one after another, never cutting one off; gives up on a stuck engine.

    Signals:
        ready(): the engine is loaded and speaking is possible.
        unavailable(str): speech will not be used, and why (emitted once).
        spoken(str): an utterance started.
    """

    ready = Signal()
    unavailable = Signal(str)
    spoken = Signal(str)
    _setup = Signal(str, float)
    _say = Signal(str)
    _stop = Signal()

    def __init__(self, engine: str = "speechd", rate: float = 0.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine_name = engine
        self.rate = rate
        self._loaded_ok = False
        self._queue: deque[str] = deque()
        self._speaking = False
        self._given_up = False
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._watchdog = QTimer(self)
        self._watchdog.setObjectName("speech-watchdog")
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._stuck)

    @property
    def is_ready(self) -> bool:
        """True once the engine is loaded and working."""
        return self._loaded_ok and not self._given_up

    @property
    def speaking(self) -> bool:
        """True while an utterance is under way."""
        return self._speaking

    def load(self) -> None:
        """Start the engine on its own thread (returns at once)."""
        problem = speech_problem()
        if problem:
            self._give_up(problem)
            return
        self._thread = QThread(self)
        self._thread.setObjectName("speech")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._setup.connect(self._worker.setup)
        self._say.connect(self._worker.say)
        self._stop.connect(self._worker.stop)
        self._worker.loaded.connect(self._loaded)
        self._worker.state.connect(self._state_changed)
        self._thread.start()
        self._setup.emit(self.engine_name, self.rate)

    def _loaded(self, ok: bool, error: str) -> None:
        if not ok:
            self._give_up(f"speech is unavailable: {error}")
            return
        self._loaded_ok = True
        self.ready.emit()
        self._next()

    def say(self, text: str) -> None:
        """Queue ``text``."""
        if self._given_up or not text:
            return
        self._queue.append(text)
        self._next()

    def clear(self) -> None:
        """Drop what is queued and stop speaking (on pause, skip and stop)."""
        self._queue.clear()
        if self._speaking:
            self._stop.emit()

    def _next(self) -> None:
        if not self._loaded_ok or self._speaking or not self._queue or self._given_up:
            return
        text = self._queue.popleft()
        self._speaking = True
        expected = len(text.split()) / WORDS_PER_SECOND + WATCHDOG_MARGIN
        self._watchdog.start(int(expected * 1000))
        self._say.emit(text)
        self.spoken.emit(text)

    def _state_changed(self, state: str) -> None:
        if state == "ready":
            self._watchdog.stop()
            self._speaking = False
            self._next()
        elif state == "error":
            self._give_up("speech failed")

    def _stuck(self) -> None:
        self._stop.emit()
        self._speaking = False
        self._give_up("speech stopped responding (no sound server?): using chimes and captions")

    def _give_up(self, why: str) -> None:
        self._watchdog.stop()
        self._queue.clear()
        if not self._given_up:
            self._given_up = True
            self.unavailable.emit(why)

    def close(self, wait_ms: int = 3000) -> None:
        """Stop the watchdog and the speech thread."""
        self._watchdog.stop()
        if self._thread is not None and self._thread.isRunning():
            self._thread.quit()
            self._thread.wait(wait_ms)
