"""A read-only snapshot of a session: all the screen and the launcher may know of it (pure)."""

from __future__ import annotations

from dataclasses import dataclass

from acuguide.model.plan import Phase, Plan
from acuguide.session.states import ACTIVE, FinishReason, PauseReason, SessionState


@dataclass(frozen=True)
class SessionView:
    """The session at one moment; take a new one (``runner.view``) to see it move.

    Times are plan seconds, except ``active_seconds`` (clock seconds spent running).
    """

    plan: Plan
    state: SessionState
    phase_index: int
    position: float  # since the start, pauses excluded
    remaining: float  # left in the current phase (0 when finished)
    remaining_total: float  # left in the session
    active_seconds: float
    steps_done: frozenset[int] = frozenset()  # routine step indexes worked to their end
    steps_skipped: frozenset[int] = frozenset()  # skipped and not gone back to
    pause_reason: PauseReason | None = None
    finish_reason: FinishReason | None = None

    @property
    def phase(self) -> Phase | None:
        """The phase at the current position (None only for an empty plan)."""
        return self.plan.phases[self.phase_index] if self.plan.phases else None

    @property
    def active(self) -> bool:
        """True while running or paused: the controls apply."""
        return self.state in ACTIVE

    @property
    def running(self) -> bool:
        """True while the plan's time moves."""
        return self.state is SessionState.RUNNING

    @property
    def seconds_into_phase(self) -> float:
        """Plan seconds since the current phase began."""
        phase = self.phase
        return 0.0 if phase is None else max(0.0, self.position - phase.start)
