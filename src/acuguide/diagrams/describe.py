"""Words for hotspots: tooltips, accessible names and descriptions (pure, from the atlas)."""

from __future__ import annotations

from dataclasses import dataclass

from acuguide.diagrams.geometry import Hotspot
from acuguide.model.atlas import Atlas


@dataclass(frozen=True)
class Words:
    """What a hotspot says: a tooltip, and a name and description for screen readers."""

    tooltip: str
    name: str
    description: str


def side_words(side: str) -> str:
    """' (left)' for a one-sided hotspot, '' otherwise."""
    return f" ({side})" if side else ""


def describe(atlas: Atlas, hotspot: Hotspot) -> Words:
    """Words for one hotspot."""
    if hotspot.kind == "point":
        point = atlas.points[hotspot.target]
        tooltip = f"{point.code}{side_words(hotspot.side)}\n{point.english[0]} · {point.pinyin}"
        name = f"{point.code} {point.english[0]}{side_words(hotspot.side)}"
        caution = " Caution: " + point.cautions[0].text if any(
            c.serious for c in point.cautions) else ""
        return Words(tooltip, name, f"{point.region}. {point.find}{caution}")
    if hotspot.kind == "area":
        area = atlas.areas[hotspot.target]
        tooltip = f"{area.title}{side_words(hotspot.side)}\nMassage area"
        return Words(tooltip, f"{area.title} massage area{side_words(hotspot.side)}",
                     f"{area.region}: {area.effect}")
    hold = atlas.holds[hotspot.target]
    return Words(f"{hold.title}\nFinger hold", f"{hold.title} finger hold", hold.instruction)
