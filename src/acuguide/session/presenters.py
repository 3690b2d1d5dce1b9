"""What the session screen says and shows for a phase, from the plan and the session (pure).

The screen only puts these words on its labels and these ids on its diagram, so everything
here is tested without a window.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from acuguide.model.anatomy import kind_of, side_of
from acuguide.model.timefmt import clock

if TYPE_CHECKING:  # imported by the history's record on the window's start-up path
    from acuguide.model.plan import Plan
    from acuguide.session.record import SessionRecord
    from acuguide.session.view import SessionView

SIDE_TEXT = {"left": "LEFT side", "right": "RIGHT side", "both": "BOTH sides",
             "midline": "centre line"}
# The current point's ring blinks (dim every other second) for the first seconds of a
# running phase, to draw the eye, then stays lit.
PULSE_SECONDS = 10


class SidedHotspot(Protocol):
    """A diagram element with its id and the side of the body it is on ("" for the midline)."""

    @property
    def id(self) -> str:
        """The SVG id, e.g. ``pt-SP6-L``."""

    @property
    def side(self) -> str:
        """"left", "right" or ""."""


@dataclass(frozen=True)
class Shown:
    """One diagram the screen shows for a step: a view file and the ids to light on it."""

    view: str  # e.g. leg-inner-left
    ids: frozenset[str]


@dataclass(frozen=True)
class PhaseText:
    """The words the screen shows for one phase."""

    step: str  # "Step 3 of 17"
    side: str  # "LEFT side" ("" for none)
    side_shown: bool  # False for a point on the centre line: the side says nothing there
    instruction: str
    after: str  # "After this: ..."
    speech: str = ""  # what the voice says as the phase starts (its caption repeats the above)


def step_of(plan: Plan, step: int) -> tuple[int, int]:
    """(n, m): routine step ``step`` is the n-th of the plan's m steps (n is 0 if not in it)."""
    steps = list(plan.steps)
    return (steps.index(step) + 1 if step in steps else 0), len(steps)


def step_text(plan: Plan, step: int) -> str:
    """"Step n of m" for routine step ``step``."""
    n, m = step_of(plan, step)
    return f"Step {n} of {m}"


def after_this(plan: Plan, index: int) -> str:
    """The work that comes after this phase's own, seen from phase ``index``: "After this: ...".

    On the left side of a point done in turn that is its right side, not the next point; while
    getting ready for (or switching to) a side, it is what follows that side, so the screen
    never says the current step twice.
    """
    phase = plan.phases[index]
    later = [p for p in plan.phases[index + 1:]
             if p.kind == "work" and (p.step, p.side) != (phase.step, phase.side)]
    return f"After this: {later[0].instruction}" if later else "After this: the end"


def phase_text(plan: Plan, index: int) -> PhaseText:
    """Everything the screen writes for phase ``index`` of ``plan``."""
    phase = plan.phases[index]
    return PhaseText(step=step_text(plan, phase.step), side=SIDE_TEXT.get(phase.side, ""),
                     side_shown=phase.side != "midline" or phase.target_kind != "point",
                     instruction=phase.instruction, after=after_this(plan, index),
                     speech=phase.speech)


def hotspot_ids(hotspots: Iterable[SidedHotspot], side: str) -> frozenset[str]:
    """The diagram ids to show for a step done on ``side``.

    ``pt-CODE-L`` or ``-R`` for one side, both for "both" (both at once), and the one id of a
    midline point or of a view that draws a single side; all of them if none matches.
    """
    hotspots = list(hotspots)
    wanted = frozenset(h.id for h in hotspots if h.side in ("", side) or side == "both")
    return wanted or frozenset(h.id for h in hotspots)


def diagrams_for(drawn: Sequence[tuple[str, Sequence[SidedHotspot]]], side: str
                 ) -> tuple[Shown, ...]:
    """The diagrams for a step done on ``side`` (left, right, both or midline).

    ``drawn`` lists the views that draw the step's target, in order of preference (the data's
    ``views:`` first), each with the target's hotspots there. A left or right step shows the
    first view that draws that side: a view of both limbs, or that side's version of a one-limb
    view (never the other side's). "Both at once" shows both limbs: a view that draws both,
    else the left and right versions side by side (left first). A midline point, or a target
    drawn on one side only (a finger hold), shows its first view.
    """
    drawn = [(name, list(hotspots)) for name, hotspots in drawn if hotspots]
    if not drawn:
        return ()
    if side in ("left", "right"):
        for name, hotspots in drawn:
            ids = frozenset(h.id for h in hotspots if h.side == side)
            if ids and side_of(name) in (None, side):
                return (Shown(name, ids),)
    if side == "both":
        for name, hotspots in drawn:
            if side_of(name) is None and {h.side for h in hotspots} >= {"left", "right"}:
                return (Shown(name, frozenset(h.id for h in hotspots)),)
        sided = [(n, hs) for n, hs in drawn if side_of(n) is not None]
        if sided:
            kind = kind_of(sided[0][0])
            pair = {side_of(n): Shown(n, frozenset(h.id for h in hs))
                    for n, hs in sided if kind_of(n) == kind}
            if set(pair) == {"left", "right"}:
                return (pair["left"], pair["right"])
    name, hotspots = drawn[0]
    return (Shown(name, hotspot_ids(hotspots, side)),)


def point_lit(view: SessionView, reduced_motion: bool = False) -> bool:
    """Whether the current point's ring is lit now (it blinks at the start of a phase).

    Dim on the odd seconds of the first PULSE_SECONDS of a running phase; lit otherwise,
    and always with reduced motion or while paused.
    """
    if reduced_motion or not view.running:
        return True
    into = view.seconds_into_phase
    return into >= PULSE_SECONDS or math.floor(into + 1e-6) % 2 == 0


def summary_text(record: SessionRecord, total_steps: int, stopped_at: int | None = None
                 ) -> tuple[str, str]:
    """(headline, details) of the summary after a session.

    ``total_steps`` counts the routine's steps, those left out at the safety check included;
    ``stopped_at`` is the plan's step a stopped session ended in, if known (else the record's).
    A session run to its end with every step skipped says so, and is never "Well done".
    """
    stopped_at = stopped_at or record.stopped_at
    if record.skipped_through:
        headline = "Skipped through to the end: no step was done."
    elif record.completed and record.steps_skipped:
        headline = f"Finished, with {record.steps_skipped} of {total_steps} steps skipped."
    elif record.completed:
        headline = "Well done."
    elif stopped_at:
        headline = f"Session stopped at step {stopped_at}."
    else:
        headline = "Session stopped."
    details = (f"{record.routine_title}: {clock(record.duration_seconds)} · "
               f"{record.steps_done} of {total_steps} steps done · "
               f"{record.steps_skipped} skipped")
    if record.trial:
        details += f" · trial at speed {record.speed:g}"
    return headline, details


def outcome_text(record: SessionRecord) -> str:
    """How a session ended, for the history: "completed", "stopped at step 3" ..."""
    if record.skipped_through:
        text = "skipped through"
    elif record.completed:
        text = f"completed, {record.steps_skipped} skipped" if record.steps_skipped else "completed"
    elif record.stopped_at:
        text = f"stopped at step {record.stopped_at}"
    else:
        text = "stopped"
    return f"{text} (trial, speed {record.speed:g})" if record.trial else text
