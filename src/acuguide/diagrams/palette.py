"""Diagram palettes: the SVGs are drawn in the light palette; others swap its colours."""

from __future__ import annotations

import re

ROLES = ("skin", "skin_shade", "outline", "detail", "bone", "hair", "garment", "garment_line",
         "area", "point", "point_ring", "landmark", "text", "lips")

# The light palette's values are the exact colours written in assets/diagrams/*.svg;
# "paper" is the background the app puts behind a view (never written in the SVGs).
PALETTES: dict[str, dict[str, str]] = {
    "light": {
        "skin": "#f3dfd0", "skin_shade": "#e9cdb9", "outline": "#6b4f3f", "detail": "#b08d78",
        "bone": "#9a7763", "hair": "#8a7a6e", "garment": "#dfe4ea", "garment_line": "#9aa5b1",
        "area": "#4f8fd6", "point": "#c62828", "point_ring": "#fffdfa", "landmark": "#2e7d32",
        "text": "#4a3b31", "lips": "#d9a89a", "paper": "#ffffff",
    },
    "dark": {
        "skin": "#4a3c34", "skin_shade": "#56463c", "outline": "#e6cfbf", "detail": "#a98e7c",
        "bone": "#c7a892", "hair": "#2e2926", "garment": "#3a4048", "garment_line": "#7d8894",
        "area": "#7fb5f0", "point": "#ff6f61", "point_ring": "#1e1e1e", "landmark": "#81c784",
        "text": "#f0e2d6", "lips": "#9c6b60", "paper": "#202124",
    },
    # High contrast is a palette of its own, not the light one inverted: white text and
    # outlines on black paper, the body a dark grey with a white outline, and every colour
    # that text or a mark sits beside at least 7:1 (tests/diagrams/test_labels.py).
    "contrast": {
        "skin": "#2b2b2b", "skin_shade": "#3a3a3a", "outline": "#ffffff", "detail": "#c8c8c8",
        "bone": "#e6e6e6", "hair": "#5c5c5c", "garment": "#141414", "garment_line": "#d0d0d0",
        "area": "#00e5ff", "point": "#ffff00", "point_ring": "#000000", "landmark": "#00ff66",
        "text": "#ffffff", "lips": "#8a6a6a", "paper": "#000000",
    },
    "print": {
        "skin": "#ffffff", "skin_shade": "#f2f2f2", "outline": "#1a1a1a", "detail": "#8c8c8c",
        "bone": "#555555", "hair": "#d9d9d9", "garment": "#ededed", "garment_line": "#7a7a7a",
        # The sheet draws its own numbered markers, so the art's dots disappear in print.
        "area": "#666666", "point": "#ffffff", "point_ring": "#ffffff", "landmark": "#333333",
        "text": "#000000", "lips": "#e6e6e6", "paper": "#ffffff",
    },
}
THEMES = tuple(PALETTES)
# The roles the app writes its own labels in (ruler distances, landmark names, point codes),
# each on a box of the paper colour.
APP_LABEL_ROLES = ("text", "landmark")
# Theme names as people type them on the command line.
THEME_ALIASES = {"high-contrast": "contrast"}


def theme_named(name: str) -> str:
    """The palette for a theme name (``high-contrast`` is ``contrast``); KeyError if none."""
    theme = THEME_ALIASES.get(name, name)
    if theme not in PALETTES:
        raise KeyError(name)
    return theme


def themed(svg: bytes, theme: str) -> bytes:
    """``svg`` with the light palette's colours replaced by ``theme``'s."""
    if theme == "light":
        return svg
    text = svg.decode("utf-8")
    light, target = PALETTES["light"], PALETTES[theme]
    # Two passes through placeholders, so that a colour produced by one replacement is
    # never replaced again by a later one.
    for role in ROLES:
        text = text.replace(light[role], f"@{role}@")
    for role in ROLES:
        text = text.replace(f"@{role}@", target[role])
    if theme in OPAQUE_THEMES:
        text = opaque(text, target["paper"])
    return text.encode("utf-8")


# Themes drawn without any transparency: a PostScript printer's driver (Ghostscript) turns a
# page with any alpha into one bitmap, so print blends each translucent colour over the
# paper itself and writes it opaque.
OPAQUE_THEMES = ("print",)

_TAG = re.compile(r"<[^<>]+>")
_OPACITY = re.compile(r'\s(fill-opacity|stroke-opacity|opacity)="([^"]*)"')
_PAINT = re.compile(r'\s(fill|stroke)="(#[0-9a-fA-F]{6})"')


def blend(colour_hex: str, alpha: float, backdrop: str) -> str:
    """``colour_hex`` at ``alpha`` over ``backdrop``, as one opaque ``#rrggbb``."""
    alpha = min(1.0, max(0.0, alpha))
    over = [int(colour_hex[i:i + 2], 16) for i in (1, 3, 5)]
    under = [int(backdrop[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(a * alpha + b * (1 - alpha)):02x}"
                         for a, b in zip(over, under, strict=True))


def _opaque_tag(tag: str, backdrop: str) -> str:
    """One tag with its opacity attributes folded into its fill and stroke colours."""
    alphas = {"fill": 1.0, "stroke": 1.0}
    for name, value in _OPACITY.findall(tag):
        for paint in alphas if name == "opacity" else (name.removesuffix("-opacity"),):
            alphas[paint] *= float(value)
    tag = _OPACITY.sub("", tag)

    def replace(match: re.Match[str]) -> str:
        alpha = alphas[match.group(1)]
        if alpha >= 1.0:
            return match.group(0)
        value = "none" if alpha <= 0.0 else blend(match.group(2), alpha, backdrop)
        return f' {match.group(1)}="{value}"'

    return _PAINT.sub(replace, tag)


def opaque(svg_text: str, backdrop: str) -> str:
    """SVG text with every opacity attribute replaced by colours pre-blended over ``backdrop``.

    Fully transparent paint becomes ``none``. Handles the attributes the app and
    scripts/svgkit.py write (``fill-opacity``, ``stroke-opacity``, ``opacity`` with a
    ``#rrggbb`` paint in the same tag).
    """
    return _TAG.sub(lambda match: _opaque_tag(match.group(0), backdrop), svg_text)


def colour(role: str, theme: str) -> str:
    """One role's colour in a theme, for what the app draws over the diagram."""
    return PALETTES[theme][role]
