"""Import routine files into the routines folder, for ``acuguide import`` and the window.

Each file is read (never blocking, never past the size limit) and checked by the loader; the
ids of those that pass are judged together (``model.sharing.import_plan``: built-in ids are
reserved, the folder's ids and files are never replaced, the first of two files with one id
wins); then each accepted file is copied byte for byte, whole or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from acuguide.model.content import Content
from acuguide.model.problems import ContentError
from acuguide.model.routine import routine_schema
from acuguide.model.safe_read import read_limited
from acuguide.model.sharing import candidate, import_plan
from acuguide.store.routine_files import (
    ensure_schema,
    import_routine_file,
    routine_path,
    taken_in_folder,
)


@dataclass(frozen=True)
class Outcome:
    """What became of one file: imported (``target`` set) or refused (``problems``)."""

    file: str
    routine_id: str = ""
    title: str = ""
    target: Path | None = None
    problems: tuple[str, ...] = ()


def import_files(files: list[Path], folder: Path, content: Content) -> list[Outcome]:
    """Import ``files`` into ``folder``, in their order; one outcome per file."""
    schema = routine_schema(content.atlas)
    checked = []
    read: dict[int, tuple[bytes, str]] = {}
    outcomes: list[Outcome | None] = []
    for index, path in enumerate(files):
        try:
            data = read_limited(path)
            routine, item = candidate(data, str(path), content.atlas, schema, stem=path.stem)
        except ContentError as err:
            outcomes.append(Outcome(str(path), problems=tuple(str(p) for p in err.problems)))
            continue
        outcomes.append(None)
        checked.append(item)
        read[index] = (data, routine.title)
    builtin = {r.id: r.title for r in content.routines.values() if r.builtin}
    verdicts = iter(import_plan(checked, builtin,
                                taken_in_folder(folder, content.routines.values())))
    done: list[Outcome] = []
    for index, (path, outcome) in enumerate(zip(files, outcomes, strict=True)):
        if outcome is not None:
            done.append(outcome)
            continue
        verdict = next(verdicts)
        data, title = read[index]
        if verdict.problem is not None:
            done.append(Outcome(str(path), verdict.routine_id, title,
                                problems=(str(verdict.problem),)))
            continue
        done.append(_copy(path, data, title, folder, verdict.routine_id))
    _schema_beside(folder, content, done)  # the editor modeline of imported files works
    return done


def _copy(path: Path, data: bytes, title: str, folder: Path, routine_id: str) -> Outcome:
    try:
        target = import_routine_file(path, folder, routine_id, data)
    except FileExistsError:
        why = f"{path}: {routine_path(folder, routine_id)} appeared meanwhile; nothing was replaced"
        return Outcome(str(path), routine_id, title, problems=(why,))
    except OSError as err:
        return Outcome(str(path), routine_id, title,
                       problems=(f"{path}: cannot write {folder}: {err.strerror or err}",))
    return Outcome(str(path), routine_id, title, target=target)


def _schema_beside(folder: Path, content: Content, outcomes: list[Outcome]) -> None:
    if any(o.target is not None for o in outcomes):
        ensure_schema(folder, content.atlas)
