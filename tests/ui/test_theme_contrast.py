"""Caution and safety boxes stay readable in every theme."""

import pytest

from acuguide.diagrams.contrast import contrast_ratio
from acuguide.ui import theme

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("name", ["light", "dark", "contrast"])
def test_caution_boxes_keep_their_contrast(name):
    background, text = theme.caution_colours(name)
    needed = 7.0 if name == "contrast" else 4.5
    assert contrast_ratio(text, background) >= needed


def test_a_dark_theme_gets_a_dark_caution_box():
    background, _ = theme.caution_colours("dark")
    window = theme.DARK["Window"]
    assert contrast_ratio(background, window) < 1.5  # no bright block on a dark window


def test_the_about_box_follows_the_theme(qapp, content):
    from acuguide.model.credits import credits
    from acuguide.ui.about_dialog import about_html

    found = credits(content.atlas, content.routines.values())
    for name in ("light", "dark", "contrast"):
        background, text = theme.caution_colours(name)
        html = about_html(found, name)
        assert f"background:{background};color:{text}" in html
    assert about_html(found, "dark") != about_html(found, "light")
