"""All diagram views, loaded once from the packaged SVGs.

A view is named by its file stem: ``leg-front`` (both legs), ``leg-inner-left`` and
``leg-inner-right`` (one limb, one side). ``acuguide.model.anatomy`` maps names to kinds and sides.
"""

from __future__ import annotations

from functools import cache

from acuguide import resources
from acuguide.diagrams.geometry import Hotspot, View, parse_view
from acuguide.model.anatomy import SINGLE_LIMB, VIEW_NAMES, VIEWS, kind_of, view_names


@cache
def svg_bytes(name: str) -> bytes:
    """The SVG of view ``name`` (a file stem), in the light palette."""
    return resources.read_bytes(f"assets/diagrams/{name}.svg")


@cache
def view(name: str) -> View:
    """The geometry of view ``name`` (a file stem)."""
    return parse_view(svg_bytes(name), name)


def views() -> list[View]:
    """Every view file, in the order of the view switcher (left before right)."""
    return [view(name) for name in VIEW_NAMES]


def variant(kind_or_name: str, side: str | None = None) -> str:
    """The file of a kind for ``side``: ``("leg-inner", "left")`` -> ``leg-inner-left``.

    A file stem stands for its kind; a both-limb kind is its own file whatever the side, and a
    single-limb kind without a side is its left version.
    """
    kind = kind_of(kind_or_name)
    if kind not in SINGLE_LIMB:
        return kind
    if side in ("left", "right"):
        return f"{kind}-{side}"
    return kind_or_name if kind_or_name != kind else view_names(kind)[0]


def best_view(kind: str, target: str, preferred: tuple[str, ...] = (),
              side: str | None = None) -> tuple[View, list[Hotspot]]:
    """The view to show a point, area or hold on, and its hotspots there.

    ``preferred`` names kinds (or files) to try first, usually the data's ``views:`` list; the
    first that draws the target wins. ``side`` picks the left or right version of single-limb
    views; without it a file named in ``preferred`` keeps its side.
    """
    for name in dict.fromkeys(variant(n, side) for n in (*preferred, *VIEWS)):
        hotspots = view(name).for_target(kind, target)
        if hotspots:
            return view(name), hotspots
    raise LookupError(f"no diagram shows {kind} {target}")


def drawn_on(kind: str, target: str, preferred: tuple[str, ...] = ()
             ) -> list[tuple[str, list[Hotspot]]]:
    """Every view file that draws a point, area or hold, with its hotspots there.

    In order of preference: the kinds in ``preferred`` first (usually the data's ``views:``),
    then the rest; within a kind, left before right.
    """
    names = dict.fromkeys(n for k in (*preferred, *VIEWS) for n in view_names(kind_of(k)))
    found = [(name, view(name).for_target(kind, target)) for name in names]
    return [(name, hotspots) for name, hotspots in found if hotspots]
