"""The session state machine on the plan's timeline (pure: an injected clock, no Qt).

Plan time runs at ``speed`` times the clock while running and stands still while paused:
``position = base_position + (clock.now() - base_wall) * speed``. Nothing counts down; the
remaining time is always a deadline minus now. A timer firing is only a prompt to call
``poll()``, which returns the cues that are due.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

from acuguide.model.plan import Phase, Plan
from acuguide.session.clock import Clock
from acuguide.session.cues import Cue
from acuguide.session.states import ACTIVE, FinishReason, PauseReason, SessionState
from acuguide.session.view import SessionView

SLEEP_GAP = 5.0  # wall seconds late past an armed deadline that mean the machine slept
BACK_GRACE = 3.0  # plan seconds into a step within which Back goes to the previous step


@dataclass(frozen=True)
class Fired:
    """A cue that fired: when it was due and where the plan actually was (plan seconds)."""

    cue: Cue
    scheduled: float
    actual: float


class SessionError(RuntimeError):
    """A control used in a state where it makes no sense (e.g. resume while running)."""


class SessionController:
    """Runs a plan: start, pause, resume, skip, back, restart step, stop."""

    def __init__(self, plan: Plan, cues: list[Cue], clock: Clock, speed: float = 1.0) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.plan = plan
        self.cues = cues
        self.clock = clock
        self.speed = speed
        self.state = SessionState.IDLE
        self.finish_reason: FinishReason | None = None
        self.pause_reason: PauseReason | None = None
        self._base_position = 0.0
        self._base_wall = 0.0
        self._next = 0  # index of the next cue to fire
        self._armed_wall: float | None = None
        self._suspended = 0.0
        self._active = 0.0  # clock seconds spent running, before the current run
        self._step_ends: dict[int, float] = {}
        for phase in plan.phases:
            self._step_ends[phase.step] = max(self._step_ends.get(phase.step, 0.0), phase.end)
        self.completed_steps: set[int] = set()
        self.skipped_steps: set[int] = set()

    # ---------------------------------------------------------------- time
    def position(self) -> float:
        """Plan seconds since the start, pauses excluded, never past the end."""
        if self.state == SessionState.RUNNING:
            moved = (self.clock.now() - self._base_wall) * self.speed
            return min(self.plan.total_seconds, self._base_position + moved)
        return self._base_position

    def phase_index(self) -> int:
        """Index of the phase at the current position."""
        return self.plan.index_at(self.position())

    def phase(self) -> Phase:
        """The phase at the current position."""
        return self.plan.phases[self.phase_index()]

    def remaining(self) -> float:
        """Plan seconds left in the current phase (0 when finished)."""
        if self.state == SessionState.FINISHED:
            return 0.0
        return max(0.0, self.phase().end - self.position())

    def remaining_total(self) -> float:
        """Plan seconds left in the session."""
        return max(0.0, self.plan.total_seconds - self.position())

    def wall_at(self, position: float) -> float:
        """The clock time at which the plan reaches ``position`` if nothing changes."""
        return self._base_wall + (position - self._base_position) / self.speed

    def next_deadline(self) -> float | None:
        """Clock time of the next cue, or None when nothing is pending (paused, finished)."""
        if self.state != SessionState.RUNNING or self._next >= len(self.cues):
            return None
        return self.wall_at(self.cues[self._next].at)

    def next_tick(self) -> float | None:
        """Clock time at which the phase's remaining whole seconds next change."""
        if self.state != SessionState.RUNNING:
            return None
        left = self.remaining()
        whole = math.ceil(left - 1e-9) - 1  # the next whole number below
        if whole < 0:
            return None
        return self.wall_at(self.phase().end - whole)

    def active_seconds(self) -> float:
        """Clock seconds the session has been running, pauses excluded."""
        if self.state == SessionState.RUNNING:
            return self._active + self.clock.now() - self._base_wall
        return self._active

    def view(self) -> SessionView:
        """A read-only snapshot of the session now."""
        return SessionView(
            plan=self.plan, state=self.state, phase_index=self.phase_index(),
            position=self.position(), remaining=self.remaining(),
            remaining_total=self.remaining_total(), active_seconds=self.active_seconds(),
            steps_done=frozenset(self.completed_steps),
            steps_skipped=frozenset(self.skipped_steps - self.completed_steps),
            pause_reason=self.pause_reason, finish_reason=self.finish_reason)

    def arm(self) -> float | None:
        """The next clock time to look again (cue or display tick); remembered for sleep checks."""
        times = [t for t in (self.next_deadline(), self.next_tick()) if t is not None]
        self._armed_wall = min(times) if times else None
        return self._armed_wall

    # ---------------------------------------------------------------- polling
    def poll(self) -> list[Fired]:
        """The cues due by now, in order; detects sleep and the end of the plan."""
        if self.state != SessionState.RUNNING:
            return []
        if self._slept():
            return []
        now_position = self.position()
        for step, end in self._step_ends.items():
            if end <= now_position + 1e-9 and step not in self.skipped_steps:
                self.completed_steps.add(step)
        fired: list[Fired] = []
        while self._next < len(self.cues) and self.cues[self._next].at <= now_position + 1e-9:
            cue = self.cues[self._next]
            fired.append(Fired(cue, cue.at, now_position))
            self._next += 1
        if now_position >= self.plan.total_seconds and self._next >= len(self.cues):
            self._finish(FinishReason.COMPLETED)
        return fired

    def _slept(self) -> bool:
        now = self.clock.now()
        asleep = self.clock.suspended()
        slept_boot = asleep - self._suspended > 2.0
        self._suspended = asleep
        armed = self._armed_wall
        if armed is not None and now >= armed:
            self._armed_wall = None  # this wake-up answers that deadline; judge it only once
        late = armed is not None and now - armed > SLEEP_GAP
        if not (slept_boot or late):
            return False
        # Stop the plan where it was expected to be, not where the gap would take it.
        expected = armed if late and armed is not None else now
        position = min(self.plan.total_seconds,
                       self._base_position + (expected - self._base_wall) * self.speed)
        self._base_position = max(self._base_position, position)
        self._active += max(0.0, expected - self._base_wall)
        self._base_wall = now
        self.state = SessionState.PAUSED
        self.pause_reason = PauseReason.SLEPT
        return True

    # ---------------------------------------------------------------- controls
    def start(self) -> None:
        """Begin at the first phase."""
        if self.state != SessionState.IDLE:
            raise SessionError(f"cannot start a session that is {self.state}")
        self.state = SessionState.RUNNING
        self._base_wall = self.clock.now()
        self._suspended = self.clock.suspended()
        self._seek(0.0)

    def pause(self) -> None:
        """Stand still, keeping the remaining time exactly."""
        if self.state != SessionState.RUNNING:
            raise SessionError(f"cannot pause a session that is {self.state}")
        self._base_position = self.position()
        self._active = self.active_seconds()
        self._base_wall = self.clock.now()
        self.state = SessionState.PAUSED
        self.pause_reason = PauseReason.USER

    def resume(self) -> None:
        """Go on from where the session stood."""
        if self.state != SessionState.PAUSED:
            raise SessionError(f"cannot resume a session that is {self.state}")
        self._base_wall = self.clock.now()
        self._suspended = self.clock.suspended()
        self._armed_wall = None
        self.state = SessionState.RUNNING
        self.pause_reason = None

    def skip(self) -> None:
        """Go to the start of the next step (the end, after the last)."""
        self._require_active("skip")
        step = self.phase().step
        if step not in self.completed_steps:
            self.skipped_steps.add(step)
        later = [i for i, p in enumerate(self.plan.phases) if p.step != step and
                 p.start > self.phase().start]
        if later:
            self._seek(self.plan.phases[later[0]].start)
        else:
            self._seek(self.plan.total_seconds)  # the end cue is still said

    def back(self) -> None:
        """Go to the start of this step, or of the previous one near a step's start."""
        self._require_active("go back")
        first = self._step_start(self.phase().step)
        if self.position() - self.plan.phases[first].start > BACK_GRACE or first == 0:
            self._seek(self.plan.phases[first].start)
        else:
            previous = self.plan.phases[first - 1].step
            self._seek(self.plan.phases[self._step_start(previous)].start)
        self.skipped_steps.discard(self.phase().step)  # a second chance at it

    def restart_step(self) -> None:
        """Go to the start of the current step."""
        self._require_active("restart the step")
        self._seek(self.plan.phases[self._step_start(self.phase().step)].start)
        self.skipped_steps.discard(self.phase().step)

    def stop(self) -> None:
        """End the session early."""
        if self.state in ACTIVE:
            self._base_position = self.position()
            self._finish(FinishReason.STOPPED)

    # ---------------------------------------------------------------- helpers
    def _require_active(self, what: str) -> None:
        if self.state not in ACTIVE:
            raise SessionError(f"cannot {what} in a session that is {self.state}")

    def _step_start(self, step: int) -> int:
        return next(i for i, p in enumerate(self.plan.phases) if p.step == step)

    def _seek(self, position: float) -> None:
        self._active = self.active_seconds()
        self._base_position = position
        self._base_wall = self.clock.now()
        self._next = bisect.bisect_left([c.at for c in self.cues], position - 1e-9)
        self._armed_wall = None

    def _finish(self, reason: FinishReason) -> None:
        if self.state != SessionState.FINISHED:
            self._base_position = self.position()
            self._active = self.active_seconds()
            self.state = SessionState.FINISHED
            self.finish_reason = reason
            self._armed_wall = None
