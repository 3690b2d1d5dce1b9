"""The leg from its outer and its inner side."""

from __future__ import annotations

from art.common import L
from svgkit import (
    BONE,
    DETAIL,
    OUTLINE,
    Svg,
    lerp,
    sample,
    smooth,
)


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


VIEWS = [leg_outer, leg_inner]
