import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acuguide.model import yamlsafe
from acuguide.model.content import load_content, parse_routine, read_routine
from acuguide.model.problems import ContentError

BAD = Path(__file__).parents[1] / "bad_routines"
GOOD = """\
title: Mine
summary: A small routine.
defaults: {seconds: 1m30s, prepare: 5}
steps:
  - point: lv3
  - area: calf
    seconds: "1:00"
  - hold: left-thumb
    seconds: 2 min
    breathing: {inhale: 4, exhale: 6}
"""


def expectation(path: Path) -> tuple[int | None, str]:
    first = path.read_text().splitlines()[0]
    line, _, message = first.removeprefix("# expect: ").partition(": ")
    return (int(line) or None), message


@pytest.mark.parametrize("path", sorted(BAD.glob("*.yaml")), ids=lambda p: p.stem)
def test_each_bad_file_gets_a_message_naming_file_line_and_field(path, atlas, parser):
    line, message = expectation(path)
    with pytest.raises(ContentError) as caught:
        read_routine(path, atlas)
    shown = [str(p) for p in caught.value.problems]
    assert any(f"{path}:{line}: {message}" in s if line else f"{path}: {message}" in s
               for s in shown), shown
    assert all(s.startswith(str(path)) for s in shown)


def test_python_tags_are_never_executed(atlas, tmp_path, parser):
    marker = tmp_path / "pwned"
    data = f"title: !!python/object/apply:os.system ['touch {marker}']\nsummary: x\nsteps: []\n"
    with pytest.raises(ContentError, match="not allowed"):
        parse_routine(data.encode(), "evil.yaml", atlas)
    assert not marker.exists()


def test_a_good_file_accepts_durations_and_aliases(atlas, parser):
    routine = parse_routine(GOOD.encode(), "mine.yaml", atlas)
    assert routine.id == "mine"
    assert [s.target for s in routine.steps] == ["LR3", "calf", "left-thumb"]
    assert [s.seconds for s in routine.steps] == [90, 60, 120]
    assert routine.steps[2].sides == "left"
    assert routine.prepare == 5


@pytest.mark.parametrize(("data", "message"), [
    (b"title: x\x00\n", "evil.yaml:1: contains a NUL byte"),
    (b"title: caf\xe9\nsummary: x\n", "evil.yaml:1: is not UTF-8 text (byte 0xe9)"),
    (b"\n\ntitle: \xff\xfe", "evil.yaml:3: is not UTF-8"),
    (b"a" * 300_000, "evil.yaml: file is 300,000 bytes; the limit is 262,144"),
    (b"[" * 5000 + b"]" * 5000, "evil.yaml:1: nested too deeply (limit 24)"),
])
def test_binary_huge_and_deep_files_are_refused_clearly(atlas, data, message, parser):
    with pytest.raises(ContentError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_routine(data, "evil.yaml", atlas)


def test_alias_bomb_is_refused_quickly(atlas, parser):
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        refs = ",".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    lines.append("title: *a9\nsummary: *a9\nsteps: *a9\n")
    start = time.perf_counter()
    with pytest.raises(ContentError):
        parse_routine("\n".join(lines).encode(), "bomb.yaml", atlas)
    assert time.perf_counter() - start < 1.0


def test_many_aliases_are_refused(atlas, parser):
    data = "x: &x 1\ny: [" + ",".join(["*x"] * 500) + "]\n"
    with pytest.raises(ContentError, match="too many aliases"):
        parse_routine(data.encode(), "aliases.yaml", atlas)


TOKENS = [*"ab:- \n[]{}&*!#'\"|>%@`,?.0123456789\t", "!!python/object:os.system", "steps",
          "title", "point", "SP6", "seconds", "\x00", "é", "<<", "\ud800"]
yamlish = st.lists(st.sampled_from(TOKENS), max_size=120).map("".join)
WITH_LIBYAML = pytest.mark.skipif("libyaml" not in yamlsafe.PARSERS,
                                  reason="PyYAML was built without libyaml")


@pytest.mark.parametrize("name", [pytest.param("libyaml", marks=WITH_LIBYAML), "python"])
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(text=yamlish)
def test_arbitrary_text_only_ever_raises_the_loaders_error(atlas, name, text):
    with yamlsafe.using_parser(name):
        try:
            parse_routine(text.encode("utf-8", "surrogatepass"), "fuzz.yaml", atlas)
        except ContentError as err:
            assert err.problems
            assert all(str(p).startswith("fuzz.yaml") for p in err.problems)


def test_a_bad_user_file_never_stops_the_others(tmp_path, parser):
    (tmp_path / "good.yaml").write_text(GOOD)
    bad = "title: x\nsummary: y\nsteps:\n  - point: SP6\n    secnds: 1\n"
    (tmp_path / "bad.yaml").write_text(bad)
    (tmp_path / "clash.yaml").write_text("id: rls-evening\n" + GOOD)
    (tmp_path / "notes.txt").write_text("not a routine")
    content = load_content(tmp_path)
    assert {"rls-evening", "leg-cramps", "leg-massage", "good"} == set(content.routines)
    assert content.routines["rls-evening"].builtin
    messages = [str(p) for p in content.problems]
    assert any("bad.yaml:5: steps[0].secnds: unknown field" in m for m in messages)
    assert any("clash.yaml" in m and "already used" in m for m in messages)
    assert len(messages) == 2


def test_unreadable_user_folder_is_just_empty(tmp_path, parser):
    content = load_content(tmp_path / "missing")
    assert len(content.routines) == 3
    assert content.problems == []
