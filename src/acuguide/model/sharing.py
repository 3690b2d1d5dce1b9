"""Sharing routines as files: the id an export writes, and which files an import may copy (pure).

An import copies each file into the user's routines folder as ``<id>.yaml``, byte for byte, so
an id must be free: not a built-in's (those are reserved), not one already in the folder (a
routine's id or a file's name: an import never replaces a file), not one an earlier file of the
same import takes. ``import_plan`` decides this for every file at once, with no disk and no
Qt, so the command line and the window refuse the same files with the same words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from acuguide.model.atlas import Atlas
from acuguide.model.content import parse_routine
from acuguide.model.problems import ContentError, Problem
from acuguide.model.routine import Routine, routine_schema
from acuguide.model.routine_doc import free_id, slug
from acuguide.model.schema import Record, validate_bytes
from acuguide.model.schema_shapes import Obj

EXPORT_SUFFIX = "-mine"  # a built-in is exported as <id>-mine unless told another id
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,59}$")  # also a safe file name
ID_RULE = "lower-case letters (a-z), digits and hyphens, starting with a letter or a digit"


@dataclass(frozen=True)
class Candidate:
    """A checked file an import would copy: its name, its routine's id and that id's line."""

    file: str
    routine_id: str
    id_line: int | None = None  # the line of ``id:``; None: the id is the file's name
    title: str = ""


@dataclass(frozen=True)
class Verdict:
    """What an import does with one file: copy it as ``<routine_id>.yaml``, or not (problem)."""

    file: str
    routine_id: str
    problem: Problem | None = None

    @property
    def ok(self) -> bool:
        """Whether the file may be copied."""
        return self.problem is None


def candidate(data: bytes, file: str, atlas: Atlas, schema: Obj | None = None,
              stem: str = "") -> tuple[Routine, Candidate]:
    """Check a file's bytes with the loader itself; raise ContentError with its problems."""
    schema = schema or routine_schema(atlas)
    routine = parse_routine(data, file, atlas, stem=stem, schema=schema)
    try:  # the loader has passed it, so this cannot fail: it only finds the line of ``id:``
        record: Record = validate_bytes(data, file, schema)
        id_line = record.lines.get("id")
    except ContentError:
        id_line = None
    return routine, Candidate(file, routine.id, id_line, routine.title)


def _fix(item: Candidate, free: str) -> str:
    if item.id_line is None:
        return f"rename the file to {free}.yaml, or add the line id: {free}"
    return f"change it to id: {free}"


def _taken_by(routine_id: str, builtin: Mapping[str, str], existing: Mapping[str, str],
              claimed: Mapping[str, str]) -> str | None:
    """Who already has ``routine_id`` (in the words of a message), or None if it is free."""
    if routine_id in builtin:
        return (f"the built-in routine '{builtin[routine_id]}' (built-in ids are reserved)")
    if routine_id in existing:
        return f"{existing[routine_id]} in your routines (an import never replaces a file)"
    if routine_id in claimed:
        return f"{claimed[routine_id]}, earlier in this import"
    return None


def _problem(item: Candidate, message: str) -> Problem:
    return Problem(item.file, item.id_line or 1, "id", message)


def import_plan(candidates: Sequence[Candidate], builtin: Mapping[str, str],
                existing: Mapping[str, str]) -> list[Verdict]:
    """Each file's verdict, in order: the first file to want a free id gets it.

    ``builtin`` maps the built-in ids to their titles, ``existing`` the ids already in the
    user's folder (its routines' ids and its files' names) to the file that has each.
    """
    taken = set(builtin) | set(existing) | {c.routine_id for c in candidates}
    claimed: dict[str, str] = {}
    verdicts = []
    for item in candidates:
        wanted = item.routine_id
        if not ID_PATTERN.match(wanted):
            free = free_id(slug(wanted), taken)
            taken.add(free)
            where = "the file name" if item.id_line is None else "the id"
            verdicts.append(Verdict(item.file, wanted, _problem(
                item, f"{where} '{wanted}' cannot name a routine file: an id is at most 60 "
                      f"{ID_RULE}; {_fix(item, free)}")))
            continue
        holder = _taken_by(wanted, builtin, existing, claimed)
        if holder is None:
            claimed[wanted] = item.file
            verdicts.append(Verdict(item.file, wanted))
            continue
        free = free_id(wanted, taken)
        taken.add(free)
        whose = f"'{wanted}' (the file's name)" if item.id_line is None else f"'{wanted}'"
        verdicts.append(Verdict(item.file, wanted, _problem(
            item, f"{whose} is already used by {holder}; {_fix(item, free)}")))
    return verdicts


def export_id(routine: Routine, wanted: str | None, builtin_ids: set[str]) -> str:
    """The id an export writes: ``wanted``, else a built-in's id + ``-mine``, else its own.

    Raises ValueError with a message for an id that is reserved or cannot be an id.
    """
    if wanted is None:
        return routine.id + EXPORT_SUFFIX if routine.builtin else routine.id
    if not ID_PATTERN.match(wanted):
        raise ValueError(f"--id '{wanted}' is not an id: use at most 60 {ID_RULE}, "
                         f"e.g. --id {slug(wanted)}")
    if wanted in builtin_ids:
        raise ValueError(f"--id '{wanted}' is the id of a built-in routine, and built-in ids are "
                         f"reserved; choose another, e.g. --id "
                         f"{free_id(wanted + EXPORT_SUFFIX, builtin_ids)}")
    return wanted
