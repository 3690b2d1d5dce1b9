"""What a finished session leaves in the history: time, steps done and skipped, how it ended.

Pure: computed from the routine, the safety choice and the session's last view. The history
(``acuguide.store.history``) stores exactly this record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from acuguide.session.presenters import step_of
from acuguide.session.states import FinishReason, SessionState

if TYPE_CHECKING:  # the history imports this module on the window's start-up path: keep it light
    from acuguide.model.routine import Routine
    from acuguide.session.safety import SafetyChoice
    from acuguide.session.view import SessionView


@dataclass(frozen=True)
class SessionRecord:
    """One session as remembered."""

    routine_id: str
    routine_title: str
    started_at: str  # ISO 8601, UTC
    duration_seconds: float  # time the session ran, pauses excluded
    steps_done: int
    steps_skipped: int  # left out at the safety check, or skipped and not gone back to
    completed: bool  # False: stopped early
    rating_before: int | None = None  # 0-10, optional
    rating_after: int | None = None
    speed: float = 1.0  # above 1: a trial run at a raised speed, not a real session
    stopped_at: int | None = None  # a stopped session: the plan's step it ended in (1 first)

    @property
    def skipped_through(self) -> bool:
        """Run to its end with no step done: the user skipped through it."""
        return self.completed and self.steps_done == 0

    @property
    def trial(self) -> bool:
        """Run at a raised speed (``acuguide run --speed``): a try-out."""
        return self.speed > 1.0


def session_record(routine: Routine, view: SessionView, *, started_at: str,
                   choice: SafetyChoice | None = None, speed: float = 1.0) -> SessionRecord:
    """The record of a session that has ended; ``view`` is the session at its end."""
    if view.state is not SessionState.FINISHED:
        raise ValueError(f"a session that is {view.state} has no record yet")
    left_out = choice.skip if choice else frozenset()
    return SessionRecord(
        routine_id=routine.id, routine_title=routine.title, started_at=started_at,
        duration_seconds=round(view.active_seconds, 1), steps_done=len(view.steps_done),
        steps_skipped=len(left_out) + len(view.steps_skipped),
        completed=view.finish_reason is FinishReason.COMPLETED,
        rating_before=choice.rating_before if choice else None, speed=speed,
        stopped_at=stopped_at(view))


def stopped_at(view: SessionView) -> int | None:
    """Which of the plan's steps (1 for its first) a stopped session ended in; None otherwise."""
    phase = view.phase
    if view.finish_reason is not FinishReason.STOPPED or phase is None:
        return None
    return step_of(view.plan, phase.step)[0]
