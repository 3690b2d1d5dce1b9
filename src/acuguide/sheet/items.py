"""What a routine sheet is made of: paper sizes, text styles and the positioned items.

Sizes are in points (1/72 inch) from the page's top-left corner. Pure Python: the layout
(``acuguide.sheet.layout``) places these items and the painter (``acuguide.sheet.render``)
draws them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

PAPERS = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}
MARGIN = 40.0
GAP = 8.0
# style -> (point size, bold)
STYLES = {"title": (18, True), "purpose": (10.5, False), "meta": (9, False),
          "heading": (11, True), "step": (9.5, True), "body": (9, False),
          "small": (8, False), "caution": (8.5, False), "footer": (7.5, False),
          "view": (7.5, True)}
LEADING = 1.25

Measure = Callable[[str, str, float], float]  # (text, style, width) -> height in points


def estimate(text: str, style: str, width: float) -> float:
    """A font-free height estimate (DejaVu Sans: about 0.55 em a character)."""
    size, bold = STYLES[style]
    per_line = max(1, int(width / (size * (0.6 if bold else 0.55))))
    lines = 0
    for paragraph in text.split("\n"):
        words, line = paragraph.split(), 0
        lines += 1
        for word in words:
            if line and line + 1 + len(word) > per_line:
                lines += 1
                line = len(word)
            else:
                line += (1 if line else 0) + len(word)
    return lines * size * LEADING


@dataclass(frozen=True)
class Rect:
    """A rectangle in points."""

    x: float
    y: float
    w: float
    h: float

    @property
    def bottom(self) -> float:
        """Y of the lower edge."""
        return self.y + self.h

    @property
    def right(self) -> float:
        """X of the right edge."""
        return self.x + self.w

    def overlaps(self, other: Rect) -> bool:
        """True if the two rectangles share any area."""
        return (self.x < other.right - 0.01 and other.x < self.right - 0.01
                and self.y < other.bottom - 0.01 and other.y < self.bottom - 0.01)


@dataclass(frozen=True)
class Text:
    """Wrapped text in a box."""

    rect: Rect
    text: str
    style: str


@dataclass(frozen=True)
class Box:
    """A framed, lightly tinted box (the cautions)."""

    rect: Rect
    style: str = "caution"


@dataclass(frozen=True)
class Marker:
    """A step number on a diagram, at a point in page coordinates.

    ``badge`` is where its number is drawn (None: beside the point, see ``badge_at``).
    """

    number: int
    x: float
    y: float
    badge: tuple[float, float] | None = None


@dataclass(frozen=True)
class Diagram:
    """A view cropped to ``crop`` (view units) drawn into ``rect``, with numbered markers."""

    rect: Rect
    view: str
    crop: tuple[float, float, float, float]
    title: str
    markers: tuple[Marker, ...]
    shaded: tuple[tuple[tuple[float, float], ...], ...] = ()  # areas and holds, page coords
    label_scale: float = 1.0  # the view's own labels drawn this much larger (6 pt at least)

    def to_page(self, x: float, y: float) -> tuple[float, float]:
        """Map view coordinates into page points."""
        cx, cy, cw, ch = self.crop
        return (self.rect.x + (x - cx) / cw * self.rect.w,
                self.rect.y + (y - cy) / ch * self.rect.h)


BADGE_OFFSET = 10.0  # points from a point to its number's badge
BADGE_RADIUS = 6.0


def badge_at(marker: Marker, rect: Rect) -> tuple[float, float]:
    """Where a marker's number is drawn: beside its point, towards the panel's nearer side.

    So the badge never covers the point or the landmark it is measured from.
    """
    if marker.badge is not None:
        return marker.badge
    side = -1.0 if marker.x < rect.x + rect.w / 2 else 1.0
    return marker.x + side * BADGE_OFFSET, marker.y - BADGE_OFFSET * 0.6


def place_badges(markers: list[Marker], rect: Rect,
                 avoid: list[tuple[float, float]]) -> list[Marker]:
    """Each marker with a badge placed clear of the landmarks in ``avoid``.

    Clear of the badges placed before it too: eight directions around its point are tried,
    outward ones first, then the same a little farther out.
    """
    placed: list[tuple[float, float]] = []
    out: list[Marker] = []
    for marker in markers:
        side = -1.0 if marker.x < rect.x + rect.w / 2 else 1.0
        options = []
        for reach in (BADGE_OFFSET, 1.5 * BADGE_OFFSET, 2.2 * BADGE_OFFSET):
            for degrees in (-35, 0, -70, 35, -110, 70, 180 - 35, 180):
                angle = math.radians(degrees)
                dx, dy = side * math.cos(angle), math.sin(angle)
                options.append((marker.x + dx * reach, marker.y + dy * reach))

        def clear(at: tuple[float, float]) -> bool:
            inside = (rect.x + BADGE_RADIUS <= at[0] <= rect.right - BADGE_RADIUS
                      and rect.y + BADGE_RADIUS <= at[1] <= rect.bottom - BADGE_RADIUS)
            return inside and all(
                (at[0] - x) ** 2 + (at[1] - y) ** 2 > (BADGE_RADIUS + 1.5) ** 2
                for x, y in avoid) and all(
                (at[0] - x) ** 2 + (at[1] - y) ** 2 > (2 * BADGE_RADIUS + 1) ** 2
                for x, y in placed)  # two badges never touch

        badge = next((at for at in options if clear(at)), options[0])
        placed.append(badge)
        out.append(Marker(marker.number, marker.x, marker.y, badge))
    return out


@dataclass(frozen=True)
class Rule:
    """A writing line for a practitioner's notes."""

    rect: Rect


Item = Text | Box | Diagram | Rule


@dataclass
class Page:
    """One page's items."""

    number: int
    items: list[Item] = field(default_factory=list)


@dataclass
class Sheet:
    """A laid-out routine sheet."""

    paper: str
    size: tuple[float, float]
    pages: list[Page]
    step_numbers: dict[int, int]  # routine step index -> printed number

    @property
    def printable(self) -> Rect:
        """The area inside the margins."""
        return Rect(MARGIN, MARGIN, self.size[0] - 2 * MARGIN, self.size[1] - 2 * MARGIN)
