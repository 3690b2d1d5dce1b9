"""The detail panel's content as HTML (pure: built from the atlas, tested without Qt)."""

from __future__ import annotations

from html import escape

from acuguide.model.atlas import Area, Atlas, Hold, Point
from acuguide.model.routine import Routine
from acuguide.model.timefmt import clock
from acuguide.ui.theme import caution_colours

CAUTION_TITLES = {"pregnancy": "Pregnancy", "pregnancy-minor": "Pregnancy (some lists)",
                  "vessel": "Blood vessels", "nerve": "Nerve", "pressure": "Pressure"}


def caution_box(lines: list[str], theme: str) -> str:
    """Cautions that must stand out, in ``theme``'s caution colours (HTML lines, escaped)."""
    background, text = caution_colours(theme)
    return (f"<table width='100%' cellpadding='6' style='background:{background};"
            f"color:{text}'><tr><td>" + "<br>".join(lines) + "</td></tr></table>")


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def point_html(point: Point, atlas: Atlas, routines: list[Routine], *,
               theme: str = "light") -> str:
    """Everything about a point, cautions standing out."""
    parts = [f"<h2>{escape(point.code)} · {escape(point.pinyin)} "
             f"<span style='font-weight:normal'>{escape(' / '.join(point.hanzi))}</span></h2>",
             f"<p><b>{escape(', '.join(point.english))}</b><br>{escape(point.meridian)} "
             f"meridian · {escape(point.region)} · "
             f"{'both sides' if point.laterality == 'bilateral' else 'on the midline'}</p>"]
    if point.aliases:
        parts.append(f"<p><small>Also written: {escape(', '.join(point.aliases))}</small></p>")
    serious = [c for c in point.cautions if c.serious]
    if serious:
        parts.append(caution_box([f"<b>⚠ {CAUTION_TITLES[c.kind]}:</b> {escape(c.text)}"
                                  for c in serious], theme))
    parts.append(f"<h3>How to find it</h3><p>{escape(point.find)}</p>")
    parts += [f"<p><b>The article's way</b> <small>({escape(atlas.articles[w.article].title)})"
              f"</small>: {escape(w.text)}</p>" for w in point.article_find]
    parts += [f"<h3>Standard location (WHO)</h3><p>{escape(point.location)}</p>",
              "<h3>Uses, as the articles state them</h3>",
              _list([f"{escape(u.text)} <small>({escape(atlas.articles[u.article].title)})"
                     "</small>" for u in point.uses])]
    others = [c for c in point.cautions if not c.serious]
    if others:
        parts += ["<h3>Cautions</h3>",
                  _list([f"<b>{CAUTION_TITLES[c.kind]}:</b> {escape(c.text)}" for c in others])]
    if point.notes:
        parts += ["<h3>Notes</h3>", _list([escape(n) for n in point.notes])]
    used = [r.title for r in routines
            if any(s.kind == "point" and s.target == point.code for s in r.steps)]
    # One a line: a title may hold a comma ("Restless legs, evening").
    listed = "".join(f"<li>{escape(title)}</li>" for title in used)
    parts.append(f"<h3>Routines</h3>{f'<ul>{listed}</ul>' if used else '<p>None</p>'}")
    parts.append("<p><small>Source: " + escape("; ".join(
        atlas.articles[a].title for a in point.articles)) + "</small></p>")
    return "".join(parts)


def area_html(area: Area, atlas: Atlas) -> str:
    """A massage area."""
    return (f"<h2>{escape(area.title)}</h2><p>{escape(area.region)}</p>"
            f"<h3>What the article says</h3><p>{escape(area.effect.capitalize())}.</p>"
            f"<p><small>Source: {escape(atlas.articles[area.article].title)}</small></p>")


def hold_html(hold: Hold, atlas: Atlas) -> str:
    """A finger hold."""
    return (f"<h2>{escape(hold.title)} hold</h2><p>{escape(hold.instruction)}</p>"
            f"<p>Hold for two minutes; the article says it {escape(hold.purpose)}.</p>"
            f"<p><small>Source: {escape(atlas.articles[hold.article].title)}</small></p>")


def routine_html(routine: Routine, plan_total: float, atlas: Atlas, *,
                 theme: str = "light") -> str:
    """A routine's preview: purpose, time, source, cautions and its numbered steps."""
    source = atlas.articles[routine.source].title if routine.source in atlas.articles else (
        routine.source or "your own routine")
    parts = [f"<h2>{escape(routine.title)}</h2><p>{escape(routine.summary)}</p>",
             f"<p><b>{clock(plan_total)}</b> · {len(routine.steps)} steps · "
             f"<small>Source: {escape(source)}</small></p>"]
    if routine.cautions:
        parts.append(caution_box([f"⚠ {escape(c)}" for c in routine.cautions], theme))
    items = []
    for step in routine.steps:
        entry = atlas.target(step.kind, step.target)
        name = f"{entry.id} {getattr(entry, 'pinyin', '')}".strip() if step.kind == "point" \
            else entry.label
        sides = {"both-in-turn": "left then right", "both-at-once": "both at once"}.get(
            step.sides, step.sides)
        breath = (f", breathing {step.breathing.inhale:g} s in / {step.breathing.exhale:g} s out"
                  if step.breathing else "")
        items.append(f"<li><b>{escape(name)}</b>: {escape(step.technique.replace('-', ' '))}, "
                     f"{clock(step.seconds)} ({escape(sides)}){breath}</li>")
    parts.append("<h3>Steps</h3><ol>" + "".join(items) + "</ol>")
    if routine.notes:
        parts += ["<h3>Notes</h3>", _list([escape(n) for n in routine.notes])]
    if routine.tips:
        parts += ["<h3>Tips</h3>", _list([escape(n) for n in routine.tips])]
    return "".join(parts)
