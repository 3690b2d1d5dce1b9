import json
import subprocess
import sys

import pytest

from acuguide.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("text", "code"), [("CV 26", "GV26"), ("B 40", "BL40"), ("LV 3", "LR3")])
def test_show_resolves_article_spellings(capsys, text, code):
    status, out, _ = run(capsys, "show", text, "--json")
    assert status == 0
    data = json.loads(out)
    assert data["code"] == code
    assert {"pinyin", "hanzi", "english", "find", "location", "uses", "cautions",
            "routines", "articles"} <= set(data)


def test_show_cv26_explains_the_misprint(capsys):
    status, out, _ = run(capsys, "show", "CV 26")
    assert status == 0
    assert out.startswith("GV26")
    assert "Note:" in out and "24" in out


def test_show_text_has_cautions_and_routines(capsys):
    _, out, _ = run(capsys, "show", "SP6")
    assert "IMPORTANT: Traditionally forbidden in pregnancy" in out
    assert "Routines: leg-massage, rls-evening" in out
    assert "Four finger-widths" in out


@pytest.mark.parametrize(("args", "message"), [
    (("show", "P"), "ambiguous"), (("show", "CV25"), "CV1-CV24"), (("show", "zzz"), "unknown"),
    (("plan", "rls"), "did you mean rls-evening"),
])
def test_bad_input_exits_2_with_one_line_and_no_traceback(capsys, args, message):
    status, _out, err = run(capsys, *args)
    assert status == 2
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_routines_json_contract(capsys):
    status, out, _ = run(capsys, "routines", "--json")
    data = {r["id"]: r for r in json.loads(out)}
    assert status == 0
    assert set(data) == {"rls-evening", "leg-cramps", "leg-massage"}
    assert data["rls-evening"]["total_seconds"] == 2145
    assert data["rls-evening"]["source"] == "rls"
    assert all({"id", "title", "total_seconds", "source"} <= set(r) for r in data.values())


def test_plan_json_contract(capsys):
    status, out, _ = run(capsys, "plan", "rls-evening", "--json")
    data = json.loads(out)
    assert status == 0
    assert data["total_seconds"] == 2145
    first = data["phases"][0]
    assert {"start", "seconds", "kind", "target", "side", "instruction"} <= set(first)
    assert first["target"] == "right-thumb" and first["kind"] == "prepare"
    assert {p["side"] for p in data["phases"]} == {"left", "right", "midline"}


def test_plan_text_prints_the_full_timeline(capsys):
    status, out, _ = run(capsys, "plan", "rls-evening")
    lines = out.splitlines()
    assert status == 0
    assert "total 35:45" in lines[0]
    assert len(lines) == 2 + 56 + 1
    assert lines[-1].strip() == "35:45  end"


def test_points_search(capsys):
    status, out, _ = run(capsys, "points", "--search", "cramp", "--json")
    assert status == 0
    assert json.loads(out)[0]["code"] == "ST34"
    status, out, err = run(capsys, "points", "--search", "zebra")
    assert status == 1 and "no point matches" in err


def test_check_reports_each_problem_and_exits_2(capsys, tmp_path):
    good = tmp_path / "good.yaml"
    good.write_text("title: G\nsummary: S\nsteps:\n  - {point: SP6, seconds: 60}\n")
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: B\nsummary: S\nsteps:\n  - {point: SP6, seconds: -5, sids: left}\n")
    status, out, err = run(capsys, "check", str(good))
    assert status == 0 and "ok" in out
    status, out, err = run(capsys, "check", str(good), str(bad), str(tmp_path / "missing.yaml"))
    assert status == 2
    lines = err.strip().splitlines()
    assert f"{bad}:4: steps[0].seconds: must be a positive number of seconds (got -5)" in lines
    assert f"{bad}:4: steps[0].sids: unknown field; did you mean 'sides'?" in lines
    assert any("missing.yaml: cannot read" in line for line in lines)


def test_check_refuses_the_ids_the_routines_list_would_skip(capsys, tmp_path):
    body = "title: Mine\nsummary: S\nsteps:\n  - {point: SP6, seconds: 60}\n"
    builtin = tmp_path / "rls-evening.yaml"
    builtin.write_text(body)
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    first.write_text("id: same\n" + body)
    second.write_text("title: Other\nsummary: S\nid: same\nsteps:\n  - {point: KI1, seconds: 9}\n")
    slash = tmp_path / "slash.yaml"
    slash.write_text("id: calves/evening\n" + body)
    status, out, err = run(capsys, "check", str(builtin), str(first), str(second), str(slash))
    assert status == 2
    assert out == f"{first}: ok: 'Mine', 1 steps, 2.2 min\n"
    assert err.splitlines() == [
        f"{builtin}:1: id: 'rls-evening' (the file's name) is already used by the built-in "
        "routine 'Restless legs, evening'; rename the file, or give it another id "
        "with id:",
        f"{second}:3: id: 'same' is already used by 'Mine' in {first}; give this routine "
        "another id",
        f"{slash}:1: id: must be lower-case letters (a-z), digits and hyphens, starting with a "
        "letter or a digit (got 'calves/evening'); for example id: calves-evening",
    ]


def test_check_passes_files_the_routines_list_shows(capsys, tmp_path, monkeypatch):
    folder = tmp_path / "data" / "acuguide" / "routines"
    folder.mkdir(parents=True)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    for name, routine_id in (("a.yaml", "twin"), ("b.yaml", "twin"), ("c.yaml", "leg-cramps"),
                             ("d.yaml", "fine")):
        (folder / name).write_text(f"id: {routine_id}\ntitle: {name}\nsummary: S\n"
                                   "steps:\n  - {point: SP6, seconds: 60}\n")
    files = sorted(str(p) for p in folder.iterdir())
    status, out, err = run(capsys, "check", *files)
    checked = {line.split(": ok")[0] for line in out.splitlines()}
    status_list, listed, skipped = run(capsys, "routines", "--json")
    shown = {r["id"] for r in json.loads(listed)}
    assert status == 2 and status_list == 0
    assert checked == {str(folder / "a.yaml"), str(folder / "d.yaml")}
    assert {"twin", "fine"} <= shown and "b.yaml" in skipped and "c.yaml" in skipped
    assert [line.split(": id: ")[0] for line in err.splitlines()] == [
        f"{folder / 'b.yaml'}:1", f"{folder / 'c.yaml'}:1"]


def test_user_routines_are_listed_and_bad_ones_reported(capsys, tmp_path, monkeypatch):
    folder = tmp_path / "data" / "acuguide" / "routines"
    folder.mkdir(parents=True)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    mine = "title: Mine\nsummary: S\nsteps:\n  - {point: KI1, seconds: 30}\n"
    (folder / "mine.yaml").write_text(mine)
    (folder / "broken.yaml").write_text("title: [\n")
    status, out, err = run(capsys, "routines")
    assert status == 0
    assert "mine" in out and "Mine" in out
    assert "broken.yaml" in err and "skipped" in err


def test_schema_is_json_schema(capsys):
    status, out, _ = run(capsys, "schema")
    schema = json.loads(out)
    assert status == 0
    assert schema["required"] == ["title", "summary", "steps"]
    assert "seconds" in schema["properties"]["steps"]["items"]["properties"]


def test_schema_carries_the_limits_and_says_what_each_field_is(capsys):
    _, out, _ = run(capsys, "schema")
    props = json.loads(out)["properties"]
    assert props["steps"]["maxItems"] == 300
    assert "at most 300 (a limit of acuguide)" in props["steps"]["description"]
    assert props["id"]["pattern"] == "^[a-z0-9][a-z0-9-]*$"
    assert props["title"]["pattern"] == "\\S"
    described = [props[k] for k in ("title", "summary", "steps", "cautions", "notes", "tips")]
    described += [props["defaults"]["properties"][k] for k in ("prepare", "switch", "rest")]
    assert all(len(p.get("description", "")) > 20 for p in described)


@pytest.mark.slow
def test_python_m_acuguide_and_console_script_run_headless():
    out = subprocess.run([sys.executable, "-m", "acuguide", "show", "LV 3"], capture_output=True,
                         text=True, check=True)
    assert out.stdout.startswith("LR3")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_or_a_huge_file_never_hangs_routines_or_check(tmp_path):
    import os

    folder = tmp_path / "data" / "acuguide" / "routines"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "fifo.yaml")
    (folder / "mine.yaml").touch()
    os.truncate(folder / "mine.yaml", 600 * 1024 * 1024)  # a huge sparse file
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    listed = subprocess.run([sys.executable, "-m", "acuguide", "routines"], capture_output=True,
                            text=True, env=env, timeout=30)
    assert listed.returncode == 0
    assert f"{folder / 'fifo.yaml'}: not a regular file (a FIFO)" in listed.stderr
    assert f"{folder / 'mine.yaml'}: file is 629,145,600 bytes" in listed.stderr
    checked = subprocess.run([sys.executable, "-m", "acuguide", "check", str(folder / "fifo.yaml"),
                              str(folder / "mine.yaml")], capture_output=True, text=True, env=env,
                             timeout=30)
    assert checked.returncode == 2
    assert checked.stderr.splitlines() == [
        f"{folder / 'fifo.yaml'}: not a regular file (a FIFO); routine files are plain text files",
        f"{folder / 'mine.yaml'}: file is 629,145,600 bytes; the limit is 262,144"]


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["a folder in its place", "a file where its folder is"])
def test_a_windowed_run_with_a_history_it_cannot_write_exits_0_and_keeps_the_session(kind,
                                                                                   tmp_path):
    import os

    from acuguide.store.history import History

    data, state = tmp_path / "data", tmp_path / "state"
    if kind == "a folder in its place":
        (data / "acuguide" / "history.sqlite3").mkdir(parents=True)
        kept = data / "acuguide" / "history.pending.jsonl"
    else:
        data.mkdir()
        (data / "acuguide").write_text("not a folder")
        kept = state / "acuguide" / "history.pending.jsonl"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(data),
           "XDG_STATE_HOME": str(state)}
    out = subprocess.run([sys.executable, "-m", "acuguide", "run", "leg-cramps", "--speed",
                          "600", "--yes", "--no-summary", "--mute"], capture_output=True,
                         text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    assert out.stderr.count(f"this session was kept in {kept}") == 1
    (record,) = [json.loads(line) for line in kept.read_text().splitlines()]
    assert record["routine_id"] == "leg-cramps" and record["completed"] is True
    assert [r.routine_id for r in History(data / "acuguide" / "history.sqlite3",
                                          pending=(kept,)).all()] == ["leg-cramps"]


def test_show_heads_the_uses_as_the_articles_state_them(capsys):
    _, out, _ = run(capsys, "show", "SP6")
    assert "\nUses, as the articles state them:\n" in out
    assert "Traditional uses" not in out


def test_show_gives_the_articles_own_way_beside_the_standard_one(capsys):
    _, out, _ = run(capsys, "show", "KI1")
    found, way = out.index("How to find it:"), out.index("The article's way")
    assert found < way < out.index("Standard location (WHO):")
    assert "(Pressure Points to Relieve Leg Cramps)" in " ".join(out[way:].split())
    assert "two curved lines" in " ".join(out[way:].split())
    status, out, _ = run(capsys, "show", "KI1", "--json")
    assert status == 0
    assert json.loads(out)["article_find"][0]["article"] == "leg-cramps"


def test_show_st36_keeps_the_who_text_whos_and_the_finger_width_in_how_to_find_it(capsys):
    _, out, _ = run(capsys, "show", "ST36")
    find = " ".join(out[out.index("How to find it:"):out.index("Standard location")].split())
    who = " ".join(out[out.index("Standard location"):out.index("Uses, as")].split())
    assert "one finger-breadth lateral to the anterior crest of the tibia" in find
    assert "finger" not in who and "3 B-cun inferior to ST35" in who


def test_plan_keeps_the_case_of_area_names_mid_sentence(capsys):
    _, out, _ = run(capsys, "plan", "leg-massage")
    assert "Knead the thigh muscles, left side" in out
    assert "Massage the Achilles tendon, left side" in out
    assert "Knead Thigh muscles" not in out and "Stroke Shin" not in out
