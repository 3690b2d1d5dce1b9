"""Routines > Import in the window: the same flow as ``acuguide import``."""

from __future__ import annotations

from pathlib import Path

from acuguide.model.content import Content
from acuguide.store.importing import import_files


def import_into(files: list[Path], folder: Path, content: Content) -> tuple[list[str], list[str]]:
    """Import ``files`` into ``folder``: (ids imported, one line per reason a file was refused)."""
    imported: list[str] = []
    refused: list[str] = []
    for outcome in import_files(files, folder, content):
        if outcome.target is not None:
            imported.append(outcome.routine_id)
        else:
            refused += outcome.problems
    return imported, refused
