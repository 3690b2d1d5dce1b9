"""Content errata (issue 14): the texts say what the standard and the articles say, no more."""

import re

import pytest

from acuguide.model.atlas_load import load_atlas
from acuguide.model.plan import expand
from acuguide.model.problems import ContentError
from acuguide.resources import read_bytes

# The twelve points the RLS article lists (its "CV 26" is GV26), and the two on the midline.
RLS_POINTS = {"BL40", "GV26", "GB20", "GB21", "GV20", "KI3", "LU7", "LR2", "LR3", "SP6",
              "SP12", "ST36"}
MIDLINE = {"GV20", "GV26"}


def words(text):
    return " ".join(text.split())


# ------------------------------------------------------------------ finding distances
def test_sp12_is_a_hand_width_and_half_a_thumb_width_out():
    find = words(load_point("SP12").find)
    assert "a hand-width and half a thumb-width (3.5 cun)" in find
    assert "a hand-width and a thumb-width" not in find  # that would be 4 cun


def test_lr2_says_half_a_thumb_width_and_keeps_the_articles_finger_width_as_a_note():
    lr2 = load_point("LR2")
    find = words(lr2.find)
    assert find.startswith("On the top of the foot, half a thumb-width (0.5 cun) back")
    assert "about half a thumb-width" not in find  # the self-contradicting bracket
    assert "The RLS article says one finger-width." in find
    assert lr2.find_cun == 0.5
    assert "half a thumb-width" in lr2.say


def test_lr3_text_says_the_standard_two_finger_widths():
    lr3 = load_point("LR3")
    assert lr3.find_cun == 1.5  # POINTS.md: "about two finger-widths back from the web"
    assert "Two finger-widths (1.5 cun)" in words(lr3.find)


# ------------------------------------------------------------------ standard texts
def test_st36_who_location_is_whos_text_and_the_finger_width_is_in_how_to_find_it():
    st36 = load_point("ST36")
    assert words(st36.location) == ("On the anterior leg, on the line connecting ST35 with ST41, "
                                    "3 B-cun inferior to ST35; on the tibialis anterior muscle.")
    assert "finger" not in st36.location
    assert "one finger-breadth lateral to the anterior crest of the tibia" in words(st36.find)
    assert "one finger-width outward from the front ridge of the shinbone" in words(st36.find)


def test_lr4s_alternative_sp5_is_noted_as_on_some_pregnancy_lists():
    lr4 = load_point("LR4")
    assert lr4.alternatives == ("SP5",)
    assert "SP5 is on some pregnancy lists" in words(lr4.find)
    assert any("SP5" in n and "pregnancy lists" in n for n in lr4.notes)
    assert not any(c.kind.startswith("pregnancy") for c in lr4.cautions)  # LR4 itself: none


# ------------------------------------------------------------------ the article's way
@pytest.mark.parametrize(("code", "said"), [
    ("KI1", "two curved lines"), ("ST36", "2.5 cm down, then about 7.5 cm"),
    ("GB34", "slightly more than 1 cm toward the foot"),
])
def test_the_leg_cramps_articles_own_way_is_kept_beside_the_standard_one(atlas, code, said):
    point = atlas.points[code]
    ways = [w for w in point.article_find if w.article == "leg-cramps"]
    assert len(ways) == 1 and said in ways[0].text
    assert said not in point.find  # the standard way stays the standard one


@pytest.mark.gui  # the window's details module imports the theme, which needs PySide6
@pytest.mark.parametrize(("code", "said"), [
    ("KI1", "two curved lines"), ("ST36", "2.5 cm down, then about 7.5 cm"),
    ("GB34", "slightly more than 1 cm toward the foot"),
])
def test_the_window_shows_the_articles_way_under_how_to_find_it(atlas, code, said):
    from acuguide.ui.details_html import point_html

    html = point_html(atlas.points[code], atlas, [])
    found, where = html.index("<h3>How to find it</h3>"), html.index("The article's way")
    assert found < where < html.index("<h3>Standard location (WHO)</h3>")
    assert said in html and "Pressure Points to Relieve Leg Cramps" in html[where:]


def test_an_articles_way_must_name_a_known_article():
    points = read_bytes("data/points.yaml").replace(
        b"- {article: leg-cramps, text: \"Stretch your foot", b"- {article: nope, text: \"Stretch")
    assert b"article: nope" in points
    with pytest.raises(ContentError, match="article"):
        load_atlas(points, read_bytes("data/articles.yaml"))


@pytest.mark.gui  # see above
def test_the_window_heads_the_uses_as_the_articles_state_them(atlas):
    from acuguide.ui.details_html import point_html

    html = point_html(atlas.points["SP6"], atlas, [])
    assert "<h3>Uses, as the articles state them</h3>" in html
    assert "Traditional uses" not in html


# ------------------------------------------------------------------ routines
def test_rls_evening_summary_says_what_its_steps_are(content):
    rls = content.routines["rls-evening"]
    holds = [s for s in rls.steps if s.kind == "hold"]
    points = [s for s in rls.steps if s.kind == "point"]
    assert len(holds) == 4 and {s.seconds for s in holds} == {120}
    assert {s.target for s in points} == RLS_POINTS | {"LR4"} and len(points) == 13
    assert {s.seconds for s in points} == {60}
    summary = words(rls.summary)
    assert summary.startswith("Four 2-minute finger holds with slow, deep breathing")
    assert "twelve points" in summary and "area in front of the inner ankle (LR4)" in summary
    assert "a minute each, on each side where the point is paired" in summary
    assert "thirteen" not in summary
    plan = expand(rls, content.atlas)
    for step in points:
        work = [p for p in plan.phases if p.kind == "work" and p.target == step.target]
        assert len(work) == (1 if step.target in MIDLINE else 2), step.target
        assert all(p.seconds == 60 for p in work)
    assert all(f"{code} " in summary or f"{code})" in summary for code in MIDLINE)


def test_leg_massage_runs_thigh_to_sole(content):
    routine = content.routines["leg-massage"]
    summary = words(routine.summary)
    assert "head-to-toe" not in summary and "head to toe" not in summary
    assert summary.startswith("A thigh-to-sole massage")
    first, last = routine.steps[0], routine.steps[-1]
    assert (first.kind, first.target) == ("area", "thigh")
    assert content.atlas.points[last.target].views == ("foot-sole",)


def test_leg_massage_keeps_the_articles_gentle_pressure_and_circular_motions_for_gb34(content):
    gb34 = next(s for s in content.routines["leg-massage"].steps if s.target == "GB34")
    assert gb34.technique == "circular"
    assert any("gentle pressure and circular motions" in t.lower() for t in gb34.tips)


def test_leg_massage_has_the_articles_massager_advice(content):
    routine = content.routines["leg-massage"]
    advice = [t for t in routine.notes if "massager" in t]
    assert len(advice) == 1
    text = advice[0]
    assert "comfortable surface" in text and "comfortable intensity" in text
    assert "the time its maker recommends" in text


def test_rls_evening_notes_have_the_shoes_and_the_leg_massage(content):
    notes = " ".join(content.routines["rls-evening"].notes)
    assert "acupressure shoes" in notes
    assert "massaging the legs" in notes


def test_every_built_in_routine_still_says_see_a_doctor(content):
    for routine in content.routines.values():
        if routine.builtin:
            assert any("See a doctor" in c and "not medical advice" in c
                       for c in routine.cautions), routine.id


def test_summaries_and_notes_claim_no_more_than_the_articles(content):
    for routine in content.routines.values():
        if routine.builtin:
            text = " ".join((routine.summary, *routine.notes, *routine.tips)).lower()
            assert not re.search(r"\b(cures?|guarantee[sd]?|proven|heals?)\b", text), routine.id


# ------------------------------------------------------------------ names mid-sentence
def test_area_names_keep_their_case_mid_sentence(content):
    plan = expand(content.routines["leg-massage"], content.atlas)
    lines = [p.instruction for p in plan.phases] + [p.speech for p in plan.phases]
    assert "Knead the thigh muscles, left side" in lines
    assert "Get ready: Knead the thigh muscles, left side" in lines
    assert "Massage the Achilles tendon, right side" in lines
    assert "Massage the arch of the foot, left side" in lines
    for area in content.atlas.areas.values():  # "Knead Thigh muscles" was the old line
        bare = re.compile(r"(?<!the )" + re.escape(area.title))
        assert not any(bare.search(line) for line in lines), area.title


def load_point(code):
    atlas = load_atlas(read_bytes("data/points.yaml"), read_bytes("data/articles.yaml"))
    return atlas.points[code]
