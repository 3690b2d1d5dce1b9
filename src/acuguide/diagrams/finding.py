"""'How to find it': the landmark a point is measured from and a finger-width ruler to it."""

from __future__ import annotations

import math
from dataclasses import dataclass

from acuguide.diagrams.geometry import Hotspot, Pt, View

# Finger measures (F-cun) a person can lay on their own leg, largest first.
FINGER_MEASURES = ((3.0, "four fingers (a hand-width)"), (2.0, "three fingers"),
                   (1.5, "two fingers"), (1.0, "one thumb-width"), (0.5, "half a thumb-width"))


@dataclass(frozen=True)
class Ruler:
    """A ruler from a landmark to a point, with a tick at every cun."""

    landmark: str
    start: Pt  # the landmark
    end: Pt  # the point
    cun: float  # length in cun on this view's scale
    ticks: tuple[Pt, ...]
    label: str


def in_fingers(cun: float) -> str:
    """Say a distance in cun as finger-widths: 3 -> 'four fingers (a hand-width)'."""
    if cun < 0.25:
        return "right on the landmark"
    parts = []
    left = cun
    for size, words in FINGER_MEASURES:
        while left >= size - 0.2:
            parts.append(words)
            left -= size
    return " + ".join(parts) if parts else "half a thumb-width"


def ruler(view: View, hotspot: Hotspot, landmark: str) -> Ruler:
    """The ruler for ``hotspot`` measured from ``landmark`` (same side where both are drawn)."""
    start = view.landmark(landmark, hotspot.side)
    end = hotspot.centre
    per_cun = view.units_per_cun((start[1] + end[1]) / 2)
    length = math.dist(start, end)
    cun = length / per_cun
    ticks = []
    if length > 0:
        steps = int(cun + 1e-6)
        ticks = [(start[0] + (end[0] - start[0]) * k * per_cun / length,
                  start[1] + (end[1] - start[1]) * k * per_cun / length)
                 for k in range(1, steps + 1)]
    label = f"{cun:.1f} cun: {in_fingers(cun)}"
    return Ruler(landmark, start, end, cun, tuple(ticks), label)
