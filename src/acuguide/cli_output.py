"""Text and JSON renderings of points, routines and plans for the command line."""

from __future__ import annotations

import dataclasses
import textwrap
from typing import Any

from acuguide.model.atlas import Atlas, Point
from acuguide.model.content import Content
from acuguide.model.plan import Plan, expand
from acuguide.model.routine import Routine
from acuguide.model.timefmt import clock

WIDTH = 88


def routines_using(point: Point, content: Content) -> list[str]:
    """Ids of the routines with a step on ``point``."""
    return [r.id for r in content.routines.values()
            if any(s.kind == "point" and s.target == point.code for s in r.steps)]


def point_json(point: Point, content: Content, note: str = "") -> dict[str, Any]:
    """Every field of a point, plus derived ones, for ``--json``."""
    data = dataclasses.asdict(point)
    data.update(meridian=point.meridian, sides=list(point.sides), articles=list(point.articles),
                routines=routines_using(point, content))
    if note:
        data["note"] = note
    return data


def routine_json(routine: Routine, atlas: Atlas) -> dict[str, Any]:
    """A routine's summary for ``routines --json``."""
    plan = expand(routine, atlas)
    return {
        "id": routine.id, "title": routine.title, "summary": routine.summary,
        "total_seconds": plan.total_seconds, "steps": len(routine.steps),
        "source": routine.source, "builtin": routine.builtin, "origin": routine.origin,
        "cautions": list(routine.cautions), "notes": list(routine.notes),
        "targets": [s.target for s in routine.steps],
    }


def plan_json(plan: Plan) -> dict[str, Any]:
    """The expanded timeline for ``plan --json``."""
    return {
        "routine": plan.routine_id, "title": plan.title, "total_seconds": plan.total_seconds,
        "phases": [
            {"start": p.start, "seconds": p.seconds, "kind": p.kind, "step": p.step,
             "target": p.target, "target_kind": p.target_kind, "side": p.side,
             "technique": p.technique,
             "breathing": dataclasses.asdict(p.breathing) if p.breathing else None,
             "instruction": p.instruction, "speech": p.speech}
            for p in plan.phases
        ],
    }


def format_points(points: list[Point]) -> str:
    """One line per point."""
    return "\n".join(
        f"{p.code:<5} {p.pinyin:<14} {p.english[0]:<22} {p.region}" for p in points
    )


def _indented(text: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent="  ", subsequent_indent="  ")


def _block(title: str, lines: list[str]) -> list[str]:
    out = ["", title]
    for line in lines:
        out += textwrap.wrap(line, WIDTH, initial_indent="  - ", subsequent_indent="    ")
    return out


def format_point(point: Point, atlas: Atlas, content: Content, note: str = "") -> str:
    """A point's full description for ``show``."""
    hanzi = " / ".join(point.hanzi)
    side = "both sides" if point.laterality == "bilateral" else "midline (one point)"
    out = [f"{point.code}  {point.pinyin}  {hanzi}  {', '.join(point.english)}"]
    if note:
        out += textwrap.wrap(f"Note: {note}", WIDTH)
    out += [f"{point.meridian} meridian; {point.region}; {side}",
            f"Also written: {', '.join(point.aliases)}" if point.aliases else ""]
    out += ["", "How to find it:", *_indented(point.find)]
    for way in point.article_find:
        title = atlas.articles[way.article].title
        out += ["", *_indented(f"The article's way ({title}): {way.text}")]
    out += ["", "Standard location (WHO):", *_indented(point.location)]
    out += _block("Uses, as the articles state them:",
                  [f"{u.text} [{u.article}]" for u in point.uses])
    if point.cautions:
        out += _block("Cautions:", [
            ("IMPORTANT: " if c.serious else "") + c.text for c in point.cautions])
    if point.notes:
        out += _block("Notes:", list(point.notes))
    used = routines_using(point, content)
    out += ["", f"Routines: {', '.join(used) if used else 'none'}",
            "Articles: " + "; ".join(atlas.articles[a].title for a in point.articles)]
    return "\n".join(line for line in out if line is not None)


def format_routines(routines: list[Routine], atlas: Atlas) -> str:
    """A table of routines."""
    lines = []
    for routine in routines:
        plan = expand(routine, atlas)
        origin = "built-in" if routine.builtin else routine.origin
        source = atlas.articles[routine.source].title if routine.source in atlas.articles else (
            routine.source or "-")
        lines.append(f"{routine.id:<16} {routine.title:<26} {clock(plan.total_seconds):>7}  "
                     f"{len(routine.steps):>2} steps  {source} ({origin})")
    return "\n".join(lines)


def format_plan(plan: Plan) -> str:
    """The timeline, one phase a line."""
    out = [f"{plan.title} ({plan.routine_id}): {len(plan.steps)} steps, "
           f"{len(plan.phases)} phases, total {clock(plan.total_seconds)}",
           f"{'start':>8} {'length':>6}  {'kind':<8} {'step':>4}  {'target':<19} {'side':<8} "
           "instruction"]
    out += [f"{clock(p.start):>8} {clock(p.seconds):>6}  {p.kind:<8} {p.step + 1:>4}  "
            f"{p.target:<19} {p.side:<8} {p.instruction}" for p in plan.phases]
    out.append(f"{clock(plan.total_seconds):>8}  end")
    return "\n".join(out)
