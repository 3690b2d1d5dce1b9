"""The user's routine files: imported byte for byte, never replacing one; saves survive kill -9."""

import contextlib
import os
import random
import signal
import subprocess
import sys
import textwrap

import pytest

from acuguide.atomic_files import write_atomically, write_new_atomically
from acuguide.model.content import load_content, read_routine, user_routine_files
from acuguide.store.routine_files import import_routine_file, taken_in_folder

ROUTINE = b"""# from a friend: keep this comment
title: Calves
summary: One point.
steps:
  - point: SP6   # the one above the ankle
    seconds: 60
"""


def test_import_copies_the_bytes_as_id_yaml(tmp_path):
    src = tmp_path / "shared.yaml"
    src.write_bytes(ROUTINE)
    folder = tmp_path / "routines"
    target = import_routine_file(src, folder, "calves")
    assert target == folder / "calves.yaml"
    assert target.read_bytes() == ROUTINE
    assert sorted(p.name for p in folder.iterdir()) == ["calves.yaml"]  # no temporary left


def test_import_writes_the_bytes_it_was_given(tmp_path):
    src = tmp_path / "shared.yaml"
    src.write_bytes(b"changed since it was checked")
    target = import_routine_file(src, tmp_path / "routines", "calves", data=ROUTINE)
    assert target.read_bytes() == ROUTINE


def test_import_never_replaces_a_file(tmp_path):
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "calves.yaml").write_bytes(b"mine")
    with pytest.raises(FileExistsError):
        import_routine_file(tmp_path / "x.yaml", folder, "calves", data=ROUTINE)
    assert (folder / "calves.yaml").read_bytes() == b"mine"
    assert sorted(p.name for p in folder.iterdir()) == ["calves.yaml"]


@pytest.mark.parametrize("bad", ["../calves", "a/b", ".calves"])
def test_import_refuses_a_name_outside_the_folder(tmp_path, bad):
    with pytest.raises(ValueError, match="cannot name a file"):
        import_routine_file(tmp_path / "x.yaml", tmp_path / "routines", bad, data=ROUTINE)


def test_write_new_atomically_refuses_an_existing_file(tmp_path):
    path = tmp_path / "a.yaml"
    write_new_atomically(path, b"one")
    with pytest.raises(FileExistsError):
        write_new_atomically(path, b"two")
    assert path.read_bytes() == b"one"
    assert [p.name for p in tmp_path.iterdir()] == ["a.yaml"]


def test_taken_in_folder_has_ids_and_file_names(tmp_path):
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "file-name.yaml").write_bytes(ROUTINE.replace(b"title:", b"id: its-id\ntitle:"))
    (folder / "broken.yml").write_bytes(b"title: [")
    (folder / ".hidden.yaml").write_bytes(ROUTINE)
    content = load_content(folder)
    taken = taken_in_folder(folder, content.routines.values())
    assert taken == {"its-id": str(folder / "file-name.yaml"),
                     "file-name": str(folder / "file-name.yaml"),
                     "broken": str(folder / "broken.yml")}


# ---------------------------------------------------------------- kill -9 during a save
CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path

    from acuguide.model.content import builtin_atlas
    from acuguide.model.routine_doc import RoutineDoc, StepDoc
    from acuguide.atomic_files import write_atomically
    from acuguide.store.routine_files import save_routine

    path, old = Path(sys.argv[1]), Path(sys.argv[2]).read_bytes()
    atlas = builtin_atlas()
    notes = tuple(f"note {i}: " + "x" * 400 for i in range(450))  # about 190 KB
    new = RoutineDoc(id="saved", title="New", summary="The new one.", notes=notes,
                     steps=(StepDoc("point", "SP6", seconds=60),))
    print("ready", flush=True)
    while True:
        save_routine(path.parent, new, atlas, path)
        write_atomically(path, old)
""")


def _old_content() -> bytes:
    padding = "".join(f"# padding {i} " + "y" * 400 + "\n" for i in range(450))
    return ("id: saved\ntitle: Old\nsummary: The old one.\nsteps:\n  - point: SP6\n"
            "    seconds: 60\n" + padding).encode()


@pytest.mark.slow
def test_kill_9_during_saves_leaves_a_whole_file(tmp_path, atlas):
    folder = tmp_path / "routines"
    folder.mkdir()
    path = folder / "saved.yaml"
    old = _old_content()
    (tmp_path / "old").write_bytes(old)
    write_atomically(path, old)
    rng = random.Random(20261201)
    seen = set()
    for _ in range(20):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(tmp_path / "old")],
                                 stdout=subprocess.PIPE)
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n"
        with contextlib.suppress(subprocess.TimeoutExpired):  # a random moment in the saves
            child.wait(timeout=rng.uniform(0.01, 0.3))
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
        child.stdout.close()
        routine = read_routine(path, atlas)  # parses: never a partial file
        assert routine.title in {"Old", "New"}
        if routine.title == "Old":
            assert path.read_bytes() == old
        seen.add(routine.title)
        # a temporary file a kill left behind is hidden: the loader never reads it
        assert [p.name for p in user_routine_files(folder)] == ["saved.yaml"]
        assert all(p.name.startswith(".") for p in folder.iterdir()
                   if p.name not in {"saved.yaml", "routine.schema.json"})
        content = load_content(folder, atlas)
        assert content.problems == []
        assert [r.id for r in content.routines.values() if not r.builtin] == ["saved"]
    assert seen == {"Old", "New"}  # the kills did land between different saves
