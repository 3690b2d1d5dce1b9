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
from acuguide.model.atlas import Atlas
from acuguide.model.plan import expand
from acuguide.model.routine import Routine
from acuguide.model.timefmt import clock
from acuguide.sheet.figures import figure, side_marks, views_for
from acuguide.sheet.flow import Flow
from acuguide.sheet.items import (
    GAP,
    LEADING,
    MARGIN,
    PAPERS,
    STYLES,
    Box,
    Diagram,
    Measure,
    Rect,
    Rule,
    Sheet,
    Text,
    estimate,
)
from acuguide.sheet.practice_log import practice_log
from acuguide.sheet.step_text import step_detail, step_line

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
    practice_log(flow, log_days, routine.title)
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


PANELS_A_ROW = 6
BULLET_INDENT = 9.0  # points: the text of a bullet hangs clear of its dot


def _bullets(lines: list[str] | tuple[str, ...], style: str, x: float, y: float, width: float,
             measure: Measure) -> tuple[list[Text], float]:
    """Bulleted lines with a hanging indent (wrapped lines start under the text, not the dot).

    Returns the items and their height.
    """
    items: list[Text] = []
    top = y
    for line in lines:
        height = measure(line, style, width - BULLET_INDENT)
        items.append(Text(Rect(x, y, BULLET_INDENT, height), "•", style))
        items.append(Text(Rect(x + BULLET_INDENT, y, width - BULLET_INDENT, height), line, style))
        y += height
    return items, y - top


def _cautions(flow: Flow, routine: Routine) -> None:
    """The routine's cautions, and always the disclaimer, framed together."""
    cautions = list(routine.cautions)
    if not any("medical advice" in c for c in cautions):
        cautions.append(DISCLAIMER)
    inner = flow.width - 12
    heading = flow.measure("Cautions", "heading", inner)
    _, body = _bullets(cautions, "caution", 0, 0, inner, flow.measure)
    height = heading + body + 10
    flow.room(height)
    top = flow.y + 5
    items, _ = _bullets(cautions, "caution", MARGIN + 6, top + heading, inner, flow.measure)
    flow.add(Box(Rect(MARGIN, flow.y, flow.width, height)),
             Text(Rect(MARGIN + 6, top, inner, heading), "Cautions", "heading"), *items)
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
    # Rows of at most six panels; a one-limb view done on both sides is two panels.
    rows_of: list[list[list[tuple[str, list[int]]]]] = [[]]
    for cell in cells.values():
        if rows_of[-1] and sum(len(c) for c in rows_of[-1]) + len(cell) > PANELS_A_ROW:
            rows_of.append([])
        rows_of[-1].append(cell)
    units = max(sum(len(c) for c in row) for row in rows_of)
    cell_h = 190.0 if len(rows_of) == 1 and units <= 4 else (150.0 if len(rows_of) == 1 else 128.0)
    for row in rows_of:
        panels = []  # (x, width, name, steps, title)
        x = MARGIN
        for (name, steps), width in zip(*_row_widths(flow, row, cell_h, routine, numbers),
                                        strict=True):
            panels.append((x, width, name, steps, catalog.view(name).title))
            x += width + GAP
        title_h = max(flow.measure(p[4], "view", p[1]) for p in panels) + 2
        flow.room(cell_h + title_h)
        lowest = flow.y
        for x, width, name, steps, title in panels:
            box = Rect(x, flow.y, width, cell_h + title_h - 12)
            diagram = figure(catalog.view(name), steps, routine, numbers, box, title_h, "")
            flow.add(Text(Rect(x, flow.y, width, title_h - 2), title, "view"), diagram)
            lowest = max(lowest, diagram.rect.bottom + _side_marks(flow, diagram))
        flow.y = lowest + GAP


PANEL_MIN_W = 72.0  # points: room for a panel's title ("Left foot, top") on two lines


def _row_widths(flow: Flow, row: list[list[tuple[str, list[int]]]], height: float,
                routine: Routine, numbers: dict[int, int]
                ) -> tuple[list[tuple[str, list[int]]], list[float]]:
    """The row's panels and a width each: as wide as its crop at one height for the row.

    So a wide view (the inner side of a leg, its foot stretched out) gets the room a tall
    narrow one (a foot from above) does not need, and the row's panels line up.
    """
    panels = [panel for cell in row for panel in cell]
    aspects = []
    for name, steps in panels:
        probe = figure(catalog.view(name), steps, routine, numbers, Rect(0, 0, 1000, 1000), 0)
        aspects.append(probe.crop[2] / probe.crop[3])
    room = flow.width - GAP * (len(panels) - 1)
    share = min(height, room / sum(aspects))
    widths = [max(PANEL_MIN_W, share * a) for a in aspects]
    while sum(widths) > room + 0.01 and share > 1:  # the minimum widths took some room
        share *= room / sum(widths)
        widths = [max(PANEL_MIN_W, share * a) for a in aspects]
    if sum(widths) > room:  # even the minimum widths do not fit: share the row equally
        widths = [room / len(panels)] * len(panels)
    return panels, widths


def _side_marks(flow: Flow, diagram: Diagram) -> float:
    """'Their right' and 'Their left' under a view of both limbs, always in the sheet's type.

    The drawing's own marks are left out when it is printed (``render.larger_words``): in a
    narrow panel, drawn large enough to read, they ran into each other. Returns the height
    they take (0 for a view without them).
    """
    marks = sorted(side_marks(diagram.view), key=lambda m: m.x)  # the drawing's own: unprinted
    if not marks:
        return 0.0
    size = STYLES["view"][0]
    y = diagram.rect.bottom + 1.5
    r = diagram.rect
    short = sum(len(m.text) for m in marks) * size * 0.62 + 6 > diagram.rect.w
    for mark, at_left in zip(marks, (True, False), strict=False):
        # "Their right" where it fits, else "Right" (the title says whose right it is).
        words = mark.text.split()[-1].capitalize() if short else mark.text.capitalize()
        wide = len(words) * size * 0.62
        x = r.x if at_left else r.right - wide
        flow.add(Text(Rect(x, y, wide, size * LEADING), words, "view"))
    return size * LEADING + 1.5


def _steps(flow: Flow, routine: Routine, atlas: Atlas, numbers: dict[int, int]) -> None:
    """The numbered steps: what to do, then how to find it and any tips, in smaller type."""
    flow.room(60)
    flow.text("Steps", "heading")
    flow.y += 2
    badge = 16.0
    width = flow.width - badge - 4
    measure = flow.measure
    first_said: dict[str, int] = {}
    for index, step in enumerate(routine.steps):
        line = step_line(step, atlas)
        detail = step_detail(step, atlas)
        if detail in first_said:  # the same words as an earlier step: said once, pointed to
            detail = f"As step {numbers[first_said[detail]]}."
        else:
            first_said[detail] = index
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
            # Many short lines go in two columns, so a sheet's last lines do not take a page.
            columns = 2 if len(lines) >= 6 else 1
            width = (flow.width - GAP * (columns - 1)) / columns
            half = -(-len(lines) // columns)
            parts = [lines[i:i + half] for i in range(0, len(lines), half)]
            body = max(_bullets(part, "small", 0, 0, width, flow.measure)[1] for part in parts)
            flow.room(flow.measure(heading, "heading", flow.width) + body)
            flow.text(heading, "heading")
            for column, part in enumerate(parts):
                items, _ = _bullets(part, "small", MARGIN + column * (width + GAP), flow.y,
                                    width, flow.measure)
                flow.add(*items)
            flow.y += body


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


def _footers(flow: Flow, printed: dt.date) -> None:
    """On every page: the disclaimer, the date printed and 'page n of m'."""
    width, height = flow.size
    count = len(flow.pages)
    for page in flow.pages:
        text = (f"acuguide · not medical advice · printed {printed.isoformat()} · "
                f"page {page.number} of {count}")
        page.items.append(Text(Rect(MARGIN, height - MARGIN - 10, width - 2 * MARGIN, 10),
                               text, "footer"))
