"""'How to find it': the landmark a point is measured from and a finger-width ruler to it."""

from __future__ import annotations

import math
from dataclasses import dataclass

from acuguide.diagrams.geometry import Hotspot, Pt, View
from acuguide.model.anatomy import LANDMARK_WORDS

# Finger measures (F-cun) a person can lay on their own leg, largest first.
FINGER_MEASURES = ((3.0, "four fingers (a hand-width)"), (2.0, "three fingers"),
                   (1.5, "two fingers"), (1.0, "one thumb-width"), (0.5, "half a thumb-width"))
COUNTS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
          9: "nine"}


@dataclass(frozen=True)
class Ruler:
    """A ruler from a landmark to a point, with a tick at every cun.

    Limb points are measured along the limb from the landmark's level (B-cun are lengths
    along the limb), so the ruler runs from ``level`` (straight across from the landmark)
    to the point; for a point beside its landmark ``level`` is the landmark itself.
    """

    landmark: str
    start: Pt  # the landmark
    level: Pt  # where the ruler starts
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
        count = 0
        while left >= size - 0.2:
            count += 1
            left -= size
        if count == 1:
            parts.append(words)
        elif count:  # only whole hand-widths repeat: 6 cun -> 'two hand-widths'
            parts.append(f"{COUNTS.get(count, str(count))} hand-widths")
    return " + ".join(parts) if parts else "half a thumb-width"


def ruler(view: View, hotspot: Hotspot, landmark: str, measured: bool = True) -> Ruler:
    """The ruler for ``hotspot`` from ``landmark`` (same side where both are drawn).

    ``measured`` is False for points found by a shape rather than a distance (a hollow, a
    crease, a line between two landmarks): the ruler then shows the way but no figure.
    """
    start = view.landmark(landmark, hotspot.side)
    end = hotspot.centre
    along_limb = abs(end[0] - start[0]) < abs(end[1] - start[1])
    level = (end[0], start[1]) if along_limb else start
    per_cun = view.units_per_cun((start[1] + end[1]) / 2)
    length = math.dist(level, end)
    cun = length / per_cun
    ticks: list[Pt] = []
    if length > 0 and measured:
        ticks = [(level[0] + (end[0] - level[0]) * k * per_cun / length,
                  level[1] + (end[1] - level[1]) * k * per_cun / length)
                 for k in range(1, int(cun + 1e-6) + 1)]
    words = LANDMARK_WORDS.get(landmark, landmark.replace("-", " "))
    label = f"{cun:.1f} cun: {in_fingers(cun)}" if measured else f"from the {words}"
    return Ruler(landmark, start, level, end, cun, tuple(ticks), label)
