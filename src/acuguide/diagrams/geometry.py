"""Pure geometry of a diagram view, read from its SVG: hotspots, landmarks, cun scales.

Element ids are the contract between art and code: ``pt-<CODE>[-L|-R]`` points,
``area-<name>[-L|-R]`` massage areas, ``hold-<name>`` finger holds and ``lm-<name>[-L|-R]``
landmarks. The suffix is the side of the body the element is on: views of both limbs carry both,
the left and right versions of a single-limb view each carry their own. Nothing here imports Qt,
so hit-testing and the placement rules are tested without a display.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

SVG_NS = "{http://www.w3.org/2000/svg}"
_ID = re.compile(r"^(pt|area|hold)-(.+?)(?:-(L|R))?$")
SIDE_NAMES = {"L": "left", "R": "right", None: ""}

Pt = tuple[float, float]


@dataclass(frozen=True)
class Hotspot:
    """A clickable element: a point (circle), an area or a finger hold (polygon)."""

    id: str  # the SVG id, e.g. pt-SP6-L
    kind: str  # point | area | hold
    target: str  # WHO code, area name or hold name
    side: str  # left | right | "" (midline)
    centre: Pt
    radius: float = 0.0  # circles
    polygon: tuple[Pt, ...] = ()  # areas and holds

    def contains(self, x: float, y: float, slop: float = 0.0) -> bool:
        """True if (x, y) is inside, or within ``slop`` of a point's circle."""
        if not self.polygon:
            return math.hypot(x - self.centre[0], y - self.centre[1]) <= self.radius + slop
        return point_in_polygon(x, y, self.polygon)


@dataclass(frozen=True)
class Scale:
    """``cun`` standard cun between two landmarks, or a fixed number of units per cun."""

    units_per_cun: float
    span: tuple[float, float] = (-math.inf, math.inf)  # the y range it was measured over


@dataclass
class View:
    """One diagram view."""

    name: str
    title: str
    box: tuple[float, float, float, float]  # viewBox x, y, width, height
    hotspots: dict[str, Hotspot] = field(default_factory=dict)
    landmarks: dict[str, Pt] = field(default_factory=dict)
    lines: dict[str, tuple[Pt, Pt]] = field(default_factory=dict)
    scales: list[Scale] = field(default_factory=list)

    def units_per_cun(self, y: float) -> float:
        """The scale for a place at height ``y``: the scale measured over it, else the nearest."""
        def gap(s: Scale) -> float:
            lo, hi = s.span
            return 0.0 if lo <= y <= hi else min(abs(y - lo), abs(y - hi))
        return min(self.scales, key=gap).units_per_cun

    def landmark(self, name: str, side: str = "") -> Pt:
        """A landmark's position, preferring the one on ``side`` where both are drawn."""
        suffix = {"left": "-L", "right": "-R"}.get(side, "")
        for key in (f"{name}{suffix}", name, f"{name}-R", f"{name}-L"):
            if key in self.landmarks:
                return self.landmarks[key]
        raise KeyError(f"view {self.name} has no landmark lm-{name}")

    def for_target(self, kind: str, target: str) -> list[Hotspot]:
        """The hotspots of one point, area or hold on this view (both sides if drawn)."""
        return [h for h in self.hotspots.values() if h.kind == kind and h.target == target]


class DiagramError(ValueError):
    """An SVG that breaks the id contract."""


def point_in_polygon(x: float, y: float, polygon: tuple[Pt, ...]) -> bool:
    """Even-odd rule."""
    inside = False
    j = len(polygon) - 1
    for i, (xi, yi) in enumerate(polygon):
        xj, yj = polygon[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _floats(element: ET.Element, *names: str) -> list[float]:
    return [float(element.get(n, "0")) for n in names]


def _polygon(text: str) -> tuple[Pt, ...]:
    numbers = [float(v) for v in re.split(r"[\s,]+", text.strip()) if v]
    return tuple(zip(numbers[0::2], numbers[1::2], strict=True))


def _centroid(polygon: tuple[Pt, ...]) -> Pt:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-9:
        n = len(polygon)
        return (sum(p[0] for p in polygon) / n, sum(p[1] for p in polygon) / n)
    return (cx / (3 * area), cy / (3 * area))


def _scales(spec: str, view: View) -> list[Scale]:
    scales = []
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        words = part.split()
        if words[0] == "per-cun":
            scales.append(Scale(float(words[1])))
            continue
        a, b, cun = words[0].removeprefix("lm-"), words[1].removeprefix("lm-"), float(words[2])
        pa, pb = view.landmarks[a], view.landmarks[b]
        spread = sorted((pa[1], pb[1]))
        scales.append(Scale(math.dist(pa, pb) / cun, (spread[0], spread[1])))
    return scales


def _add_landmark(view: View, element: ET.Element, name: str, tag: str) -> None:
    if tag == "line":
        x1, y1, x2, y2 = _floats(element, "x1", "y1", "x2", "y2")
        view.lines[name] = ((x1, y1), (x2, y2))
        view.landmarks[name] = ((x1 + x2) / 2, (y1 + y2) / 2)
    else:
        cx, cy = _floats(element, "cx", "cy")
        view.landmarks[name] = (cx, cy)


def _hotspot(element: ET.Element, match: re.Match[str], tag: str, view_name: str) -> Hotspot:
    ident = match[0]
    kind, target, side = match[1], match[2], SIDE_NAMES[match[3]]
    kind = {"pt": "point"}.get(kind, kind)
    if kind == "hold":  # hold ids name the hand themselves: hold-right-thumb
        side = "right" if target.startswith("right-") else "left"
    if tag == "circle":
        cx, cy, r = _floats(element, "cx", "cy", "r")
        return Hotspot(ident, kind, target, side, (cx, cy), radius=r)
    if tag == "polygon":
        poly = _polygon(element.get("points", ""))
        return Hotspot(ident, kind, target, side, _centroid(poly), polygon=poly)
    raise DiagramError(f"{view_name}.svg: #{ident} must be a circle or a polygon, not {tag}")


def parse_view(data: bytes, name: str) -> View:
    """Read one view's geometry from its SVG bytes."""
    root = ET.fromstring(data)
    box = tuple(float(v) for v in root.get("viewBox", "0 0 0 0").split())
    title = root.findtext(f"{SVG_NS}title") or name
    view = View(name, title, box)  # type: ignore[arg-type]
    for element in root.iter():
        ident = element.get("id", "")
        tag = element.tag.removeprefix(SVG_NS)
        if ident.startswith("lm-"):
            _add_landmark(view, element, ident[3:], tag)
        elif match := _ID.match(ident):
            view.hotspots[ident] = _hotspot(element, match, tag, name)
    for element in root.iter():
        if element.tag.endswith("view") and element.get("scale"):
            view.scales = _scales(element.get("scale", ""), view)
    if not view.scales:
        raise DiagramError(f"{name}.svg declares no cun scale")
    return view


def hit_test(view: View, x: float, y: float, slop: float = 0.0) -> Hotspot | None:
    """The hotspot at (x, y): the nearest point within its radius + ``slop``, else an area."""
    best: Hotspot | None = None
    best_d = math.inf
    for hotspot in view.hotspots.values():
        if hotspot.polygon:
            continue
        d = math.hypot(x - hotspot.centre[0], y - hotspot.centre[1])
        if d <= hotspot.radius + slop and d < best_d:
            best, best_d = hotspot, d
    if best is not None:
        return best
    for hotspot in view.hotspots.values():
        if hotspot.polygon and point_in_polygon(x, y, hotspot.polygon):
            return hotspot
    return None


def reading_order(view: View) -> list[Hotspot]:
    """Hotspots top to bottom, then left to right (bands of 40 units), points first."""
    return sorted(view.hotspots.values(),
                  key=lambda h: (h.kind != "point", round(h.centre[1] / 40), h.centre[0]))


def neighbour(view: View, current: Hotspot, direction: str) -> Hotspot | None:
    """The nearest hotspot from ``current`` in ``direction`` (left, right, up, down)."""
    dx, dy = {"left": (-1, 0), "right": (1, 0), "up": (0, -1), "down": (0, 1)}[direction]
    best, best_score = None, math.inf
    for other in view.hotspots.values():
        if other is current:
            continue
        vx, vy = other.centre[0] - current.centre[0], other.centre[1] - current.centre[1]
        along = vx * dx + vy * dy
        if along <= 1e-6:
            continue
        across = abs(vx * dy - vy * dx)
        score = along + 2 * across  # prefer straight ahead
        if score < best_score:
            best, best_score = other, score
    return best
