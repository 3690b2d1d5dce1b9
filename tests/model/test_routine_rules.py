"""What a routine file may say, in the loader's words: ids, clashes, limits, texts, files."""

import pytest

from acuguide.model.content import (
    builtin_routines,
    id_clash,
    load_content,
    parse_routine,
    read_routine,
)
from acuguide.model.problems import ContentError
from acuguide.model.routine import suggest_id

STEPS = "steps:\n  - point: SP6\n    seconds: 60\n"
BODY = "title: Mine\nsummary: A small routine.\n" + STEPS


def messages(data: str | bytes, file: str = "mine.yaml", *, atlas) -> list[str]:
    raw = data.encode() if isinstance(data, str) else data
    with pytest.raises(ContentError) as caught:
        parse_routine(raw, file, atlas)
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(("given", "suggested"), [
    ("calves/evening", "calves-evening"), ("My Calves_2", "my-calves-2"),
    ("Café du soir", "cafe-du-soir"),
    ("-lead", "lead"), ("???", "my-routine"), ("x" * 80, "x" * 60),
])
def test_an_id_must_be_lower_case_letters_digits_and_hyphens(atlas, given, suggested):
    assert suggest_id(given) == suggested
    (shown,) = messages(f"id: '{given}'\n" + BODY, atlas=atlas)
    if len(given) > 60:
        assert shown == "mine.yaml:1: id: is longer than 60 characters"
    else:
        assert shown == (f"mine.yaml:1: id: must be lower-case letters (a-z), digits and hyphens,"
                         f" starting with a letter or a digit (got '{given}'); for example id: "
                         f"{suggested}")


def test_a_good_id_is_kept_with_its_line(atlas):
    routine = parse_routine(("title: T\nsummary: S\nid: calves-2\n" + STEPS).encode(),
                            "x.yaml", atlas)
    assert (routine.id, routine.id_line) == ("calves-2", 3)
    assert parse_routine(BODY.encode(), "mine.yaml", atlas).id_line is None


@pytest.mark.parametrize(("name", "hint"), [
    ("My Routine.yaml", "rename the file to my-routine.yaml or add the line id: my-routine"),
    ("night_calves.yml", "rename the file to night-calves.yml or add the line id: night-calves"),
])
def test_a_file_name_that_is_no_id_says_what_to_rename_it_to(atlas, name, hint):
    (shown,) = messages(BODY, f"/r/{name}", atlas=atlas)
    stem = name.rsplit(".", 1)[0]
    assert shown == (f"/r/{name}:1: id: the file name '{stem}' is not an id (lower-case letters "
                     f"(a-z), digits and hyphens, starting with a letter or a digit): {hint}")
    assert parse_routine(("id: fine\n" + BODY).encode(), f"/r/{name}", atlas).id == "fine"


def test_clashes_with_a_built_in_or_an_earlier_file_are_one_rule(atlas):
    taken = builtin_routines(atlas)
    named = parse_routine(BODY.encode(), "/r/rls-evening.yaml", atlas)
    assert str(id_clash(named, taken)) == (
        "/r/rls-evening.yaml:1: id: 'rls-evening' (the file's name) is already used by the "
        f"built-in routine '{taken['rls-evening'].title}'; rename the file, or give it another "
        "id with id:")
    keyed = parse_routine(("title: T\nsummary: S\nid: leg-cramps\n" + STEPS).encode(),
                          "/r/a.yaml", atlas)
    assert str(id_clash(keyed, taken)).startswith("/r/a.yaml:3: id: 'leg-cramps' is already used")
    mine = parse_routine(BODY.encode(), "/r/mine.yaml", atlas)
    again = parse_routine(("id: mine\n" + BODY).encode(), "/r/other.yaml", atlas)
    assert id_clash(mine, taken) is None
    assert str(id_clash(again, taken | {"mine": mine})) == (
        "/r/other.yaml:1: id: 'mine' is already used by 'Mine' in /r/mine.yaml; give this "
        "routine another id")


def test_the_folder_skips_the_same_clashes_with_the_same_messages(tmp_path, atlas):
    (tmp_path / "a.yaml").write_text("id: same\n" + BODY)
    (tmp_path / "b.yaml").write_text("title: B\nsummary: S\nid: same\n" + STEPS)
    (tmp_path / "leg-massage.yaml").write_text(BODY)
    content = load_content(tmp_path, atlas)
    assert content.routines["same"].origin == str(tmp_path / "a.yaml")
    assert [str(p) for p in content.problems] == [
        str(id_clash(read_routine(tmp_path / "b.yaml", atlas), content.routines)),
        str(id_clash(read_routine(tmp_path / "leg-massage.yaml", atlas), content.routines)),
    ]
    assert [p.line for p in content.problems] == [3, 1]


def test_more_than_300_steps_is_a_limit_of_acuguide(atlas):
    many = "title: Long\nsummary: S\nsteps:\n" + "  - {point: SP6, seconds: 1}\n" * 301
    assert messages(many, atlas=atlas) == [
        "mine.yaml:4: steps: has 301 items; acuguide allows at most 300 steps in a routine (a "
        "limit of acuguide): split it into two routines"]
    exactly = many.replace("  - {point: SP6, seconds: 1}\n", "", 1)
    assert len(parse_routine(exactly.encode(), "mine.yaml", atlas).steps) == 300


@pytest.mark.parametrize(("line", "shown"), [
    ("title: 2024", 'title: must be text (got a number, 2024); put it in quotes: "2024"'),
    ("title: 1.5", 'title: must be text (got a number, 1.5); put it in quotes: "1.5"'),
    ("title: yes", 'title: must be text (got true or false, yes); put it in quotes: "yes"'),
    ("title: 2024-05-01", 'title: must be text (got a date, 2024-05-01); put it in quotes: '
                          '"2024-05-01"'),
    ('title: "   "', "title: must not be empty"),
    ('title: "2024"', None),
])
def test_text_fields_take_text_only(atlas, line, shown):
    data = line + "\nsummary: S\n" + STEPS
    if shown is None:
        assert parse_routine(data.encode(), "mine.yaml", atlas).title == "2024"
    else:
        assert messages(data, atlas=atlas) == [f"mine.yaml:1: {shown}"]


@pytest.mark.parametrize(("data", "shown"), [
    (b"", "mine.yaml: the file is empty: a routine needs at least title, summary and steps"),
    (b"# only a comment\n", "mine.yaml: the file is empty: a routine needs at least title, "
                            "summary and steps"),
    (b"---\n", "mine.yaml: the file is empty: a routine needs at least title, summary and "
               "steps"),
])
def test_an_empty_file_says_what_a_routine_needs(atlas, data, shown, parser):
    assert messages(data, atlas=atlas) == [shown]


@pytest.mark.parametrize(("value", "shown"), [
    ('"61m"', "must be at most 3600 seconds (got '61m', which is 3660)"),
    ('"1:30:00"', "must be a positive number of seconds (got '1:30:00')"),
    ('""', "must be a positive number of seconds (got '')"),
    ('"0s"', "must be a positive number of seconds (got '0s')"),
    ("1.5m30s", "write it as 60, '90s', '2m', '1m30s' or '1:30' (got '1.5m30s'): minutes "
                "before seconds are whole, and seconds after minutes under 60"),
    ("1e3", "must be a positive number of seconds (got '1e3')"),
])
def test_durations_are_refused_with_what_is_wrong(atlas, value, shown):
    assert messages(f"title: T\nsummary: S\nsteps:\n  - point: SP6\n    seconds: {value}\n",
                    atlas=atlas) == [f"mine.yaml:5: steps[0].seconds: {shown}"]


@pytest.mark.parametrize(("value", "seconds"), [("90", 90), ("'90s'", 90), ("2m", 120),
                                                ("1m30s", 90), ("'1:30'", 90), ("2 min", 120),
                                                ("1.5m", 90), ("'60:00'", 3600), ("60m", 3600),
                                                ("90.5 seconds", 90.5), ("59m 59.5s", 3599.5)])
def test_durations_as_people_write_them_are_read(atlas, value, seconds):
    data = f"title: T\nsummary: S\nsteps:\n  - point: SP6\n    seconds: {value}\n"
    assert parse_routine(data.encode(), "mine.yaml", atlas).steps[0].seconds == seconds
