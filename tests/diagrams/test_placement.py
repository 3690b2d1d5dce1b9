"""Every point sits where the standard puts it relative to the landmarks drawn with it.

The rules are the "Geometry" lines of the project's point reference; tolerances are in cun
(on the view's own scale) or as fractions of the landmark segment.
"""

import math

import pytest

from acuguide.diagrams import catalog

SIDES = ("L", "R")
BOTH = ("left", "right")


def sided(kind, side):
    """The ``side`` version of a single-limb view, its id suffix, and the sign of x there.

    The art draws the right limb; the left version is its mirror, so a direction that is +x on
    the right version (e.g. "towards the front" on the outer leg) is -x on the left one.
    """
    return catalog.view(f"{kind}-{side}"), "-" + side[0].upper(), 1 if side == "right" else -1


def t_along(p, a, b):
    """Fraction of the way from a to b of p's projection on the a-b line."""
    ax, ay = b[0] - a[0], b[1] - a[1]
    return ((p[0] - a[0]) * ax + (p[1] - a[1]) * ay) / (ax * ax + ay * ay)


def off_line(p, a, b):
    """Distance from p to the a-b line."""
    ax, ay = b[0] - a[0], b[1] - a[1]
    return abs((p[0] - a[0]) * ay - (p[1] - a[1]) * ax) / math.hypot(ax, ay)


def at(view, ident):
    return view.hotspots[ident].centre


def drawing_top(view):
    """Where the drawing starts, below the title band at the top of the view."""
    import re

    text = catalog.svg_bytes(view.name).decode()
    band = re.search(r'<g id="layer-title">(.*?)</g>', text, re.S)[1]
    return max(float(y) + 0.3 * float(size)
               for y, size in re.findall(r'y="([^"]+)"[^>]*font-size="([^"]+)"', band))


@pytest.fixture(scope="module")
def front():
    return catalog.view("leg-front")


@pytest.mark.parametrize("s", SIDES)
def test_st34_is_two_cun_above_the_kneecap_on_the_outer_thigh(front, s):
    p, base = at(front, f"pt-ST34-{s}"), front.landmarks[f"patella-base-{s}"]
    pubic = front.landmarks["pubic-symphysis"]
    mid = pubic[0]
    assert p[1] < base[1], "ST34 must be above the top edge of the kneecap"
    assert (base[1] - p[1]) / (base[1] - pubic[1]) == pytest.approx(2 / 18, abs=0.03)
    assert abs(p[0] - mid) > abs(base[0] - mid), "ST34 must be on the outer side"


@pytest.mark.parametrize("s", SIDES)
def test_st36_is_three_cun_below_the_knee_beside_the_shin_ridge(front, s):
    p = at(front, f"pt-ST36-{s}")
    apex, crest = front.landmarks[f"patella-apex-{s}"], front.landmarks[f"tibial-crest-{s}"]
    malleolus = front.landmarks[f"lateral-malleolus-{s}"]
    mid = front.landmarks["pubic-symphysis"][0]
    per_cun = front.units_per_cun(p[1])
    t = (p[1] - apex[1]) / (malleolus[1] - apex[1])
    assert 0.12 < t < 0.25, "ST36 is in the upper fifth of the lower leg"
    assert (p[1] - apex[1]) / per_cun == pytest.approx(3, abs=0.4)
    assert abs(p[0] - mid) > abs(crest[0] - mid), "ST36 is lateral to the tibia, never medial"
    assert abs(p[0] - crest[0]) / per_cun == pytest.approx(1, abs=0.5)


@pytest.mark.parametrize("s", SIDES)
def test_sp12_is_in_the_groin_level_with_the_pubic_bone(front, s):
    p, pubic = at(front, f"pt-SP12-{s}"), front.landmarks["pubic-symphysis"]
    per_cun = front.units_per_cun(p[1])
    assert abs(p[1] - pubic[1]) / per_cun < 0.5
    assert abs(p[0] - pubic[0]) / per_cun == pytest.approx(3.5, abs=0.7)


@pytest.mark.parametrize("side", BOTH)
def test_gb34_is_in_front_of_and_below_the_fibula_head_and_above_st36(side):
    view, s, fwd = sided("leg-outer", side)  # the front is +x on the right leg's outer side
    p, head = at(view, f"pt-GB34{s}"), view.landmarks[f"fibula-head{s}"]
    crest = view.landmarks[f"tibial-crest{s}"]
    st36 = at(view, f"pt-ST36{s}")
    per_cun = view.units_per_cun(p[1])
    assert p[1] > head[1] and fwd * (p[0] - head[0]) > 0, "anterior-inferior to the fibula head"
    assert math.dist(p, head) / per_cun < 1.5
    assert fwd * (crest[0] - p[0]) / per_cun > 0.5, "on the outer side, not on the shin ridge"
    assert p[1] < st36[1], "GB34 is higher than ST36"
    assert fwd * (p[0] - st36[0]) < 0, "GB34 is behind ST36"


@pytest.mark.parametrize("s", SIDES)
def test_bl37_is_six_fourteenths_down_the_back_of_the_thigh(s):
    view = catalog.view("leg-back")
    fold, crease = view.landmarks[f"gluteal-fold-{s}"], view.landmarks[f"popliteal-crease-{s}"]
    p = at(view, f"pt-BL37-{s}")
    assert t_along(p, fold, crease) == pytest.approx(6 / 14, abs=0.04)
    assert t_along(p, fold, crease) < 0.5, "above the thigh's mid-height"
    assert off_line(p, fold, crease) / view.units_per_cun(p[1]) < 1


@pytest.mark.parametrize("s", SIDES)
def test_bl40_is_the_middle_of_the_knee_crease(s):
    view = catalog.view("leg-back")
    p, crease = at(view, f"pt-BL40-{s}"), view.landmarks[f"popliteal-crease-{s}"]
    per_cun = view.units_per_cun(p[1])
    assert abs(p[1] - crease[1]) / per_cun < 0.3
    assert abs(p[0] - crease[0]) / per_cun < 0.5


@pytest.mark.parametrize("side", BOTH)
def test_ki1_is_in_the_front_third_of_the_sole_not_mid_sole(side):
    view, s, _ = sided("foot-sole", side)
    heel, web = view.landmarks[f"heel{s}"], view.landmarks[f"toe-web-2-3{s}"]
    p = at(view, f"pt-KI1{s}")
    t = t_along(p, heel, web)
    assert t == pytest.approx(2 / 3, abs=0.05)
    assert t > 0.55, "mid-sole is wrong"
    assert off_line(p, heel, web) / view.units_per_cun(p[1]) < 0.5


@pytest.mark.parametrize("side", BOTH)
def test_sp6_is_three_thirteenths_up_just_behind_the_tibia(side):
    view, s, back = sided("leg-inner", side)  # the back is +x on the right leg's inner side
    malleolus = view.landmarks[f"medial-malleolus{s}"]
    condyle = view.landmarks[f"medial-condyle{s}"]
    (ax, ay), (bx, by) = view.lines[f"tibia-border{s}"]
    p = at(view, f"pt-SP6{s}")
    per_cun = view.units_per_cun(p[1])
    assert (malleolus[1] - p[1]) / (malleolus[1] - condyle[1]) == pytest.approx(3 / 13, abs=0.03)
    border_x = ax + (bx - ax) * (p[1] - ay) / (by - ay)
    assert back * (p[0] - border_x) > 0, "SP6 is behind (posterior to) the tibia's edge"
    assert back * (p[0] - border_x) / per_cun < 0.6


@pytest.mark.parametrize("side", BOTH)
def test_ki3_is_level_with_the_ankle_bone_between_it_and_the_achilles(side):
    view, s, back = sided("leg-inner", side)
    malleolus, achilles = view.landmarks[f"medial-malleolus{s}"], view.landmarks[f"achilles{s}"]
    p = at(view, f"pt-KI3{s}")
    assert abs(p[1] - malleolus[1]) / view.units_per_cun(p[1]) < 0.3
    assert back * malleolus[0] < back * p[0] < back * achilles[0], \
        "behind the malleolus, in front of the tendon"


@pytest.mark.parametrize("side", BOTH)
def test_lr4_is_in_front_of_the_ankle_bone_about_level_with_it(side):
    view, s, back = sided("leg-inner", side)
    malleolus = view.landmarks[f"medial-malleolus{s}"]
    p = at(view, f"pt-LR4{s}")
    per_cun = view.units_per_cun(p[1])
    assert back * (p[0] - malleolus[0]) < 0, "anterior to the ankle bone"
    assert abs(p[1] - malleolus[1]) / per_cun < 0.5, "about level: SP5 would be below"
    assert back * (malleolus[0] - p[0]) / per_cun < 1.5


@pytest.mark.parametrize("side", BOTH)
def test_lr2_and_lr3_follow_the_gap_between_the_first_toes(side):
    view, s, _ = sided("foot-top", side)
    web = view.landmarks[f"toe-web-1-2{s}"]
    (_, bases_y), _ = view.lines[f"metatarsal-bases{s}"]
    lr2, lr3 = at(view, f"pt-LR2{s}"), at(view, f"pt-LR3{s}")
    per_cun = view.units_per_cun(web[1])
    assert 0.3 < (lr2[1] - web[1]) / per_cun < 0.8, "just behind the web"
    assert 1.2 < (lr3[1] - web[1]) / per_cun < 2.2
    assert abs((lr3[1] - web[1]) / per_cun - 1.5) < 0.05, "two finger-widths, as its text says"
    assert lr3[1] < bases_y, "distal to where the metatarsal bases meet"
    assert abs(lr2[0] - web[0]) / per_cun < 0.4 and abs(lr3[0] - web[0]) / per_cun < 0.4


def test_gb20_is_under_the_skull_between_midline_and_mastoid():
    view = catalog.view("head-neck")
    eop = view.landmarks["occiput"]
    for s in SIDES:
        p, mastoid = at(view, f"pt-GB20-{s}"), view.landmarks[f"mastoid-{s}"]
        per_cun = view.units_per_cun(p[1])
        assert 0 < (p[1] - eop[1]) / per_cun < 1.5, "just below the occipital bone"
        assert 0.3 < (p[0] - eop[0]) / (mastoid[0] - eop[0]) < 0.7, "midway, not on either"


def test_gb21_is_halfway_from_c7_to_the_shoulder_tip():
    view = catalog.view("head-neck")
    c7 = view.landmarks["c7"]
    for s in SIDES:
        acromion, p = view.landmarks[f"acromion-{s}"], at(view, f"pt-GB21-{s}")
        assert t_along(p, c7, acromion) == pytest.approx(0.5, abs=0.08)
        assert off_line(p, c7, acromion) / view.units_per_cun(p[1]) < 1


def test_gv20_is_on_the_top_of_the_head_on_the_midline():
    view = catalog.view("head-neck")
    p, eop = at(view, "pt-GV20"), view.landmarks["occiput"]
    assert abs(p[0] - eop[0]) / view.units_per_cun(p[1]) < 0.2
    assert p[1] < view.landmarks["ear-apex-L"][1] and p[1] < view.landmarks["ear-apex-R"][1]
    top = drawing_top(view)
    assert p[1] - top < 0.15 * (view.box[1] + view.box[3] - top), "at the vertex"


def test_gv26_is_a_third_to_a_half_down_the_philtrum():
    view = catalog.view("face")
    nose, lip = view.landmarks["subnasale"], view.landmarks["upper-lip"]
    p = at(view, "pt-GV26")
    assert abs(p[0] - nose[0]) < 1
    assert 1 / 3 - 0.02 <= t_along(p, nose, lip) <= 1 / 2 + 0.02
    assert nose[1] < p[1] < lip[1], "above the lip, below the nose"


@pytest.mark.parametrize("s", SIDES)
def test_lu7_is_one_and_a_half_cun_above_the_wrist_on_the_thumb_side(s):
    view = catalog.view("forearm-hand")
    wrist, elbow = view.landmarks[f"wrist-crease-{s}"], view.landmarks[f"elbow-crease-{s}"]
    styloid = view.landmarks[f"radial-styloid-{s}"]
    p = at(view, f"pt-LU7-{s}")
    per_cun = view.units_per_cun(p[1])
    assert t_along(p, wrist, elbow) == pytest.approx(1.5 / 12, abs=0.03)
    assert abs(p[0] - styloid[0]) / per_cun < 0.5, "on the radial border"
    assert abs(p[0] - wrist[0]) > abs(styloid[0] - wrist[0]) * 0.6, "not on the palmar midline"
