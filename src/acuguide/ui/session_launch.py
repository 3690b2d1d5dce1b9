"""Starting a session from the window or the command line: safety check, screen, history.

The history, the clock and the screen-awake inhibitor are made once by the app and passed in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from typing import IO

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from acuguide.model.content import Content
from acuguide.model.plan import expand
from acuguide.model.routine import Routine
from acuguide.session.assemble import assemble
from acuguide.session.clock import Clock
from acuguide.session.inhibit import ScreenAwake
from acuguide.session.output import CueOutput
from acuguide.session.prefs import SessionPrefs
from acuguide.session.record import SessionRecord, session_record, stopped_at
from acuguide.session.runner import SessionRunner
from acuguide.session.safety import SafetyChoice
from acuguide.session.states import FinishReason
from acuguide.store.history import History
from acuguide.ui.session_dialogs import SafetyCheck, SessionSummary
from acuguide.ui.session_screen import SessionScreen


class SessionLauncher(QObject):
    """One session from safety check to history row.

    ``screen_awake`` keeps the screen from blanking while the session runs (None: not kept).

    Signals:
        done(SessionRecord): the record written to the history.
    """

    done = Signal(SessionRecord)

    def __init__(self, routine: Routine, content: Content, prefs: SessionPrefs,
                 history: History, *, clock: Clock, screen_awake: ScreenAwake | None = None,
                 theme: str = "light", speed: float = 1.0, summary: bool = True,
                 speech_engine: str = "speechd", cue_log: IO[str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.routine = routine
        self.content = content
        self.prefs = prefs
        self.history = history
        self.clock = clock
        self.screen_awake = screen_awake
        self.theme = theme
        self.speed = speed
        self.summary = summary
        self.speech_engine = speech_engine
        self.cue_log = cue_log
        self.choice = SafetyChoice()
        self.runner: SessionRunner | None = None
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
        self.runner, self.output = assemble(
            plan, self.prefs.cue_settings(), self.clock, speed=self.speed,
            speech_engine=self.speech_engine, cue_log=self.cue_log, parent=self)
        self.screen = SessionScreen(self.runner, self.output, self.content, self.routine.title,
                                    self.theme, self.prefs.reduced_motion, self.screen_awake)
        self.screen.ended.connect(self._ended)
        self.started_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self.output.start()
        self.screen.start()
        return True

    def _ended(self, _reason: FinishReason) -> None:
        assert self.screen is not None and self.runner is not None
        view = self.runner.view
        record = session_record(self.routine, view, started_at=self.started_at,
                                choice=self.choice, speed=self.speed)
        if self.summary:
            def print_it() -> None:
                from acuguide.ui.printing import print_sheet

                print_sheet(self.routine, self.content.atlas, self.screen)

            after = SessionSummary.ask(record, len(self.routine.steps), self.screen,
                                       on_print=print_it, stopped_at=stopped_at(view))
            record = dataclasses.replace(record, rating_after=after)
        try:
            self.history.add(record)  # never raises for a bad disk: the record then waits aside
        finally:  # whatever happens, the screen closes and the run can end
            self.record = record
            if self.output is not None:
                self.output.close()
            self.screen.close()
            if self.history.notice and self.parent() is None:
                # ``acuguide run``: no main window to show it, so the terminal is told, once
                print(f"acuguide: {self.history.notice}", file=sys.stderr)
                self.history.notice = ""
            self.done.emit(record)

    def interrupt(self) -> None:
        """End now for a signal (SIGINT, SIGTERM, SIGHUP): no more questions, keep the record.

        An open safety check or summary is dismissed (the summary without a rating), and a
        running session is stopped, so its record is written as when the user ends it.
        """
        self.summary = False
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            dialog.reject()
        if self.screen is not None and self.runner is not None and self.runner.view.active:
            self.screen.stop()
