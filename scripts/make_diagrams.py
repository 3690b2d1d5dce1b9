"""Draw acuguide's body diagrams (assets/diagrams/*.svg).

Run: .venv/bin/python scripts/make_diagrams.py [VIEW ...]   (VIEW: a kind such as leg-inner,
or a file name such as leg-inner-left; none: every view)

Every view is drawn in its own units from anatomical key levels. Landmarks (lm-*) are placed
first, and each point (pt-*) is placed from its landmarks by the rule in the project's point
reference (e.g. SP6 at 3/13 of the medial malleolus -> medial condyle line), so the art and
the geometry checks in tests/diagrams agree by construction and by test.

The art modules (scripts/art/) draw views of both limbs or the midline as they are, and the
single-limb views (outer and inner leg, sole and top of the foot) as the RIGHT limb with
unsuffixed ids. This driver gives every view its title (naming limb and side, also drawn at the
top of the diagram) and writes each single-limb view twice: ``<kind>-right.svg`` with ``-R`` on
its point, area and landmark ids, and ``<kind>-left.svg``, its exact mirror (svgmirror.py).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from art import feet, hands, head, leg_sides, legs
from svgkit import TEXT, fmt
from svgmirror import mirror_svg

OUT = Path(__file__).parents[1] / "assets" / "diagrams"
VIEWS = [*legs.VIEWS, *leg_sides.VIEWS, *feet.VIEWS, *head.VIEWS, *hands.VIEWS]

# Each view's title, naming limb and side. Single-limb views: the right version's title (the
# left one swaps the side word). Both-limb views say where the person's right side is drawn.
TITLES = {
    "leg-front": "Both legs, front: their right is on your left",
    "leg-back": "Both legs, back: their right is on your right",
    "leg-outer": "Right leg, outer side",
    "leg-inner": "Right leg, inner side",
    "foot-sole": "Right foot, sole",
    "foot-top": "Right foot, top",
    "head-neck": "Back of the head and neck: their right is on your right",
    "face": "Face",
    "forearm-hand": "Both forearms and hands, palms towards you: their right is on your left",
}
SINGLE_LIMB = ("leg-outer", "leg-inner", "foot-sole", "foot-top")

_SIDED_ID = re.compile(r'id="((?:pt|area|lm)-[^"]+?)(?<!-L)(?<!-R)"')
_SCALE = re.compile(r'( scale=")([^"]*)(")')
_VIEWBOX = re.compile(r'viewBox="([^"]+)" width="([^"]+)" height="([^"]+)"')
_FONT = "DejaVu Sans, sans-serif"


def right_ids(svg: str) -> str:
    """Suffix ``-R`` to the point, area and landmark ids (and the scale's landmark names)."""
    svg = _SIDED_ID.sub(lambda m: f'id="{m[1]}-R"', svg)

    def scale(m: re.Match[str]) -> str:
        refs = re.sub(r"lm-[\w-]+", lambda r: r[0] if r[0].endswith(("-L", "-R"))
                      else r[0] + "-R", m[2])
        return m[1] + refs + m[3]

    return _SCALE.sub(scale, svg, count=1)


def with_title(svg: str, name: str, title: str) -> str:
    """Set the view's name and <title>, and draw the title in a band above the drawing.

    A title "Both legs, front: their right is on your left" is drawn on two lines, the part
    after the colon smaller, so that it fits the view's width.
    """
    match = _VIEWBOX.search(svg)
    assert match, "svgkit writes viewBox, width and height together"
    x, top, width, height = (float(v) for v in match[1].split())
    lines = title.split(": ", 1)
    size = min(0.03 * height, 0.92 * width / (0.66 * len(lines[0])))
    small = 0.8 * size
    if len(lines) > 1:
        small = min(small, 0.92 * width / (0.56 * len(lines[1])))
    band = size * 1.5 + (small * 1.3 if len(lines) > 1 else 0)
    top, height = top - band, height + band
    centre = x + width / 2
    texts = [f'<text x="{fmt(centre)}" y="{fmt(top + size * 1.15)}" font-family="{_FONT}" '
             f'font-size="{fmt(size)}" font-weight="bold" fill="{TEXT}" '
             f'text-anchor="middle">{lines[0]}</text>']
    if len(lines) > 1:
        texts.append(f'<text x="{fmt(centre)}" y="{fmt(top + size * 1.15 + small * 1.3)}" '
                     f'font-family="{_FONT}" font-size="{fmt(small)}" fill="{TEXT}" '
                     f'text-anchor="middle">{lines[1]}</text>')
    svg = svg.replace(match[0], f'viewBox="{fmt(x)} {fmt(top)} {fmt(width)} {fmt(height)}" '
                                f'width="{fmt(width)}" height="{fmt(height)}"', 1)
    svg = re.sub(r"<title>.*?</title>", f"<title>{title}</title>", svg, count=1)
    svg = re.sub(r'(<acuguide:view [^>]*?name=")[^"]*(")', rf"\g<1>{name}\g<2>", svg, count=1)
    layer = '<g id="layer-title">\n' + "".join(f"  {t}\n" for t in texts) + "</g>\n"
    return svg.replace("</svg>", layer + "</svg>")


def files(kind: str, svg: str) -> dict[str, str]:
    """The SVG files one art view makes: its name -> text."""
    title = TITLES[kind]
    if kind not in SINGLE_LIMB:
        return {kind: with_title(svg, kind, title)}
    right = with_title(right_ids(svg), f"{kind}-right", title)
    return {f"{kind}-left": mirror_svg(right), f"{kind}-right": right}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    wanted = sys.argv[1:]
    for make in VIEWS:
        svg = make()
        for name, text in files(svg.name, svg.render()).items():
            if wanted and svg.name not in wanted and name not in wanted:
                continue
            (OUT / f"{name}.svg").write_text(text, encoding="utf-8")
            print(f"wrote {name}.svg")
    for kind in SINGLE_LIMB:  # the single files the sided ones replace
        stale = OUT / f"{kind}.svg"
        if stale.exists():
            stale.unlink()
            print(f"removed {kind}.svg")


if __name__ == "__main__":
    main()
