"""Put a session together: the controller, its runner, and the cue output (and log) it feeds."""

from __future__ import annotations

from typing import IO

from PySide6.QtCore import QObject

from acuguide.model.plan import Plan
from acuguide.session.clock import Clock
from acuguide.session.controller import SessionController
from acuguide.session.cue_log import CueLog
from acuguide.session.cues import CueSettings, schedule
from acuguide.session.output import CueOutput
from acuguide.session.runner import SessionRunner


def assemble(plan: Plan, settings: CueSettings, clock: Clock, *, speed: float = 1.0,
             speech_engine: str = "speechd", cue_log: IO[str] | None = None,
             parent: QObject | None = None) -> tuple[SessionRunner, CueOutput]:
    """A runner for ``plan`` whose cues go to a new CueOutput and, if given, the cue log."""
    controller = SessionController(plan, schedule(plan, settings), clock, speed)
    runner = SessionRunner(controller, parent)
    output = CueOutput(settings, speech_engine=speech_engine, parent=parent)
    if cue_log is not None:
        log = CueLog(cue_log)
        # A lambda, not log.write: Qt holds a bound method of a plain object only weakly,
        # and nothing else keeps the log alive.
        runner.cue.connect(lambda fired: log.write(fired))
    runner.cue.connect(output.on_cue)
    return runner, output
