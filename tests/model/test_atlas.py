import pytest

from acuguide.model.anatomy import LANDMARKS, VIEWS
from acuguide.model.atlas import UnknownPoint

ARTICLE_POINTS = {"ST34", "BL37", "KI1", "ST36", "GB34", "SP6", "BL40", "GV26", "GB20", "GB21",
                  "GV20", "KI3", "LU7", "LR2", "LR3", "SP12", "LR4"}


def test_atlas_has_every_point_the_articles_name(atlas):
    assert set(atlas.points) == ARTICLE_POINTS


def test_every_point_is_complete(atlas):
    for point in atlas.points.values():
        assert point.pinyin and point.hanzi and point.english, point.code
        assert point.find and point.location and point.say and point.uses, point.code
        assert point.find_from in LANDMARKS
        assert set(point.views) <= set(VIEWS) and point.views
        assert set(point.articles) <= set(atlas.articles)


@pytest.mark.parametrize(("text", "code"), [
    ("CV 26", "GV26"), ("B 40", "BL40"), ("LV 3", "LR3"), ("taichong", "LR3"),
    ("Tài Chōng", "LR3"), ("太冲", "LR3"), ("太衝", "LR3"), ("Zusanli", "ST36"),
    ("Leg Three Miles", "ST36"), ("renzhong", "GV26"), ("Ren 26", "GV26"), ("lv3", "LR3"),
])
def test_resolve_accepts_codes_names_and_aliases(atlas, text, code):
    assert atlas.resolve(text).point.code == code


def test_cv26_resolves_to_gv26_with_a_note_about_the_misprint(atlas):
    found = atlas.resolve("CV 26")
    assert found.point.code == "GV26"
    assert "24 points" in found.note and "CV 26" in found.note
    assert atlas.resolve("GV26").note == ""


@pytest.mark.parametrize(("text", "message"), [
    ("SP5", "LR4"), ("SP7", "nearest known: SP6, SP12"), ("CV25", "CV1-CV24"),
    ("P6", "ambiguous"), ("sanyinjao", "did you mean SP6"), ("", "empty"),
])
def test_unknown_points_explain_and_suggest(atlas, text, message):
    with pytest.raises(UnknownPoint, match=message):
        atlas.resolve(text)


def test_pregnancy_cautions_follow_the_standard(atlas):
    strong = {c for c, p in atlas.points.items() if any(x.kind == "pregnancy" for x in p.cautions)}
    minor = {c for c, p in atlas.points.items()
             if any(x.kind == "pregnancy-minor" for x in p.cautions)}
    assert strong == {"SP6", "GB21"}
    assert minor == {"LR3"}


def test_vessel_cautions_follow_the_standard(atlas):
    vessel = {c for c, p in atlas.points.items() if any(x.kind == "vessel" for x in p.cautions)}
    assert {"BL40", "SP12", "LR3", "GB20"} <= vessel


def test_ki1_is_described_in_the_front_third_not_mid_sole(atlas):
    ki1 = atlas.points["KI1"]
    assert "not in the middle of the sole" in ki1.find
    assert "anterior third" in ki1.location


def test_midline_points_are_gv20_and_gv26(atlas):
    assert {c for c, p in atlas.points.items() if p.laterality == "midline"} == {"GV20", "GV26"}


def test_areas_and_holds_are_those_of_the_articles(atlas):
    assert set(atlas.areas) == {"calf", "achilles-tendon", "shin", "heel", "arch", "thigh"}
    assert set(atlas.holds) == {"right-thumb", "right-little-finger", "left-thumb",
                                "left-little-finger"}
    assert atlas.holds["right-thumb"].side == "right"
    assert "left hand" in atlas.holds["right-thumb"].instruction


def test_lr4_names_sp5_as_the_alternative(atlas):
    lr4 = atlas.points["LR4"]
    assert lr4.alternatives == ("SP5",)
    assert "SP5" in lr4.find
