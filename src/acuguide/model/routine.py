"""Routines: what a routine file may say, and the checked Routine it becomes."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from acuguide.model.atlas import Atlas, Point, UnknownPoint
from acuguide.model.problems import Problem
from acuguide.model.schema import Field, ListOf, Number, Obj, Record, Text

SIDES = ("both-in-turn", "both-at-once", "left", "right", "midline")
TECHNIQUES = (
    "press", "press-and-massage", "massage", "gentle-massage", "circular", "kneading",
    "kneading-and-rolling", "tapping", "tapping-and-shiatsu", "hold", "stroking",
)
MAX_STEP_SECONDS = 3600


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
                     description="how long to work on each side: 60, '90s', '2m' or '1:30'")
    pause = Number(minimum=0, maximum=600, seconds=True)
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
        "prepare": Field(pause),
        "switch": Field(pause),
        "rest": Field(pause),
    }, description="values every step takes unless it says otherwise")
    return Obj({
        "id": Field(Text(description="identifier for the command line; defaults to the file "
                         "name", max_length=60)),
        "title": Field(Text(max_length=120), required=True),
        "summary": Field(Text(max_length=400), required=True),
        "source": Field(Text(description="where the routine comes from")),
        "cautions": Field(texts),
        "notes": Field(texts),
        "tips": Field(texts),
        "defaults": Field(defaults),
        "steps": Field(ListOf(step, min_items=1, max_items=300), required=True),
    }, description="An acuguide routine file")


def _breathing(value: dict[str, float] | None) -> Breathing | None:
    return Breathing(value["inhale"], value["exhale"]) if value else None


def build_routine(record: Record, file: str, stem: str, atlas: Atlas,
                  problems: list[Problem]) -> Routine | None:
    """Turn a checked record into a Routine, adding cross-field problems to ``problems``."""
    defaults: dict[str, Any] = record.get("defaults", {})
    steps = []
    before = len(problems)
    for i, raw in enumerate(record["steps"]):
        kind = next(k for k in ("point", "area", "hold") if k in raw)
        target = atlas.target(kind, raw[kind])
        seconds = raw.get("seconds", defaults.get("seconds"))
        if seconds is None:
            problems.append(Problem(file, raw.line, f"steps[{i}]",
                                    "missing required field 'seconds' (or set defaults.seconds)"))
            continue
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
        steps.append(Step(
            kind=kind, target=target.id, seconds=seconds, technique=technique,
            sides=sides, breathing=_breathing(raw.get("breathing", defaults.get("breathing"))),
            instruction=raw.get("instruction", ""), tips=tuple(raw.get("tips", ())),
            prepare=raw.get("prepare"), rest=raw.get("rest", defaults.get("rest", 0)),
        ))
    if len(problems) > before:
        return None
    return Routine(
        id=record.get("id", stem), title=record["title"], summary=record["summary"],
        source=record.get("source", ""), steps=tuple(steps),
        cautions=tuple(record.get("cautions", ())), notes=tuple(record.get("notes", ())),
        tips=tuple(record.get("tips", ())), prepare=defaults.get("prepare", 10),
        switch=defaults.get("switch", 5), origin=file,
    )


def suggest_routine(name: str, known: list[str]) -> str:
    """A message for an unknown routine id, with the nearest known ids."""
    close = [k for k in known if k.startswith(name) or name in k]
    close = close or difflib.get_close_matches(name, known, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else f"; known: {', '.join(known)}"
    return f"unknown routine '{name}'{hint}"
