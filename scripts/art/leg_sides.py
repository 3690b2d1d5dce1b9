"""The right leg from its outer and its inner side: knee, calf, ankle and foot in profile."""

from __future__ import annotations

import math

from art.common import L as curve
from art.common import oval
from svgkit import (
    BONE,
    DETAIL,
    OUTLINE,
    SKIN_SHADE,
    Pt,
    Svg,
    fmt,
    lerp,
    sample,
    smooth,
)

LABEL = 16  # label size: 11 px or more when the view is 560 px tall (760 and 730 units)


def limb(svg: Svg, pts: list[Pt], shades: list[list[Pt]]) -> None:
    """The limb's skin, its soft shading, then its silhouette, open across the cut.

    The cut runs from the last point back to the first; it is drawn as a dashed line.
    """
    svg.shape(curve(pts) + " Z", stroke="none")
    for shape in shades:
        svg.shape(smooth(shape), fill=SKIN_SHADE, stroke="none")
    svg.line(curve(pts), OUTLINE, 2.2, layer="art")
    (x0, y0), (x1, y1) = pts[-1], pts[0]
    svg.line(f"M{fmt(x0)} {fmt(y0)} L{fmt(x1)} {fmt(y1)}", DETAIL, 1.2, dash="6 5")


def rim(edge: list[Pt], depth: float, inside: Pt) -> list[Pt]:
    """A crescent of shading inside the silhouette along ``edge`` (outline points).

    It is ``depth`` units deep at its middle and tapers to nothing at both ends.
    """
    inner = []
    n = len(edge)
    for i in range(1, n - 1):
        (ax, ay), (bx, by) = edge[i - 1], edge[i + 1]
        nx, ny = ay - by, bx - ax
        length = math.hypot(nx, ny)
        nx, ny = nx / length, ny / length
        px, py = edge[i]
        if (inside[0] - px) * nx + (inside[1] - py) * ny < 0:
            nx, ny = -nx, -ny
        w = depth * math.sin(math.pi * i / (n - 1))
        inner.append((px + w * nx, py + w * ny))
    return [*edge, *reversed(inner)]


def bone(svg: Svg, pts: list[Pt], closed: bool = False, width: float = 1.5,
         fill: str = SKIN_SHADE) -> None:
    """A bony prominence's edge; ``closed``: the whole knob, shaded with ``fill``."""
    if closed:
        svg.shape(smooth(pts), fill=fill, stroke=BONE, width=width, layer="detail")
    else:
        svg.line(curve(pts), BONE, width)


def detail(svg: Svg, pts: list[Pt], width: float = 1.2) -> None:
    svg.line(curve(pts), DETAIL, width)


def nail(svg: Svg, pts: list[Pt]) -> None:
    svg.shape(smooth(pts), fill=SKIN_SHADE, stroke=DETAIL, width=1.0, layer="detail")


# --------------------------------------------------------------------------- leg-outer
# The right leg seen from its outer (lateral) side, the front on the viewer's right, from mid-thigh
# to the sole. Key levels: popliteal crease y 627, lateral malleolus 1000 (16 cun, ~23.5 units a
# cun, ~9.4 units a cm), sole 1077 (3 cun lower). The knee sits over the ankle; the foot is 24 cm
# (heel 142 to big-toe tip 384), the little toe's base about 0.63 of the way from the heel.
OUTER_FRONT = [  # the thigh (quadriceps), kneecap, patellar ligament, tibial tuberosity, shin
    (280, 392), (281, 432), (278, 475), (273, 515), (268, 546), (272, 563), (275, 583),
    (271, 603), (263, 616), (257, 628), (256, 643), (258, 655), (256, 672), (254, 705),
    (250, 790), (245, 870), (241, 930), (240, 962), (243, 984)]
OUTER_FOOT = [  # the instep falling to the big toe, its tip and pad; the flat sole; the heel
    (255, 996), (276, 1007), (302, 1018), (330, 1029), (352, 1036), (370, 1041), (380, 1047),
    (385, 1056), (384, 1067), (374, 1075), (340, 1077), (260, 1077), (200, 1077), (168, 1075),
    (150, 1066), (141, 1049), (140, 1030), (146, 1012)]
OUTER_BACK = [  # the Achilles tendon, the calf (peaking a third down), back of the knee, thigh
    (155, 994), (162, 972), (166, 945), (164, 915), (158, 885), (148, 848), (136, 800),
    (129, 757), (130, 715), (137, 683), (145, 655), (148, 633), (146, 612), (140, 578),
    (132, 524), (125, 462), (120, 392)]
OUTER = OUTER_FRONT + OUTER_FOOT + OUTER_BACK
OUTER_INSIDE = (200.0, 760.0)
# toes 3-5 from the outer side, far to near, each (tip contour, nail): they peek out one behind
# the other, the little toe nearest and lowest, the big toe's tip (the silhouette) furthest on;
# the second toe hides behind the big toe
OUTER_TOES = [
    ([(346, 1046), (356, 1048), (364, 1051), (370, 1057), (370, 1066), (364, 1074)],
     [(355, 1048), (364, 1052), (368, 1057), (358, 1054)]),
    ([(326, 1050), (338, 1052), (347, 1054), (354, 1060), (355, 1068), (349, 1076)],
     [(339, 1053), (348, 1056), (352, 1061), (342, 1058)]),
    ([(296, 1052), (310, 1054), (322, 1056), (333, 1059), (339, 1066), (337, 1073), (329, 1077)],
     [(322, 1058), (332, 1060), (336, 1065), (325, 1063)]),
]


def _outer_art(svg: Svg) -> None:
    limb(svg, OUTER, [
        rim(OUTER_BACK[-9:], 16, OUTER_INSIDE),                  # hamstrings, the far side
        rim(OUTER_BACK[2:11], 24, OUTER_INSIDE),                 # the calf's bulk
        rim(OUTER_FOOT[9:16], 7, (260, 1040)),                   # the sole's outer edge
    ])
    # knee: kneecap seen from the side, its ligament to the tibial tuberosity
    bone(svg, [(268, 556), (258, 569), (254, 589), (257, 606), (263, 615)])
    detail(svg, [(258, 617), (250, 630), (250, 646)], 1.1)
    bone(svg, [(252, 644), (256, 654), (253, 666)], width=1.3)
    # the iliotibial band to the tibia's front-outer knob, the biceps tendon to the fibula head
    detail(svg, [(180, 440), (200, 510), (220, 580), (232, 632)])
    detail(svg, [(222, 394), (240, 450), (251, 510), (253, 545), (247, 566)], 1.0)  # vastus
    detail(svg, [(132, 450), (155, 545), (170, 605), (180, 638)])
    detail(svg, [(147, 630), (162, 625)], 1.4)                            # knee crease
    bone(svg, oval((186, 650), 10, 11), closed=True)                      # fibula head
    # calf: gastrocnemius' front edge, soleus into the tendon, the groove in front of the fibula
    detail(svg, [(172, 672), (182, 730), (179, 800), (166, 850), (158, 884)])
    detail(svg, [(206, 700), (204, 790), (195, 870), (184, 925), (177, 970), (175, 1010)])
    detail(svg, [(238, 690), (232, 790), (226, 880), (226, 940), (234, 978)], 1.0)
    # ankle: lateral malleolus (lower and further back than the inner one), peroneal tendons
    bone(svg, oval((198, 1001), 11, 17, turn=-8, n=10), closed=True)
    detail(svg, [(184, 1004), (187, 1024), (201, 1037), (222, 1050), (238, 1059)], 1.1)
    bone(svg, [(228, 1071), (238, 1063), (250, 1067)], width=1.3)         # 5th metatarsal base
    detail(svg, [(148, 1042), (158, 1060), (178, 1069)], 1.0)             # heel pad
    detail(svg, [(240, 978), (251, 993)], 1.1)                            # ankle crease
    for contour, nail_pts in OUTER_TOES:
        svg.line(curve(contour), OUTLINE, 1.4)
        nail(svg, nail_pts)
    nail(svg, [(362, 1041), (375, 1044), (381, 1050), (367, 1046)])      # the big toe's


def leg_outer() -> Svg:
    svg = Svg("leg-outer", "Right leg, outer side", 430, 760, top=380, point_r=8)
    _outer_art(svg)
    fib, crease, mall = (186.0, 650.0), (148.0, 627.0), (198.0, 1000.0)
    apex, crest = (263.0, 616.0), (254.0, 705.0)
    svg.landmark("fibula-head", fib)
    svg.landmark("popliteal-crease", crease)
    svg.landmark("lateral-malleolus", mall)
    svg.landmark("tibial-crest", crest)
    svg.landmark("patella-apex", apex)
    cun = math.dist(crease, mall) / 16
    svg.point("pt-GB34", (fib[0] + 0.6 * cun, fib[1] + 0.9 * cun))
    st35 = (apex[0] - 10, apex[1] + 16)  # the outer knee eye, beside the ligament below the apex
    svg.point("pt-ST36", (crest[0] - 1.0 * cun, st35[1] + 3 * cun))
    svg.scale = {"scale": "lm-popliteal-crease lm-lateral-malleolus 16"}
    svg.label("knee", (350, 596), size=LABEL)
    svg.label("front", (350, 830), size=LABEL)
    svg.label("back", (62, 830), size=LABEL)
    svg.label("heel", (92, 1066), size=LABEL)
    return svg


# --------------------------------------------------------------------------- leg-inner
# The right leg seen from its inner (medial) side, the front on the viewer's left, from just below
# the kneecap to the sole. Key levels: patella apex y 52 (2 cun above the condyle), lower border of
# the medial tibial condyle 122, medial malleolus 590 (13 cun, ~36 units a cun, ~13.4 a cm), sole
# 702. The foot is 24 cm (heel 447 to big-toe tip 125), the ball 0.72 of the way from the heel.
INNER_FRONT = [  # the kneecap's lower end, the patellar ligament, the tuberosity, the shin
    (258, 28), (259, 40), (265, 52), (275, 65), (281, 84), (283, 104), (286, 140), (290, 220),
    (297, 320), (304, 420), (311, 500), (317, 550), (320, 576)]
INNER_FOOT = [  # the front of the ankle, the instep, the big toe; the ground; the heel
    (316, 596), (302, 612), (280, 624), (255, 634), (230, 643), (206, 651), (185, 655),
    (162, 658), (146, 660), (136, 663), (128, 670), (125, 681), (130, 692), (142, 698),
    (165, 701), (220, 702), (300, 702), (380, 702), (412, 699), (433, 688), (445, 669),
    (447, 648)]
INNER_BACK = [  # the Achilles tendon, the calf (the inner head reaching low), back of the knee
    (441, 626), (436, 605), (434, 580), (434, 540), (437, 495), (444, 440), (455, 375),
    (465, 305), (469, 245), (466, 185), (458, 140), (450, 102), (446, 62), (446, 28)]
INNER = INNER_FRONT + INNER_FOOT + INNER_BACK
ARCH = [(404, 701), (380, 690), (345, 677), (305, 671), (268, 675), (238, 685), (216, 698)]


def _inner_art(svg: Svg) -> None:
    limb(svg, INNER, [
        rim(INNER_BACK[3:13], 28, (380, 300)),                   # the calf's inner head
        [*ARCH, (300, 702)],                                      # the sole's far edge
    ])
    # knee: the kneecap's lower end, its ligament and the tuberosity
    bone(svg, [(278, 29), (276, 43), (266, 53)])
    detail(svg, [(274, 58), (284, 72), (288, 86)], 1.1)
    bone(svg, [(284, 80), (291, 92), (288, 106)], width=1.3)
    detail(svg, [(290, 63), (320, 64), (348, 67)], 1.0)                      # joint line
    # the pes anserinus tendons sweeping forward below the condyle onto the tibia
    detail(svg, [(440, 40), (426, 80), (398, 124), (354, 146), (306, 150)], 1.1)
    detail(svg, [(446, 78), (430, 116), (400, 144), (356, 162), (312, 164)], 1.0)
    # the medial condyle's lower edge running down into the tibia's inner border at the SP9
    # angle (the flat face in front of the border is bone under the skin)
    bone(svg, [(410, 80), (393, 100), (374, 114), (365, 125), (364, 150), (369, 240),
               (377, 360), (385, 480), (390, 565)])
    detail(svg, [(366, 122), (338, 112), (312, 96)], 1.0)                   # condyle's front
    # calf: inner gastrocnemius' edge, soleus between it and the tibia, the Achilles tendon
    detail(svg, [(424, 110), (410, 200), (408, 300), (418, 372), (442, 396)])
    detail(svg, [(398, 250), (402, 350), (409, 440), (417, 490), (418, 560), (421, 610),
                 (432, 648)])
    # ankle: the medial malleolus, round, higher and further forward; the tendons around it
    bone(svg, oval((372, 590), 18, 18, n=10), closed=True)
    detail(svg, [(397, 540), (397, 592), (388, 622), (362, 642), (342, 652)], 1.1)  # tib. post.
    detail(svg, [(322, 520), (327, 566), (322, 600), (306, 630), (294, 656)], 1.1)  # tib. ant.
    detail(svg, [(318, 588), (305, 603)], 1.1)                                # ankle crease
    # foot: the raised inner arch, heel pad, the big toe's base joint, its crease and nail
    detail(svg, ARCH, 1.2)
    detail(svg, [(442, 676), (428, 690), (405, 697)], 1.0)
    bone(svg, oval((206, 681), 13, 11, turn=-10, n=10), True, 1.2)         # 1st toe joint
    detail(svg, [(164, 659), (161, 678), (165, 699)], 1.0)                   # toe's joint
    nail(svg, [(131, 667), (139, 664), (152, 662), (154, 665), (141, 668), (134, 671)])


def leg_inner() -> Svg:
    svg = Svg("leg-inner", "Right leg, inner side (knee to foot)", 500, 730, top=20,
              point_r=8)
    _inner_art(svg)
    condyle, malleolus, achilles = (365.0, 123.0), (372.0, 590.0), (427.0, 590.0)
    mall_back, tendon_front = malleolus[0] + 18, achilles[0] - 9
    border = ((364.0, 150.0), (390.0, 565.0))
    svg.landmark("medial-condyle", condyle)
    svg.landmark("medial-malleolus", malleolus)
    svg.landmark("achilles", achilles)
    svg.landmark_line("tibia-border", *border)
    cun = math.dist(condyle, malleolus) / 13
    sp6 = lerp(malleolus, condyle, 3 / 13)
    (ax, ay), (bx, by) = border
    border_x = ax + (bx - ax) * (sp6[1] - ay) / (by - ay)
    svg.point("pt-SP6", (border_x + 0.25 * cun, sp6[1]))                  # just behind it
    svg.point("pt-KI3", ((mall_back + tendon_front) / 2, malleolus[1]))
    svg.point("pt-LR4", (malleolus[0] - 1.0 * cun, malleolus[1] - 0.1 * cun))
    svg.area("area-achilles-tendon", sample(
        [(418, 470), (439, 466), (433, 540), (432, 600), (438, 634), (430, 648),
         (421, 610), (418, 540)]))
    svg.scale = {"scale": "lm-medial-condyle lm-medial-malleolus 13"}
    svg.label("knee", (190, 76), size=LABEL)
    svg.label("front", (170, 430), size=LABEL)
    svg.label("heel", (462, 738), size=LABEL)
    return svg


VIEWS = [leg_outer, leg_inner]
