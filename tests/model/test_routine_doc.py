"""The routine document: written in the README's layout, read back to the very same plan."""

import yaml
from hypothesis import given
from hypothesis import strategies as st

from acuguide.model.content import load_content
from acuguide.model.plan import expand
from acuguide.model.routine_doc import (
    Defaults,
    RoutineDoc,
    StepDoc,
    check_doc,
    doc_from_routine,
    format_duration,
    free_id,
    problem_place,
    quote,
    slug,
    to_yaml,
)


def test_every_builtin_routine_reads_back_to_the_same_plan():
    content = load_content()
    for routine in content.routines.values():
        doc = doc_from_routine(routine, content.atlas, new_id=f"{routine.id}-mine")
        again, problems = check_doc(doc, content.atlas)
        assert problems == [], (routine.id, problems)
        before, after = expand(routine, content.atlas), expand(again, content.atlas)
        assert (after.phases, after.total_seconds) == (before.phases, before.total_seconds)


def test_the_file_is_laid_out_as_the_readme_shows():
    doc = RoutineDoc(id="bedtime-calves", title="Bedtime calves", summary="A wind-down.",
                     cautions=("Skip SP6 if you are or may be pregnant.",),
                     defaults=Defaults(seconds=60, prepare=10),
                     steps=(StepDoc("hold", "right-thumb", seconds=120, breathing=(4, 6)),
                            StepDoc("point", "SP6", seconds=90, sides="left", rest=10)))
    text = to_yaml(doc)
    assert text.startswith("# yaml-language-server: $schema=routine.schema.json\n")
    body = [line for line in text.splitlines() if not line.startswith("#")]
    assert body == [
        "id: bedtime-calves", "title: Bedtime calves", "summary: A wind-down.",
        "cautions:", "  - Skip SP6 if you are or may be pregnant.",
        "defaults:", "  seconds: 1m", "  prepare: 10s",
        "steps:",
        "  - hold: right-thumb", "    seconds: 2m", "    breathing: {inhale: 4, exhale: 6}",
        "  - point: SP6", "    seconds: 90s", "    sides: left", "    rest: 10s",
    ]


def test_durations_are_written_as_a_person_writes_them():
    assert [format_duration(s) for s in (5, 60, 90, 120, 750, 2.5, 3600)] == \
        ["5s", "1m", "90s", "2m", "12m30s", "2.5s", "60m"]


@given(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               max_size=40))
def test_any_text_is_written_so_it_reads_back_the_same(text):
    assert yaml.safe_load(f"key: {quote(text)}") == {"key": text}


def test_a_problem_is_placed_at_its_step_and_field():
    content = load_content()
    doc = RoutineDoc(title="T", summary="S", steps=(StepDoc("point", "SP6", seconds=60),
                                                      StepDoc("point", "ST36")))
    routine, problems = check_doc(doc, content.atlas)
    assert routine is None
    assert [problem_place(p) for p in problems] == [(1, "")]
    assert "seconds" in problems[0].message


def test_ids_from_titles_never_clash():
    assert slug("Bedtime calves, évening!") == "bedtime-calves-evening"
    assert slug("???") == "my-routine"
    assert free_id("leg-cramps", {"leg-cramps", "leg-cramps-2"}) == "leg-cramps-3"
