"""All diagram views, loaded once from the packaged SVGs."""

from __future__ import annotations

from functools import cache

from acuguide import resources
from acuguide.diagrams.geometry import Hotspot, View, parse_view
from acuguide.model.anatomy import VIEWS


@cache
def svg_bytes(name: str) -> bytes:
    """The SVG of view ``name``, in the light palette."""
    return resources.read_bytes(f"assets/diagrams/{name}.svg")


@cache
def view(name: str) -> View:
    """The geometry of view ``name``."""
    return parse_view(svg_bytes(name), name)


def views() -> list[View]:
    """Every view, in the order of the view switcher."""
    return [view(name) for name in VIEWS]


def best_view(kind: str, target: str,
              preferred: tuple[str, ...] = ()) -> tuple[View, list[Hotspot]]:
    """The view to show a point, area or hold on: the data's first view that draws it."""
    for name in (*preferred, *VIEWS):
        hotspots = view(name).for_target(kind, target)
        if hotspots:
            return view(name), hotspots
    raise LookupError(f"no diagram shows {kind} {target}")
