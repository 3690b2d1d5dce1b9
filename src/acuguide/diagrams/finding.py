"""'How to find it': the landmark a point is measured from and a finger-width ruler to it.

A ruler states what the point's text says: the distance in cun from the data (``find_cun``),
or for a point found part of the way between two landmarks, that fraction. What the ruler
*draws* comes from the view's geometry, and tests check that the two agree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from acuguide.diagrams.geometry import Hotspot, Pt, View
from acuguide.model.anatomy import LANDMARK_WORDS
from acuguide.model.atlas import Point

# Finger measures (F-cun) a person can lay on their own leg, largest first.
FINGER_MEASURES = ((3.0, "four fingers (a hand-width)"), (2.0, "three fingers"),
                   (1.5, "two fingers"), (1.0, "one thumb-width"), (0.5, "half a thumb-width"))
COUNTS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
          9: "nine"}
FRACTION_WORDS = {Fraction(1, 2): "halfway", Fraction(1, 3): "a third of the way",
                  Fraction(2, 3): "two thirds of the way", Fraction(1, 4): "a quarter of the way",
                  Fraction(3, 4): "three quarters of the way"}


@dataclass(frozen=True)
class Level:
    """A place a point is measured from that is not drawn as a landmark of its own.

    Its level is that of the first of ``landmarks`` the view draws, straight across from the
    point (limb distances are lengths along the limb).
    """

    name: str  # what the level is, e.g. the point that marks it
    words: str
    landmarks: tuple[str, ...]


@dataclass(frozen=True)
class Segment:
    """A point found ``fraction`` of the way from its landmark towards another one.

    ``tolerance`` is how far (as a part of the way) the standard lets the point lie from it.
    """

    towards: str
    fraction: Fraction
    tolerance: float


# ST36 is 3 B-cun below ST35, the hollow beside the patellar ligament at the knee joint line:
# ST35 -> ST41 and the popliteal crease -> lateral malleolus are the same 16 B-cun segment,
# so the crease gives ST35's level where it is drawn; seen from the front, with the leg
# straight, the joint line is at the lower edge of the kneecap.
LEVELS = {"ST36": Level("ST35", "hollow below the kneecap, outer side (ST35)",
                        ("popliteal-crease", "patella-apex"))}
# Points found as a fraction of a line between two landmarks (their rules in the standard).
SEGMENTS = {
    # the junction of the front third and back two thirds of the heel -> web 2-3 line
    "KI1": Segment("heel", Fraction(1, 3), 0.05),
    # the upper third of the philtrum (its midpoint, the WHO main location, is allowed too)
    "GV26": Segment("upper-lip", Fraction(1, 3), 1 / 6),
    "GB21": Segment("acromion", Fraction(1, 2), 0.08),  # midpoint of C7 -> acromion
}


@dataclass(frozen=True)
class Ruler:
    """A ruler from a landmark to a point, with its ticks and what it says.

    Limb points are measured along the limb from the landmark's level, so the ruler runs from
    ``level`` (straight across from the landmark) to the point; for a point beside its
    landmark ``level`` is the landmark itself. A fraction ruler runs on from the landmark past
    the point to the ``towards`` landmark at ``end``, with a tick at every part.
    """

    landmark: str  # the landmark's name (lm-<name>), or a derived level's (ST35)
    words: str  # how a person names where it starts
    start: Pt  # the landmark
    level: Pt  # where the ruler starts
    end: Pt  # where it ends: the point, or the far landmark of a fraction ruler
    point: Pt  # the point
    cun: float  # the drawn distance from the level to the point, on this view's scale
    distance: float | None  # the distance it states, in cun (None: found by shape or part)
    fraction: Fraction | None  # the part of the way it states, for a fraction ruler
    towards: str  # the far landmark of a fraction ruler ("" otherwise)
    ticks: tuple[Pt, ...]
    label: str
    side: str = ""  # the side of the body the point is on ("" for midline)

    @property
    def drawn_fraction(self) -> float:
        """How far along start -> end the point is drawn (0 at the landmark, 1 at the end)."""
        length = math.dist(self.start, self.end)
        return math.dist(self.start, self.point) / length if length else 0.0


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


def cun_text(cun: float) -> str:
    """A distance as a label says it: 3 -> '3 cun', 1.5 -> '1.5 cun'."""
    return f"{cun:g} cun"


def distance_label(cun: float) -> str:
    """'3 cun: four fingers (a hand-width)'; a point on its landmark is 'right on it'."""
    if cun < 0.25:
        return "right on the landmark"
    return f"{cun_text(cun)}: {in_fingers(cun)}"


def landmark_words(name: str) -> str:
    """How a person names a landmark."""
    return LANDMARK_WORDS.get(name, name.replace("-", " "))


def _ticks(a: Pt, b: Pt, parts: float) -> tuple[Pt, ...]:
    """Ticks that divide a -> b into ``parts`` equal parts (the last one may be shorter)."""
    if parts <= 0 or a == b:
        return ()
    return tuple((a[0] + (b[0] - a[0]) * k / parts, a[1] + (b[1] - a[1]) * k / parts)
                 for k in range(1, int(parts + 1e-6) + 1))


def _measured(view: View, hotspot: Hotspot, landmark: str, words: str, start: Pt,
              distance: float | None) -> Ruler:
    end = hotspot.centre
    along_limb = abs(end[0] - start[0]) < abs(end[1] - start[1])
    level = (end[0], start[1]) if along_limb else start
    cun = math.dist(level, end) / view.units_per_cun((start[1] + end[1]) / 2)
    if distance is None:
        return Ruler(landmark, words, start, level, end, end, cun, None, None, "", (),
                     f"from the {words}", hotspot.side)
    return Ruler(landmark, words, start, level, end, end, cun, distance, None, "",
                 _ticks(level, end, distance), distance_label(distance), hotspot.side)


def _from_level(view: View, hotspot: Hotspot, rule: Level, distance: float | None) -> Ruler:
    for name in rule.landmarks:
        try:
            across = view.landmark(name, hotspot.side)
        except KeyError:
            continue
        start = (hotspot.centre[0], across[1])  # the level, straight across from the point
        return _measured(view, hotspot, rule.name, rule.words, start, distance)
    raise KeyError(f"view {view.name} draws none of {', '.join(rule.landmarks)}")


def _part_way(view: View, hotspot: Hotspot, landmark: str, rule: Segment) -> Ruler:
    start = view.landmark(landmark, hotspot.side)
    end = view.landmark(rule.towards, hotspot.side)
    point = hotspot.centre
    cun = math.dist(start, point) / view.units_per_cun((start[1] + point[1]) / 2)
    ticks = _ticks(start, end, rule.fraction.denominator)[:-1]  # the end is ringed, not ticked
    label = (f"{FRACTION_WORDS.get(rule.fraction, str(rule.fraction))} to the "
             f"{landmark_words(rule.towards)}")
    return Ruler(landmark, landmark_words(landmark), start, start, end, point, cun, None,
                 rule.fraction, rule.towards, ticks, label, hotspot.side)


def point_rulers(view: View, point: Point) -> list[Ruler]:
    """The 'how to find it' rulers of ``point`` on ``view``: one per side drawn.

    KeyError if the view does not draw the landmarks the point is measured from.
    """
    rulers = []
    for hotspot in view.for_target("point", point.code):
        if point.code in SEGMENTS:
            rulers.append(_part_way(view, hotspot, point.find_from, SEGMENTS[point.code]))
        elif point.code in LEVELS:
            rulers.append(_from_level(view, hotspot, LEVELS[point.code], point.find_cun))
        else:
            rulers.append(_measured(view, hotspot, point.find_from,
                                    landmark_words(point.find_from),
                                    view.landmark(point.find_from, hotspot.side),
                                    point.find_cun))
    return rulers
