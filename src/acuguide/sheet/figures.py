"""The diagrams on a routine sheet: which views, cropped to their points, numbered by step.

Pure Python: view geometry from ``acuguide.diagrams``, page positions in points.
"""

from __future__ import annotations

from acuguide.diagrams import catalog
from acuguide.diagrams.geometry import Hotspot, View
from acuguide.model.atlas import Atlas
from acuguide.model.routine import Routine
from acuguide.sheet.items import Diagram, Marker, Rect

VIEW_TITLES = {"leg-front": "Legs, front", "leg-back": "Legs, back",
               "leg-outer": "Right leg, outer side", "leg-inner": "Right leg, inner side",
               "foot-sole": "Right sole", "foot-top": "Right foot, top",
               "head-neck": "Head and neck, back", "face": "Face", "forearm-hand": "Hands"}


def views_for(routine: Routine, atlas: Atlas) -> dict[str, list[int]]:
    """Views to draw and the step indexes on each, in first-use order."""
    chosen: dict[str, list[int]] = {}
    for index, step in enumerate(routine.steps):
        entry = atlas.target(step.kind, step.target)
        candidates = [name for name in map(catalog.variant, entry.views)
                      if catalog.view(name).for_target(step.kind, step.target)]
        name = next((v for v in candidates if v in chosen), candidates[0])
        chosen.setdefault(name, []).append(index)
    return chosen


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
           cell: Rect) -> Diagram:
    """The view drawn in ``cell``, cropped to the hotspots of ``steps``, numbered."""
    hotspots = {i: view.for_target(routine.steps[i].kind, routine.steps[i].target)
                for i in steps}
    crop = _crop(view, [h for hs in hotspots.values() for h in hs])
    scale = min(cell.w / crop[2], (cell.h - 12) / crop[3])
    w, h = crop[2] * scale, crop[3] * scale
    rect = Rect(cell.x + (cell.w - w) / 2, cell.y + 12, w, h)
    title = VIEW_TITLES.get(view.name, view.title)
    probe = Diagram(rect, view.name, crop, title, ())
    markers, shaded = [], []
    for index, found in hotspots.items():
        for hotspot in found:
            x, y = probe.to_page(*hotspot.centre)
            markers.append(Marker(numbers[index], x, y))
            if hotspot.polygon:
                shaded.append(tuple(probe.to_page(px, py) for px, py in hotspot.polygon))
    return Diagram(rect, view.name, crop, title, tuple(markers), tuple(shaded))
