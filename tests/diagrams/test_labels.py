"""The words on the diagrams (R/L, front/back, toes/heel, titles) are big enough and readable.

Read from the drawn SVGs: every ``<text>`` at its font size and fill, in every palette, against
the paper and the skin it can sit on. The explorer shows a view 560 px tall at its default size,
so a view's fit scale is 560 / its height.
"""

import xml.etree.ElementTree as ET

import pytest

from acuguide.diagrams import catalog
from acuguide.diagrams.contrast import contrast_ratio
from acuguide.diagrams.geometry import SVG_NS
from acuguide.diagrams.palette import APP_LABEL_ROLES, PALETTES, THEMES, themed

FIT_HEIGHT_PX = 560
MIN_PX = 11.0
BACKGROUNDS = ("paper", "skin", "skin_shade")  # what a word on a diagram can sit on


def needed(theme: str) -> float:
    """WCAG AA for normal text, AAA (7:1) in high contrast."""
    return 7.0 if theme == "contrast" else 4.5


def texts(svg: bytes) -> list[tuple[str, float, str]]:
    """(words, font size, fill) of every text element, with inherited size and fill."""
    found: list[tuple[str, float, str]] = []

    def walk(element: ET.Element, size: float | None, fill: str | None) -> None:
        size = float(element.get("font-size", size or 0)) or size
        fill = element.get("fill", fill)
        if element.tag == f"{SVG_NS}text":
            words = "".join(element.itertext()).strip()
            if words:
                found.append((words, size or 0.0, fill or "#000000"))
        for child in element:
            walk(child, size, fill)

    walk(ET.fromstring(svg), None, None)
    return found


def view_names() -> list[str]:
    return [view.name for view in catalog.views()]


def fit_scale(name: str) -> float:
    return FIT_HEIGHT_PX / catalog.view(name).box[3]


@pytest.mark.parametrize("name", view_names())
def test_every_view_has_words_and_they_are_at_least_11_px_at_fit(name):
    found = texts(catalog.svg_bytes(name))
    assert found, f"{name} says nothing (no side, orientation or title)"
    small = [(words, round(size * fit_scale(name), 1)) for words, size, _ in found
             if size * fit_scale(name) < MIN_PX]
    assert not small, f"{name}: under {MIN_PX:g} px at fit: {small}"


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("name", view_names())
def test_every_word_keeps_its_contrast_on_paper_and_skin(name, theme):
    light = {colour: role for role, colour in PALETTES["light"].items()}
    palette = PALETTES[theme]
    for words, _, fill in texts(catalog.svg_bytes(name)):
        assert fill in light, f"{name}: {words!r} is drawn in {fill}, not a palette colour"
        ink = palette[light[fill]]
        # The themed file writes exactly that colour (no stray light value left behind).
        assert f'fill="{ink}"' in themed(catalog.svg_bytes(name), theme).decode()
        for ground in BACKGROUNDS:
            ratio = contrast_ratio(ink, palette[ground])
            assert ratio >= needed(theme), (
                f"{name} in {theme}: {words!r} ({ink}) on {ground} ({palette[ground]}) "
                f"is {ratio:.2f}:1, needs {needed(theme):g}:1")


@pytest.mark.parametrize("theme", THEMES)
def test_what_the_app_writes_on_a_diagram_keeps_its_contrast(theme):
    """Ruler labels, landmark names and point codes sit on a box of the paper colour."""
    palette = PALETTES[theme]
    for role in APP_LABEL_ROLES:
        ratio = contrast_ratio(palette[role], palette["paper"])
        assert ratio >= needed(theme), (theme, role, round(ratio, 2))


def test_high_contrast_is_a_palette_of_its_own():
    contrast = PALETTES["contrast"]
    assert contrast["text"] != contrast["paper"]
    assert contrast_ratio(contrast["outline"], contrast["paper"]) >= 7.0
    assert contrast_ratio(contrast["outline"], contrast["skin"]) >= 7.0
    assert contrast_ratio(contrast["point"], contrast["skin"]) >= 7.0
    assert contrast_ratio(contrast["landmark"], contrast["skin"]) >= 7.0
