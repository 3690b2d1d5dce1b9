"""Spoken guidance: Qt's text-to-speech in a helper process, queued, with a watchdog.

The helper (speech_worker.py) owns the engine: building the speech-dispatcher engine holds
Python's GIL for about 1.5 s, which would freeze the window even from a thread, and a speech
engine that hangs (no sound server) cannot hang acuguide.
"""

from __future__ import annotations

import os
import sys
from collections import deque

from PySide6.QtCore import QObject, QProcess, Signal

from acuguide.qtkit.timers import make_timer

WORDS_PER_SECOND = 2.5  # espeak's default pace is about 150 words a minute
WATCHDOG_MARGIN = 4.0  # seconds beyond the expected length before an utterance counts as stuck
START_TIMEOUT_MS = 20_000  # a helper that says nothing for this long is given up
HELPER = ("-m", "acuguide.session.speech_worker")  # the interpreter's arguments that start it


def speech_problem() -> str:
    """Why QtTextToSpeech cannot be used here ("" if it can)."""
    try:
        from PySide6 import QtTextToSpeech  # noqa: F401
    except ImportError as err:
        return f"speech is unavailable ({err})"
    return ""


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
        self._loaded_ok = False
        self._queue: deque[str] = deque()
        self._speaking = False
        self._given_up = False
        self._buffer = b""
        self._process: QProcess | None = None
        self._closing = False  # set by close(): the helper's exit is then expected
        self._watchdog = make_timer(self, "speech-watchdog", single_shot=True,
                                    on_timeout=self._stuck)

    @property
    def is_ready(self) -> bool:
        """True once the engine is loaded and working."""
        return self._loaded_ok and not self._given_up

    @property
    def speaking(self) -> bool:
        """True while an utterance is under way."""
        return self._speaking

    def load(self) -> None:
        """Start the helper process (returns at once)."""
        problem = speech_problem()
        if problem:
            self._give_up(problem)
            return
        process = QProcess(self)
        process.setObjectName("speech-helper")
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._read)
        process.errorOccurred.connect(self._helper_error)
        process.finished.connect(self._helper_finished)
        self._process = process
        self._watchdog.start(START_TIMEOUT_MS)
        # Our pid lets the helper notice it was orphaned before it could arrange to die
        # with us (speech_worker.die_with_parent).
        process.start(sys.executable,
                      [*HELPER, self.engine_name, str(self.rate), str(os.getpid())])

    def _read(self) -> None:
        assert self._process is not None
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        while b"\n" in self._buffer:
            line, self._buffer = self._buffer.split(b"\n", 1)
            verb, _, rest = line.decode("utf-8", "replace").partition("\t")
            if verb == "ready":
                self._loaded(True, "")
            elif verb == "error":
                self._loaded(False, rest)
            elif verb == "state":
                self._state_changed(rest)

    def _helper_error(self, error: QProcess.ProcessError) -> None:
        if not self._closing:
            self._give_up(f"speech is unavailable: the speech helper failed ({error.name})")

    def _helper_finished(self) -> None:
        if not self._closing:
            self._give_up("speech is unavailable: the speech helper stopped")

    def _loaded(self, ok: bool, error: str) -> None:
        self._watchdog.stop()
        if not ok:
            self._give_up(f"speech is unavailable: {error}")
            return
        self._loaded_ok = True
        self.ready.emit()
        self._next()

    def _send(self, *parts: str) -> None:
        if self._process is not None and self._process.state() == QProcess.ProcessState.Running:
            line = "\t".join(p.replace("\n", " ").replace("\t", " ") for p in parts) + "\n"
            self._process.write(line.encode("utf-8"))

    def say(self, text: str) -> None:
        """Say ``text`` after the current utterance; it replaces anything still waiting.

        What is being said is never cut off, but an announcement that is still waiting when
        the next one comes is out of date (e.g. when steps are skipped or run fast).
        """
        if self._given_up or not text:
            return
        self._queue.clear()
        self._queue.append(text)
        self._next()

    def clear(self) -> None:
        """Drop what is queued and stop speaking (on pause, skip and stop)."""
        self._queue.clear()
        if self._speaking:
            self._send("stop")

    def _next(self) -> None:
        if not self._loaded_ok or self._speaking or not self._queue or self._given_up:
            return
        text = self._queue.popleft()
        self._speaking = True
        expected = len(text.split()) / WORDS_PER_SECOND + WATCHDOG_MARGIN
        self._watchdog.start(int(expected * 1000))
        self._send("say", text)
        self.spoken.emit(text)

    def _state_changed(self, state: str) -> None:
        if state == "ready":
            self._watchdog.stop()
            self._speaking = False
            self._next()
        elif state == "error":
            self._give_up("speech failed")

    def _stuck(self) -> None:
        self._send("stop")
        self._speaking = False
        what = "stopped responding (no sound server?)" if self._loaded_ok else "did not start"
        self._give_up(f"speech {what}: using chimes and captions")

    def _give_up(self, why: str) -> None:
        self._watchdog.stop()
        self._queue.clear()
        if not self._given_up:
            self._given_up = True
            self.unavailable.emit(why)

    def close(self, wait_ms: int = 2000) -> None:
        """Stop the watchdog and the helper process.

        A helper whose engine never got ready (or was given up as stuck) is killed at once:
        waiting for it would only hold up the end of the session.
        """
        self._watchdog.stop()
        self._closing = True
        process = self._process
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            self._send("quit")
            process.closeWriteChannel()
            if not self.is_ready or not process.waitForFinished(wait_ms):
                process.kill()
                process.waitForFinished(1000)
