"""The Qt adapter: one precise single-shot timer drives the controller and emits signals.

Everything outside the session package sees the session through this runner only: its
signals, its controls and ``view``, a read-only snapshot. The controller stays behind it.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from acuguide.qtkit.timers import Timer, make_timer
from acuguide.session.controller import Fired, SessionController
from acuguide.session.states import FinishReason, PauseReason, SessionState
from acuguide.session.view import SessionView


class SessionRunner(QObject):
    """Runs a SessionController on the Qt event loop.

    Signals:
        step_started(int): a routine step began (its index in the routine).
        phase_changed(int): the plan moved to another phase (its index).
        remaining_changed(int, int): whole seconds left in the phase and in the session.
        cue(object): a Fired cue (kind, scheduled and actual plan time, caption, speech).
        paused(PauseReason): the session paused: USER, or SLEPT (the machine was asleep).
        resumed(): the session runs again.
        finished(FinishReason): the session ended, COMPLETED or STOPPED; emitted once.
    """

    step_started = Signal(int)
    phase_changed = Signal(int)
    remaining_changed = Signal(int, int)
    cue = Signal(object)
    paused = Signal(PauseReason)
    resumed = Signal()
    finished = Signal(FinishReason)

    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._timer = make_timer(self, "session-boundary", single_shot=True, precise=True,
                                 on_timeout=self.wake)
        self._phase = -1
        self._step = -1
        self._shown: tuple[int, int] | None = None
        self._finished_sent = False

    @property
    def view(self) -> SessionView:
        """The session now, read-only: state, phase, position, time left, the plan."""
        return self._controller.view()

    @property
    def timer(self) -> Timer:
        """The one timer (for tests that check nothing is left running)."""
        return self._timer

    # ---------------------------------------------------------------- controls
    def start(self) -> None:
        """Start the session."""
        self._controller.start()
        self._after_change()

    def pause(self) -> None:
        """Pause (keeps the remaining time exactly)."""
        if self._controller.state is SessionState.RUNNING:
            self._controller.pause()
            self._timer.stop()
            self.paused.emit(PauseReason.USER)

    def resume(self) -> None:
        """Resume after a pause or a sleep."""
        if self._controller.state is SessionState.PAUSED:
            self._controller.resume()
            self.resumed.emit()
            self._after_change()

    def toggle_pause(self) -> None:
        """Pause if running, resume if paused."""
        if self._controller.state is SessionState.RUNNING:
            self.pause()
        else:
            self.resume()

    def skip(self) -> None:
        """Next step."""
        self._jump(self._controller.skip)

    def back(self) -> None:
        """Previous step (or the start of this one)."""
        self._jump(self._controller.back)

    def restart_step(self) -> None:
        """Start this step again."""
        self._jump(self._controller.restart_step)

    def stop(self) -> None:
        """End the session now."""
        self._controller.stop()
        self._timer.stop()
        self._emit_finished()

    def _jump(self, control: Callable[[], None]) -> None:
        if not self._controller.view().active:
            return
        control()
        self._after_change()

    # ---------------------------------------------------------------- the loop
    def wake(self) -> None:
        """Look at the clock now (the timer's slot; tests call it after moving a fake clock)."""
        self._after_change()

    def _after_change(self) -> None:
        c = self._controller
        fired: list[Fired] = c.poll()
        if c.state is SessionState.PAUSED and c.pause_reason is PauseReason.SLEPT:
            self._timer.stop()
            self._report_position()
            self.paused.emit(PauseReason.SLEPT)
            return
        self._report_position()
        for item in fired:
            self.cue.emit(item)
        if c.state is SessionState.FINISHED:
            self._timer.stop()
            self._emit_finished()
            return
        self._rearm()

    def _report_position(self) -> None:
        c = self._controller
        if c.state is not SessionState.FINISHED and c.plan.phases:
            index = c.phase_index()
            if index != self._phase:
                self._phase = index
                self.phase_changed.emit(index)
                step = c.plan.phases[index].step
                if step != self._step:
                    self._step = step
                    self.step_started.emit(step)
        shown = (math.ceil(c.remaining() - 1e-9), math.ceil(c.remaining_total() - 1e-9))
        if shown != self._shown:
            self._shown = shown
            self.remaining_changed.emit(*shown)

    def _rearm(self) -> None:
        if self._controller.state is not SessionState.RUNNING:
            self._timer.stop()
            return
        deadline = self._controller.arm()
        if deadline is None:
            self._timer.stop()
            return
        wait_ms = max(0, math.ceil((deadline - self._controller.clock.now()) * 1000))
        self._timer.start(wait_ms)

    def _emit_finished(self) -> None:
        c = self._controller
        if not self._finished_sent and c.state is SessionState.FINISHED:
            self._finished_sent = True
            assert c.finish_reason is not None  # set whenever the state becomes FINISHED
            self.finished.emit(c.finish_reason)
