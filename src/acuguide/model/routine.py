"""Routines: what a routine file may say, and the checked Routine it becomes."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from acuguide.model.atlas import Atlas, Point, UnknownPoint
from acuguide.model.problems import Problem
from acuguide.model.schema import Number, Record, Text
from acuguide.model.schema_shapes import Field, ListOf, Obj

SIDES = ("both-in-turn", "both-at-once", "left", "right", "midline")
TECHNIQUES = (
    "press", "press-and-massage", "massage", "gentle-massage", "circular", "kneading",
    "kneading-and-rolling", "tapping", "tapping-and-shiatsu", "hold", "stroking",
)
MAX_STEP_SECONDS = 3600
MAX_STEPS = 300  # a limit of acuguide (a session, its plan and its sheet stay manageable)
MAX_ID_LENGTH = 60
ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
ID_RULE = "lower-case letters (a-z), digits and hyphens, starting with a letter or a digit"


@dataclass(frozen=True)
class Breathing:
    """A breathing pace: seconds in, seconds out."""

    inhale: float
    exhale: float


@dataclass(frozen=True)
class Step:
    """One step: a target, how long, how and on which side(s)."""

    kind: str  # point | area | hold
    target: str  # WHO code, area name or hold name
    seconds: float
    technique: str
    sides: str
    breathing: Breathing | None = None
    instruction: str = ""
    tips: tuple[str, ...] = ()
    prepare: float | None = None  # None: the routine's default
    rest: float = 0


@dataclass(frozen=True)
class Routine:
    """An ordered list of steps with its defaults, cautions and source."""

    id: str
    title: str
    summary: str
    source: str
    steps: tuple[Step, ...]
    cautions: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()
    prepare: float = 10
    switch: float = 5
    origin: str = ""  # the file it came from
    builtin: bool = False
    id_line: int | None = None  # the line of the file's ``id:``; None: the id is its name


def suggest_id(text: str) -> str:
    """An id that follows the rule, made from ``text``: ``My Calves_2`` -> ``my-calves-2``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:MAX_ID_LENGTH].strip("-")
    return slug or "my-routine"


def _id_rule(written: str) -> str:
    return f"must be {ID_RULE} (got '{written}'); for example id: {suggest_id(written)}"


def name_id_problem(file: str, stem: str) -> Problem | None:
    """The problem with a file's name as its routine's id (when the file sets no ``id:``)."""
    if re.search(ID_PATTERN, stem) and len(stem) <= MAX_ID_LENGTH:
        return None
    good = suggest_id(stem)
    suffix = PurePath(file).suffix or ".yaml"
    why = (f"is longer than {MAX_ID_LENGTH} characters" if re.search(ID_PATTERN, stem)
           else f"is not an id ({ID_RULE})")
    return Problem(file, 1, "id", f"the file name '{stem}' {why}: rename the file to "
                   f"{good}{suffix} or add the line id: {good}")


def routine_schema(atlas: Atlas) -> Obj:
    """The rules for a routine file; point codes are checked against ``atlas``."""

    def point(text: str) -> str:
        try:
            return atlas.resolve(text).point.code
        except UnknownPoint as err:
            raise ValueError(str(err)) from None

    breathing = Obj({
        "inhale": Field(Number(positive=True, maximum=20, seconds=True,
                               description="seconds breathing in"), required=True),
        "exhale": Field(Number(positive=True, maximum=20, seconds=True,
                               description="seconds breathing out"), required=True),
    }, description="a slow breathing pace, paced by soft sounds")
    seconds = Number(positive=True, maximum=MAX_STEP_SECONDS, seconds=True,
                     description="how long to work on each side, at most an hour: 60, '90s', "
                     "'2m', '1m30s' or '1:30'")

    def pause(what: str) -> Number:
        return Number(minimum=0, maximum=600, seconds=True, description=what)

    sides = Text(choices=SIDES, description="which side(s); bilateral points default to "
                 "both-in-turn (left, then right)")
    technique = Text(choices=TECHNIQUES, description="what to do with the fingers")
    texts = ListOf(Text(), single=True)
    step = Obj({
        "point": Field(Text(convert=point, examples=("SP6", "LV 3", "B 40", "taichong"),
                            description="a point code in any common spelling, or its name")),
        "area": Field(Text(choices=atlas.routine_names("area"), description="a massage area")),
        "hold": Field(Text(choices=atlas.routine_names("hold"), description="a finger hold")),
        "seconds": Field(seconds),
        "technique": Field(technique),
        "sides": Field(sides),
        "breathing": Field(breathing),
        "instruction": Field(Text(description="what to show and say instead of the default")),
        "tips": Field(texts),
        "prepare": Field(Number(minimum=0, maximum=600, seconds=True,
                                description="seconds to get ready before this step")),
        "rest": Field(Number(minimum=0, maximum=600, seconds=True,
                             description="seconds of rest after this step")),
    }, one_of=("point", "area", "hold"), description="one step of the routine")
    defaults = Obj({
        "seconds": Field(seconds),
        "technique": Field(technique),
        "sides": Field(sides),
        "breathing": Field(breathing),
        "prepare": Field(pause("seconds to get ready before each step (default 10)")),
        "switch": Field(pause("seconds to change sides in a both-in-turn step (default 5)")),
        "rest": Field(pause("seconds of rest after each step (default 0)")),
    }, description="values every step takes unless it says otherwise")
    return Obj({
        "id": Field(Text(description=f"identifier for the command line ({ID_RULE}, at most "
                         f"{MAX_ID_LENGTH}); defaults to the file name",
                         max_length=MAX_ID_LENGTH, pattern=ID_PATTERN, rule=_id_rule)),
        "title": Field(Text(max_length=120, description="the routine's name, as the routines "
                            "list and the sheet show it"), required=True),
        "summary": Field(Text(max_length=400, description="one or two sentences on what the "
                              "routine is for"), required=True),
        "source": Field(Text(description="where the routine comes from")),
        "cautions": Field(ListOf(Text(), single=True, description="warnings shown before the "
                                 "session starts and on the sheet; one text or a list")),
        "notes": Field(ListOf(Text(), single=True, description="things to know or do before "
                              "you start; one text or a list")),
        "tips": Field(ListOf(Text(), single=True, description="tips for the whole routine; "
                             "one text or a list")),
        "defaults": Field(defaults),
        "steps": Field(ListOf(step, min_items=1, max_items=MAX_STEPS,
                              description=f"the steps, in order: at least 1 and at most "
                              f"{MAX_STEPS} (a limit of acuguide)",
                              too_many=f"acuguide allows at most {MAX_STEPS} steps in a routine "
                              "(a limit of acuguide): split it into two routines"),
                       required=True),
    }, description="An acuguide routine file", json_rules={"anyOf": [
        {"required": ["defaults"], "properties": {"defaults": {"required": ["seconds"]}}},
        {"properties": {"steps": {"items": {"required": ["seconds"]}}}},
    ]})


def _breathing(value: dict[str, float] | None) -> Breathing | None:
    return Breathing(value["inhale"], value["exhale"]) if value else None


def build_routine(record: Record, file: str, stem: str, atlas: Atlas,
                  problems: list[Problem]) -> Routine | None:
    """Turn a checked record into a Routine, adding cross-field problems to ``problems``."""
    defaults: dict[str, Any] = record.get("defaults", {})
    before = len(problems)
    if "id" not in record:
        problem = name_id_problem(file, stem)
        if problem is not None:
            problems.append(problem)
    steps = [_build_step(i, raw, defaults, file, atlas, problems)
             for i, raw in enumerate(record["steps"])]
    if len(problems) > before:
        return None
    return Routine(
        id=record.get("id", stem), title=record["title"], summary=record["summary"],
        source=record.get("source", ""), steps=tuple(s for s in steps if s is not None),
        cautions=tuple(record.get("cautions", ())), notes=tuple(record.get("notes", ())),
        tips=tuple(record.get("tips", ())), prepare=defaults.get("prepare", 10),
        switch=defaults.get("switch", 5), origin=file, id_line=record.lines.get("id"),
    )


def _build_step(i: int, raw: Record, defaults: dict[str, Any], file: str, atlas: Atlas,
                problems: list[Problem]) -> Step | None:
    """One step with the routine's defaults filled in; None (and a problem) if it cannot be."""
    kind = next(k for k in ("point", "area", "hold") if k in raw)
    target = atlas.target(kind, raw[kind])
    seconds = raw.get("seconds", defaults.get("seconds"))
    if seconds is None:
        problems.append(Problem(file, raw.line, f"steps[{i}]",
                                "missing required field 'seconds' (or set defaults.seconds)"))
        return None
    sides = raw.get("sides", defaults.get("sides", "both-in-turn"))
    if isinstance(target, Point) and target.laterality == "midline":
        if "sides" in raw and raw["sides"] != "midline":
            problems.append(Problem(file, raw.lines["sides"], f"steps[{i}].sides",
                                    f"{target.id} is a midline point: use midline"))
        sides = "midline"
    elif kind == "hold":
        sides = target.sides[0]
    elif sides == "midline":
        problems.append(Problem(file, raw.lines.get("sides", raw.line), f"steps[{i}].sides",
                                f"{target.id} is on both sides of the body: use one of "
                                f"{', '.join(SIDES[:4])}"))
    if kind == "hold":  # a finger hold is held, whatever the routine's default technique
        technique = raw.get("technique", "hold")
    else:
        technique = raw.get("technique", defaults.get("technique", "press-and-massage"))
    return Step(
        kind=kind, target=target.id, seconds=seconds, technique=technique,
        sides=sides, breathing=_breathing(raw.get("breathing", defaults.get("breathing"))),
        instruction=raw.get("instruction", ""), tips=tuple(raw.get("tips", ())),
        prepare=raw.get("prepare"), rest=raw.get("rest", defaults.get("rest", 0)),
    )


def suggest_routine(name: str, known: list[str]) -> str:
    """A message for an unknown routine id, with the nearest known ids."""
    close = [k for k in known if k.startswith(name) or name in k]
    close = close or difflib.get_close_matches(name, known, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else f"; known: {', '.join(known)}"
    return f"unknown routine '{name}'{hint}"
