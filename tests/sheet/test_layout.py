import pytest

from acuguide.diagrams import catalog
from acuguide.sheet.items import Box, Diagram, Rule, Text, estimate
from acuguide.sheet.layout import layout, step_line

ROUTINES = ["rls-evening", "leg-cramps", "leg-massage"]


def texts(sheet):
    return [i for page in sheet.pages for i in page.items if isinstance(i, Text)]


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("routine_id", ROUTINES)
def test_every_step_appears_once_in_routine_order(content, atlas, routine_id, paper):
    routine = content.routines[routine_id]
    sheet = layout(routine, atlas, paper, measure=estimate)
    lines = [step_line(step, atlas) for step in routine.steps]
    shown = [t.text for t in texts(sheet) if t.style == "step" and not t.text.endswith(".")]
    assert shown == lines
    numbers = [t.text for t in texts(sheet) if t.style == "step" and t.text.endswith(".")]
    assert numbers == [f"{i}." for i in range(1, len(routine.steps) + 1)]


@pytest.mark.parametrize("routine_id", ROUTINES)
def test_markers_sit_on_the_hotspots_with_their_step_numbers(content, atlas, routine_id):
    routine = content.routines[routine_id]
    sheet = layout(routine, atlas, "a4", measure=estimate)
    diagrams = [i for page in sheet.pages for i in page.items if isinstance(i, Diagram)]
    numbered = set()
    for diagram in diagrams:
        view = catalog.view(diagram.view)
        for marker in diagram.markers:
            step = routine.steps[marker.number - 1]
            spots = view.for_target(step.kind, step.target)
            assert any(abs(diagram.to_page(*h.centre)[0] - marker.x) < 2 and
                       abs(diagram.to_page(*h.centre)[1] - marker.y) < 2 for h in spots)
            assert diagram.rect.x - 1 <= marker.x <= diagram.rect.right + 1
            assert diagram.rect.y - 1 <= marker.y <= diagram.rect.bottom + 1
            numbered.add(marker.number)
    assert numbered == set(range(1, len(routine.steps) + 1)), "every step is on a diagram"
    bilateral = [d for d in diagrams if d.view == "leg-back"]
    if bilateral:
        counts = {}
        for m in bilateral[0].markers:
            counts[m.number] = counts.get(m.number, 0) + 1
        assert set(counts.values()) == {2}, "both sides are numbered"


def _check_geometry(sheet):
    area = sheet.printable
    for page in sheet.pages:
        placed = [i for i in page.items if not isinstance(i, Rule)]
        boxes = [i.rect for i in placed if isinstance(i, Box)]
        for item in placed:
            r = item.rect
            assert r.x >= area.x - 0.5 and r.right <= area.right + 0.5, item
            assert r.y >= area.y - 0.5 and r.bottom <= area.bottom + 0.5, item
        loose = [i for i in placed if not isinstance(i, Box) and not any(
            b.x <= i.rect.x and i.rect.bottom <= b.bottom + 0.5 and i.rect.y >= b.y
            for b in boxes)]
        for a_index, a in enumerate(loose):
            for b in loose[a_index + 1:]:
                assert not a.rect.overlaps(b.rect), (a, b)


@pytest.mark.gui
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize(("routine_id", "most"), [("rls-evening", 2), ("leg-cramps", 1),
                                                  ("leg-massage", 1)])
def test_pages_fit_and_nothing_overlaps_or_leaves_the_page(qapp, content, atlas, routine_id,
                                                          most, paper):
    from acuguide.sheet.render import qt_measure

    sheet = layout(content.routines[routine_id], atlas, paper, measure=qt_measure, notes_lines=0)
    assert len(sheet.pages) <= most
    _check_geometry(sheet)
    footer = [t.text for t in texts(sheet) if t.style == "footer"]
    assert footer[-1].endswith(f"page {len(sheet.pages)} of {len(sheet.pages)}")


@pytest.mark.gui
def test_practitioner_lines_are_added_on_request(qapp, content, atlas):
    from acuguide.sheet.render import qt_measure

    sheet = layout(content.routines["leg-cramps"], atlas, "a4", measure=qt_measure,
                   notes_lines=5)
    rules = [i for page in sheet.pages for i in page.items if isinstance(i, Rule)]
    assert len(rules) == 5
    _check_geometry(sheet)


def test_the_step_line_says_side_time_and_breathing(content, atlas):
    rls = content.routines["rls-evening"]
    assert step_line(rls.steps[0], atlas) == (
        "Hold your right thumb with your left hand, 2:00, breathe 4 s in, 6 s out")
    sp6 = next(s for s in rls.steps if s.target == "SP6")
    assert step_line(sp6, atlas) == (
        "Press and massage SP6 Sānyīnjiāo, left, then right, 1:00 each side")
    gv20 = next(s for s in rls.steps if s.target == "GV20")
    assert step_line(gv20, atlas) == "Press and massage GV20 Bǎihuì, 1:00"
