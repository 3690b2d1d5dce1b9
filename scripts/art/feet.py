"""The right foot: the sole (from below, toes up) and the top (from above, the leg cut below)."""

from __future__ import annotations

import math

from art.common import L, oval
from svgkit import (
    BONE,
    DETAIL,
    OUTLINE,
    SKIN_SHADE,
    Pt,
    Svg,
    lerp,
    mirror,
    sample,
    smooth,
)

# The right foot seen from below, toes up: the big toe on the viewer's right. Proportions from
# ANATOMY.md: length 532 units (heel 592 to big-toe tip 60), 0.38 of it across the ball, 0.25 across
# the heel, the ball 0.72 of the length from the heel, the toes the last fifth.
FOOT_CUN = 52.0  # units per cun on the foot views (2.2 cm a cun, as on the leg views)
HEEL: Pt = (160.0, 592.0)  # back of the heel
HEEL_C: Pt = (160.0, 526.0)  # centre of the heel's round
HEEL_R = 66.0
WEBS: dict[str, Pt] = {"1-2": (192.5, 146), "2-3": (157, 152), "3-4": (125, 161),
                       "4-5": (95.5, 174)}
# Each toe's tip (centre x, top y) and half width, big toe first; the toe tips fall on a curve
# and the little toe's tip is about level with the big toe's base.
TOES: list[tuple[Pt, float]] = [
    ((221, 58), 25.5), ((174, 72), 15.5), ((141, 93), 14.5), ((110, 114), 13.5), ((82, 136), 12.5)]
MEDIAL = [(226, 526), (224, 490), (223, 450), (225, 410), (230, 360), (238, 310), (247, 258),
          (253, 214), (250, 186), (246, 155), (247.5, 118)]
LATERAL = [(70, 170), (64, 190), (53, 210), (46, 238), (45, 280), (47, 322), (50, 360),
           (55, 396), (63, 434), (76, 478), (94, 526)]


def arc(c: Pt, r: float, a0: float, a1: float, n: int) -> list[Pt]:
    """Points on a circle around ``c`` from angle a0 to a1 (degrees, y down), both included."""
    return [(c[0] + r * math.cos(math.radians(a0 + (a1 - a0) * k / (n - 1))),
             c[1] + r * math.sin(math.radians(a0 + (a1 - a0) * k / (n - 1)))) for k in range(n)]


def toe_tip(tip: Pt, hw: float) -> list[Pt]:
    """The round of a toe's tip, from its right side over the top to its left side."""
    cx, ty = tip
    cy = ty + hw
    return [(cx + hw, cy), (cx + hw * 0.7, cy - hw * 0.7), (cx, ty),
            (cx - hw * 0.7, cy - hw * 0.7), (cx - hw, cy)]


def toe(right: Pt, left: Pt, tip: Pt, hw: float) -> list[Pt]:
    """A toe between two webs: up its right side, over the tip, down its left side.

    The sides leave the webs close together and the pad at the tip is the toe's widest part.
    """
    cx, ty = tip
    pad = ty + hw * 1.45
    r0, l0 = (right[0] - 1.2, right[1] - 10), (left[0] + 1.2, left[1] - 10)
    r1 = lerp(r0, (cx + hw, pad), 0.5)
    l1 = lerp(l0, (cx - hw, pad), 0.5)
    r1, l1 = (r1[0] - hw * 0.08, r1[1]), (l1[0] + hw * 0.08, l1[1])  # a slight waist
    return [r0, r1, (cx + hw, pad), *toe_tip(tip, hw), (cx - hw, pad), l1, l0]


def outline() -> list[Pt]:
    """The sole's silhouette, from the back of the heel up the inner (big-toe) side."""
    webs = list(WEBS.values())
    pts: list[Pt] = [HEEL, *arc(HEEL_C, HEEL_R, 60, 0, 3)[1:-1], *MEDIAL]
    tip, hw = TOES[0]
    w = webs[0]
    pts += [*toe_tip(tip, hw), (tip[0] - hw, tip[1] + hw * 1.45),
            (tip[0] - hw * 0.9, (w[1] + tip[1] + hw * 1.45) / 2), (w[0] + 1.2, w[1] - 10)]
    for i, (tip, hw) in enumerate(TOES[1:4]):
        pts += [webs[i], *toe(webs[i], webs[i + 1], tip, hw)]
    tip, hw = TOES[4]
    w = webs[3]
    pad = tip[1] + hw * 1.45
    r0 = (w[0] - 1.2, w[1] - 10)
    r1 = lerp(r0, (tip[0] + hw, pad), 0.5)
    pts += [w, r0, (r1[0] - hw * 0.08, r1[1]), (tip[0] + hw, pad), *toe_tip(tip, hw),
            (tip[0] - hw, pad)]
    return pts + LATERAL + arc(HEEL_C, HEEL_R, 180, 120, 3)[1:]


def subpaths(shapes: list[list[Pt]], closed: bool) -> str:
    """Several curves as one path (one paint call instead of many)."""
    return " ".join(smooth(p, closed=closed) for p in shapes)


# --------------------------------------------------------------------------- sole
def foot_sole() -> Svg:
    svg = Svg("foot-sole", "Right foot, sole", 300, 630, point_r=7)
    svg.shape(smooth(outline()))
    # The arch: the inner midfoot that does not touch the ground, between heel pad and ball;
    # the outer band along the lateral edge joins the two.
    rim = [(238, 294), (218, 305), (196, 330), (180, 370), (184, 412), (202, 446), (219, 468)]
    inside = [(x - 1.0, y) for x, y in MEDIAL[2:6]]
    svg.shape(smooth(rim + inside), fill=SKIN_SHADE, stroke="none", layer="detail")
    svg.line(L([(240.5, 290), *rim, (221.5, 474)]), DETAIL, 1.1)              # footprint edge
    svg.line(L([(98, 480), (126, 460), (160, 452), (196, 457), (222, 472)]), DETAIL, 1.2)  # heel
    svg.line(L([(47, 262), (86, 278), (130, 284), (174, 280), (214, 270), (247, 252)]),
             DETAIL, 1.2)                                                     # back of the ball
    # Toe creases where each toe meets the ball, and the pads of the toes' tips.
    webs = [(252, 176), *WEBS.values(), (68, 184)]
    creases = []
    pads = []
    for i, (tip, hw) in enumerate(TOES):
        a, b = webs[i], webs[i + 1]
        a, b = (a[0] - 4, a[1] + 6), (b[0] + 3, b[1] + 6)
        creases.append([a, (lerp(a, b, 0.5)[0], lerp(a, b, 0.5)[1] + 4), b])
        pads.append([(tip[0] + hw * 0.72, tip[1] + hw * 2.1), (tip[0], tip[1] + hw * 2.3),
                     (tip[0] - hw * 0.72, tip[1] + hw * 2.1)])
    svg.line(subpaths(creases, False), DETAIL, 1.1)
    svg.line(subpaths(pads, False), DETAIL, 1.0)
    web = WEBS["2-3"]
    svg.landmark("heel", HEEL)
    svg.landmark("toe-web-2-3", web)
    svg.point("pt-KI1", lerp(HEEL, web, 2 / 3))
    svg.area("area-heel", sample(oval((160, 530), 50, 44)))
    svg.area("area-arch", sample([(233, 320), (227, 370), (223, 420), (220, 448), (206, 444),
                                  (192, 414), (189, 372), (204, 338)]))
    svg.scale = {"scale": f"per-cun {FOOT_CUN:g}"}
    svg.label("big toe", (221, 42), size=15)
    svg.label("toes", (44, 108), size=15)
    svg.label("heel", (52, 608), size=15)
    return svg


# --------------------------------------------------------------------------- top
def flip(pts: list[Pt]) -> list[Pt]:
    return mirror(pts, 150)


def foot_top() -> Svg:
    svg = Svg("foot-top", "Right foot, top", 300, 630, point_r=7)
    # The same foot seen from above (mirrored: big toe on the viewer's left), down to the ankle;
    # from there the lower leg rises towards the viewer and is cut at the view's edge.
    front = flip([p for p in outline() if p[1] < 446])  # inner side, toes, outer side
    inner = [(84, 630), (85, 590), (85, 552), (79, 524), (69, 500), (65, 480), (69, 460)]
    outer = [(236, 452), (236, 478), (240, 500), (236, 520), (226, 538), (214, 560), (210, 594),
             (211, 630)]  # the leg's sides, widening at the ankle bones
    edge = inner + front + outer
    svg.shape(smooth(edge, closed=False) + " L211 640 L84 640 Z", stroke="none")
    # The outer side of the foot slopes away from the viewer: a soft shade along it.
    side = [(300 - x, y) for x, y in LATERAL[3:9]]
    svg.shape(smooth([*side, (226, 418), (230, 370), (235, 318), (245, 262)]), fill=SKIN_SHADE,
              stroke="none", layer="art")
    svg.line(smooth(edge, closed=False), OUTLINE, 2.2, layer="art")
    svg.line(L([(84, 630), (211, 630)]), OUTLINE, 2.2, layer="detail", dash="6 5")
    # Ankle bones: the inner one higher and further forward than the outer one.
    svg.line(L([(72, 458), (82, 468), (85, 481), (81, 495), (72, 504)]), BONE, 1.4)
    svg.line(L([(234, 484), (225, 494), (223, 506), (227, 518), (233, 524)]), BONE, 1.4)
    ankle = (150.0, 450.0)
    svg.line(L([(94, 446), (120, 451), ankle, (182, 450), (212, 444)]), DETAIL, 1.2)  # crease
    # Tendons from the front of the ankle: tibialis anterior to the inner midfoot, the long
    # extensor of the big toe, and the four slips of the long extensor of the toes, fanning.
    svg.line(L([(114, 496), (108, 452), (96, 410), (80, 374), (70, 358)]), DETAIL, 1.3)
    svg.line(L([(130, 496), (127, 452), (115, 384), (100, 300), (88, 220), (82, 166)]), DETAIL,
             1.3)
    slips = []
    for i, (tip, _hw) in enumerate(TOES[1:]):
        x, y = 300 - tip[0], WEBS["1-2"][1] + 6 + 10 * i
        x0 = 152 + 5 * i
        slips.append([(x0, 492), (x0 + 1, 452), lerp((x0 + 1, 452), (x, y), 0.45),
                      lerp((x0 + 1, 452), (x, y), 0.8), (x, y)])
    svg.line(subpaths(slips, False), DETAIL, 1.0)
    # Nails on the toes: set back from the tip and narrower than the toe; the knuckle creases.
    nails, knuckles = [], []
    for i, (tip, hw) in enumerate(TOES):
        cx, ty = 300 - tip[0], tip[1]
        nw, ln = hw * (0.6 if i == 0 else 0.64), hw * (1.15 if i == 0 else 1.05)
        top = ty + hw * 0.32
        nails.append([(cx - nw, top + 0.18 * ln), (cx, top), (cx + nw, top + 0.18 * ln),
                      (cx + nw * 0.96, top + 0.72 * ln), (cx + nw * 0.55, top + ln),
                      (cx - nw * 0.55, top + ln), (cx - nw * 0.96, top + 0.72 * ln)])
        ky = ty + hw * (2.9 if i == 0 else 2.7)
        knuckles.append([(cx - hw * 0.45, ky + 1.5), (cx, ky), (cx + hw * 0.45, ky + 1.5)])
    svg.shape(subpaths(nails, True), fill=SKIN_SHADE, stroke=DETAIL, width=1.0, layer="detail")
    svg.line(subpaths(knuckles, False), DETAIL, 1.0)
    # The gap between the first two metatarsals, from the web back to where their bases meet.
    w12 = flip([WEBS["1-2"]])[0]
    bases = (w12[0] + 2, 300.0)
    svg.line(L([(w12[0], w12[1] + 14), lerp(w12, bases, 0.5), bases]), BONE, 1.0, dash="3 4")
    svg.landmark("toe-web-1-2", w12)
    svg.landmark("ankle-front", ankle)
    svg.landmark_line("metatarsal-bases", (bases[0] - 12, bases[1]), (bases[0] + 12, bases[1]))
    # LR2 and LR3 follow the gap: half a cun and one and a half cun (two finger-widths, as
    # their "how to find it" texts say) behind the web.
    for code, cun in (("LR2", 0.5), ("LR3", 1.5)):
        svg.point(f"pt-{code}", lerp(w12, bases, cun * FOOT_CUN / (bases[1] - w12[1])))
    svg.scale = {"scale": f"per-cun {FOOT_CUN:g}"}
    svg.label("big toe", (79, 42), size=15)
    svg.label("toes", (256, 108), size=15)
    svg.label("ankle", (258, 590), size=15)
    return svg


VIEWS = [foot_sole, foot_top]
