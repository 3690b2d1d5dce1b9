from acuguide.model.search import search


def codes(atlas, query):
    return [h.point.code for h in search(atlas, query)]


def test_exact_code_or_alias_comes_first(atlas):
    assert codes(atlas, "lv3")[0] == "LR3"
    assert codes(atlas, "B 40")[0] == "BL40"
    assert codes(atlas, "taichong")[0] == "LR3"


def test_cramp_finds_the_leg_cramp_points_thigh_cramp_point_first(atlas):
    found = codes(atlas, "cramp")
    assert found[0] == "ST34"
    assert {"ST34", "BL37", "KI1", "ST36", "GB34"} <= set(found)
    assert "GV20" not in found


def test_restless_finds_every_rls_point(atlas):
    found = set(codes(atlas, "restless"))
    rls = {"BL40", "GV26", "GB20", "GB21", "GV20", "KI3", "LU7", "LR2", "LR3", "SP6", "SP12",
           "ST36", "LR4"}
    assert found == rls


def test_knee_pain_ranks_the_points_used_for_knee_pain_first(atlas):
    found = codes(atlas, "knee pain")
    assert set(found[:2]) == {"ST34", "GB34"}


def test_region_words_match(atlas):
    assert set(codes(atlas, "sole")) >= {"KI1"}
    assert codes(atlas, "groin")[0] == "SP12"


def test_every_word_must_match(atlas):
    assert codes(atlas, "knee zebra") == []


def test_empty_query_lists_all_points(atlas):
    assert len(search(atlas, "  ")) == len(atlas.points)
