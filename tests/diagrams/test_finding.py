"""Distances said in finger-widths, and every point's ruler saying what its text says."""

import math
import re
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acuguide.diagrams import catalog
from acuguide.diagrams.finding import FINGER_MEASURES, SEGMENTS, in_fingers, point_rulers


@pytest.mark.parametrize(("cun", "words"), [
    (0.1, "right on the landmark"),
    (0.5, "half a thumb-width"),
    (0.9, "one thumb-width"),
    (1.5, "two fingers"),
    (2.0, "three fingers"),
    (3.0, "four fingers (a hand-width)"),
    (3.4, "four fingers (a hand-width) + half a thumb-width"),
    (6.0, "two hand-widths"),
    (13.0, "four hand-widths + one thumb-width"),
])
def test_common_distances(cun, words):
    assert in_fingers(cun) == words


@given(st.floats(0.25, 20))
def test_the_measures_add_up_to_the_distance_within_a_thumb(cun):
    sizes = dict((words, size) for size, words in FINGER_MEASURES)
    counts = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
    total = 0.0
    for part in in_fingers(cun).split(" + "):
        if part.endswith("hand-widths"):
            total += 3.0 * counts[part.split()[0]]
        else:
            total += sizes[part]
    assert abs(total - cun) <= 0.75  # the largest leftover is under a thumb-width


# ---------------------------------------------------------------- every point's ruler
# How the points' texts say a distance, most explicit first: "(3 cun)", then finger words
# (in brackets first: "one finger-width (about half a thumb-width)" means half a thumb-width),
# then a part of the way between two landmarks, then "on" the landmark.
FINGER_WORDS = {"half a thumb-width": 0.5, "one finger-width": 1.0, "a finger-width": 1.0,
                "two finger-widths": 1.5, "three finger-widths": 2.0,
                "four finger-widths": 3.0, "two hand-widths": 6.0}
PART_WORDS = {"a third of the way": Fraction(1, 3), "halfway between": Fraction(1, 2)}
ON_WORDS = ("centre of the crease",)


def said(text: str) -> float | Fraction | None:
    """The distance a point's 'how to find it' text gives: cun, a part of the way, or None."""
    text = " ".join(text.lower().split())
    if found := re.search(r"(\d+(?:\.\d+)?) cun\b", text):
        return float(found[1])
    for scope in (" ".join(re.findall(r"\(([^)]*)\)", text)), text):
        hits = [(scope.find(words), cun) for words, cun in FINGER_WORDS.items() if words in scope]
        if hits:
            return min(hits)[1]
    for words, part in PART_WORDS.items():
        if words in text:
            return part
    return 0.0 if any(words in text for words in ON_WORDS) else None


def placed_points(atlas):
    """(view, point) for every point on every view that draws it."""
    return [(view, atlas.points[code]) for view in catalog.views()
            for code in sorted({h.target for h in view.hotspots.values() if h.kind == "point"})]


def test_the_text_parser_reads_the_ways_the_points_say_it():
    assert said("go four finger-widths (3 cun) down, then one finger-width out") == 3.0
    assert said("one finger-width (about half a thumb-width) back") == 0.5
    assert said("About a finger-width behind the bone") == 1.0
    assert said("about a third of the way from the toe web") == Fraction(1, 3)
    assert said("The exact centre of the crease behind the knee") == 0.0
    assert said("roughly level with the earlobes") is None


def test_every_point_on_every_view_has_a_ruler_that_says_what_its_text_says(atlas):
    checked = set()
    for view, point in placed_points(atlas):
        rulers = point_rulers(view, point)
        assert len(rulers) == len(view.for_target("point", point.code)), (view.name, point.code)
        expected = said(point.find)
        for r in rulers:
            where = f"{point.code} on {view.name}: {r.label!r}"
            if isinstance(expected, Fraction):
                assert r.fraction == expected and r.distance is None, where
            else:
                assert r.distance == expected and r.fraction is None, where
                assert point.find_cun == expected, f"{point.code}: data and text disagree"
            checked.add(point.code)
    assert checked == set(atlas.points)  # every point is drawn somewhere, and checked there


def test_every_ruler_is_drawn_at_the_distance_it_states(atlas):
    """What the label says and what the view draws agree: a third of a thumb-width at most."""
    for view, point in placed_points(atlas):
        for r in point_rulers(view, point):
            where = f"{point.code} on {view.name}"
            if r.distance is not None:
                assert abs(r.cun - r.distance) <= 0.3, (where, round(r.cun, 2), r.distance)
                assert len(r.ticks) == int(r.distance + 1e-6), where
                if r.distance:
                    assert r.label.startswith(f"{r.distance:g} cun: "), where
                    assert in_fingers(r.distance) in r.label, where
            elif r.fraction is not None:
                rule = SEGMENTS[point.code]
                assert abs(r.drawn_fraction - float(r.fraction)) <= rule.tolerance + 1e-9, (
                    where, round(r.drawn_fraction, 3), r.fraction)
                assert len(r.ticks) == r.fraction.denominator - 1, where
                assert r.towards == rule.towards and r.end == view.landmark(r.towards, r.side)
            else:
                assert not r.ticks and r.label.startswith("from the "), where


def test_st36_is_measured_from_the_st35_level_on_every_view(atlas):
    for view, point in placed_points(atlas):
        if point.code == "ST36":
            for r in point_rulers(view, point):
                assert r.landmark == "ST35" and "ST35" in r.words
                assert r.label == "3 cun: four fingers (a hand-width)", view.name
                assert abs(r.cun - 3) <= 0.3, (view.name, round(r.cun, 2))


def test_ki1_is_a_third_of_the_sole_from_the_toe_web_with_ticks(atlas):
    rulers = [r for view, point in placed_points(atlas) if point.code == "KI1"
              for r in point_rulers(view, point)]
    assert rulers
    for r in rulers:
        assert (r.landmark, r.towards, r.fraction) == ("toe-web-2-3", "heel", Fraction(1, 3))
        assert len(r.ticks) == 2 and r.label == "a third of the way to the back of the heel"
        assert min(math.dist(t, r.point) for t in r.ticks) < 0.05 * math.dist(r.start, r.end)


def test_lr3_is_drawn_at_the_distance_its_text_and_its_ruler_say(atlas):
    """One distance from the web for LR3: the text's, the ruler's and the drawing's (1.5 cun)."""
    lr3 = atlas.points["LR3"]
    assert said(lr3.find) == lr3.find_cun == 1.5
    rulers = [r for view, point in placed_points(atlas) if point.code == "LR3"
              for r in point_rulers(view, point)]
    assert {r.side for r in rulers} == {"left", "right"}
    for r in rulers:
        assert r.landmark == "toe-web-1-2" and r.distance == 1.5
        assert r.label == "1.5 cun: two fingers"
        assert abs(r.cun - 1.5) < 0.02, (r.side, round(r.cun, 3))
