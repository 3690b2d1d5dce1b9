"""Both forearms and hands, palms towards the viewer."""

from __future__ import annotations

from art.common import L
from svgkit import (
    DETAIL,
    OUTLINE,
    Pt,
    Svg,
    lerp,
    mirror,
    smooth,
)


# --------------------------------------------------------------------------- forearms
def capsule(a: Pt, b: Pt, w: float) -> list[Pt]:
    """Outline of a finger: a rounded bar from base ``a`` to tip ``b``, ``w`` wide."""
    import math
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = math.hypot(dx, dy)
    ux, uy, px, py = dx / n, dy / n, -dy / n, dx / n
    r = w / 2
    pts = [(a[0] + px * r, a[1] + py * r)]
    for k in range(7):  # round tip
        ang = math.pi * k / 6
        c, s = math.cos(ang), math.sin(ang)
        pts.append((b[0] - ux * r + (px * c + ux * s) * r, b[1] - uy * r + (py * c + uy * s) * r))
    pts.append((a[0] - px * r, a[1] - py * r))
    return pts


FINGERS = {  # right hand, palm towards the viewer: (base, tip, width); slightly fanned
    "thumb": ((110, 410), (74, 488), 22),
    "index": ((124, 470), (119, 562), 18.5),
    "middle": ((143, 474), (143, 584), 19),
    "ring": ((162, 472), (167, 571), 18.5),
    "little": ((181, 464), (192, 540), 16.5),
}
FOREARM = [(98, 30), (102, 120), (108, 220), (113, 310), (114, 348), (108, 372), (104, 410),
           (106, 446), (114, 466), (132, 474), (152, 476), (172, 472), (190, 462), (197, 438),
           (198, 400), (193, 370), (188, 352), (190, 300), (196, 200), (201, 110), (202, 30)]


def forearm_hand() -> Svg:
    mid = 280.0
    svg = Svg("forearm-hand", "Forearms and hands, palms towards you", 560, 620)
    for t in (lambda p: p, lambda p: mirror(p, mid)):
        for base, tip, width in FINGERS.values():
            svg.shape(smooth(t(capsule(base, tip, width)), tension=0.6))
        svg.shape(smooth(t(FOREARM), closed=False) + " Z")
        svg.line(L(t([(98, 30), (202, 30)])), OUTLINE, 2.2, layer="detail", dash="6 5")
        svg.line(L(t([(112, 48), (150, 54), (194, 48)])), DETAIL, 1.3)           # elbow crease
        svg.line(L(t([(116, 350), (150, 354), (186, 350)])), DETAIL, 1.3)        # wrist creases
        svg.line(L(t([(118, 360), (150, 364), (184, 360)])), DETAIL, 1.0)
        svg.line(L(t([(122, 372), (128, 410), (122, 446)])), DETAIL, 1.1)        # thenar crease
        svg.line(L(t([(126, 450), (152, 440), (188, 434)])), DETAIL, 1.0)        # palm lines
        svg.line(L(t([(118, 434), (146, 424), (172, 420)])), DETAIL, 1.0)
        svg.line(L(t([(126, 110), (132, 220), (130, 300)])), DETAIL, 1.0)        # muscles
        svg.line(L(t([(178, 110), (170, 220), (168, 300)])), DETAIL, 1.0)
        for name, (base, tip, _w) in FINGERS.items():
            for f in ((0.45, 0.72) if name != "thumb" else (0.55,)):
                c = lerp(base, tip, f)
                svg.line(L(t([(c[0] - 6, c[1]), (c[0] + 6, c[1])])), DETAIL, 0.9)
    for suffix, t in (("R", lambda p: p), ("L", lambda p: (2 * mid - p[0], p[1]))):
        elbow, wrist = (150.0, 52.0), (151.0, 352.0)
        svg.landmark(f"elbow-crease-{suffix}", t(elbow))
        svg.landmark(f"wrist-crease-{suffix}", t(wrist))
        svg.landmark(f"radial-styloid-{suffix}", t((114.0, 344.0)))
        y = wrist[1] - 1.5 / 12 * (wrist[1] - elbow[1])
        svg.point(f"pt-LU7-{suffix}", t((121.0, y)))
        side = "right" if suffix == "R" else "left"
        for hold, finger in (("thumb", "thumb"), ("little-finger", "little")):
            base, tip, width = FINGERS[finger]
            svg.hold(f"hold-{side}-{hold}", [t(p) for p in capsule(base, tip, width + 8)])
    svg.scale = {"scale": "lm-wrist-crease-R lm-elbow-crease-R 12"}
    svg.label("Right hand", (150, 608), size=16)
    svg.label("Left hand", (410, 608), size=16)
    return svg


VIEWS = [forearm_hand]
