"""Where everything goes on a routine sheet (pure: positioned items, no painting).

``layout`` runs the sheet's sections in order (header, cautions, diagrams, steps, the
routine's notes and tips, lines for a practitioner's notes, footers) down a ``Flow`` of
pages. Sizes are in points (1/72 inch) from the page's top-left corner. Text is measured by
an injected function, so the layout is exact with Qt's font metrics and testable without
them. The items are in ``acuguide.sheet.items``, the diagrams' crops and markers in
``acuguide.sheet.figures``.
"""

from __future__ import annotations

import datetime as dt

from acuguide.diagrams import catalog
from acuguide.model.anatomy import kind_of
from acuguide.model.atlas import Atlas, Point
from acuguide.model.plan import TECHNIQUE_VERBS, expand
from acuguide.model.routine import Routine, Step
from acuguide.model.timefmt import clock
from acuguide.sheet.figures import figure, views_for
from acuguide.sheet.flow import Flow
from acuguide.sheet.items import (
    GAP,
    MARGIN,
    PAPERS,
    Box,
    Measure,
    Rect,
    Rule,
    Sheet,
    Text,
    estimate,
)

DISCLAIMER = "Not medical advice. See a doctor if your symptoms persist or get worse."


# ------------------------------------------------------------------------ the sections
def layout(routine: Routine, atlas: Atlas, paper: str = "a4", *,
           measure: Measure = estimate, notes_lines: int = 0, log_days: int = 0,
           printed: dt.date | None = None, source_title: str = "") -> Sheet:
    """Lay out the sheet of ``routine`` on ``paper`` (a4 or letter).

    ``notes_lines`` adds lines for a practitioner's notes, ``log_days`` a practice log of
    that many days (0: none).
    """
    size = PAPERS[paper]
    flow = Flow(size, measure)
    numbers = {i: i + 1 for i in range(len(routine.steps))}
    _header(flow, routine, atlas, source_title)
    _cautions(flow, routine)
    _diagrams(flow, routine, atlas, numbers)
    _steps(flow, routine, atlas, numbers)
    _notes_and_tips(flow, routine)
    _practitioner_lines(flow, notes_lines)
    _practice_log(flow, log_days)
    _footers(flow, printed or dt.date.today())
    return Sheet(paper, size, flow.pages, numbers)


def _header(flow: Flow, routine: Routine, atlas: Atlas, source_title: str) -> None:
    """Title, purpose, and a line with the total time, the number of steps and the source."""
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


def _cautions(flow: Flow, routine: Routine) -> None:
    """The routine's cautions, and always the disclaimer, framed together."""
    cautions = list(routine.cautions)
    if not any("medical advice" in c for c in cautions):
        cautions.append(DISCLAIMER)
    caution_text = "\n".join(f"• {c}" for c in cautions)
    inner = flow.width - 12
    heading = flow.measure("Cautions", "heading", inner)
    body = flow.measure(caution_text, "caution", inner)
    height = heading + body + 10
    flow.room(height)
    top = flow.y + 5
    flow.add(Box(Rect(MARGIN, flow.y, flow.width, height)),
             Text(Rect(MARGIN + 6, top, inner, heading), "Cautions", "heading"),
             Text(Rect(MARGIN + 6, top + heading, inner, body), caution_text, "caution"))
    flow.y += height + GAP


def _diagrams(flow: Flow, routine: Routine, atlas: Atlas, numbers: dict[int, int]) -> None:
    """One row of views (two on a narrow page if many), each cropped to its points.

    A one-limb view done on both sides shares its cell: its left version beside its right one.
    Each diagram's title names limb and side ("Left foot, sole"), wrapped to its width.
    """
    views = views_for(routine, atlas)
    cells: dict[str, list[tuple[str, list[int]]]] = {}
    for name, steps in views.items():
        cells.setdefault(kind_of(name), []).append((name, steps))
    rows = -(-len(cells) // 5)  # at most five cells a row
    per_row = -(-len(cells) // rows)
    cell_w = (flow.width - GAP * (per_row - 1)) / per_row
    cell_h = 190.0 if per_row <= 4 and rows == 1 else 150.0
    row_cells = list(cells.values())
    for start in range(0, len(row_cells), per_row):
        panels = []  # (x, width, name, steps, title)
        for column, cell in enumerate(row_cells[start:start + per_row]):
            width = (cell_w - GAP / 2 * (len(cell) - 1)) / len(cell)
            for k, (name, steps) in enumerate(cell):
                x = MARGIN + column * (cell_w + GAP) + k * (width + GAP / 2)
                panels.append((x, width, name, steps, catalog.view(name).title))
        title_h = max(flow.measure(p[4], "view", p[1]) for p in panels) + 2
        flow.room(cell_h + title_h)
        lowest = flow.y
        for x, width, name, steps, title in panels:
            box = Rect(x, flow.y, width, cell_h + title_h - 12)
            diagram = figure(catalog.view(name), steps, routine, numbers, box, title_h, "")
            flow.add(Text(Rect(x, flow.y, width, title_h - 2), title, "view"), diagram)
            lowest = max(lowest, diagram.rect.bottom)
        flow.y = lowest + GAP


def _steps(flow: Flow, routine: Routine, atlas: Atlas, numbers: dict[int, int]) -> None:
    """The numbered steps: what to do, then how to find it and any tips, in smaller type."""
    flow.room(60)
    flow.text("Steps", "heading")
    flow.y += 2
    badge = 16.0
    width = flow.width - badge - 4
    measure = flow.measure
    for index, step in enumerate(routine.steps):
        line = step_line(step, atlas)
        detail = step_detail(step, atlas)
        line_h, detail_h = measure(line, "step", width), measure(detail, "small", width)
        height = line_h + detail_h + 4
        flow.room(height)
        flow.add(Text(Rect(MARGIN, flow.y, badge, measure("00", "step", badge)),
                      f"{numbers[index]}.", "step"),
                 Text(Rect(MARGIN + badge + 4, flow.y, width, line_h), line, "step"),
                 Text(Rect(MARGIN + badge + 4, flow.y + line_h, width, detail_h), detail,
                      "small"))
        flow.y += height


def _notes_and_tips(flow: Flow, routine: Routine) -> None:
    """The routine's own notes and tips, each under its heading, as bullets."""
    for heading, lines in (("Notes", routine.notes), ("Tips", routine.tips)):
        if lines:
            flow.y += GAP
            body = "\n".join(f"• {line}" for line in lines)
            flow.room(flow.measure(heading, "heading", flow.width)
                      + flow.measure(body, "small", flow.width))
            flow.text(heading, "heading")
            flow.text(body, "small")


def _practitioner_lines(flow: Flow, count: int) -> None:
    """``count`` ruled lines for a practitioner's notes (none by default)."""
    if not count:
        return
    flow.y += GAP
    flow.room(20 + count * 18)
    flow.text("Practitioner's notes", "heading")
    for _ in range(count):
        flow.y += 18
        flow.add(Rule(Rect(MARGIN, flow.y, flow.width, 0.1)))
    flow.y += 4


LOG_MAX_DAYS = 31
LOG_ROW = 17.0  # points: room to tick and to write a number
LOG_COLUMNS = (("Day", 0.0), ("Date", 0.09), ("Done", 0.32), ("Before (0-10)", 0.45),
               ("After (0-10)", 0.68), ("Note", 0.86))


def _square(x: float, y: float, side: float) -> list[Rule]:
    """A tick box drawn as four thin rules (no fills: the print stays vector)."""
    t = 0.6
    return [Rule(Rect(x, y, side, t)), Rule(Rect(x, y + side - t, side, t)),
            Rule(Rect(x, y, t, side)), Rule(Rect(x + side - t, y, t, side))]


def _practice_log(flow: Flow, days: int) -> None:
    """A grid of ``days`` rows: a tick box, and a 0-10 rating before and after the routine.

    Kept together, on the last page if it fits there, else on a page of its own.
    """
    if days <= 0:
        return
    days = min(days, LOG_MAX_DAYS)
    intro = ("Tick each day you did the routine, and rate how your legs feel from 0 (no "
             "discomfort) to 10 (the worst) before and after it.")
    head = flow.measure("Practice log", "heading", flow.width)
    note = flow.measure(intro, "small", flow.width)
    flow.y += GAP
    flow.room(head + note + (days + 1) * LOG_ROW + 4)
    flow.text("Practice log", "heading")
    flow.text(intro, "small")
    flow.y += 4
    for label, at in LOG_COLUMNS:
        flow.add(Text(Rect(MARGIN + at * flow.width, flow.y, 0.2 * flow.width, 11), label,
                      "small"))
    flow.y += LOG_ROW - 4
    flow.add(Rule(Rect(MARGIN, flow.y, flow.width, 0.6)))
    for day in range(1, days + 1):
        top = flow.y
        flow.add(Text(Rect(MARGIN, top + 4, 0.08 * flow.width, 11), str(day), "small"))
        flow.add(*_square(MARGIN + LOG_COLUMNS[2][1] * flow.width, top + 3.5, 10))
        flow.y += LOG_ROW
        flow.add(Rule(Rect(MARGIN, flow.y, flow.width, 0.3)))
    flow.y += 4


def _footers(flow: Flow, printed: dt.date) -> None:
    """On every page: the disclaimer, the date printed and 'page n of m'."""
    width, height = flow.size
    count = len(flow.pages)
    for page in flow.pages:
        text = (f"acuguide · not medical advice · printed {printed.isoformat()} · "
                f"page {page.number} of {count}")
        page.items.append(Text(Rect(MARGIN, height - MARGIN - 10, width - 2 * MARGIN, 10),
                               text, "footer"))


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
