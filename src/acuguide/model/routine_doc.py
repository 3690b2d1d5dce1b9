"""A routine as a person edits it, and the routine file it is written as (pure).

``RoutineDoc`` holds what the file says: the fields a person set, ``None`` where a step takes
the routine's default. It is immutable, so an undo step is one document before and one
after. ``to_yaml`` writes it in the README's layout (fields in the README's order, durations
as a person writes them: ``2m``, ``90s``); ``check_doc`` runs the loader itself on that text,
so the builder, ``acuguide check`` and the routines list judge a routine the same way;
``doc_from_routine`` turns any loaded routine back into a document that plans to exactly the
same timeline (export, duplicate).
"""

from __future__ import annotations

import collections
import dataclasses
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, cast

import yaml

from acuguide.model.atlas import Atlas, Point
from acuguide.model.problems import ContentError, Problem
from acuguide.model.routine import Routine, Step

SCHEMA_FILE = "routine.schema.json"
HEADER = (f"# yaml-language-server: $schema={SCHEMA_FILE}\n"
          "# An acuguide routine. Check it with: acuguide check FILE (rules: acuguide schema)\n")
LOADER_TECHNIQUE = "press-and-massage"  # what the loader gives a step that names none
LOADER_SIDES = "both-in-turn"


@dataclass(frozen=True)
class StepDoc:
    """One step as written: its target, and only the values it sets itself."""

    kind: str  # point | area | hold
    target: str  # a point code, or an area's or a hold's name
    seconds: float | None = None
    sides: str | None = None
    technique: str | None = None
    breathing: tuple[float, float] | None = None  # (inhale, exhale)
    instruction: str = ""
    tips: tuple[str, ...] = ()
    prepare: float | None = None
    rest: float | None = None


@dataclass(frozen=True)
class Defaults:
    """What every step takes unless it says otherwise (``None``: the loader's own)."""

    seconds: float | None = None
    prepare: float | None = None
    switch: float | None = None
    sides: str | None = None
    technique: str | None = None
    breathing: tuple[float, float] | None = None
    rest: float | None = None


@dataclass(frozen=True)
class RoutineDoc:
    """A routine file's content."""

    id: str = ""
    title: str = ""
    summary: str = ""
    source: str = ""
    cautions: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()
    defaults: Defaults = field(default_factory=Defaults)
    steps: tuple[StepDoc, ...] = ()

    def with_step(self, index: int, step: StepDoc) -> RoutineDoc:
        """A copy with step ``index`` replaced."""
        steps = list(self.steps)
        steps[index] = step
        return replace(self, steps=tuple(steps))


# ---------------------------------------------------------------- writing
def format_duration(seconds: float) -> str:
    """Seconds as a person writes them: ``2m``, ``90s``, ``12m30s``, ``2.5s``."""
    if not math.isfinite(seconds) or seconds != int(seconds):
        return f"{seconds:g}s"
    whole = int(seconds)
    if whole >= 60 and whole % 60 == 0:
        return f"{whole // 60}m"
    if whole < 600:
        return f"{whole}s"
    minutes, rest = divmod(whole, 60)
    return f"{minutes}m{rest}s"


_PLAIN = re.compile(r"\A[^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n\t]*\Z")
# YAML's own rules for what a plain scalar means (untyped in PyYAML's stubs, hence the cast).
_RESOLVE = cast(Callable[..., str], yaml.resolver.Resolver().resolve)
_STR = "tag:yaml.org,2002:str"


def _reads_as_text(text: str) -> bool:
    """Whether plain ``text`` is a string to YAML (not a number, a date, null, ``=``, ``<<``)."""
    return _RESOLVE(yaml.ScalarNode, text, (True, False)) == _STR


# What YAML cannot hold raw, or reads as a line break (NEL, the line and paragraph separators).
_UNPRINTABLE = re.compile(
    "[^\t\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def quote(text: str) -> str:
    """``text`` as a YAML scalar: plain when that reads back as the same string, else quoted."""
    if (_PLAIN.match(text) and _reads_as_text(text) and ": " not in text
            and " #" not in text and not text.endswith((":", " "))
            and not _UNPRINTABLE.search(text) and "\r" not in text):
        return text
    # A JSON string is a YAML double-quoted one; YAML also wants its unprintables escaped.
    quoted = json.dumps(text, ensure_ascii=False)
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m[0]):04x}", quoted)


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _breathing(value: tuple[float, float]) -> str:
    return f"{{inhale: {_number(value[0])}, exhale: {_number(value[1])}}}"


def _texts(key: str, items: tuple[str, ...], indent: str) -> list[str]:
    if not items:
        return []
    return [f"{indent}{key}:", *(f"{indent}  - {quote(t)}" for t in items)]


def _step_lines(step: StepDoc) -> list[str]:
    lines = [f"  - {step.kind}: {quote(step.target)}"]
    pairs: list[tuple[str, str | None]] = [
        ("seconds", None if step.seconds is None else format_duration(step.seconds)),
        ("sides", step.sides),
        ("technique", step.technique),
        ("breathing", None if step.breathing is None else _breathing(step.breathing)),
        ("instruction", quote(step.instruction) if step.instruction else None),
    ]
    lines += [f"    {key}: {value}" for key, value in pairs if value is not None]
    lines += _texts("tips", step.tips, "    ")
    for key, seconds in (("prepare", step.prepare), ("rest", step.rest)):
        if seconds is not None:
            lines.append(f"    {key}: {format_duration(seconds)}")
    return lines


def _defaults_lines(defaults: Defaults) -> list[str]:
    durations = (("seconds", defaults.seconds), ("prepare", defaults.prepare),
                 ("switch", defaults.switch))
    lines = [f"  {k}: {format_duration(v)}" for k, v in durations if v is not None]
    lines += [f"  {k}: {v}" for k, v in (("sides", defaults.sides),
                                          ("technique", defaults.technique)) if v]
    if defaults.breathing is not None:
        lines.append(f"  breathing: {_breathing(defaults.breathing)}")
    if defaults.rest is not None:
        lines.append(f"  rest: {format_duration(defaults.rest)}")
    return ["defaults:", *lines] if lines else []


def to_yaml(doc: RoutineDoc) -> str:
    """The routine file: a schema comment, then the fields in the README's order."""
    lines = [f"id: {quote(doc.id)}"] if doc.id else []
    lines += [f"title: {quote(doc.title)}", f"summary: {quote(doc.summary)}"]
    if doc.source:
        lines.append(f"source: {quote(doc.source)}")
    lines += _texts("cautions", doc.cautions, "")
    lines += _texts("notes", doc.notes, "")
    lines += _texts("tips", doc.tips, "")
    lines += _defaults_lines(doc.defaults)
    lines.append("steps:" if doc.steps else "steps: []")
    for step in doc.steps:
        lines += _step_lines(step)
    return HEADER + "\n".join(lines) + "\n"


# ---------------------------------------------------------------- checking
def check_doc(doc: RoutineDoc, atlas: Atlas, file: str = "new routine",
              schema: Any = None) -> tuple[Routine | None, list[Problem]]:
    """The loader's own verdict on the document: the routine, or every problem in it."""
    from acuguide.model.content import parse_routine

    try:
        return parse_routine(to_yaml(doc).encode("utf-8"), file, atlas, stem=doc.id or "new",
                             schema=schema), []
    except ContentError as err:
        return None, list(err.problems)


_STEP_PATH = re.compile(r"^steps\[(\d+)\](?:\.(\w+))?")


def problem_place(problem: Problem) -> tuple[int | None, str]:
    """(step index or None, field) a problem is about: ``steps[3].seconds`` is (3, "seconds")."""
    match = _STEP_PATH.match(problem.path)
    if match:
        return int(match[1]), match[2] or ""
    return None, problem.path.split(".")[0].split("[")[0]


# ---------------------------------------------------------------- reading back
def _most_common(values: list[Any]) -> Any:
    return collections.Counter(values).most_common(1)[0][0] if values else None


def _free_sides(step: Step, atlas: Atlas) -> bool:
    """Whether the file may set this step's sides (not a hold, not a midline point)."""
    if step.kind == "hold":
        return False
    target = atlas.target(step.kind, step.target)
    return not (isinstance(target, Point) and target.laterality == "midline")


def doc_from_routine(routine: Routine, atlas: Atlas, new_id: str | None = None) -> RoutineDoc:
    """A document that plans exactly as ``routine`` does, its defaults the steps' commonest."""
    steps = routine.steps
    seconds = _most_common([s.seconds for s in steps])
    techniques = _most_common([s.technique for s in steps if s.kind != "hold"])
    sides = _most_common([s.sides for s in steps if _free_sides(s, atlas)])
    defaults = Defaults(seconds=seconds, prepare=routine.prepare, switch=routine.switch,
                        sides=sides if sides and sides != LOADER_SIDES else None,
                        technique=techniques if techniques and techniques != LOADER_TECHNIQUE
                        else None)
    technique_default = defaults.technique or LOADER_TECHNIQUE
    sides_default = defaults.sides or LOADER_SIDES
    out = []
    for step in steps:
        hold = step.kind == "hold"
        technique = step.technique if step.technique != ("hold" if hold else technique_default) \
            else None
        out.append(StepDoc(
            kind=step.kind, target=step.target,
            seconds=None if step.seconds == seconds else step.seconds,
            sides=step.sides if _free_sides(step, atlas) and step.sides != sides_default
            else None,
            technique=technique,
            breathing=(step.breathing.inhale, step.breathing.exhale) if step.breathing else None,
            instruction=step.instruction, tips=step.tips, prepare=step.prepare,
            rest=step.rest or None))
    return RoutineDoc(id=routine.id if new_id is None else new_id, title=routine.title,
                      summary=routine.summary, source=routine.source,
                      cautions=routine.cautions, notes=routine.notes, tips=routine.tips,
                      defaults=defaults, steps=tuple(out))


# ---------------------------------------------------------------- ids
def slug(title: str) -> str:
    """A routine id from a title: lower-case letters, digits and hyphens ("my-calves")."""
    import unicodedata

    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    return "-".join(words)[:60].strip("-") or "my-routine"


def free_id(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3`` ... whichever is not taken."""
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}-{n}" in taken:
        n += 1
    return f"{wanted}-{n}"


# ---------------------------------------------------------------- drafts
def doc_to_json(doc: RoutineDoc) -> dict[str, Any]:
    """The document as JSON-ready data (for the builder's draft)."""
    return dataclasses.asdict(doc)


def _pair(value: Any) -> tuple[float, float] | None:
    return (float(value[0]), float(value[1])) if value else None


def doc_from_json(data: dict[str, Any]) -> RoutineDoc:
    """The document saved by ``doc_to_json``; raises ValueError on anything else."""
    try:
        defaults = dict(data.get("defaults") or {})
        defaults["breathing"] = _pair(defaults.get("breathing"))
        steps = []
        for raw in data.get("steps") or ():
            step = dict(raw)
            step["breathing"] = _pair(step.get("breathing"))
            step["tips"] = tuple(step.get("tips") or ())
            steps.append(StepDoc(**step))
        texts = {k: tuple(data.get(k) or ()) for k in ("cautions", "notes", "tips")}
        return RoutineDoc(id=str(data.get("id", "")), title=str(data.get("title", "")),
                          summary=str(data.get("summary", "")),
                          source=str(data.get("source", "")), defaults=Defaults(**defaults),
                          steps=tuple(steps), **texts)
    except (TypeError, KeyError, IndexError, AttributeError) as err:
        raise ValueError(f"not a routine draft: {err}") from None
