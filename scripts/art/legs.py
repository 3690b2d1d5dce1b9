"""Both legs from the front (from the hips) and from the back."""

from __future__ import annotations

from art.common import L, both, ellipse
from svgkit import (
    BONE,
    DETAIL,
    GARMENT,
    GARMENT_LINE,
    SKIN_SHADE,
    Svg,
    lerp,
    mirror,
    sample,
    smooth,
)


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


VIEWS = [leg_front, leg_back]
