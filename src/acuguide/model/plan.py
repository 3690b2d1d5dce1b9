"""The session plan: a routine expanded into a flat timeline of phases with offsets."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

from acuguide.model.atlas import Area, Atlas, Hold, Point, Target
from acuguide.model.routine import Breathing, Routine, Step

PHASE_KINDS = ("prepare", "work", "switch", "rest")
TECHNIQUE_VERBS = {
    "press": "Press",
    "press-and-massage": "Press and massage",
    "massage": "Massage",
    "gentle-massage": "Gently massage",
    "circular": "Massage in small circles",
    "kneading": "Knead",
    "kneading-and-rolling": "Knead and roll",
    "tapping": "Tap",
    "tapping-and-shiatsu": "Tap, then press in shiatsu style",
    "hold": "Hold",
    "stroking": "Stroke",
}
SIDE_WORDS = {"left": "left side", "right": "right side", "both": "both sides at once",
              "midline": ""}


@dataclass(frozen=True)
class Phase:
    """One stretch of the timeline. ``start`` is seconds from the session's start."""

    start: float
    seconds: float
    kind: str  # prepare | work | switch | rest
    step: int  # index into the routine's steps
    target: str  # WHO code, area name or hold name
    target_kind: str  # point | area | hold
    side: str  # left | right | both | midline
    technique: str
    breathing: Breathing | None
    instruction: str  # shown on screen
    speech: str  # spoken when the phase starts ("" for none)

    @property
    def end(self) -> float:
        """Offset at which the phase ends."""
        return self.start + self.seconds


@dataclass(frozen=True)
class Plan:
    """A routine's timeline."""

    routine_id: str
    title: str
    phases: tuple[Phase, ...]
    total_seconds: float
    steps: tuple[int, ...]  # the routine step indexes that are in the plan, in order

    @cached_property
    def starts(self) -> list[float]:
        """Every phase's start offset, in order (computed once: asked for every frame)."""
        return [p.start for p in self.phases]

    def index_at(self, t: float) -> int:
        """Index of the phase running at offset ``t`` (the last one at or after the end)."""
        return max(0, min(len(self.phases) - 1, bisect.bisect_right(self.starts, t) - 1))

    def first_phase_of_step(self, step: int) -> int:
        """Index of the first phase of routine step ``step``."""
        return next(i for i, p in enumerate(self.phases) if p.step == step)


def _sides(step: Step, bilateral: str | None) -> list[str]:
    sides = step.sides
    if bilateral and sides in ("both-in-turn", "both-at-once"):
        sides = bilateral
    return {"both-in-turn": ["left", "right"], "both-at-once": ["both"]}.get(sides, [sides])


def _name(target: Target) -> str:
    """The target as named mid-sentence: ``GB34 (Yánglíngquán)``, ``the thigh muscles``.

    An area's spoken text begins with its name as a sentence carries it (``the Achilles
    tendon, just above the heel``): the part before the first comma keeps every name's case.
    """
    if isinstance(target, Point):
        return f"{target.code} ({target.pinyin})"
    if isinstance(target, Area):
        return target.say.split(",")[0].strip()
    return target.title


def _instruction(step: Step, target: Target, side: str, whole: bool = False) -> str:
    """The line on screen; ``whole`` gives a finger hold's whole instruction (to get ready)."""
    if step.instruction:
        text = step.instruction
    elif isinstance(target, Hold):
        text = target.instruction.rstrip(".") if whole else target.instruction.split(",")[0]
    else:
        text = f"{TECHNIQUE_VERBS.get(step.technique, step.technique.capitalize())} {_name(target)}"
    words = "" if isinstance(target, Hold) else SIDE_WORDS[side]
    return f"{text}, {words}" if words else text


def _announce(target: Target, side: str) -> str:
    if isinstance(target, Hold):
        return f"Next: {target.instruction}"
    name = f"{target.code}, " if isinstance(target, Point) else ""
    words = SIDE_WORDS[side]
    return f"Next: {name}{target.say}" + (f", {words}." if words else ".")


def expand(routine: Routine, atlas: Atlas, *, prepare: float | None = None,
           bilateral: str | None = None, skip: frozenset[int] = frozenset()) -> Plan:
    """Expand ``routine`` into phases.

    ``prepare`` overrides the routine's get-ready time, ``bilateral`` ("both-in-turn" or
    "both-at-once") overrides how bilateral steps are done, ``skip`` leaves steps out.
    """
    phases: list[Phase] = []
    t = 0.0
    kept = []

    def add(seconds: float, kind: str, i: int, step: Step, target: Target, side: str,
            instruction: str, speech: str) -> None:
        nonlocal t
        if seconds <= 0:
            return
        phases.append(Phase(t, seconds, kind, i, target.id, target.kind, side, step.technique,
                            step.breathing if kind == "work" else None, instruction, speech))
        t += seconds

    for i, step in enumerate(routine.steps):
        if i in skip:
            continue
        kept.append(i)
        target = atlas.target(step.kind, step.target)
        sides = _sides(step, bilateral)
        get_ready = step.prepare if step.prepare is not None else (
            routine.prepare if prepare is None else prepare)
        add(get_ready, "prepare", i, step, target, sides[0],
            f"Get ready: {_instruction(step, target, sides[0], whole=True)}",
            _announce(target, sides[0]))
        for n, side in enumerate(sides):
            if n:
                words = f"Switch to the {SIDE_WORDS[side]}"
                add(routine.switch, "switch", i, step, target, side, words, words)
            add(step.seconds, "work", i, step, target, side, _instruction(step, target, side), "")
        if step.rest:
            add(step.rest, "rest", i, step, target, sides[-1], "Rest", "Rest")
    return Plan(routine.id, routine.title, tuple(phases), t, tuple(kept))
