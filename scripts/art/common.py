"""Drawing helpers shared by the views' art modules."""

from __future__ import annotations

import math

from svgkit import Pt, Svg, mirror, smooth


def both(svg: Svg, axis: float, fn) -> None:
    """Draw ``fn(points_transform, side)`` for the viewer-left and the mirrored side."""
    fn(lambda pts: pts, "left-of-viewer")
    fn(lambda pts: mirror(pts, axis), "right-of-viewer")


def ellipse(c: Pt, rx: float, ry: float, n: int = 12) -> list[Pt]:
    return [(c[0] + rx * math.cos(2 * math.pi * k / n), c[1] + ry * math.sin(2 * math.pi * k / n))
            for k in range(n)]



def L(pts):
    return smooth(pts, closed=False)


def oval(c: Pt, rx: float, ry: float, turn: float = 0.0, n: int = 8) -> list[Pt]:
    """An ellipse's points, turned by ``turn`` degrees (y down)."""
    t = math.radians(turn)
    out = []
    for k in range(n):
        a = 2 * math.pi * k / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        out.append((c[0] + x * math.cos(t) - y * math.sin(t),
                    c[1] + x * math.sin(t) + y * math.cos(t)))
    return out
