"""The user's routine files: written whole or not at all, imported, and moved to the trash.

A save writes a temporary file beside the routine, flushes it to the disk (fsync), renames
it over the old file and flushes the folder, so a crash, a kill or a full disk leaves either
the old file or the new one, never half of one. The JSON Schema is written beside the
routines once, so the modeline at the top of each file gives editors completion. An import
copies a file's own bytes (its comments too) under a name that must be new: it never replaces
a file.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from pathlib import Path

from acuguide.atomic_files import write_atomically, write_new_atomically
from acuguide.model.atlas import Atlas
from acuguide.model.content import user_routine_files
from acuguide.model.routine import Routine, routine_schema
from acuguide.model.routine_doc import SCHEMA_FILE, RoutineDoc, to_yaml
from acuguide.model.safe_read import read_limited


def routine_path(folder: Path, routine_id: str) -> Path:
    """Where the routine ``routine_id`` is saved: ``<folder>/<id>.yaml``."""
    return folder / f"{routine_id}.yaml"


def save_routine(folder: Path, doc: RoutineDoc, atlas: Atlas, path: Path | None = None) -> Path:
    """Write ``doc`` to ``path`` (default: its id's file in ``folder``); return the path.

    Raises OSError (a read-only folder, a full disk) with nothing half-written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    target = path or routine_path(folder, doc.id)
    write_atomically(target, to_yaml(doc).encode("utf-8"))
    ensure_schema(target.parent, atlas)
    return target


def ensure_schema(folder: Path, atlas: Atlas) -> None:
    """Write the JSON Schema beside the routines once, for the files' editor modeline.

    Only a help for editors: a folder that cannot take it is left as it is.
    """
    schema = folder / SCHEMA_FILE
    if schema.exists():
        return
    with contextlib.suppress(OSError):
        rules = routine_schema(atlas).json() | {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "acuguide routine"}
        text = json.dumps(rules, indent=2, ensure_ascii=False)
        write_atomically(schema, (text + "\n").encode("utf-8"))


def taken_in_folder(folder: Path, routines: Iterable[Routine]) -> dict[str, str]:
    """The ids an import into ``folder`` may not use, each with the file that has it.

    The id of every routine loaded from the folder, and the name of every routine file in it
    (one that does not load, too: ``<id>.yaml`` must not replace it).
    """
    taken: dict[str, str] = {}
    for routine in routines:
        if not routine.builtin and Path(routine.origin).parent == folder:
            taken[routine.id] = routine.origin
    for path in user_routine_files(folder):
        taken.setdefault(path.stem, str(path))
    return taken


def import_routine_file(src: Path, folder: Path, routine_id: str,
                        data: bytes | None = None) -> Path:
    """Copy the routine file ``src`` into ``folder`` as ``<routine_id>.yaml``; return that path.

    ``data`` is the file's bytes as they were checked (read from ``src`` if not given); they are
    written as they are, comments and all. Raises FileExistsError if the name is taken (nothing
    is replaced), OSError if the folder cannot be written, with nothing half-written.
    """
    target = routine_path(folder, routine_id)
    if target.parent != folder or target.name.startswith("."):
        raise ValueError(f"'{routine_id}' cannot name a file in {folder}")
    if data is None:
        data = read_limited(src)
    folder.mkdir(parents=True, exist_ok=True)
    write_new_atomically(target, data)
    return target
