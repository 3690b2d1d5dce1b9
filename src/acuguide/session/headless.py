"""``acuguide run --headless``: a session with no window, the same controller and cues."""

from __future__ import annotations

import signal
import socket
import sys
from typing import IO

from PySide6.QtCore import QCoreApplication, QSocketNotifier

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
from acuguide.session.sounds import duration_ms
from acuguide.session.states import FinishReason, SessionState

EXIT_INTERRUPTED = 130
SPEECH_WAIT_MS = 6000  # start without speech if the engine is not ready by then


def run_headless(routine: Routine, content: Content, *, speed: float = 1.0,
                 cue_log: IO[str] | None = None, voice: bool = True, mute: bool = False,
                 out: IO[str] = sys.stdout, err: IO[str] = sys.stderr,
                 speech_engine: str = "speechd") -> int:
    """Run one session to its end; 0 when it finishes, 130 after Ctrl+C (stopped cleanly)."""
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

    def on_finished(reason: FinishReason) -> None:
        # Let the last chime (and words) be heard before leaving.
        call_later(app, "quit-after-end-chime",
                   duration_ms("end") + 300 if reason is FinishReason.COMPLETED else 0, app.quit)

    runner.cue.connect(on_cue)
    runner.finished.connect(on_finished)
    output.notice.connect(lambda message: print(f"acuguide: {message}", file=err, flush=True))

    # Ctrl+C: Python only sees the signal when it runs, so wake the event loop through a
    # socket (signal.set_wakeup_fd) and stop the session cleanly.
    reader, writer = socket.socketpair()
    writer.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def interrupted(*_: object) -> None:
        result["code"] = EXIT_INTERRUPTED

    def on_wakeup() -> None:
        reader.recv(64)
        if result["code"] == EXIT_INTERRUPTED and runner.view.state is not SessionState.FINISHED:
            print("acuguide: stopped", file=err, flush=True)
            output.silence()
            runner.stop()

    previous_handler = signal.signal(signal.SIGINT, interrupted)
    notifier.activated.connect(on_wakeup)

    print(f"{routine.title}: {len(plan.steps)} steps, {clock(plan.total_seconds)} "
          f"at speed {speed:g}", file=out, flush=True)
    starter = make_timer(app, "start-without-speech", single_shot=True)

    def begin(*_: object) -> None:
        starter.stop()
        if runner.view.state is SessionState.IDLE:
            runner.start()

    starter.timeout.connect(begin)
    if output.speaker is not None:
        # The first words ("Next: ...") need the engine: wait for it, but not for long.
        output.speaker.ready.connect(begin)
        output.speaker.unavailable.connect(begin)
        starter.start(SPEECH_WAIT_MS)
    else:
        starter.start(0)
    output.start()
    try:
        app.exec()
    finally:
        signal.signal(signal.SIGINT, previous_handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        reader.close()
        writer.close()
        output.close()
    return result["code"]
