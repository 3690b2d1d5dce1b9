"""Load everything: the built-in atlas and routines, and the user's routine files."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from acuguide import resources
from acuguide.model.atlas import Atlas
from acuguide.model.atlas_load import load_atlas
from acuguide.model.problems import ContentError, Problem
from acuguide.model.routine import Routine, build_routine, routine_schema
from acuguide.model.safe_read import read_limited
from acuguide.model.schema import validate_bytes
from acuguide.model.schema_shapes import Obj
from acuguide.model.yamlsafe import collector_paused

ROUTINE_SUFFIXES = (".yaml", ".yml")
EMPTY = "the file is empty: a routine needs at least title, summary and steps"


@dataclass
class Content:
    """The atlas, the routines by id, and the problems found in the user's files."""

    atlas: Atlas
    routines: dict[str, Routine] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def builtin_atlas() -> Atlas:
    """The atlas shipped with acuguide."""
    return load_atlas(resources.read_bytes("data/points.yaml"),
                      resources.read_bytes("data/articles.yaml"))


def parse_routine(data: bytes, file: str, atlas: Atlas, *, stem: str = "",
                  schema: Obj | None = None) -> Routine:
    """Check one routine file's bytes; raise ContentError naming file, line and field."""
    record = validate_bytes(data, file, schema or routine_schema(atlas), empty=EMPTY)
    problems: list[Problem] = []
    routine = build_routine(record, file, stem or Path(file).stem, atlas, problems)
    if routine is None or problems:
        raise ContentError(problems)
    return routine


def read_routine(path: Path, atlas: Atlas, schema: Obj | None = None) -> Routine:
    """Read and check one routine file from disk; anything but a small regular file is refused."""
    data = read_limited(path)  # never blocks, never reads past the size limit
    return parse_routine(data, str(path), atlas, stem=path.stem, schema=schema)


def id_clash(routine: Routine, taken: Mapping[str, Routine]) -> Problem | None:
    """The problem if ``routine``'s id is already one of ``taken``'s, else None.

    The loader and ``acuguide check`` both ask this, in the order they read the files, so a
    routine that check passes is one the routines list shows.
    """
    other = taken.get(routine.id)
    if other is None:
        return None
    whose = (f"the built-in routine '{other.title}'" if other.builtin
             else f"'{other.title}' in {other.origin}")
    if routine.id_line is None:  # the id is the file's name
        return Problem(routine.origin, 1, "id", f"'{routine.id}' (the file's name) is already "
                       f"used by {whose}; rename the file, or give it another id with id:")
    return Problem(routine.origin, routine.id_line, "id",
                   f"'{routine.id}' is already used by {whose}; give this routine another id")


def user_routine_files(folder: Path) -> list[Path]:
    """The routine files in the user's folder, sorted by name."""
    try:
        return sorted(p for p in folder.iterdir()
                      if p.suffix in ROUTINE_SUFFIXES and not p.name.startswith("."))
    except OSError:
        return []


def load_content(user_folder: Path | None = None, atlas: Atlas | None = None) -> Content:
    """Load built-in and user routines; a bad user file never stops the others."""
    with collector_paused():
        return _load_content(user_folder, atlas)


def builtin_routines(atlas: Atlas, schema: Obj | None = None) -> dict[str, Routine]:
    """The routines shipped with acuguide, by id."""
    schema = schema or routine_schema(atlas)
    routines = {}
    for name in resources.listing("data/routines", ".yaml"):
        routine = parse_routine(resources.read_bytes(name), name, atlas, schema=schema)
        routines[routine.id] = dataclasses.replace(routine, builtin=True)
    return routines


def _load_content(user_folder: Path | None, atlas: Atlas | None) -> Content:
    atlas = atlas or builtin_atlas()
    schema = routine_schema(atlas)
    content = Content(atlas, builtin_routines(atlas, schema))
    for path in user_routine_files(user_folder) if user_folder else []:
        try:
            routine = read_routine(path, atlas, schema)
        except ContentError as err:
            content.problems.extend(err.problems)
            continue
        clash = id_clash(routine, content.routines)
        if clash is not None:
            content.problems.append(clash)
            continue
        content.routines[routine.id] = routine
    return content
