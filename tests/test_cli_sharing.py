"""``acuguide export`` and ``acuguide import``: routines shared as files, round trip and clashes."""

import json
import os

import pytest

from acuguide.cli import main
from acuguide.model.content import load_content
from acuguide.model.plan import expand
from acuguide.store.paths import user_routines_dir

BUILTIN_IDS = ("leg-cramps", "leg-massage", "rls-evening")
MINE = """# my own: this comment must survive the import
id: my-calves
title: My calves
summary: Two points for tight calves.
steps:
  - point: SP6
    seconds: 60
  - area: calf   # knead it
    seconds: 2m
"""


@pytest.fixture(autouse=True)
def _data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _plan(routine_id):
    content = load_content(user_routines_dir())
    plan = expand(content.routines[routine_id], content.atlas)
    return plan.phases, plan.total_seconds


def _user_file(name, text):
    folder = user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


@pytest.mark.parametrize("routine_id", BUILTIN_IDS)
def test_every_builtin_round_trips_through_export_and_import_to_the_same_plan(
        capsys, tmp_path, routine_id):
    out_file = tmp_path / "shared" / f"{routine_id}.yaml"
    out_file.parent.mkdir()
    status, out, err = run(capsys, "export", routine_id, "-o", str(out_file))
    assert (status, err) == (0, "")
    assert out.startswith(f"{out_file}: ") and f" as {routine_id}-mine, " in out
    status, _, err = run(capsys, "check", str(out_file))
    assert (status, err) == (0, "")
    status, out, err = run(capsys, "import", str(out_file))
    assert (status, err) == (0, "")
    assert out == (f"{out_file}: imported '{load_content().routines[routine_id].title}' as "
                   f"{routine_id}-mine ({user_routines_dir() / (routine_id + '-mine.yaml')})\n")
    assert (user_routines_dir() / f"{routine_id}-mine.yaml").read_bytes() == \
        out_file.read_bytes()
    assert _plan(f"{routine_id}-mine") == _plan(routine_id)
    schema = json.loads((user_routines_dir() / "routine.schema.json").read_text())
    assert schema["title"] == "acuguide routine"  # the imported file's modeline finds it


def test_export_to_stdout_is_the_file(capsys, tmp_path):
    status, out, err = run(capsys, "export", "leg-cramps", "-o", "-")
    assert (status, err) == (0, "")
    assert out.startswith("# yaml-language-server: $schema=routine.schema.json\n")
    assert "\nid: leg-cramps-mine\n" in out
    (tmp_path / "x.yaml").write_text(out, encoding="utf-8")
    assert run(capsys, "check", str(tmp_path / "x.yaml"))[0] == 0


def test_export_of_a_user_routine_keeps_its_id_and_id_renames(capsys, tmp_path):
    _user_file("calves-file.yaml", MINE)
    status, _, _ = run(capsys, "export", "my-calves", "-o", str(tmp_path / "a.yaml"))
    assert status == 0
    assert "\nid: my-calves\n" in (tmp_path / "a.yaml").read_text(encoding="utf-8")
    status, out, _ = run(capsys, "export", "my-calves", "-o", str(tmp_path / "b.yaml"),
                         "--id", "calves-for-ann")
    assert status == 0 and " as calves-for-ann, 2 steps" in out
    assert "\nid: calves-for-ann\n" in (tmp_path / "b.yaml").read_text(encoding="utf-8")
    status, _, _ = run(capsys, "export", "leg-massage", "-o", str(tmp_path / "c.yaml"),
                       "--id", "my-legs")
    assert status == 0
    assert "\nid: my-legs\n" in (tmp_path / "c.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("new_id", BUILTIN_IDS)
def test_export_under_a_builtin_id_is_refused(capsys, tmp_path, new_id):
    target = tmp_path / "x.yaml"
    status, out, err = run(capsys, "export", "rls-evening", "-o", str(target), "--id", new_id)
    assert status == 2 and out == ""
    assert err == (f"acuguide: --id '{new_id}' is the id of a built-in routine, and built-in ids "
                   f"are reserved; choose another, e.g. --id {new_id}-mine\n")
    assert not target.exists()


def test_export_of_a_builtin_as_itself_is_refused_for_a_user_routine_too(capsys, tmp_path):
    _user_file("calves-file.yaml", MINE)
    status, _, err = run(capsys, "export", "my-calves", "-o", str(tmp_path / "x.yaml"),
                         "--id", "leg-cramps")
    assert status == 2 and "built-in ids are reserved" in err


@pytest.mark.parametrize("where", ["missing/x.yaml", "folder"])
def test_export_to_an_unwritable_path_is_one_line_naming_it(capsys, tmp_path, where):
    (tmp_path / "folder").mkdir()
    target = tmp_path / where
    status, out, err = run(capsys, "export", "leg-cramps", "-o", str(target))
    assert status == 2 and out == ""
    assert len(err.splitlines()) == 1 and str(target) in err and "Traceback" not in err


def test_export_into_a_read_only_folder(capsys, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        status, _, err = run(capsys, "export", "leg-cramps", "-o", str(folder / "x.yaml"))
    finally:
        folder.chmod(0o700)
    if status == 0:
        pytest.skip("running as root: a read-only folder is still writable")
    assert status == 2 and len(err.splitlines()) == 1 and str(folder / "x.yaml") in err
    assert list(folder.iterdir()) == []


def test_export_when_the_disk_is_full_leaves_nothing(capsys, tmp_path, monkeypatch):
    import errno

    from acuguide import atomic_files

    def full(path, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(atomic_files, "write_atomically", full)
    status, out, err = run(capsys, "export", "leg-cramps", "-o", str(tmp_path / "x.yaml"))
    assert status == 2 and out == ""
    assert err == f"acuguide: cannot write {tmp_path / 'x.yaml'}: No space left on device\n"
    assert list(tmp_path.iterdir()) == []


def test_export_of_an_unknown_routine(capsys, tmp_path):
    status, _, err = run(capsys, "export", "rls", "-o", str(tmp_path / "x.yaml"))
    assert status == 2 and "did you mean rls-evening" in err


# ---------------------------------------------------------------- import
def _file(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_import_copies_the_original_bytes_comments_and_all(capsys, tmp_path):
    src = _file(tmp_path, "from-ann.yaml", MINE)
    status, out, err = run(capsys, "import", src)
    assert (status, err) == (0, "")
    target = user_routines_dir() / "my-calves.yaml"
    assert out == f"{src}: imported 'My calves' as my-calves ({target})\n"
    assert target.read_text(encoding="utf-8") == MINE
    _, out, _ = run(capsys, "routines")
    assert "my-calves" in out


def test_import_a_builtin_id_is_refused_with_the_id_line(capsys, tmp_path):
    src = _file(tmp_path, "x.yaml", MINE.replace("id: my-calves", "id: rls-evening"))
    status, out, err = run(capsys, "import", src)
    assert status == 2 and out == ""
    assert err.splitlines() == [
        f"{src}:2: id: 'rls-evening' is already used by the built-in routine 'Restless legs, "
        "evening' (built-in ids are reserved); change it to id: rls-evening-2",
        f"{src}: not imported"]
    assert not user_routines_dir().exists() or list(user_routines_dir().iterdir()) == []


def test_import_an_id_from_the_file_name_is_refused_at_line_1(capsys, tmp_path):
    src = _file(tmp_path, "leg-cramps.yaml", MINE.replace("id: my-calves\n", ""))
    status, _, err = run(capsys, "import", src)
    assert status == 2
    assert err.splitlines()[0] == (
        f"{src}:1: id: 'leg-cramps' (the file's name) is already used by the built-in routine "
        "'Leg cramps' (built-in ids are reserved); rename the file to leg-cramps-2.yaml, or add "
        "the line id: leg-cramps-2")


def test_import_a_clash_with_a_user_routine_never_replaces_it(capsys, tmp_path):
    mine = _user_file("calves-file.yaml", MINE)
    src = _file(tmp_path, "again.yaml", MINE.replace("My calves", "Calves again"))
    status, _, err = run(capsys, "import", src)
    assert status == 2
    assert err.splitlines() == [
        f"{src}:2: id: 'my-calves' is already used by {mine} in your routines (an import never "
        "replaces a file); change it to id: my-calves-2",
        f"{src}: not imported"]
    assert mine.read_text(encoding="utf-8") == MINE
    assert sorted(p.name for p in mine.parent.iterdir()) == ["calves-file.yaml"]


def test_import_never_replaces_a_file_of_the_same_name_even_a_broken_one(capsys, tmp_path):
    broken = _user_file("my-calves.yaml", "title: [")
    src = _file(tmp_path, "x.yaml", MINE)
    status, _, err = run(capsys, "import", src)
    assert status == 2
    assert f"already used by {broken} in your routines" in err
    assert broken.read_text(encoding="utf-8") == "title: ["


def test_import_two_files_with_one_id(capsys, tmp_path):
    first = _file(tmp_path, "a.yaml", MINE)
    second = _file(tmp_path, "b.yaml", MINE.replace("My calves", "Other calves"))
    status, out, err = run(capsys, "import", first, second)
    assert status == 2
    assert out == (f"{first}: imported 'My calves' as my-calves "
                   f"({user_routines_dir() / 'my-calves.yaml'})\n")
    assert err.splitlines() == [
        f"{second}:2: id: 'my-calves' is already used by {first}, earlier in this import; "
        "change it to id: my-calves-2",
        f"{second}: not imported"]


def test_import_a_bad_file_is_refused_while_a_good_one_is_imported(capsys, tmp_path):
    bad = _file(tmp_path, "bad.yaml", MINE.replace("id: my-calves", "id: bad-one")
                .replace("SP6", "SP7"))
    good = _file(tmp_path, "good.yaml", MINE)
    status, out, err = run(capsys, "import", bad, good)
    assert status == 2
    assert err.splitlines() == [
        f"{bad}:6: steps[0].point: SP7 (Spleen 7) is a valid point but not in acuguide's atlas; "
        "nearest known: SP6, SP12",
        f"{bad}: not imported"]
    assert out == f"{good}: imported 'My calves' as my-calves " \
                  f"({user_routines_dir() / 'my-calves.yaml'})\n"
    assert sorted(p.name for p in user_routines_dir().glob("*.yaml")) == ["my-calves.yaml"]


def test_import_a_missing_file(capsys, tmp_path):
    status, out, err = run(capsys, "import", str(tmp_path / "nope.yaml"))
    assert status == 2 and out == ""
    lines = err.splitlines()
    assert lines[0].startswith(f"{tmp_path / 'nope.yaml'}: ") and "Traceback" not in err
    assert lines[-1] == f"{tmp_path / 'nope.yaml'}: not imported"


def test_import_all_good_exits_0_in_order(capsys, tmp_path):
    one = _file(tmp_path, "one.yaml", MINE.replace("id: my-calves\n", ""))
    two = _file(tmp_path, "two.yaml", MINE.replace("my-calves", "two-calves"))
    status, out, err = run(capsys, "import", one, two)
    assert (status, err) == (0, "")
    assert [line.split(": imported")[0] for line in out.splitlines()] == [one, two]
    assert sorted(p.name for p in user_routines_dir().glob("*.yaml")) == \
        ["one.yaml", "two-calves.yaml"]
