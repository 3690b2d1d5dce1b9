"""Draw acuguide's body diagrams (assets/diagrams/*.svg).

Run: .venv/bin/python scripts/make_diagrams.py

Every view is drawn in its own units from anatomical key levels. Landmarks (lm-*) are placed
first, and each point (pt-*) is placed from its landmarks by the rule in the project's point
reference (e.g. SP6 at 3/13 of the medial malleolus -> medial condyle line), so the art and
the geometry checks in tests/diagrams agree by construction and by test.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from svgkit import (
    BONE,
    DETAIL,
    GARMENT,
    GARMENT_LINE,
    HAIR,
    LIPS,
    OUTLINE,
    SKIN_SHADE,
    Pt,
    Svg,
    lerp,
    mirror,
    sample,
    smooth,
)

OUT = Path(__file__).parents[1] / "assets" / "diagrams"


def both(svg: Svg, axis: float, fn) -> None:
    """Draw ``fn(points_transform, side)`` for the viewer-left and the mirrored side."""
    fn(lambda pts: pts, "left-of-viewer")
    fn(lambda pts: mirror(pts, axis), "right-of-viewer")


def ellipse(c: Pt, rx: float, ry: float, n: int = 12) -> list[Pt]:
    import math
    return [(c[0] + rx * math.cos(2 * math.pi * k / n), c[1] + ry * math.sin(2 * math.pi * k / n))
            for k in range(n)]


# --------------------------------------------------------------------------- leg-front
def leg_front() -> Svg:
    mid = 230.0
    svg = Svg("leg-front", "Legs, front view (from the hips)", 460, 1150, point_r=9)
    lateral = [(128, 28), (108, 60), (86, 105), (67, 150), (58, 192), (60, 236), (67, 300),
               (79, 370), (93, 440), (107, 505), (115, 545), (117, 580), (120, 615), (124, 646),
               (121, 682), (118, 722), (121, 782), (129, 852), (139, 922), (144, 972),
               (140, 1001), (145, 1022), (142, 1048), (139, 1070)]
    toes = [(140, 1084), (145, 1091), (151, 1088), (155, 1094), (160, 1098), (166, 1094),
            (168, 1099), (174, 1103), (180, 1099), (182, 1103), (188, 1107), (194, 1102),
            (196, 1105), (204, 1110), (212, 1104)]
    medial = [(215, 1088), (214, 1066), (210, 1040), (206, 1013), (208, 996), (201, 975),
              (200, 930), (203, 860), (208, 792), (213, 736), (211, 686), (206, 641), (209, 600),
              (206, 562), (203, 528), (199, 490), (201, 440), (205, 380), (210, 322), (217, 283),
              (226, 263)]
    right_half = lateral + toes + medial
    outline = right_half + list(reversed(mirror(right_half, mid)))
    svg.shape(smooth(outline))
    # Briefs (modest, cut high at the side so the groin crease and SP12 stay visible).
    brief_side = [(128, 28), (114, 52), (104, 72)]
    opening = [(130, 110), (158, 152), (182, 200), (205, 244), (224, 266)]
    brief = brief_side + opening + list(reversed(mirror(brief_side + opening, mid)))
    svg.shape(smooth(brief, tension=0.6), fill=GARMENT, stroke=GARMENT_LINE, width=1.8)
    svg.line(smooth([(128, 40), (230, 44), (332, 40)], closed=False), GARMENT_LINE, 1.2)
    svg.shape(smooth(outline), fill="none")

    def side(t, which: str) -> None:
        svg.line(smooth(t([(112, 116), (138, 164), (158, 200), (184, 238), (206, 258)]),
                        closed=False), DETAIL, 1.5)                               # groin crease
        svg.line(smooth(t([(120, 130), (150, 260), (182, 390), (198, 480)]), closed=False),
                 DETAIL, 1.1, dash="2 5")                                         # sartorius
        svg.line(smooth(t([(86, 330), (104, 440), (122, 540)]), closed=False), DETAIL, 1.2)
        svg.line(smooth(t([(199, 458), (194, 520), (186, 552), (178, 566)]), closed=False),
                 DETAIL, 1.4)                                                     # vastus med.
        svg.shape(smooth(t(ellipse((165, 586), 22, 27))), fill=SKIN_SHADE, stroke=BONE,
                  width=1.8, layer="detail")                                      # kneecap
        svg.line(smooth(t([(157, 613), (158, 640), (160, 663)]), closed=False), DETAIL, 1.3)
        svg.line(smooth(t([(173, 613), (173, 640), (172, 663)]), closed=False), DETAIL, 1.3)
        svg.line(smooth(t([(158, 668), (166, 663), (175, 668)]), closed=False), BONE, 1.5)
        svg.line(smooth(t([(169, 672), (171, 760), (175, 860), (181, 950)]), closed=False),
                 BONE, 1.6)                                                       # tibial crest
        svg.line(smooth(t([(152, 700), (154, 800), (160, 900), (166, 960)]), closed=False),
                 DETAIL, 1.1)                                                     # tib. ant.
        svg.line(smooth(t([(127, 638), (131, 646), (127, 655)]), closed=False), BONE, 1.5)
        svg.line(smooth(t([(146, 992), (141, 1003), (147, 1013)]), closed=False), BONE, 1.6)
        svg.line(smooth(t([(201, 985), (207, 995), (202, 1006)]), closed=False), BONE, 1.6)
        svg.line(smooth(t([(152, 996), (176, 1002), (199, 996)]), closed=False), DETAIL, 1.3)
        for x, y in ((153, 1089), (167, 1095), (181, 1099), (195, 1101)):
            svg.line(smooth(t([(x - 1, y - 12), (x, y)]), closed=False), DETAIL, 1.1)
        for x, y, w in ((146, 1086, 4), (160, 1092, 4), (174, 1097, 4.5), (188, 1100, 4.5),
                        (204, 1102, 6)):
            svg.line(smooth(t([(x - w, y), (x, y - 4), (x + w, y)]), closed=False), DETAIL, 1)
        svg.line(smooth(t([(150, 1040), (176, 1048), (206, 1040)]), closed=False), DETAIL, 1.0,
                 dash="3 4")

    both(svg, mid, side)
    for suffix, t in (("R", lambda p: p), ("L", lambda p: (2 * mid - p[0], p[1]))):
        svg.landmark(f"patella-base-{suffix}", t((165, 559)))
        svg.landmark(f"patella-apex-{suffix}", t((165, 613)))
        svg.landmark(f"tibial-crest-{suffix}", t((170, 696)))
        svg.landmark(f"fibula-head-{suffix}", t((126, 646)))
        svg.landmark(f"lateral-malleolus-{suffix}", t((141, 1003)))
        svg.landmark(f"medial-malleolus-{suffix}", t((207, 995)))
        svg.landmark(f"ankle-front-{suffix}", t((176, 1001)))
        st35, st41 = (143.0, 614.0), (176.0, 1001.0)
        svg.point(f"pt-ST36-{suffix}", t(lerp(st35, st41, 3 / 16)))
        svg.point(f"pt-ST34-{suffix}", t((141, 559 - 2 / 18 * (559 - 200))))
        svg.point(f"pt-SP12-{suffix}", t((mid - 3.5 * (559 - 200) / 18, 200)))
        svg.area(f"area-thigh-{suffix}", [t(p) for p in sample(
            [(95, 300), (130, 262), (190, 300), (197, 420), (192, 510), (150, 530), (112, 500),
             (96, 420)])])
        svg.area(f"area-shin-{suffix}", [t(p) for p in sample(
            [(150, 690), (188, 690), (196, 800), (190, 930), (160, 940), (142, 820)])])
    svg.landmark("pubic-symphysis", (mid, 200))
    svg.scale = {"scale": "lm-pubic-symphysis lm-patella-base-R 18; "
                          "lm-patella-apex-R lm-medial-malleolus-R 15"}
    svg.label("R", (170, 1140))
    svg.label("L", (290, 1140))
    return svg


VIEWS = [leg_front]  # more are added below




def L(pts):
    return smooth(pts, closed=False)


# --------------------------------------------------------------------------- leg-back
def leg_back() -> Svg:
    mid = 230.0
    svg = Svg("leg-back", "Legs, back view", 460, 1150, point_r=9)
    lateral = [(128, 28), (105, 62), (80, 110), (63, 160), (58, 205), (61, 250), (67, 300),
               (79, 370), (93, 440), (105, 505), (113, 560), (115, 600), (112, 640),
               (108, 690), (113, 760), (126, 840), (139, 910), (145, 960), (141, 1000),
               (146, 1024), (151, 1056), (163, 1076), (178, 1082)]
    medial = [(194, 1077), (205, 1058), (210, 1030), (208, 996), (201, 970), (198, 920),
              (201, 850), (209, 780), (214, 722), (210, 670), (205, 632), (207, 596),
              (204, 556), (200, 500), (203, 440), (208, 380), (214, 335), (221, 305),
              (228, 296)]
    half = lateral + medial
    outline = half + list(reversed(mirror(half, mid)))
    svg.shape(smooth(outline))
    brief_side = [(128, 28), (106, 60), (86, 100), (72, 145), (68, 190)]
    brief_bottom = [(100, 215), (150, 236), (200, 262), (224, 282)]
    brief = brief_side + brief_bottom + list(reversed(mirror(brief_side + brief_bottom, mid)))
    svg.shape(smooth(brief, tension=0.6), fill=GARMENT, stroke=GARMENT_LINE, width=1.8)
    svg.line(L([(128, 40), (230, 46), (332, 40)]), GARMENT_LINE, 1.2)
    svg.line(L([(230, 60), (230, 250)]), GARMENT_LINE, 1.0, dash="4 4")
    svg.shape(smooth(outline), fill="none")

    def side(t, which: str) -> None:
        svg.line(L(t([(222, 297), (190, 308), (152, 311), (118, 302), (96, 288)])), DETAIL, 1.6)
        svg.line(L(t([(124, 616), (162, 620), (198, 616)])), DETAIL, 1.7)   # popliteal crease
        svg.line(L(t([(104, 360), (128, 470), (140, 560), (140, 600)])), DETAIL, 1.1)
        svg.line(L(t([(196, 360), (186, 470), (180, 560), (182, 600)])), DETAIL, 1.1)
        svg.line(L(t([(161, 640), (163, 720), (166, 800)])), DETAIL, 1.2)   # between heads
        svg.line(L(t([(118, 660), (136, 740), (150, 820), (160, 860)])), DETAIL, 1.1)
        svg.line(L(t([(204, 660), (194, 760), (182, 840), (176, 866)])), DETAIL, 1.1)
        svg.line(L(t([(162, 866), (166, 940), (168, 1000)])), DETAIL, 1.3)  # Achilles
        svg.line(L(t([(184, 866), (181, 940), (180, 1000)])), DETAIL, 1.3)
        svg.line(L(t([(146, 990), (141, 1000), (146, 1010)])), BONE, 1.5)
        svg.line(L(t([(202, 984), (208, 996), (203, 1006)])), BONE, 1.5)
        svg.line(L(t([(156, 1050), (174, 1060), (196, 1050)])), DETAIL, 1.1)

    both(svg, mid, side)
    for suffix, t in (("L", lambda p: p), ("R", lambda p: (2 * mid - p[0], p[1]))):
        fold, crease = (152.0, 309.0), (162.0, 619.0)
        svg.landmark(f"gluteal-fold-{suffix}", t(fold))
        svg.landmark(f"popliteal-crease-{suffix}", t(crease))
        svg.landmark(f"achilles-{suffix}", t((173, 996)))
        svg.point(f"pt-BL40-{suffix}", t(crease))
        svg.point(f"pt-BL37-{suffix}", t(lerp(fold, crease, 6 / 14)))
        svg.area(f"area-calf-{suffix}", [t(p) for p in sample(
            [(116, 650), (160, 636), (204, 650), (210, 740), (194, 830), (160, 858),
             (128, 830), (112, 740)])])
    svg.scale = {"scale": "lm-gluteal-fold-R lm-popliteal-crease-R 14"}
    svg.label("L", (170, 1140))
    svg.label("R", (290, 1140))
    return svg


# --------------------------------------------------------------------------- leg-outer
def leg_outer() -> Svg:
    svg = Svg("leg-outer", "Right leg, outer side", 430, 760, top=380, point_r=8)
    outline = [
        (112, 392), (191, 392), (270, 392),                       # cut through the thigh
        # front: quadriceps into the kneecap, patellar ligament, shin, instep, toes
        (271, 404), (271, 440), (266, 495), (257, 545), (257, 568), (263, 590), (259, 610),
        (250, 628),
        (249, 648), (254, 668), (251, 700), (246, 770), (240, 850), (234, 925), (231, 962),
        (236, 990), (256, 1006), (290, 1020), (326, 1034), (356, 1046), (380, 1056),
        (396, 1064), (401, 1073), (393, 1081),
        # sole on the ground, heel
        (360, 1082), (318, 1077), (270, 1076), (222, 1080), (180, 1083), (154, 1079),
        (139, 1062), (137, 1040), (143, 1018),
        # Achilles tendon, calf, back of the knee, hamstrings
        (150, 995), (151, 965), (146, 925), (136, 870), (121, 805), (111, 752), (112, 705),
        (121, 665), (127, 640), (127, 610), (123, 560), (117, 500), (113, 440), (112, 404),
    ]
    svg.shape(smooth(outline))
    svg.line(L([(112, 392), (270, 392)]), OUTLINE, 2.2, layer="art", dash="6 5")
    svg.line(L([(150, 430), (180, 520), (200, 580), (206, 610)]), DETAIL, 1.3)   # IT band
    svg.line(L([(254, 568), (243, 582), (239, 600), (244, 614), (253, 619)]), BONE, 1.6)
    svg.line(L([(236, 624), (240, 650), (250, 664)]), DETAIL, 1.2)               # ligament
    svg.line(L([(170, 644), (180, 640), (190, 646), (186, 660), (174, 662), (168, 654)]),
             BONE, 1.6)                                                          # fibula head
    svg.line(L([(182, 664), (186, 760), (188, 880), (184, 980)]), BONE, 1.1, dash="3 5")
    svg.line(L([(232, 690), (220, 800), (212, 900), (214, 960)]), DETAIL, 1.1)   # tib. ant.
    svg.line(L([(150, 690), (168, 780), (176, 860)]), DETAIL, 1.1)              # gastrocn.
    svg.line(L([(172, 992), (182, 986), (192, 994), (188, 1010), (176, 1012), (170, 1002)]),
             BONE, 1.6)                                                          # malleolus
    svg.line(L([(160, 1040), (230, 1052), (300, 1060), (370, 1068)]), DETAIL, 1.0,
             dash="3 4")
    svg.line(L([(383, 1060), (391, 1061), (397, 1067)]), DETAIL, 1.0)           # toenail
    svg.line(L([(366, 1063), (372, 1072), (371, 1081)]), DETAIL, 1.0)           # toe crease
    svg.line(L([(348, 1060), (352, 1071), (350, 1081)]), DETAIL, 0.9)
    svg.line(L([(236, 1062), (250, 1058), (262, 1066)]), DETAIL, 1.0)           # 5th met.
    svg.line(L([(150, 1004), (166, 1022), (196, 1032)]), DETAIL, 1.0)           # peroneals
    svg.line(L([(128, 626), (150, 630)]), DETAIL, 1.4)
    fib, crease, mall = (180.0, 651.0), (130.0, 627.0), (181.0, 1000.0)
    svg.landmark("fibula-head", fib)
    svg.landmark("popliteal-crease", crease)
    svg.landmark("lateral-malleolus", mall)
    svg.landmark("tibial-crest", (249, 702))
    svg.landmark("patella-apex", (250, 614))
    cun = (mall[1] - crease[1]) / 16
    svg.point("pt-GB34", (fib[0] + 0.6 * cun, fib[1] + 0.9 * cun))
    st35 = (240.0, 630.0)
    svg.point("pt-ST36", (249 - 1.0 * cun, st35[1] + 3 * cun))
    svg.scale = {"scale": "lm-popliteal-crease lm-lateral-malleolus 16"}
    svg.label("front", (320, 760), size=14)
    svg.label("back", (60, 760), size=14)
    return svg


# --------------------------------------------------------------------------- leg-inner
def leg_inner() -> Svg:
    svg = Svg("leg-inner", "Right leg, inner side (knee to foot)", 500, 730, top=20,
              point_r=8)
    outline = [
        (272, 40), (356, 40), (440, 40),                          # cut below the knee
        # back: the inner calf, narrowing into the Achilles tendon, the heel
        (444, 52), (452, 100), (466, 180), (472, 250), (466, 320), (452, 395), (442, 460),
        (435, 520), (434, 572), (442, 612), (456, 646), (458, 676), (448, 700), (424, 712),
        # sole: heel pad, the raised inner arch, the ball of the foot, the big toe
        (392, 713), (358, 706), (320, 692), (280, 683), (240, 685), (198, 697), (152, 707),
        (112, 709), (84, 705), (67, 695), (66, 683), (80, 675),
        # top of the big toe and the instep, the front of the ankle, the shin
        (112, 670), (152, 662), (200, 648), (246, 630), (284, 610), (308, 588), (314, 556),
        (308, 500), (300, 420), (292, 330), (284, 240), (278, 160), (274, 90), (272, 52),
    ]
    svg.shape(smooth(outline))
    svg.line(L([(272, 40), (440, 40)]), OUTLINE, 2.2, layer="art", dash="6 5")
    svg.line(L([(280, 60), (300, 100), (318, 118), (336, 112)]), BONE, 1.5)     # condyle
    svg.line(L([(308, 130), (320, 260), (336, 400), (352, 540)]), BONE, 1.5)    # tibia edge
    svg.line(L([(322, 380), (318, 480), (320, 560), (322, 600), (300, 616)]), DETAIL, 1.2)
    svg.line(L([(418, 470), (414, 540), (416, 600)]), DETAIL, 1.3)               # Achilles
    svg.line(L([(452, 250), (424, 350), (410, 440)]), DETAIL, 1.1)               # soleus
    svg.line(L([(380, 160), (400, 240), (404, 320)]), DETAIL, 1.0)               # gastrocn.
    svg.line(L([(440, 690), (420, 700), (396, 704)]), DETAIL, 1.0)               # heel pad
    svg.line(L([(354, 586), (358, 572), (372, 568), (384, 580), (380, 600), (366, 606),
                (356, 600)]), BONE, 1.6)                                         # malleolus
    svg.line(L([(190, 688), (240, 678), (300, 680), (350, 694)]), DETAIL, 1.0,
             dash="3 4")                                                          # arch
    svg.line(L([(70, 682), (78, 676), (92, 674)]), DETAIL, 1.1)                   # toenail
    svg.line(L([(122, 668), (126, 686), (122, 706)]), DETAIL, 1.0)                # toe joint
    svg.line(L([(150, 690), (168, 682), (186, 686)]), DETAIL, 0.9)                # 1st MTP
    condyle, malleolus, achilles = (303.0, 120.0), (368.0, 588.0), (420.0, 588.0)
    svg.landmark("medial-condyle", condyle)
    svg.landmark("medial-malleolus", malleolus)
    svg.landmark("achilles", achilles)
    svg.landmark_line("tibia-border", (308, 130), (352, 540))
    sp6 = lerp(malleolus, condyle, 3 / 13)
    svg.point("pt-SP6", (sp6[0] + 8, sp6[1]))
    svg.point("pt-KI3", ((malleolus[0] + 14 + achilles[0]) / 2, malleolus[1]))
    svg.point("pt-LR4", (337, 585))
    svg.area("area-achilles-tendon", sample(
        [(410, 470), (426, 468), (432, 560), (428, 628), (412, 630), (408, 560)]))
    svg.scale = {"scale": "lm-medial-condyle lm-medial-malleolus 13"}
    svg.label("front", (190, 600), size=14)
    svg.label("heel", (440, 740), size=14)
    return svg


VIEWS += [leg_back, leg_outer, leg_inner]


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


VIEWS += [foot_sole, foot_top]


# --------------------------------------------------------------------------- head and neck
def head_neck() -> Svg:
    mid = 260.0
    svg = Svg("head-neck", "Head, neck and shoulders, back view", 520, 540, point_r=7)
    torso_half = [(214, 232), (212, 262), (206, 292), (180, 312), (140, 330), (98, 344),
                  (70, 356), (52, 378), (44, 410), (42, 470), (44, 520), (50, 530), (70, 531)]
    torso = torso_half + list(reversed(mirror(torso_half, mid)))
    svg.shape(smooth(torso, closed=False) + " Z")
    head_half = [(260, 36), (222, 42), (196, 62), (184, 96), (181, 140), (186, 180),
                 (198, 212), (214, 234), (236, 246), (260, 250)]
    head = head_half + list(reversed(mirror(head_half, mid)))[1:-1]
    for ear in ([(186, 122), (172, 126), (166, 150), (170, 184), (178, 212), (190, 214)],):
        for pts in (ear, mirror(ear, mid)):
            svg.shape(smooth(pts, tension=0.8))
    svg.shape(smooth(head), fill=HAIR, stroke=OUTLINE)
    svg.line(L([(182, 150), (176, 160), (178, 190)]), DETAIL, 1.1)
    svg.line(L([(338, 150), (344, 160), (342, 190)]), DETAIL, 1.1)
    svg.line(L([(200, 196), (230, 192), (260, 190), (290, 192), (320, 196)]), DETAIL, 1.2,
             dash="3 4")                                                         # skull base
    svg.line(L([(214, 236), (238, 250), (260, 252), (282, 250), (306, 236)]), OUTLINE, 1.4)
    svg.line(L([(236, 252), (246, 290), (258, 318)]), DETAIL, 1.1)               # trapezius
    svg.line(L([(284, 252), (274, 290), (262, 318)]), DETAIL, 1.1)
    svg.line(L([(260, 300), (260, 530)]), DETAIL, 1.2, dash="2 5")               # spine
    svg.line(L([(252, 316), (260, 310), (268, 316)]), BONE, 1.6)                 # C7
    for pts in ([(96, 372), (150, 392), (212, 402)], [(230, 330), (190, 372), (170, 420)]):
        for side in (pts, mirror(pts, mid)):
            svg.line(L(side), DETAIL, 1.1)
    svg.line(L([(64, 352), (72, 360), (80, 352)]), BONE, 1.5)                    # acromion
    svg.line(L([(440, 352), (448, 360), (456, 352)]), BONE, 1.5)
    eop, c7 = (260.0, 192.0), (260.0, 316.0)
    svg.landmark("occiput", eop)
    svg.landmark("c7", c7)
    for suffix, t in (("L", lambda p: p), ("R", lambda p: (2 * mid - p[0], p[1]))):
        mastoid, apex, acromion = t((200.0, 214.0)), t((172.0, 128.0)), t((72.0, 354.0))
        svg.landmark(f"mastoid-{suffix}", mastoid)
        svg.landmark(f"ear-apex-{suffix}", apex)
        svg.landmark(f"acromion-{suffix}", acromion)
        svg.point(f"pt-GB20-{suffix}", ((mid + mastoid[0]) / 2, eop[1] + 12))
        svg.point(f"pt-GB21-{suffix}", lerp(c7, acromion, 0.5))
    svg.point("pt-GV20", (mid, 50))
    svg.scale = {"scale": "lm-mastoid-L lm-mastoid-R 9"}
    svg.label("L", (40, 330))
    svg.label("R", (480, 330))
    return svg


def face() -> Svg:
    mid = 200.0
    svg = Svg("face", "Face, front view", 400, 480, point_r=5)
    face_half = [(200, 66), (150, 72), (118, 96), (104, 140), (101, 190), (104, 240),
                 (113, 290), (128, 336), (150, 376), (174, 402), (200, 412)]
    face_pts = face_half + list(reversed(mirror(face_half, mid)))[1:-1]
    neck = [(138, 480), (146, 440), (148, 370), (252, 370), (254, 440), (262, 480)]
    svg.shape(smooth(neck, closed=False) + " Z")
    for ear in ([(106, 180), (90, 176), (82, 206), (86, 246), (98, 276), (112, 284)],):
        for pts in (ear, mirror(ear, mid)):
            svg.shape(smooth(pts, tension=0.8))
    svg.shape(smooth(face_pts))
    hair = [(104, 180), (96, 120), (120, 62), (170, 36), (230, 36), (280, 62), (304, 120),
            (296, 180), (286, 130), (262, 96), (200, 84), (138, 96), (114, 130)]
    svg.shape(smooth(hair, tension=0.9), fill=HAIR)
    for t in (lambda p: p, lambda p: mirror(p, mid)):
        svg.line(L(t([(128, 170), (150, 160), (180, 166)])), OUTLINE, 2.0)      # brow
        svg.shape(smooth(t([(132, 200), (150, 190), (172, 198), (150, 208)])), fill="#ffffff",
                  stroke=OUTLINE, width=1.5, layer="detail")                    # eye
        svg.shape(smooth(t(ellipse((152, 199), 6, 6, 8))), fill=OUTLINE, stroke=OUTLINE,
                  width=0.5, layer="detail")
        svg.line(L(t([(186, 196), (184, 240), (176, 272), (182, 286), (192, 290)])), DETAIL,
                 1.4)                                                           # nose side
        svg.line(L(t([(193, 294), (191, 306), (190, 318)])), DETAIL, 1.2)        # philtrum
    svg.line(L([(192, 290), (200, 293), (208, 290)]), OUTLINE, 1.4)
    lips_top = [(158, 334), (176, 324), (190, 320), (200, 323), (210, 320), (224, 324),
                (242, 334)]
    svg.shape(smooth([*lips_top, (224, 338), (200, 340), (176, 338)], tension=0.7),
              fill=LIPS, stroke=OUTLINE, width=1.4, layer="detail")
    svg.shape(smooth([(160, 336), (200, 342), (240, 336), (222, 356), (200, 360), (178, 356)],
                     tension=0.7), fill=LIPS, stroke=OUTLINE, width=1.4, layer="detail")
    svg.line(L([(160, 336), (200, 341), (240, 336)]), OUTLINE, 1.4)
    svg.line(L([(182, 382), (200, 387), (218, 382)]), DETAIL, 1.1)               # chin fold
    for t in (lambda p: p, lambda p: mirror(p, mid)):
        svg.line(L(t([(150, 440), (156, 462), (166, 480)])), DETAIL, 1.0)        # neck muscle
    subnasale, lip = (200.0, 293.0), (200.0, 322.0)
    svg.landmark("subnasale", subnasale)
    svg.landmark("upper-lip", lip)
    svg.landmark("glabella", (200, 178))
    svg.landmark("hairline", (200, 86))
    svg.point("pt-GV26", lerp(subnasale, lip, 0.4))
    svg.scale = {"scale": "lm-glabella lm-hairline 3"}
    return svg


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


VIEWS += [head_neck, face, forearm_hand]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    names = sys.argv[1:]
    for make in VIEWS:
        svg = make()
        if names and svg.name not in names:
            continue
        (OUT / f"{svg.name}.svg").write_text(svg.render(), encoding="utf-8")
        print(f"wrote {svg.name}.svg")


if __name__ == "__main__":
    main()
