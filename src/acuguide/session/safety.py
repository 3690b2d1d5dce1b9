"""The safety check before a session (pure): which steps carry which cautions."""

from __future__ import annotations

from dataclasses import dataclass, field

from acuguide.model.atlas import Atlas, Caution
from acuguide.model.routine import Routine

PREGNANCY = ("pregnancy", "pregnancy-minor")


@dataclass(frozen=True)
class Flagged:
    """A step on a point with serious or pregnancy cautions."""

    step: int
    code: str
    name: str
    cautions: tuple[Caution, ...]

    @property
    def pregnancy(self) -> bool:
        """True if the point is on a pregnancy list."""
        return any(c.kind in PREGNANCY for c in self.cautions)


@dataclass(frozen=True)
class SafetyChoice:
    """What the user chose in the safety check."""

    skip: frozenset[int] = field(default_factory=frozenset)
    rating_before: int | None = None


def flagged_steps(routine: Routine, atlas: Atlas) -> list[Flagged]:
    """The routine's steps on points with pregnancy or blood-vessel cautions, in order."""
    out = []
    for index, step in enumerate(routine.steps):
        if step.kind != "point":
            continue
        point = atlas.points[step.target]
        cautions = tuple(c for c in point.cautions if c.serious or c.kind in PREGNANCY)
        if cautions:
            out.append(Flagged(index, point.code, f"{point.code} {point.english[0]}", cautions))
    return out
