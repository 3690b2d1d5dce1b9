import pytest

from acuguide.diagrams import catalog
from acuguide.model.anatomy import side_of
from acuguide.sheet.items import Box, Diagram, Rule, Text, estimate
from acuguide.sheet.layout import layout
from acuguide.sheet.step_text import step_line

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


def marked(diagram, number, step):
    """The hotspots of ``step`` that carry marker ``number`` on ``diagram``."""
    view = catalog.view(diagram.view)
    return [h for h in view.for_target(step.kind, step.target) for m in diagram.markers
            if m.number == number and abs(diagram.to_page(*h.centre)[0] - m.x) < 1
            and abs(diagram.to_page(*h.centre)[1] - m.y) < 1]


@pytest.mark.parametrize("routine_id", ROUTINES)
def test_a_step_done_on_both_sides_is_numbered_on_both_limbs(content, atlas, routine_id):
    routine = content.routines[routine_id]
    sheet = layout(routine, atlas, "a4", measure=estimate)
    diagrams = [i for page in sheet.pages for i in page.items if isinstance(i, Diagram)]
    for number, step in enumerate(routine.steps, start=1):
        sides = {hotspot.side for diagram in diagrams for hotspot in marked(diagram, number, step)}
        if step.sides in ("both-in-turn", "both-at-once") and step.kind != "hold":
            assert sides == {"left", "right"}, (step.target, sides)
    # One-limb views come in their left and right versions, side by side.
    names = [d.view for d in diagrams]
    for name in names:
        if side_of(name) == "left":
            right = name.removesuffix("-left") + "-right"
            assert names[names.index(name) + 1] == right


@pytest.mark.parametrize("routine_id", ROUTINES)
def test_each_panel_shows_its_views_title_above_it(content, atlas, routine_id):
    sheet = layout(content.routines[routine_id], atlas, "a4", measure=estimate)
    for page in sheet.pages:
        titles = [t for t in page.items if isinstance(t, Text) and t.style == "view"]
        for diagram in (i for i in page.items if isinstance(i, Diagram)):
            title = catalog.view(diagram.view).title
            above = [t for t in titles if t.text == title and t.rect.bottom <= diagram.rect.y
                     and t.rect.x <= diagram.rect.x + 1
                     and diagram.rect.right <= t.rect.right + 1]
            assert len(above) == 1, (diagram.view, title)
            assert any(w in title for w in ("Left", "Right", "Both", "their right", "Face"))


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
                                                  ("leg-massage", 2)])
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


@pytest.mark.parametrize("routine_id", ["leg-cramps", "leg-massage", "rls-evening"])
def test_a_practice_log_of_n_days_goes_last_whole(content, atlas, routine_id):
    plain = layout(content.routines[routine_id], atlas, "a4")
    sheet = layout(content.routines[routine_id], atlas, "a4", log_days=14)
    assert len(sheet.pages) <= 3 and len(sheet.pages) - len(plain.pages) <= 1
    last = sheet.pages[-1]
    words = [i.text for i in last.items if isinstance(i, Text)]
    assert "Practice log: " + content.routines[routine_id].title in words
    assert [w for w in words if w.isdigit()] == [str(d) for d in range(1, 15)]
    assert {"Done", "Before (0-10)", "After (0-10)"} <= set(words)
    boxes = [i for i in last.items if isinstance(i, Rule) and i.rect.h > i.rect.w]
    assert len(boxes) == 2 * 14  # each tick box has two upright sides
    assert not any(t.startswith("Practice log") for p in sheet.pages[:-1] for t in texts_of(p))


def texts_of(page):
    return [i.text for i in page.items if isinstance(i, Text)]


def test_the_log_has_at_most_31_days_and_none_by_default(content, atlas):
    routine = content.routines["leg-cramps"]
    plain = layout(routine, atlas)
    assert not any(t.startswith("Practice log") for p in plain.pages for t in texts_of(p))
    long = layout(routine, atlas, log_days=90)
    assert max(int(t) for t in texts_of(long.pages[-1]) if t.isdigit()) == 31


def step_texts(content, atlas, routine_id):
    from acuguide.sheet.step_text import step_detail

    routine = content.routines[routine_id]
    return [(step, step_line(step, atlas), step_detail(step, atlas)) for step in routine.steps]


def test_a_step_with_an_instruction_prints_it_as_the_session_says_it(content, atlas):
    from acuguide.model.plan import expand

    routine = content.routines["rls-evening"]
    plan = expand(routine, atlas)
    for index, step in enumerate(routine.steps):
        if step.instruction:
            line = step_line(step, atlas)
            assert line.startswith(step.instruction.rstrip("."))
            said = [p.instruction for p in plan.phases if p.step == index and p.kind == "work"]
            assert said[0].startswith(step.instruction.rstrip("."))


@pytest.mark.parametrize("routine_id", ROUTINES)
def test_no_sentence_is_printed_twice_in_a_step_and_no_fragments(content, atlas, routine_id):
    import re

    for _step, line, detail in step_texts(content, atlas, routine_id):
        sentences = [re.sub(r"[^a-z0-9]+", " ", s.lower().removeprefix("caution: ")).strip()
                     for s in re.split(r"(?<=[.!?])\s+", f"{line}. {detail}") if s.strip()]
        assert len(sentences) == len(set(sentences)), (line, detail)
        assert "The article:" not in detail and "Slowly and deeply, " not in detail
        assert "slowly and deeply" not in detail.lower() or "breathe" not in line.lower() or \
            detail.lower().count("slowly and deeply") <= 1


def test_names_keep_their_case_mid_sentence(content, atlas):
    lines = [line for _s, line, _d in step_texts(content, atlas, "leg-massage")]
    assert any(line.startswith("Knead the thigh muscles") for line in lines)
    assert not any("Knead Thigh" in line for line in lines)


@pytest.mark.parametrize("routine_id", ROUTINES)
def test_every_caution_of_a_point_is_on_the_sheet_once(content, atlas, routine_id):
    for step, _line, detail in step_texts(content, atlas, routine_id):
        if step.kind != "point":
            continue
        for caution in atlas.points[step.target].cautions:
            assert detail.count(caution.text) == 1, (step.target, caution.text)


def test_bullets_hang_clear_of_their_dots(content, atlas):
    sheet = layout(content.routines["leg-cramps"], atlas, "a4")
    dots = [i for i in sheet.pages[0].items if isinstance(i, Text) and i.text == "•"]
    assert len(dots) >= 3
    for dot in dots:
        beside = [i for i in sheet.pages[0].items if isinstance(i, Text) and i is not dot
                  and abs(i.rect.y - dot.rect.y) < 0.01 and i.rect.x > dot.rect.x]
        assert beside and beside[0].rect.x >= dot.rect.right - 0.01


def diagrams_of(sheet):
    return [i for page in sheet.pages for i in page.items if isinstance(i, Diagram)]


@pytest.mark.parametrize("routine_id", ROUTINES)
def test_crops_keep_what_orients_the_reader(content, atlas, routine_id):
    from acuguide.model.anatomy import kind_of
    from acuguide.sheet.figures import WHOLE, labels, side_marks, title_bottom

    sheet = layout(content.routines[routine_id], atlas, "a4")
    words = [t.text for t in texts(sheet)]
    for diagram in diagrams_of(sheet):
        x0, y0, w, h = catalog.view(diagram.view).box
        cx, cy, cw, ch = diagram.crop
        assert cx <= x0 and cx + cw >= x0 + w, "the whole width: no word at a side is cut"
        if kind_of(diagram.view) in WHOLE:
            assert cy == pytest.approx(title_bottom(diagram.view))
            assert cy + ch == pytest.approx(y0 + h), "a foot, a hand or a head is shown whole"
        else:
            assert ch >= 0.45 * h, "enough of the leg to recognise it"
        for label in labels(diagram.view):
            upper, lower = label.band
            inside = cy <= upper and lower <= cy + ch
            outside = lower <= cy or upper >= cy + ch
            assert inside or outside, (diagram.view, label.text, "cut by the crop")
            if inside:
                size = label.size * diagram.rect.w / cw * diagram.label_scale
                assert size >= 6 - 1e-6, (diagram.view, label.text, size)
        for mark in side_marks(diagram.view):  # printed by the sheet, under the panel
            assert mark.text.split()[-1].capitalize() in words or \
                mark.text.capitalize() in words, (diagram.view, mark.text)


def test_every_text_style_is_at_least_6_pt():
    from acuguide.sheet.items import STYLES

    assert min(size for size, _bold in STYLES.values()) >= 6


@pytest.mark.parametrize("routine_id", ROUTINES)
def test_badges_do_not_cover_the_landmarks_their_points_are_found_from(content, atlas,
                                                                       routine_id):
    from acuguide.sheet.items import BADGE_RADIUS, badge_at

    sheet = layout(content.routines[routine_id], atlas, "a4")
    for diagram in diagrams_of(sheet):
        view = catalog.view(diagram.view)
        marks = [diagram.to_page(*point) for point in view.landmarks.values()]
        for marker in diagram.markers:
            bx, by = badge_at(marker, diagram.rect)
            for mx, my in marks:
                assert (bx - mx) ** 2 + (by - my) ** 2 > BADGE_RADIUS ** 2, (
                    diagram.view, marker.number)


@pytest.mark.parametrize("routine_id", ROUTINES)
def test_badges_never_touch_each_other_and_stay_in_their_panel(content, atlas, routine_id):
    from acuguide.sheet.items import BADGE_RADIUS, badge_at

    for diagram in diagrams_of(layout(content.routines[routine_id], atlas, "a4")):
        r = diagram.rect
        spots = [badge_at(m, r) for m in diagram.markers]
        for i, (x, y) in enumerate(spots):
            assert r.x + BADGE_RADIUS - 0.01 <= x <= r.right - BADGE_RADIUS + 0.01, diagram.view
            assert r.y + BADGE_RADIUS - 0.01 <= y <= r.bottom - BADGE_RADIUS + 0.01, diagram.view
            for ox, oy in spots[i + 1:]:
                assert (x - ox) ** 2 + (y - oy) ** 2 > (2 * BADGE_RADIUS) ** 2, diagram.view


def test_words_said_by_an_earlier_step_are_pointed_to_not_repeated(content, atlas):
    sheet = layout(content.routines["rls-evening"], atlas, "a4")
    said = [t.text for t in texts(sheet)]
    assert sum("assimilation of oxygen" in t for t in said) == 1
    assert said.count("As step 1.") == 3
