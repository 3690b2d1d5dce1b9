"""``acuguide run --headless``: a session with no window, the same controller and cues."""

from __future__ import annotations

import signal
import socket
import sys
from typing import IO

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Signal

from acuguide.model.content import Content
from acuguide.model.plan import expand
from acuguide.model.routine import Routine
from acuguide.model.timefmt import clock
from acuguide.qtkit import messages as qt_messages
from acuguide.qtkit.timers import call_later, make_timer
from acuguide.session.assemble import assemble
from acuguide.session.clock import MonotonicClock
from acuguide.session.controller import Fired
from acuguide.session.cues import CueSettings
from acuguide.session.output import CueOutput
from acuguide.session.safety import flagged_steps
from acuguide.session.sounds import duration_ms
from acuguide.session.states import FinishReason, SessionState

# A signal ends the session cleanly (the cue log is closed, the window's record is written)
# and the exit status is the shell's 128 + the signal's number.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130: Ctrl+C
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143: kill, a shutdown
EXIT_HANGUP = 128 + signal.SIGHUP  # 129: the terminal went away


class StopSignals(QObject):
    """Delivers SIGINT, SIGTERM and SIGHUP to the event loop as ``caught(signum)``.

    Python only sees a signal when it runs, so the signal wakes the event loop through a
    socket (signal.set_wakeup_fd) and a QSocketNotifier. Only the first signal counts:
    ``exit_code`` is then 128 + its number.

    Signals:
        caught(int): a stop signal arrived (once).
    """

    caught = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.exit_code: int | None = None
        self._told = False
        self._reader, self._writer = socket.socketpair()
        self._writer.setblocking(False)
        self._reader.setblocking(False)
        self._previous_fd: int | None = None
        self._previous: dict[int, object] = {}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wakeup)

    def _handler(self, signum: int, _frame: object) -> None:
        if self.exit_code is None:
            self.exit_code = 128 + signum

    def _wakeup(self) -> None:
        try:
            self._reader.recv(64)
        except BlockingIOError:
            return
        if self.exit_code is not None and not self._told:
            self._told = True
            self.caught.emit(self.exit_code - 128)

    def install(self) -> None:
        """Catch the stop signals from now on."""
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        for signum in STOP_SIGNALS:
            self._previous[signum] = signal.signal(signum, self._handler)

    def uninstall(self) -> None:
        """Give the signals back to whoever had them, and close the socket."""
        for signum, previous in self._previous.items():
            signal.signal(signum, previous)  # type: ignore[arg-type]
        self._previous.clear()
        if self._previous_fd is not None:
            signal.set_wakeup_fd(self._previous_fd)
            self._previous_fd = None
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def _start_output(output: CueOutput, err: IO[str]) -> None:
    """Start the output; never wait for the speech engine (it may hang with no sound server).

    The voice joins when the engine is ready: say so once.
    """
    speaker = output.speaker if output.settings.sound else None  # muted: never speaks
    speech_failed: list[str] = []
    if speaker is not None:
        speaker.unavailable.connect(speech_failed.append)
    output.start()
    if speaker is not None and not speaker.is_ready and not speech_failed:
        print("acuguide: starting now; the voice joins when the speech engine is ready, so "
              "the first words may come late or only as captions", file=err, flush=True)


def caution_lines(routine: Routine, content: Content) -> list[str]:
    """The routine's cautions and its steps on flagged points, as printed before the first cue."""
    lines = [f"Caution: {text}" for text in routine.cautions]
    for item in flagged_steps(routine, content.atlas):
        said = "; ".join(c.text for c in item.cautions)
        lines.append(f"Caution, step {item.step + 1} ({item.name}): {said}")
    return lines


def run_headless(routine: Routine, content: Content, *, speed: float = 1.0,
                 cue_log: IO[str] | None = None, voice: bool = True, mute: bool = False,
                 out: IO[str] = sys.stdout, err: IO[str] = sys.stderr,
                 speech_engine: str = "speechd") -> int:
    """Run one session to its end.

    Returns 0 when it finishes; after a stop signal the session is stopped cleanly and the
    result is 128 + the signal (130 Ctrl+C, 143 SIGTERM, 129 SIGHUP). The session starts at
    once: speech joins when its engine is ready and never holds up the schedule.
    """
    qt_messages.install()
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    settings = CueSettings(voice=voice, sound=not mute)
    plan = expand(routine, content.atlas)
    runner, output = assemble(plan, settings, MonotonicClock(), speed=speed,
                              speech_engine=speech_engine, cue_log=cue_log)
    result = {"code": 0}

    def on_cue(fired: Fired) -> None:
        if fired.cue.kind != "phase" or fired.cue.speech:
            print(f"[{clock(fired.actual)}] {fired.cue.caption}", file=out, flush=True)

    def audible() -> bool:
        chimes = output.settings.sound and output.chimes is not None and output.chimes.available
        return chimes or (output.speaker is not None and output.speaker.is_ready)

    def on_finished(reason: FinishReason) -> None:
        # Let the last chime (and words) be heard before leaving, if there are any.
        tail = duration_ms("end") + 300 if audible() else 0
        call_later(app, "quit-after-end-chime",
                   tail if reason is FinishReason.COMPLETED and result["code"] == 0 else 0,
                   app.quit)

    runner.cue.connect(on_cue)
    runner.finished.connect(on_finished)
    output.notice.connect(lambda message: print(f"acuguide: {message}", file=err, flush=True))

    stop_signals = StopSignals(app)

    def on_signal(_signum: int) -> None:
        result["code"] = stop_signals.exit_code or EXIT_INTERRUPTED
        if runner.view.state is SessionState.FINISHED:
            app.quit()  # already over: do not wait for the last chime
            return
        print("acuguide: stopped", file=err, flush=True)
        output.silence()
        runner.stop()

    stop_signals.caught.connect(on_signal)
    stop_signals.install()

    print(f"{routine.title}: {len(plan.steps)} steps, {clock(plan.total_seconds)} "
          f"at speed {speed:g}", file=out, flush=True)
    for line in caution_lines(routine, content):  # what the safety check shows in the window
        print(line, file=out, flush=True)
    _start_output(output, err)
    starter = make_timer(app, "start", single_shot=True)

    def begin() -> None:
        if runner.view.state is SessionState.IDLE:
            runner.start()

    starter.timeout.connect(begin)
    starter.start(0)  # from the event loop, so a signal that came first is seen first
    try:
        app.exec()
    finally:
        stop_signals.uninstall()
        output.close()
    return result["code"]
