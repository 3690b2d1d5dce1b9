"""The practice log at the end of a routine sheet, on request (pure: positioned items).

A row a day with a tick box and a 0-10 rating before and after the routine, drawn with rules
only (no fills), so the print stays vector.
"""

from __future__ import annotations

from acuguide.sheet.flow import Flow
from acuguide.sheet.items import GAP, MARGIN, Rect, Rule, Text

LOG_MAX_DAYS = 31
LOG_ROW = 22.0  # points: room to tick and to write by hand
LOG_COLUMNS = (("Day", 0.0), ("Date", 0.07), ("Done", 0.25), ("Before (0-10)", 0.34),
               ("After (0-10)", 0.49), ("Note", 0.64))


def _square(x: float, y: float, side: float) -> list[Rule]:
    """A tick box drawn as four thin rules (no fills: the print stays vector)."""
    t = 0.6
    return [Rule(Rect(x, y, side, t)), Rule(Rect(x, y + side - t, side, t)),
            Rule(Rect(x, y, t, side)), Rule(Rect(x + side - t, y, t, side))]


def practice_log(flow: Flow, days: int, title: str) -> None:
    """A grid of ``days`` rows: a tick box, and a 0-10 rating before and after the routine.

    Kept together, on the last page if it fits there, else on a page of its own.
    """
    if days <= 0:
        return
    days = min(days, LOG_MAX_DAYS)
    intro = ("Tick each day you did the routine, and rate how your legs feel from 0 (no "
             "discomfort) to 10 (the worst) before and after it.")
    heading = f"Practice log: {title}"  # named, so a page on its own says what it logs
    head = flow.measure(heading, "heading", flow.width)
    note = flow.measure(intro, "small", flow.width)
    flow.y += GAP
    flow.room(head + note + (days + 1) * LOG_ROW + 4)
    flow.text(heading, "heading")
    flow.text(intro, "small")
    flow.y += 4
    for label, at in LOG_COLUMNS:
        flow.add(Text(Rect(MARGIN + at * flow.width, flow.y, 0.2 * flow.width, 11), label,
                      "view"))
    flow.y += LOG_ROW - 4
    flow.add(Rule(Rect(MARGIN, flow.y, flow.width, 0.6)))
    for day in range(1, days + 1):
        top = flow.y
        flow.add(Text(Rect(MARGIN, top + 6, 0.06 * flow.width, 11), str(day), "small"))
        flow.add(*_square(MARGIN + LOG_COLUMNS[2][1] * flow.width, top + 5, 12))
        flow.y += LOG_ROW
        flow.add(Rule(Rect(MARGIN, flow.y, flow.width, 0.3)))
    flow.y += 4
