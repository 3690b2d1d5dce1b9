"""Starting a session from the window or the command line: safety check, screen, history."""

from __future__ import annotations

import datetime as dt
from typing import IO

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from acuguide.model.content import Content
from acuguide.model.plan import expand
from acuguide.model.routine import Routine
from acuguide.session.assemble import assemble
from acuguide.session.clock import Clock, MonotonicClock
from acuguide.session.inhibit import ScreenAwake
from acuguide.session.output import CueOutput
from acuguide.session.prefs import SessionPrefs
from acuguide.session.safety import SafetyChoice
from acuguide.store.history import History, SessionRecord
from acuguide.ui.session_dialogs import SafetyCheck, SessionSummary
from acuguide.ui.session_screen import SessionScreen


class Session(QObject):
    """One session from safety check to history row.

    Signals:
        done(object): the SessionRecord written to the history.
    """

    done = Signal(object)

    def __init__(self, routine: Routine, content: Content, prefs: SessionPrefs,
                 history: History, *, theme: str = "light", clock: Clock | None = None,
                 speed: float = 1.0, summary: bool = True, speech_engine: str = "speechd",
                 cue_log: IO[str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.routine = routine
        self.content = content
        self.prefs = prefs
        self.history = history
        self.theme = theme
        self.clock = clock or MonotonicClock()
        self.speed = speed
        self.summary = summary
        self.speech_engine = speech_engine
        self.cue_log = cue_log
        self.choice = SafetyChoice()
        self.screen: SessionScreen | None = None
        self.output: CueOutput | None = None
        self.started_at = ""
        self.record: SessionRecord | None = None

    def begin(self, parent: QWidget | None = None, *, ask: bool = True) -> bool:
        """Safety check (unless ``ask`` is False), then open the screen and start."""
        if ask:
            choice = SafetyCheck.ask(self.routine, self.content.atlas, parent)
            if choice is None:
                return False
            self.choice = choice
        plan = expand(self.routine, self.content.atlas, prepare=self.prefs.prepare,
                      bilateral=self.prefs.bilateral, skip=self.choice.skip)
        if not plan.phases:
            return False
        runner, self.output = assemble(plan, self.prefs.cue_settings(), self.clock,
                                       speed=self.speed, speech_engine=self.speech_engine,
                                       cue_log=self.cue_log, parent=self)
        self.screen = SessionScreen(runner, self.output, self.content, self.routine.title,
                                    self.theme, self.prefs.reduced_motion, ScreenAwake(self))
        self.screen.ended.connect(self._ended)
        self.started_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self.output.start()
        self.screen.start()
        return True

    def _ended(self, reason: str) -> None:
        assert self.screen is not None
        controller = self.screen.controller
        total = len(self.routine.steps)
        skipped_now = controller.skipped_steps - controller.completed_steps
        skipped = len(self.choice.skip) + len(skipped_now)
        record = SessionRecord(
            routine_id=self.routine.id, routine_title=self.routine.title,
            started_at=self.started_at, duration_seconds=round(controller.active_seconds(), 1),
            steps_done=len(controller.completed_steps), steps_skipped=skipped,
            completed=reason == "completed", rating_before=self.choice.rating_before)
        if self.summary:
            def print_it() -> None:
                from acuguide.ui.printing import print_sheet

                print_sheet(self.routine, self.content.atlas, self.screen)

            after = SessionSummary.ask(record, total, self.screen, on_print=print_it)
            record = SessionRecord(**{**record.__dict__, "rating_after": after})
        self.history.add(record)
        self.record = record
        if self.output is not None:
            self.output.close()
        self.screen.close()
        self.done.emit(record)
