"""The diagrams on a routine sheet: which views, cropped to their points, numbered by step.

Pure Python: view geometry from ``acuguide.diagrams``, page positions in points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from acuguide.diagrams import catalog
from acuguide.diagrams.geometry import Hotspot, View
from acuguide.model.anatomy import kind_of, side_of
from acuguide.model.atlas import Atlas
from acuguide.model.routine import Routine
from acuguide.sheet.items import Diagram, Marker, Rect, place_badges

# Views drawn whole on a sheet: a foot, a hand, a head is recognised only whole.
WHOLE = frozenset({"foot-sole", "foot-top", "face", "head-neck", "forearm-hand"})
MIN_TEXT_PT = 6.0
MIN_HEIGHT = 0.5  # a leg panel shows at least half the leg's height
SIDES_OF_STEP = {"both-in-turn": ("left", "right"), "both-at-once": ("left", "right"),
                 "left": ("left",), "right": ("right",)}


def views_for(routine: Routine, atlas: Atlas) -> dict[str, list[int]]:
    """Views (files) to draw and the step indexes on each, in first-use order.

    A step goes on the first of its data's views that draws it (one already chosen, if any). A
    view of both limbs numbers both; a one-limb view is drawn in its left and its right version,
    for the sides the step is done on.
    """
    chosen: dict[str, list[int]] = {}
    for index, step in enumerate(routine.steps):
        entry = atlas.target(step.kind, step.target)
        drawn = [name for name, _ in catalog.drawn_on(step.kind, step.target, entry.views)]
        kinds = list(dict.fromkeys(kind_of(name) for name in drawn))
        kind = next((k for k in kinds if any(kind_of(n) == k for n in chosen)), kinds[0])
        names = [n for n in drawn if kind_of(n) == kind]
        sides = SIDES_OF_STEP.get(step.sides, ())
        names = [n for n in names if side_of(n) in (None, *sides)] or names[:1]
        for name in names:
            chosen.setdefault(name, []).append(index)
    return chosen


def _on_its_sides(view: View, routine: Routine, index: int) -> list[Hotspot]:
    """A step's hotspots on ``view``: both sides for a step done on both, else its one side."""
    step = routine.steps[index]
    found = view.for_target(step.kind, step.target)
    sides = SIDES_OF_STEP.get(step.sides)
    if not sides:
        return found
    return [h for h in found if not h.side or h.side in sides] or found


@dataclass(frozen=True)
class Label:
    """A word drawn in a view's SVG: its text, anchor point and font size (view units)."""

    text: str
    x: float
    y: float
    size: float

    @property
    def band(self) -> tuple[float, float]:
        """The label's top and bottom (view units)."""
        return self.y - self.size, self.y + 0.3 * self.size


_TEXT = re.compile(r'<text\b[^>]*?\bx="([-\d.]+)"[^>]*?\by="([-\d.]+)"[^>]*?'
                   r'font-size="([\d.]+)"[^>]*>([^<]*)</text>')


@cache
def labels(name: str) -> tuple[Label, ...]:
    """The words of view ``name`` below its title (the sheet prints the title itself)."""
    svg = catalog.svg_bytes(name).decode("utf-8")
    found = [Label(t.strip(), float(x), float(y), float(size))
             for x, y, size, t in _TEXT.findall(svg)]
    return tuple(label for label in found if label.y > _title_line(name))  # not the title


def _title_line(name: str) -> float:
    """The y below which the view's own words start (its title band is above it)."""
    _x, top, _w, height = catalog.view(name).box
    return top + 0.08 * height


@cache
def title_bottom(name: str) -> float:
    """Where the view's drawing starts, below its own title (the sheet prints the title)."""
    svg = catalog.svg_bytes(name).decode("utf-8")
    titles = [float(y) + 0.3 * float(size) for _x, y, size, _t in _TEXT.findall(svg)
              if float(y) <= _title_line(name)]
    return max(titles, default=catalog.view(name).box[1]) + 2


def side_marks(name: str) -> tuple[Label, ...]:
    """'Their right' / 'Their left' marks of a view of both limbs."""
    return tuple(label for label in labels(name) if label.text.lower().startswith("their "))


def _crop(view: View, hotspots: list[Hotspot]) -> tuple[float, float, float, float]:
    """The part of ``view`` around ``hotspots`` (x, y, w, h).

    Always the view's whole width (so no word at a side is cut and the limb stays whole
    across); at least half its height; whole for a foot, a hand or a head; and never cutting
    a word of the drawing in two.
    """
    x0, y0, w, h = view.box
    below = title_bottom(view.name)  # the panel has the title above it already
    h -= below - y0
    y0 = below
    if kind_of(view.name) in WHOLE:
        return (x0, y0, w, h)
    ys: list[float] = []
    for hotspot in hotspots:
        points = hotspot.polygon or ((hotspot.centre[0], hotspot.centre[1] - hotspot.radius),
                                     (hotspot.centre[0], hotspot.centre[1] + hotspot.radius))
        ys += [y for _x, y in points]
    pad = 0.15 * h  # room above and below the points: the leg around them, not a strip
    top, bottom = max(y0, min(ys) - pad), min(y0 + h, max(ys) + pad)
    if bottom - top < MIN_HEIGHT * h:
        grow = (MIN_HEIGHT * h - (bottom - top)) / 2
        top, bottom = top - grow, bottom + grow
        if top < y0:
            top, bottom = y0, y0 + MIN_HEIGHT * h
        if bottom > y0 + h:
            top, bottom = y0 + h - MIN_HEIGHT * h, y0 + h
    for label in labels(view.name):  # a word the edge would cut is taken in whole
        upper, lower = label.band
        if upper < top < lower:
            top = max(y0, upper - 2)
        if upper < bottom < lower:
            bottom = min(y0 + h, lower + 2)
    return (x0, top, w, bottom - top)


def _room_for_words(name: str, crop: tuple[float, float, float, float],
                    factor: float) -> tuple[float, float, float, float]:
    """``crop`` widened so every word in it, drawn ``factor`` times larger, fits across."""
    x, y, w, h = crop
    left, right = x, x + w
    for label in labels(name):
        if y <= label.y <= y + h:
            half = len(label.text) * label.size * factor * 0.33 + 2  # a bold word, centred
            left, right = min(left, label.x - half), max(right, label.x + half)
    return (left, y, right - left, h)


def _label_scale(name: str, crop: tuple[float, float, float, float], scale: float) -> float:
    """How much larger the view's words must be drawn to be at least 6 pt on the page."""
    shown = [label.size for label in labels(name)
             if crop[1] <= label.y <= crop[1] + crop[3]]
    if not shown:
        return 1.0
    return max(1.0, MIN_TEXT_PT / (min(shown) * scale))


def figure(view: View, steps: list[int], routine: Routine, numbers: dict[int, int],
           cell: Rect, title_h: float = 12.0, title: str | None = None) -> Diagram:
    """The view drawn in ``cell``, cropped to the hotspots of ``steps``, numbered.

    ``title_h`` points at the top of the cell are left for the title. ``title`` (default: the
    view's title, naming limb and side) is drawn with the diagram; "" when the caller sets the
    title as text of its own.
    """
    hotspots = {i: _on_its_sides(view, routine, i) for i in steps}
    crop = _crop(view, [h for hs in hotspots.values() for h in hs])
    scale = min(cell.w / crop[2], (cell.h - title_h) / crop[3])
    for _ in range(3):  # words drawn larger may need a wider crop, which makes them smaller
        wider = _room_for_words(view.name, crop, _label_scale(view.name, crop, scale))
        if wider == crop:
            break
        crop = wider
        scale = min(cell.w / crop[2], (cell.h - title_h) / crop[3])
    w, h = crop[2] * scale, crop[3] * scale
    rect = Rect(cell.x + (cell.w - w) / 2, cell.y + title_h, w, h)
    title = view.title if title is None else title
    probe = Diagram(rect, view.name, crop, title, ())
    markers, shaded = [], []
    for index, found in hotspots.items():
        for hotspot in found:
            x, y = probe.to_page(*hotspot.centre)
            markers.append(Marker(numbers[index], x, y))
            if hotspot.polygon:
                shaded.append(tuple(probe.to_page(px, py) for px, py in hotspot.polygon))
    landmarks = [probe.to_page(*point) for point in view.landmarks.values()]
    placed = place_badges(markers, rect, landmarks)
    return Diagram(rect, view.name, crop, title, tuple(placed), tuple(shaded),
                   _label_scale(view.name, crop, scale))
