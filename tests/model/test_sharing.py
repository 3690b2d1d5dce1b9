"""Sharing routines: which files an import copies, and the id an export writes (pure)."""

import pytest

from acuguide.model.content import load_content
from acuguide.model.problems import ContentError
from acuguide.model.sharing import Candidate, candidate, export_id, import_plan

BUILTIN = {"rls-evening": "Restless legs, evening", "leg-cramps": "Leg cramps"}
GOOD = b"""# shared by a friend
id: my-calves
title: My calves
summary: Two points.
steps:
  - point: SP6
    seconds: 60
"""


def test_a_free_id_is_imported():
    [verdict] = import_plan([Candidate("a.yaml", "my-calves", 2)], BUILTIN, {})
    assert verdict.ok and verdict.routine_id == "my-calves" and verdict.problem is None


def test_a_builtin_id_is_refused_at_its_line_with_a_free_id():
    [verdict] = import_plan([Candidate("a.yaml", "leg-cramps", 3)], BUILTIN,
                            {"leg-cramps-2": "/r/leg-cramps-2.yaml"})
    assert not verdict.ok
    text = str(verdict.problem)
    assert text.startswith("a.yaml:3: id: 'leg-cramps' is already used by the built-in routine "
                           "'Leg cramps' (built-in ids are reserved)")
    assert text.endswith("change it to id: leg-cramps-3")


def test_an_id_from_the_file_name_is_refused_at_line_1_with_a_rename():
    [verdict] = import_plan([Candidate("rls-evening.yaml", "rls-evening", None)], BUILTIN, {})
    assert verdict.problem is not None and verdict.problem.line == 1
    assert "(the file's name)" in verdict.problem.message
    assert "rename the file to rls-evening-2.yaml, or add the line id: rls-evening-2" \
        in verdict.problem.message


def test_an_id_in_the_folder_is_refused_never_replaced():
    [verdict] = import_plan([Candidate("a.yaml", "my-calves", 2)], BUILTIN,
                            {"my-calves": "/r/my-calves.yaml"})
    assert str(verdict.problem) == (
        "a.yaml:2: id: 'my-calves' is already used by /r/my-calves.yaml in your routines "
        "(an import never replaces a file); change it to id: my-calves-2")


def test_two_files_with_one_id_the_first_is_imported_the_second_refused():
    first, second, third = import_plan(
        [Candidate("a.yaml", "same", 2), Candidate("b.yaml", "same", 4),
         Candidate("c.yaml", "same", None)], BUILTIN, {})
    assert first.ok
    assert str(second.problem) == ("b.yaml:4: id: 'same' is already used by a.yaml, earlier in "
                                   "this import; change it to id: same-2")
    # each refused file is offered its own free id
    assert str(third.problem).endswith("rename the file to same-3.yaml, or add the line id: "
                                       "same-3")


def test_a_suggested_id_is_free_of_every_file_in_the_import():
    verdicts = import_plan([Candidate("a.yaml", "leg-cramps", 1),
                            Candidate("b.yaml", "leg-cramps-2", 1)], BUILTIN, {})
    assert verdicts[1].ok
    assert verdicts[0].problem is not None
    assert verdicts[0].problem.message.endswith("id: leg-cramps-3")


@pytest.mark.parametrize("bad", ["../escape", ".hidden", "My Routine", "a/b", "x" * 61, ""])
def test_an_id_that_cannot_name_a_file_is_refused(bad):
    [verdict] = import_plan([Candidate("a.yaml", bad, 2)], BUILTIN, {})
    assert verdict.problem is not None and verdict.problem.path == "id"
    assert "cannot name a routine file" in verdict.problem.message


def test_candidate_gives_the_loaders_verdict_and_the_id_line(atlas):
    routine, item = candidate(GOOD, "shared.yaml", atlas, stem="shared")
    assert (item.file, item.routine_id, item.id_line, item.title) == \
        ("shared.yaml", "my-calves", 2, "My calves")
    assert routine.title == "My calves"
    _, by_name = candidate(GOOD.replace(b"id: my-calves\n", b""), "shared.yaml", atlas,
                           stem="shared")
    assert (by_name.routine_id, by_name.id_line) == ("shared", None)
    with pytest.raises(ContentError) as err:
        candidate(GOOD.replace(b"SP6", b"SP7"), "shared.yaml", atlas, stem="shared")
    assert str(err.value.problems[0]).startswith("shared.yaml:6: steps[0].point: SP7")


def test_export_id():
    content = load_content()
    builtin = set(content.routines)
    rls = content.routines["rls-evening"]
    assert export_id(rls, None, builtin) == "rls-evening-mine"
    assert export_id(rls, "evening", builtin) == "evening"
    with pytest.raises(ValueError, match=r"built-in ids are reserved.*--id leg-cramps-mine"):
        export_id(rls, "leg-cramps", builtin)
    with pytest.raises(ValueError, match=r"not an id.*--id my-evening"):
        export_id(rls, "My Evening", builtin)
