"""The WCAG contrast ratio, checked against known values."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acuguide.diagrams.contrast import contrast_ratio

colours = st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)


def test_known_ratios():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffff00", "#000000") == pytest.approx(19.56, abs=0.01)


@given(colours, colours)
def test_the_ratio_is_symmetric_and_between_1_and_21(a, b):
    ratio = contrast_ratio(a, b)
    assert 1.0 <= ratio <= 21.0 + 1e-9
    assert ratio == pytest.approx(contrast_ratio(b, a))


def test_a_bad_colour_is_refused():
    with pytest.raises(ValueError, match="rrggbb"):
        contrast_ratio("red", "#ffffff")
