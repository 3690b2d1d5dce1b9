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


# ---------------------------------------------------------------- the words on the diagrams
FIT_PX = 560  # the explorer shows a view this tall at its default size


def placed_words(svg: bytes):
    """(words, font size, x, y, anchor) of every text element, with inherited attributes."""
    import xml.etree.ElementTree as ET

    from acuguide.diagrams.geometry import SVG_NS

    found = []

    def walk(element, inherited):
        here = {**inherited, **{k: v for k, v in element.attrib.items()
                                if k in ("font-size", "text-anchor")}}
        if element.tag == f"{SVG_NS}text":
            words = "".join(element.itertext()).strip()
            if words:
                found.append((words, float(here.get("font-size", 16)), float(element.get("x")),
                              float(element.get("y")), here.get("text-anchor", "start")))
        for child in element:
            walk(child, here)

    walk(ET.fromstring(svg), {})
    return found


@pytest.mark.parametrize("name", ["light", "dark", "contrast", "print"])
def test_every_word_on_every_view_is_drawn_where_it_reads(qapp, name):
    """Render each view at fit: each word's ink is there, and stands out from what is around it."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from acuguide.diagrams import catalog
    from acuguide.diagrams.palette import colour, themed

    ink = QColor(colour("text", name))
    needed = 7.0 if name == "contrast" else 4.5
    for view in catalog.views():
        x0, y0, w, h = view.box
        scale = FIT_PX / h
        image = QImage(round(w * scale), FIT_PX, QImage.Format.Format_RGB32)
        image.fill(QColor(colour("paper", name)))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        QSvgRenderer(themed(catalog.svg_bytes(view.name), name)).render(
            painter, QRectF(0, 0, image.width(), image.height()))
        painter.end()
        for words, size, x, y, anchor in placed_words(catalog.svg_bytes(view.name)):
            width = 0.62 * size * len(words)  # DejaVu Sans Bold, about 0.62 em a letter
            left = {"middle": x - width / 2, "end": x - width}.get(anchor, x)
            pad = 0.4 * size  # and a little around it, so that its ground shows
            box = [round((left - pad - x0) * scale), round((y - size - y0) * scale),
                   round((left + width + pad - x0) * scale), round((y + 0.2 * size - y0) * scale)]
            pixels = [image.pixelColor(px, py)
                      for px in range(max(0, box[0]), min(image.width(), box[2]))
                      for py in range(max(0, box[1]), min(image.height(), box[3]))]
            assert pixels, (view.name, words)
            names = [p.name() for p in pixels]
            ground = max(set(names), key=names.count)  # what the word sits on
            where = (view.name, name, words, ground)
            assert ground != ink.name(), where
            assert any(max(abs(p.red() - ink.red()), abs(p.green() - ink.green()),
                           abs(p.blue() - ink.blue())) <= 24 for p in pixels), where
            assert contrast_ratio(ink.name(), ground) >= needed, where


@pytest.mark.parametrize("name", ["light", "dark", "contrast"])
def test_list_selections_placeholders_and_text_keep_their_contrast(qapp, name):
    from PySide6.QtGui import QPalette

    before = qapp.palette()
    theme.apply(qapp, name)
    try:
        palette = qapp.palette()
        needed = 7.0 if name == "contrast" else 4.5

        def ratio(fg: str, bg: str) -> float:
            role = QPalette.ColorRole
            return contrast_ratio(palette.color(getattr(role, fg)).name(),
                                  palette.color(getattr(role, bg)).name())

        assert ratio("HighlightedText", "Highlight") >= needed  # the chosen list item
        assert ratio("PlaceholderText", "Base") >= needed  # "Search: SP6, LV 3, ..."
        assert ratio("Text", "Base") >= needed
        assert ratio("WindowText", "Window") >= needed
    finally:
        qapp.setPalette(before)


@pytest.mark.parametrize("name", ["light", "dark", "contrast"])
def test_the_details_caution_boxes_follow_the_theme(content, name):
    from acuguide.ui.details_html import point_html, routine_html

    background, text = theme.caution_colours(name)
    box = f"background:{background};color:{text}"
    sp6 = content.atlas.points["SP6"]
    assert box in point_html(sp6, content.atlas, list(content.routines.values()), theme=name)
    rls = content.routines["rls-evening"]
    assert box in routine_html(rls, 2145, content.atlas, theme=name)
