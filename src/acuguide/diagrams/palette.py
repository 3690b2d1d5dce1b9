"""Diagram palettes: the SVGs are drawn in the light palette; others swap its colours."""

from __future__ import annotations

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
    return text.encode("utf-8")


def colour(role: str, theme: str) -> str:
    """One role's colour in a theme, for what the app draws over the diagram."""
    return PALETTES[theme][role]
