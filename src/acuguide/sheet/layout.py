"""Where everything goes on a routine sheet (pure: positioned items, no painting).

Sizes are in points (1/72 inch) from the page's top-left corner. Text is measured by an
injected function, so the layout is exact with Qt's font metrics and testable without them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from acuguide.diagrams import catalog
from acuguide.diagrams.geometry import Hotspot, View
from acuguide.model.atlas import Atlas, Point
from acuguide.model.plan import TECHNIQUE_VERBS, expand
from acuguide.model.routine import Routine, Step
from acuguide.model.timefmt import clock

PAPERS = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}
MARGIN = 40.0
GAP = 8.0
# style -> (point size, bold)
STYLES = {"title": (18, True), "purpose": (10.5, False), "meta": (9, False),
          "heading": (11, True), "step": (9.5, True), "body": (9, False),
          "small": (8, False), "caution": (8.5, False), "footer": (7.5, False),
          "view": (7.5, True)}
LEADING = 1.25
VIEW_TITLES = {"leg-front": "Legs, front", "leg-back": "Legs, back",
               "leg-outer": "Right leg, outer side", "leg-inner": "Right leg, inner side",
               "foot-sole": "Right sole", "foot-top": "Right foot, top",
               "head-neck": "Head and neck, back", "face": "Face", "forearm-hand": "Hands"}

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
    """A step number on a diagram, at a point in page coordinates."""

    number: int
    x: float
    y: float


@dataclass(frozen=True)
class Diagram:
    """A view cropped to ``crop`` (view units) drawn into ``rect``, with numbered markers."""

    rect: Rect
    view: str
    crop: tuple[float, float, float, float]
    title: str
    markers: tuple[Marker, ...]
    shaded: tuple[tuple[tuple[float, float], ...], ...] = ()  # areas and holds, page coords

    def to_page(self, x: float, y: float) -> tuple[float, float]:
        """Map view coordinates into page points."""
        cx, cy, cw, ch = self.crop
        return (self.rect.x + (x - cx) / cw * self.rect.w,
                self.rect.y + (y - cy) / ch * self.rect.h)


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


# ------------------------------------------------------------------------ step text
def _sides(step: Step, target: object) -> str:
    if getattr(target, "laterality", "") == "midline" or step.kind == "hold":
        return ""
    return {"both-in-turn": "left, then right", "both-at-once": "both sides at once",
            "left": "left side", "right": "right side"}.get(step.sides, step.sides)


def step_line(step: Step, atlas: Atlas) -> str:
    """'Press and massage SP6 Sānyīnjiāo, left then right, 1:00 each side'."""
    target = atlas.target(step.kind, step.target)
    if step.kind == "hold":
        what = target.instruction.split(",")[0]  # type: ignore[union-attr]
    else:
        name = f"{target.id} {target.pinyin}" if isinstance(target, Point) else (
            target.say)  # type: ignore[union-attr]
        what = f"{TECHNIQUE_VERBS.get(step.technique, step.technique)} {name}"
    sides = _sides(step, target)
    each = " each side" if step.sides == "both-in-turn" and sides else ""
    parts = [what, sides, f"{clock(step.seconds)}{each}"]
    if step.breathing:
        parts.append(f"breathe {step.breathing.inhale:g} s in, {step.breathing.exhale:g} s out")
    return ", ".join(p for p in parts if p)


def step_detail(step: Step, atlas: Atlas) -> str:
    """How to find the target, and any tips."""
    target = atlas.target(step.kind, step.target)
    if isinstance(target, Point):
        text = target.find
        serious = [c.text for c in target.cautions if c.serious]
        if serious:
            text += " Caution: " + " ".join(serious)
    elif step.kind == "area":
        text = f"The article: it {target.effect}."  # type: ignore[union-attr]
    else:
        text = f"Slowly and deeply, {target.purpose}."  # type: ignore[union-attr]
    if step.tips:
        text += " " + " ".join(step.tips)
    return text


# ------------------------------------------------------------------------ diagrams
def _views_for(routine: Routine, atlas: Atlas) -> dict[str, list[int]]:
    """Views to draw and the step indexes on each, in first-use order."""
    chosen: dict[str, list[int]] = {}
    for index, step in enumerate(routine.steps):
        entry = atlas.target(step.kind, step.target)
        candidates = [v for v in entry.views if catalog.view(v).for_target(step.kind, step.target)]
        name = next((v for v in candidates if v in chosen), candidates[0])
        chosen.setdefault(name, []).append(index)
    return chosen


def _crop(view: View, hotspots: list[Hotspot]) -> tuple[float, float, float, float]:
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


def _diagram(view: View, steps: list[int], routine: Routine, numbers: dict[int, int],
             cell: Rect) -> Diagram:
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


# ------------------------------------------------------------------------ the flow
class _Flow:
    def __init__(self, size: tuple[float, float], measure: Measure):
        self.size = size
        self.measure = measure
        self.width = size[0] - 2 * MARGIN
        self.bottom = size[1] - MARGIN - 16  # room for the footer
        self.pages = [Page(1)]
        self.y = MARGIN

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def room(self, height: float) -> None:
        if self.y + height > self.bottom and self.y > MARGIN + 1:
            self.pages.append(Page(len(self.pages) + 1))
            self.y = MARGIN

    def text(self, text: str, style: str) -> float:
        """Add full-width text at the cursor (on a new page if it does not fit) and move on."""
        height = self.measure(text, style, self.width)
        self.room(height)
        self.page.items.append(Text(Rect(MARGIN, self.y, self.width, height), text, style))
        self.y += height
        return height


def layout(routine: Routine, atlas: Atlas, paper: str = "a4", *,
           measure: Measure = estimate, notes_lines: int = 0,
           printed: dt.date | None = None, source_title: str = "") -> Sheet:
    """Lay out the sheet of ``routine`` on ``paper`` (a4 or letter)."""
    size = PAPERS[paper]
    printed = printed or dt.date.today()
    flow = _Flow(size, measure)
    numbers = {i: i + 1 for i in range(len(routine.steps))}
    total = expand(routine, atlas).total_seconds
    source = source_title or (atlas.articles[routine.source].title
                              if routine.source in atlas.articles else routine.source)

    flow.text(routine.title, "title")
    flow.y += 2
    flow.text(routine.summary, "purpose")
    meta = f"{clock(total)} in all · {len(routine.steps)} steps"
    if source:
        meta += f" · Source: {source}"
    flow.y += 2
    flow.text(meta, "meta")
    flow.y += GAP

    # Cautions, framed.
    cautions = list(routine.cautions)
    if not any("medical advice" in c for c in cautions):
        cautions.append("Not medical advice. See a doctor if your symptoms persist or get worse.")
    caution_text = "\n".join(f"• {c}" for c in cautions)
    inner = flow.width - 12
    heading = measure("Cautions", "heading", inner)
    body = measure(caution_text, "caution", inner)
    height = heading + body + 10
    flow.room(height)
    top = flow.y + 5
    flow.page.items += [Box(Rect(MARGIN, flow.y, flow.width, height)),
                        Text(Rect(MARGIN + 6, top, inner, heading), "Cautions", "heading"),
                        Text(Rect(MARGIN + 6, top + heading, inner, body), caution_text,
                             "caution")]
    flow.y += height + GAP

    # Diagrams: one row (two on a narrow page if many), each view cropped to its points.
    views = _views_for(routine, atlas)
    rows = -(-len(views) // 5)  # at most five views a row
    per_row = -(-len(views) // rows)
    cell_w = (flow.width - GAP * (per_row - 1)) / per_row
    cell_h = 190.0 if per_row <= 4 and rows == 1 else 150.0
    row_views = list(views.items())
    for start in range(0, len(row_views), per_row):
        flow.room(cell_h)
        lowest = flow.y
        for column, (name, steps) in enumerate(row_views[start:start + per_row]):
            cell = Rect(MARGIN + column * (cell_w + GAP), flow.y, cell_w, cell_h)
            diagram = _diagram(catalog.view(name), steps, routine, numbers, cell)
            flow.page.items.append(diagram)
            lowest = max(lowest, diagram.rect.bottom)
        flow.y = lowest + GAP

    # Steps.
    flow.room(60)
    flow.text("Steps", "heading")
    flow.y += 2
    badge = 16.0
    for index, step in enumerate(routine.steps):
        line = step_line(step, atlas)
        detail = step_detail(step, atlas)
        width = flow.width - badge - 4
        height = measure(line, "step", width) + measure(detail, "small", width) + 4
        flow.room(height)
        flow.page.items.append(Text(Rect(MARGIN, flow.y, badge, measure("00", "step", badge)),
                                    f"{numbers[index]}.", "step"))
        h = measure(line, "step", width)
        flow.page.items.append(Text(Rect(MARGIN + badge + 4, flow.y, width, h), line, "step"))
        flow.page.items.append(Text(Rect(MARGIN + badge + 4, flow.y + h, width,
                                         measure(detail, "small", width)), detail, "small"))
        flow.y += height

    for heading, lines in (("Notes", routine.notes), ("Tips", routine.tips)):
        if lines:
            flow.y += GAP
            body = "\n".join(f"• {line}" for line in lines)
            flow.room(measure(heading, "heading", flow.width) + measure(body, "small",
                                                                         flow.width))
            flow.text(heading, "heading")
            flow.text(body, "small")

    if notes_lines:
        flow.y += GAP
        flow.room(20 + notes_lines * 18)
        flow.text("Practitioner's notes", "heading")
        for _ in range(notes_lines):
            flow.y += 18
            flow.page.items.append(Rule(Rect(MARGIN, flow.y, flow.width, 0.1)))
        flow.y += 4

    count = len(flow.pages)
    for page in flow.pages:
        text = (f"acuguide · not medical advice · printed {printed.isoformat()} · "
                f"page {page.number} of {count}")
        page.items.append(Text(Rect(MARGIN, size[1] - MARGIN - 10, size[0] - 2 * MARGIN, 10),
                               text, "footer"))
    return Sheet(paper, size, flow.pages, numbers)
