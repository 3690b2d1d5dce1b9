"""The user's routine files: written whole or not at all, and moved to the trash.

A save writes a temporary file beside the routine, flushes it to the disk (fsync), renames
it over the old file and flushes the folder, so a crash, a kill or a full disk leaves either
the old file or the new one, never half of one. The JSON Schema is written beside the
routines once, so the modeline at the top of each file gives editors completion.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

from acuguide.model.atlas import Atlas
from acuguide.model.routine import routine_schema
from acuguide.model.routine_doc import SCHEMA_FILE, RoutineDoc, to_yaml


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` whole, or raise OSError and leave it as it was."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                         dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    with contextlib.suppress(OSError):  # not every file system lets a folder be flushed
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


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
    schema = target.parent / SCHEMA_FILE
    if not schema.exists():
        with contextlib.suppress(OSError):  # only a help for editors
            rules = routine_schema(atlas).json() | {
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "title": "acuguide routine"}
            text = json.dumps(rules, indent=2, ensure_ascii=False)
            write_atomically(schema, (text + "\n").encode("utf-8"))
    return target
