"""Spoken guidance: Qt's text-to-speech, started off the UI thread, queued, with a watchdog."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QThread, QTimer, Signal

WORDS_PER_SECOND = 2.5  # espeak's default pace is about 150 words a minute
WATCHDOG_MARGIN = 4.0  # seconds beyond the expected length before an utterance counts as stuck


def speech_problem() -> str:
    """Why QtTextToSpeech cannot be used here ("" if it can)."""
    try:
        from PySide6 import QtTextToSpeech  # noqa: F401
    except ImportError as err:
        return f"speech is unavailable ({err})"
    return ""


class _EngineLoader(QThread):
    """Builds the engine on a worker thread.

    The speech-dispatcher engine takes about 2 s to list its voices, which must never
    freeze the window.
    """

    loaded = Signal(object, str)

    def __init__(self, engine: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speech-loader")
        self.engine_name = engine

    def run(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        try:
            engine = QTextToSpeech(self.engine_name)
        except Exception as err:
            self.loaded.emit(None, str(err))
            return
        if engine.state() == QTextToSpeech.State.Error:
            why = engine.errorString() or "the speech engine failed to start"
            if self.engine_name == "speechd":
                why += " (is speech-dispatcher installed and running?)"
            self.loaded.emit(None, why)
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
        engine.moveToThread(QCoreApplication.instance().thread())
        self.loaded.emit(engine, "")


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

    def __init__(self, engine: str = "speechd", rate: float = 0.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine_name = engine
        self.rate = rate
        self._engine = None
        self._queue: deque[str] = deque()
        self._speaking = False
        self._given_up = False
        self._loader: _EngineLoader | None = None
        self._watchdog = QTimer(self)
        self._watchdog.setObjectName("speech-watchdog")
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._stuck)

    @property
    def is_ready(self) -> bool:
        """True once the engine is loaded and working."""
        return self._engine is not None and not self._given_up

    def load(self) -> None:
        """Start loading the engine in the background (returns at once)."""
        problem = speech_problem()
        if problem:
            self._give_up(problem)
            return
        self._loader = _EngineLoader(self.engine_name, self)
        self._loader.loaded.connect(self._loaded, Qt.ConnectionType.QueuedConnection)
        self._loader.start()

    def wait_loaded(self, ms: int) -> bool:
        """Block up to ``ms`` for the loader thread (for the headless command and tests)."""
        return self._loader.wait(ms) if self._loader else True

    def _loaded(self, engine, error: str) -> None:
        if self._loader is not None:
            self._loader.wait()
        if engine is None:
            self._give_up(f"speech is unavailable: {error}")
            return
        engine.setParent(self)
        engine.setRate(self.rate)
        engine.stateChanged.connect(self._state_changed)
        self._engine = engine
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
        if self._engine is not None and self._speaking:
            self._engine.stop()

    def _next(self) -> None:
        if self._engine is None or self._speaking or not self._queue or self._given_up:
            return
        text = self._queue.popleft()
        self._speaking = True
        expected = len(text.split()) / WORDS_PER_SECOND + WATCHDOG_MARGIN
        self._watchdog.start(int(expected * 1000))
        self._engine.say(text)
        self.spoken.emit(text)

    def _state_changed(self, state) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Ready:
            self._watchdog.stop()
            self._speaking = False
            self._next()
        elif state == QTextToSpeech.State.Error:
            self._give_up("speech failed: " + self._engine.errorString())

    def _stuck(self) -> None:
        if self._engine is not None:
            self._engine.stop()
        self._give_up("speech stopped responding (no sound server?): using chimes and captions")

    def _give_up(self, why: str) -> None:
        self._watchdog.stop()
        self._queue.clear()
        if not self._given_up:
            self._given_up = True
            self.unavailable.emit(why)

    def close(self) -> None:
        """Stop the watchdog and any loader thread."""
        self._watchdog.stop()
        if self._loader is not None:
            self._loader.wait(3000)
