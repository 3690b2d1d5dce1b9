"""The Qt adapter: one precise single-shot timer drives the controller and emits signals."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Signal

from acuguide.qtkit.timers import Timer, make_timer
from acuguide.session.controller import FINISHED, PAUSED, RUNNING, Fired, SessionController


class SessionRunner(QObject):
    """Runs a SessionController on the Qt event loop.

    Signals:
        step_started(int): a routine step began (its index in the routine).
        phase_changed(int): the plan moved to another phase (its index).
        remaining_changed(int, int): whole seconds left in the phase and in the session.
        cue(object): a Fired cue (kind, scheduled and actual plan time, caption, speech).
        paused(str): the session paused: "user" or "slept" (the machine was asleep).
        resumed(): the session runs again.
        finished(str): the session ended: "completed" or "stopped"; emitted once.
    """

    step_started = Signal(int)
    phase_changed = Signal(int)
    remaining_changed = Signal(int, int)
    cue = Signal(object)
    paused = Signal(str)
    resumed = Signal()
    finished = Signal(str)

    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._timer = make_timer(self, "session-boundary", single_shot=True, precise=True,
                                 on_timeout=self.wake)
        self._phase = -1
        self._step = -1
        self._shown: tuple[int, int] | None = None
        self._finished_sent = False

    @property
    def timer(self) -> Timer:
        """The one timer (for tests that check nothing is left running)."""
        return self._timer

    # ---------------------------------------------------------------- controls
    def start(self) -> None:
        """Start the session."""
        self.controller.start()
        self._after_change()

    def pause(self) -> None:
        """Pause (keeps the remaining time exactly)."""
        if self.controller.state == RUNNING:
            self.controller.pause()
            self._timer.stop()
            self.paused.emit("user")

    def resume(self) -> None:
        """Resume after a pause or a sleep."""
        if self.controller.state == PAUSED:
            self.controller.resume()
            self.resumed.emit()
            self._after_change()

    def toggle_pause(self) -> None:
        """Pause if running, resume if paused."""
        if self.controller.state == RUNNING:
            self.pause()
        else:
            self.resume()

    def skip(self) -> None:
        """Next step."""
        self._jump(self.controller.skip)

    def back(self) -> None:
        """Previous step (or the start of this one)."""
        self._jump(self.controller.back)

    def restart_step(self) -> None:
        """Start this step again."""
        self._jump(self.controller.restart_step)

    def stop(self) -> None:
        """End the session now."""
        self.controller.stop()
        self._timer.stop()
        self._emit_finished()

    def _jump(self, control) -> None:
        if self.controller.state not in (RUNNING, PAUSED):
            return
        control()
        self._after_change()

    # ---------------------------------------------------------------- the loop
    def wake(self) -> None:
        """Look at the clock now (the timer's slot; tests call it after moving a fake clock)."""
        self._after_change()

    def _after_change(self) -> None:
        fired: list[Fired] = self.controller.poll()
        if self.controller.state == PAUSED and self.controller.pause_reason == "slept":
            self._timer.stop()
            self._report_position()
            self.paused.emit("slept")
            return
        self._report_position()
        for item in fired:
            self.cue.emit(item)
        if self.controller.state == FINISHED:
            self._timer.stop()
            self._emit_finished()
            return
        self._rearm()

    def _report_position(self) -> None:
        c = self.controller
        if c.state != FINISHED and c.plan.phases:
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
        if self.controller.state != RUNNING:
            self._timer.stop()
            return
        deadline = self.controller.arm()
        if deadline is None:
            self._timer.stop()
            return
        wait_ms = max(0, math.ceil((deadline - self.controller.clock.now()) * 1000))
        self._timer.start(wait_ms)

    def _emit_finished(self) -> None:
        if not self._finished_sent and self.controller.state == FINISHED:
            self._finished_sent = True
            self.finished.emit(self.controller.finish_reason)
