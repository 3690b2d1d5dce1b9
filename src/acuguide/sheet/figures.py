"""The diagrams on a routine sheet: which views, cropped to their points, numbered by step.

Pure Python: view geometry from ``acuguide.diagrams``, page positions in points.
"""

from __future__ import annotations

from acuguide.diagrams import catalog
from acuguide.diagrams.geometry import Hotspot, View
from acuguide.model.anatomy import kind_of, side_of
from acuguide.model.atlas import Atlas
from acuguide.model.routine import Routine
from acuguide.sheet.items import Diagram, Marker, Rect

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


def _crop(view: View, hotspots: list[Hotspot]) -> tuple[float, float, float, float]:
    """The part of ``view`` around ``hotspots`` (x, y, w, h), padded, neither too thin nor flat."""
    x0, y0, w, h = view.box
    xs, ys = [], []
    for hotspot in hotspots:
        for x, y in hotspot.polygon or ((hotspot.centre[0] - hotspot.radius,
                                         hotspot.centre[1] - hotspot.radius),
                                        (hotspot.centre[0] + hotspot.radius,
                                         hotspot.centre[1] + hotspot.radius)):
            xs.append(x)
            ys.append(y)
    pad = 0.16 * max(w, h)
    left, top = max(x0, min(xs) - pad), max(y0, min(ys) - pad)
    right, bottom = min(x0 + w, max(xs) + pad), min(y0 + h, max(ys) + pad)
    # Not too thin either way, so the region stays recognisable.
    if (bottom - top) < 0.7 * (right - left):
        grow = (0.7 * (right - left) - (bottom - top)) / 2
        top, bottom = max(y0, top - grow), min(y0 + h, bottom + grow)
    if (right - left) < 0.55 * (bottom - top):
        grow = (0.55 * (bottom - top) - (right - left)) / 2
        left, right = max(x0, left - grow), min(x0 + w, right + grow)
    return (left, top, right - left, bottom - top)


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
    return Diagram(rect, view.name, crop, title, tuple(markers), tuple(shaded))
