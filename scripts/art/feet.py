"""The foot: the sole and the top."""

from __future__ import annotations

from art.common import L, ellipse
from svgkit import (
    BONE,
    DETAIL,
    OUTLINE,
    Svg,
    lerp,
    mirror,
    sample,
    smooth,
)

# --------------------------------------------------------------------------- feet
SOLE = [  # right foot seen from below, toes up: big toe on the viewer's right
    (150, 590), (118, 576), (106, 532), (102, 470), (98, 400), (93, 330), (92, 272),
    (94, 226), (96, 200), (98, 178), (104, 165), (112, 163), (118, 176),      # little toe
    (120, 150), (125, 133), (133, 129), (140, 137), (141, 150),               # 4th
    (142, 122), (148, 106), (157, 103), (163, 113), (163, 135),               # 3rd
    (165, 101), (171, 84), (181, 81), (188, 92), (190, 128),                  # 2nd
    (191, 92), (199, 68), (214, 61), (228, 71), (234, 100),                   # big toe
    (236, 150), (238, 200), (235, 250), (226, 300),
    (212, 352), (201, 402), (197, 452), (199, 502), (193, 552), (180, 579),
]
WEBS = {"1-2": (190, 128), "2-3": (163, 135), "3-4": (141, 150), "4-5": (118, 176)}
FOOT_CUN = 52.0  # units per cun on the foot views (2.2 cm a cun, as on the leg views)


def foot_sole() -> Svg:
    svg = Svg("foot-sole", "Right foot, sole", 300, 630, point_r=7)
    svg.shape(smooth(SOLE))
    svg.line(L([(98, 262), (140, 244), (190, 240), (234, 256)]), DETAIL, 1.3)   # ball
    svg.line(L([(112, 500), (150, 486), (192, 502)]), DETAIL, 1.2)              # heel pad
    svg.line(L([(196, 330), (186, 400), (184, 470)]), DETAIL, 1.1, dash="3 4")  # arch edge
    for a, b in (((194, 140), (232, 136)), ((166, 140), (186, 138)), ((144, 152), (160, 148)),
                 ((122, 170), (138, 164)), ((100, 186), (115, 184))):
        svg.line(L([a, lerp(a, b, 0.5), b]), DETAIL, 1.0)                      # toe creases
    for (x, y), r in (((215, 92), 13), ((180, 100), 7), ((155, 118), 6), ((132, 142), 5.5),
                      ((107, 176), 5)):
        svg.line(smooth(ellipse((x, y), r, r * 1.2, 8)), DETAIL, 0.9)           # toe pads
    heel, web = (150.0, 588.0), WEBS["2-3"]
    svg.landmark("heel", heel)
    svg.landmark("toe-web-2-3", web)
    svg.point("pt-KI1", lerp(heel, web, 2 / 3))
    svg.area("area-heel", sample(ellipse((150, 540), 38, 40, 10)))
    svg.area("area-arch", sample([(186, 320), (214, 332), (204, 400), (200, 470), (184, 480),
                                  (176, 400)]))
    svg.scale = {"scale": f"per-cun {FOOT_CUN:g}"}
    svg.label("toes", (60, 60), size=14)
    svg.label("heel", (60, 600), size=14)
    return svg


def foot_top() -> Svg:
    svg = Svg("foot-top", "Right foot, top", 300, 630, point_r=7)
    top = mirror(SOLE, 150)
    # From above, the lower leg rises from the ankle: draw the foot, then the leg's cut.
    svg.shape(smooth(top))
    # The leg continues from the foot's edges, widening at the ankle bones (inner one higher):
    # filled without an outline, so no seam shows where it meets the foot.
    inner = [(98.7, 400), (101.2, 420), (101, 450), (97, 478), (91, 500), (92, 526), (95, 560),
             (92, 600), (89, 630)]
    outer = [(202, 400), (200.8, 420), (200, 450), (203, 482), (210, 512), (207, 540), (205, 575),
             (208, 605), (211, 630)]
    svg.shape(smooth(inner, closed=False) + " " + smooth(list(reversed(outer)),
                                                         closed=False).replace("M", "L", 1)
              + " Z", stroke="none")
    svg.line(smooth(inner, closed=False), OUTLINE, 2.2, layer="art")
    svg.line(smooth(outer, closed=False), OUTLINE, 2.2, layer="art")
    svg.line(L([(89, 630), (211, 630)]), OUTLINE, 2.2, layer="detail", dash="6 5")
    svg.line(L([(100, 528), (90, 514), (97, 498)]), BONE, 1.5)                  # malleoli
    svg.line(L([(200, 534), (210, 520), (203, 503)]), BONE, 1.5)
    svg.line(L([(112, 478), (150, 488), (188, 478)]), DETAIL, 1.3)              # ankle crease
    w12 = (300 - WEBS["1-2"][0], WEBS["1-2"][1])
    svg.line(L([(86, 96), (92, 160), (112, 300), (130, 470)]), DETAIL, 1.2)      # EHL tendon
    for x0, x1 in ((121, 142), (143, 150), (162, 160), (184, 170)):
        svg.line(L([(x0, 130), (x0 + 3, 220), (x1, 470)]), DETAIL, 0.9)          # EDL tendons
    svg.line(L([w12, (w12[0] - 2, 240), (w12[0] - 4, 330)]), BONE, 1.0, dash="3 4")
    for (x, y), w in (((85, 82), 12), ((120, 92), 6), ((143, 112), 5.5), ((165, 128), 5),
                      ((190, 168), 4.5)):
        svg.line(smooth([(x - w, y + 4), (x - w, y - 4), (x, y - 8), (x + w, y - 4),
                         (x + w, y + 4), (x, y + 6)]), DETAIL, 0.9)              # toenails
    svg.landmark("toe-web-1-2", w12)
    svg.landmark("ankle-front", (150, 484))
    svg.landmark_line("metatarsal-bases", (w12[0] - 12, 330), (w12[0] + 12, 330))
    svg.point("pt-LR2", (w12[0] - 1, w12[1] + 0.5 * FOOT_CUN))
    svg.point("pt-LR3", (w12[0] - 3, w12[1] + 1.75 * FOOT_CUN))
    svg.scale = {"scale": f"per-cun {FOOT_CUN:g}"}
    svg.label("toes", (250, 60), size=14)
    svg.label("ankle", (250, 560), size=14)
    return svg


VIEWS = [foot_sole, foot_top]
