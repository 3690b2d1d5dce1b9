"""Small helpers for writing acuguide's diagram SVGs (used by make_diagrams.py only)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

# Light-theme colours. Each role has its own exact hex value so that the app can swap them
# for the dark, high-contrast and print palettes (see acuguide.diagrams.palette).
SKIN = "#f3dfd0"
SKIN_SHADE = "#e9cdb9"
OUTLINE = "#6b4f3f"
DETAIL = "#b08d78"
BONE = "#9a7763"
HAIR = "#8a7a6e"
GARMENT = "#dfe4ea"
GARMENT_LINE = "#9aa5b1"
AREA = "#4f8fd6"
POINT = "#c62828"
POINT_RING = "#fffdfa"
LANDMARK = "#2e7d32"
TEXT = "#4a3b31"
LIPS = "#d9a89a"

Pt = tuple[float, float]


def fmt(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def smooth(points: list[Pt], closed: bool = True, tension: float = 1.0) -> str:
    """A path through ``points`` (Catmull-Rom turned into cubic Beziers)."""
    n = len(points)
    if n < 3:
        return "M" + " L".join(f"{fmt(x)} {fmt(y)}" for x, y in points)
    out = [f"M{fmt(points[0][0])} {fmt(points[0][1])}"]
    last = n if closed else n - 1
    for i in range(last):
        p0 = points[(i - 1) % n] if (closed or i > 0) else points[i]
        p1 = points[i]
        p2 = points[(i + 1) % n]
        p3 = points[(i + 2) % n] if (closed or i + 2 < n) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) * tension / 6, p1[1] + (p2[1] - p0[1]) * tension / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) * tension / 6, p2[1] - (p3[1] - p1[1]) * tension / 6)
        out.append(f"C{fmt(c1[0])} {fmt(c1[1])} {fmt(c2[0])} {fmt(c2[1])} "
                   f"{fmt(p2[0])} {fmt(p2[1])}")
    return " ".join(out) + (" Z" if closed else "")


def sample(points: list[Pt], closed: bool = True, per: int = 6) -> list[Pt]:
    """Points along the same Catmull-Rom curve, for polygons (areas, hit-testing)."""
    n = len(points)
    out: list[Pt] = []
    last = n if closed else n - 1
    for i in range(last):
        p0 = points[(i - 1) % n] if (closed or i > 0) else points[i]
        p1, p2 = points[i], points[(i + 1) % n]
        p3 = points[(i + 2) % n] if (closed or i + 2 < n) else p2
        for k in range(per):
            t = k / per
            t2, t3 = t * t, t * t * t
            out.append(tuple(  # type: ignore[arg-type]
                0.5 * ((2 * p1[j]) + (-p0[j] + p2[j]) * t
                       + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                       + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3)
                for j in (0, 1)))
    if not closed:
        out.append(points[-1])
    return out


def mirror(points: list[Pt], axis: float) -> list[Pt]:
    return [(2 * axis - x, y) for x, y in points]


def lerp(a: Pt, b: Pt, t: float) -> Pt:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def dist(a: Pt, b: Pt) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


@dataclass
class Svg:
    """An SVG document built in layers: art, details, areas, landmarks, points, labels."""

    name: str
    title: str
    width: float
    height: float
    top: float = 0  # the viewBox may start below 0 (views cut from a longer drawing)
    point_r: float = 6.0  # point radius: about 4 px when the view fills 300 px
    scale: dict[str, str] = field(default_factory=dict)
    layers: dict[str, list[str]] = field(default_factory=lambda: {
        k: [] for k in ("art", "detail", "areas", "landmarks", "points", "labels")})

    def shape(self, d: str, fill: str = SKIN, stroke: str = OUTLINE, width: float = 2.2,
              layer: str = "art", extra: str = "") -> None:
        self.layers[layer].append(
            f'<path d="{d}" fill="{fill}" stroke="{stroke}" stroke-width="{fmt(width)}" '
            f'stroke-linejoin="round" stroke-linecap="round"{extra}/>')

    def line(self, d: str, stroke: str = DETAIL, width: float = 1.6, layer: str = "detail",
             dash: str = "") -> None:
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        self.shape(d, fill="none", stroke=stroke, width=width, layer=layer, extra=extra)

    def area(self, ident: str, points: list[Pt]) -> None:
        pts = " ".join(f"{fmt(x)},{fmt(y)}" for x, y in points)
        self.layers["areas"].append(
            f'<polygon id="{ident}" points="{pts}" fill="{AREA}" fill-opacity="0.10" '
            f'stroke="{AREA}" stroke-width="1.3" stroke-opacity="0.7" stroke-dasharray="5 4"/>')

    def landmark(self, name: str, p: Pt, r: float = 3.0) -> None:
        self.layers["landmarks"].append(
            f'<circle id="lm-{name}" cx="{fmt(p[0])}" cy="{fmt(p[1])}" r="{fmt(r)}" '
            f'fill="{LANDMARK}" fill-opacity="0" stroke="none"/>')

    def landmark_line(self, name: str, a: Pt, b: Pt) -> None:
        self.layers["landmarks"].append(
            f'<line id="lm-{name}" x1="{fmt(a[0])}" y1="{fmt(a[1])}" x2="{fmt(b[0])}" '
            f'y2="{fmt(b[1])}" stroke="{LANDMARK}" stroke-opacity="0" stroke-width="2"/>')

    def point(self, ident: str, p: Pt, r: float | None = None) -> None:
        r = r or self.point_r
        self.layers["points"].append(
            f'<circle id="{ident}" cx="{fmt(p[0])}" cy="{fmt(p[1])}" r="{fmt(r)}" '
            f'fill="{POINT}" stroke="{POINT_RING}" stroke-width="2"/>')

    def hold(self, ident: str, points: list[Pt]) -> None:
        pts = " ".join(f"{fmt(x)},{fmt(y)}" for x, y in points)
        self.layers["areas"].append(
            f'<polygon id="{ident}" points="{pts}" fill="{AREA}" fill-opacity="0.18" '
            f'stroke="{AREA}" stroke-width="1.6" stroke-dasharray="4 3"/>')

    def label(self, text: str, p: Pt, size: float = 18, anchor: str = "middle") -> None:
        self.layers["labels"].append(
            f'<text x="{fmt(p[0])}" y="{fmt(p[1])}" font-family="DejaVu Sans, sans-serif" '
            f'font-size="{fmt(size)}" font-weight="bold" fill="{TEXT}" '
            f'text-anchor="{anchor}">{text}</text>')

    def render(self) -> str:
        scale = " ".join(f'{k}="{v}"' for k, v in self.scale.items())
        body = []
        for name, items in self.layers.items():
            body.append(f'<g id="layer-{name}">')
            body += ["  " + item for item in items]
            body.append("</g>")
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
            f'viewBox="0 {fmt(self.top)} {fmt(self.width)} {fmt(self.height)}" '
            f'width="{fmt(self.width)}" height="{fmt(self.height)}">\n'
            f"<title>{self.title}</title>\n"
            f'<metadata><acuguide:view xmlns:acuguide="https://acuguide.invalid/ns" '
            f'name="{self.name}" {scale}/></metadata>\n'
            + "\n".join(body) + "\n</svg>\n"
        )
