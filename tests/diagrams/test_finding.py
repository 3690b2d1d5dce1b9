"""Distances said in finger-widths, as a person measures them on their own leg."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acuguide.diagrams.finding import FINGER_MEASURES, in_fingers


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
