"""What a routine sheet says of each step: the line in bold, then how to find it (pure).

The line is the routine's own instruction where it has one; the detail gives how to find the
point, every one of its cautions and the step's tips, each sentence once.
"""

from __future__ import annotations

import re

from acuguide.model.atlas import Atlas, Point
from acuguide.model.plan import TECHNIQUE_VERBS
from acuguide.model.routine import Step
from acuguide.model.timefmt import clock


def _sides(step: Step, target: object) -> str:
    if getattr(target, "laterality", "") == "midline" or step.kind == "hold":
        return ""
    return {"both-in-turn": "left, then right", "both-at-once": "both sides at once",
            "left": "left side", "right": "right side"}.get(step.sides, step.sides)


def _mid_sentence(name: str) -> str:
    """A name as it reads inside a sentence: 'Thigh muscles' -> 'thigh muscles' (not 'SP6')."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


def step_line(step: Step, atlas: Atlas) -> str:
    """'Press and massage SP6 Sānyīnjiāo, left then right, 1:00 each side'.

    A step with an instruction of its own prints it, as the session shows and says it.
    """
    target = atlas.target(step.kind, step.target)
    if step.instruction:
        what = step.instruction.rstrip(".")
        if isinstance(target, Point) and target.id not in what:
            what += f" ({target.id} {target.pinyin})"  # the sheet's numbers and codes agree
    elif step.kind == "hold":
        what = target.instruction.split(",")[0]  # type: ignore[union-attr]
    else:
        name = f"{target.id} {target.pinyin}" if isinstance(target, Point) else (
            _mid_sentence(target.say))  # type: ignore[union-attr]
        what = f"{TECHNIQUE_VERBS.get(step.technique, step.technique)} {name}"
    sides = _sides(step, target)
    each = " each side" if step.sides == "both-in-turn" and sides else ""
    parts = [what, sides, f"{clock(step.seconds)}{each}"]
    if step.breathing:
        parts.append(f"breathe {step.breathing.inhale:g} s in, {step.breathing.exhale:g} s out")
    return ", ".join(p for p in parts if p)


def _sentences(text: str) -> list[str]:
    return [t.strip() for t in re.split(r"(?<=[.!?])\s+", text) if t.strip()]


def _key(sentence: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", sentence.lower()).strip()


def step_detail(step: Step, atlas: Atlas) -> str:
    """How to find the target, its cautions (all of them) and any tips; each sentence once."""
    target = atlas.target(step.kind, step.target)
    parts: list[str] = []
    if isinstance(target, Point):
        parts.append(target.find)
        cautions = sorted(target.cautions, key=lambda c: not c.serious)
        parts += [f"Caution: {c.text}" for c in cautions]
    elif step.kind == "area":
        parts.append(f"The article says this massage {target.effect}.")  # type: ignore[union-attr]
    else:
        parts.append(f"The article says this hold {target.purpose}.")  # type: ignore[union-attr]
    parts += list(step.tips)
    said = [set(_key(s).split()) for s in _sentences(step_line(step, atlas))]
    kept: list[str] = []
    for part in parts:
        for sentence in _sentences(part):
            words = set(_key(sentence.removeprefix("Caution: ")).split())
            # Said already if nearly all its words are in one sentence printed before it (a
            # tip that repeats a caution in other order: "Moderate pressure only.").
            if words and not any(len(words & before) >= 0.8 * len(words) for before in said):
                said.append(words)
                kept.append(sentence)
    return " ".join(kept)
