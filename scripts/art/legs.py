"""Both legs from the front (from the hips) and from the back.

Each view draws the viewer-left leg and mirrors it about the midline. The silhouette is one
closed path around both legs; soft shading shapes follow runs of that same curve (sampled from
it, so they never spill past the outline) and turn back inside the limb.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from svgkit import (
    BONE,
    DETAIL,
    GARMENT,
    GARMENT_LINE,
    SKIN_SHADE,
    Pt,
    Svg,
    lerp,
    mirror,
    sample,
    smooth,
)

MID = 230.0
W_OUTLINE = 2.8   # 1150 units tall: about 1.4 px at fit, the other views' visual weight
W_BONE = 1.9
W_CREASE = 1.8
W_DETAIL = 1.5
W_FINE = 1.3
LABEL = 26        # at least 11 px at fit, with the title band the driver adds above

Transform = Callable[[list[Pt]], list[Pt]]


def _open(pts: list[Pt]) -> str:
    return smooth(pts, closed=False)


def _run(curve: list[Pt], start: Pt, end: Pt, per: int = 4) -> list[Pt]:
    """The stretch of the closed smooth ``curve`` from control point ``start`` to ``end``."""
    dense = sample(curve, closed=True, per=per)
    i, j = curve.index(start) * per, curve.index(end) * per
    return dense[i:j + 1] if i <= j else dense[i:] + dense[:j + 1]


def _shade(svg: Svg, pts: list[Pt]) -> None:
    svg.shape(smooth(pts), fill=SKIN_SHADE, stroke="none", width=0)


def _edge_shade(svg: Svg, curve: list[Pt], start: Pt, end: Pt, inside: list[Pt],
                t: Transform) -> None:
    """A shading shape along ``curve`` from ``start`` to ``end``, back through ``inside``."""
    _shade(svg, t([*_run(curve, start, end), *inside]))


def _y_on(curve: list[Pt], y: float) -> Pt:
    """The point of an open smooth curve at height ``y`` (the curve runs downwards)."""
    dense = sample(curve, closed=False, per=24)
    for a, b in itertools.pairwise(dense):
        if a[1] <= y <= b[1]:
            return lerp(a, b, (y - a[1]) / (b[1] - a[1]) if b[1] != a[1] else 0.0)
    raise ValueError(f"curve does not reach y={y}")


def _toes(spec: list[tuple[float, float, float]], clefts: list[float]) -> list[Pt]:
    """Outline points along the toe tips, from the first toe's outer side to the last's.

    ``spec`` holds (centre x, width, tip y) of each toe in drawing order; ``clefts`` the height
    of the web between each toe and the next.
    """
    out: list[Pt] = []
    for k, (cx, w, tip) in enumerate(spec):
        h = w / 2
        out += [(cx - h * 0.97, tip - h * 1.05), (cx - h * 0.6, tip - h * 0.12),
                (cx + h * 0.6, tip - h * 0.12), (cx + h * 0.97, tip - h * 1.05)]
        if k < len(clefts):
            nx, nw, _ = spec[k + 1]
            out.append(((cx + h + nx - nw / 2) / 2, clefts[k]))
    return out


def _nail(cx: float, w: float, tip: float, lean: float = 0.0) -> list[Pt]:
    """A toenail on the top of a toe seen from the front: set back from the tip, narrower."""
    nw, nh = w * 0.52, w * 0.36
    bottom = tip - w * 0.2
    top = bottom - nh
    cx += lean
    return [(cx - nw / 2, top + nh * 0.25), (cx - nw * 0.4, bottom - nh * 0.12),
            (cx, bottom), (cx + nw * 0.4, bottom - nh * 0.12), (cx + nw / 2, top + nh * 0.25),
            (cx, top - nh * 0.08)]


def _shorts(svg: Svg, outline: list[Pt], side: Pt, opening: list[Pt]) -> None:
    """Shorts over the hips, their edge on the body's own outline over the waist.

    ``side`` is where the leg opening leaves the outline on the viewer-left leg, ``opening``
    the opening's edge from there down to the crotch.
    """
    far = mirror([side], MID)[0]
    pts = [*_run(outline, far, side), *opening, *reversed(mirror(opening, MID))]
    svg.shape(smooth(pts), fill=GARMENT, stroke=GARMENT_LINE, width=1.8)


def _both(fn: Callable[[Transform], None]) -> None:
    fn(lambda pts: pts)
    fn(lambda pts: mirror(pts, MID))


def _silhouette(half: list[Pt]) -> list[Pt]:
    return half + list(reversed(mirror(half, MID)))


def _labels(svg: Svg, left: str, right: str) -> None:
    svg.label(left, (10, 1142), size=LABEL, anchor="start")
    svg.label(right, (450, 1142), size=LABEL, anchor="end")


# --------------------------------------------------------------------------- leg-front
# The viewer-left leg is their right leg. Key levels: pubic symphysis y 200, patella 562-610,
# knee joint line about 625, malleoli about 995-1004, toe tips about 1100-1112.
FRONT_TOES = [(127.0, 15.0, 1094.0), (143.0, 16.0, 1100.0), (160.0, 17.0, 1105.0),
              (178.0, 18.0, 1109.0), (204.0, 29.0, 1112.0)]
FRONT_CLEFTS = [1078.0, 1084.0, 1088.0, 1090.0]

FRONT_LATERAL: list[Pt] = [
    (150, 17), (110, 22), (95, 52), (79, 96), (66, 142), (58, 190), (57, 236), (60, 288),
    (67, 345), (76, 402), (87, 458), (99, 508), (108, 546), (113, 578), (115, 605),
    (117, 627),                                                          # knee
    (120, 643), (118, 660),                                              # fibular head
    (111, 690), (106, 722), (108, 760), (115, 810), (124, 866), (133, 918), (139, 956),
    (141, 982), (137, 1001), (138, 1016),                                # lateral malleolus
    (133, 1036), (126, 1055), (120, 1074),                               # foot, outer edge
]
FRONT_MEDIAL: list[Pt] = [
    (220, 1090), (221, 1075), (218, 1057), (214, 1040), (212, 1024), (213, 1008),
    (216, 994), (211, 977), (206, 955), (204, 920), (206, 872), (211, 824), (217, 780),
    (219, 742), (215, 702), (213, 676), (217, 648), (217, 624), (214, 600), (216, 572),
    (217, 546), (212, 512), (205, 478), (203, 446), (205, 400), (210, 346), (216, 306),
    (222, 280), (227, 267),
]


def leg_front() -> Svg:
    svg = Svg("leg-front", "Legs, front view (from the hips): their right leg on the left",
              460, 1150, point_r=9)
    half = FRONT_LATERAL + _toes(FRONT_TOES, FRONT_CLEFTS) + FRONT_MEDIAL
    outline = _silhouette(half)
    svg.shape(smooth(outline), stroke="none", width=0)

    # Soft shading: the outer thigh, the outer calf and foot, the inner thigh, the inner calf.
    def shading(t: Transform) -> None:
        _edge_shade(svg, outline, (66, 142), (113, 578),
                    [(124, 520), (104, 420), (90, 320), (86, 220)], t)
        _edge_shade(svg, outline, (118, 660), (138, 1016),
                    [(146, 960), (138, 880), (127, 790), (124, 720)], t)
        _edge_shade(svg, outline, (137, 1001), (120, 1074),
                    [(131, 1076), (140, 1040), (147, 1012)], t)
        _edge_shade(svg, outline, (203, 446), (227, 267),
                    [(214, 300), (200, 360), (194, 420)], t)
        _edge_shade(svg, outline, (211, 977), (217, 780),
                    [(209, 810), (204, 860), (204, 930)], t)

    _both(shading)
    # Shorts, cut high at the side so the groin crease and SP12 stay visible.
    _shorts(svg, outline, (95, 52),
            [(106, 76), (126, 110), (154, 152), (180, 196), (204, 240), (222, 264)])
    svg.line(_open([(108, 38), (230, 43), (352, 38)]), GARMENT_LINE, 1.2)
    svg.shape(smooth(outline), fill="none", width=W_OUTLINE)

    crest = [(168, 650), (170, 700), (174, 780), (180, 860), (188, 930), (197, 976)]
    patella = [(147, 571), (155, 563.5), (165, 561.5), (175, 563.5), (183, 571), (185, 583),
               (180, 597), (172, 606), (165, 610), (158, 606), (150, 597), (145, 583)]

    def details(t: Transform) -> None:
        d = svg.line
        d(_open(t([(108, 110), (136, 158), (158, 200), (184, 238), (208, 262)])),
          DETAIL, W_CREASE)                                                   # groin crease
        # Thigh: sartorius across to the inner knee, rectus femoris between the vasti,
        # vastus medialis bulging above the inner knee, vastus lateralis on the outside.
        d(_open(t([(118, 128), (140, 210), (168, 320), (192, 420), (206, 500)])), DETAIL, W_FINE)
        d(_open(t([(94, 300), (110, 390), (128, 470), (141, 530), (146, 558)])), DETAIL, W_DETAIL)
        d(_open(t([(163, 332), (172, 400), (177, 470), (178, 530)])), DETAIL, W_FINE)
        d(_open(t([(203, 452), (194, 492), (186, 526), (182, 548), (186, 566)])),
          DETAIL, W_DETAIL)                                                   # vastus medialis
        d(_open(t([(150, 538), (152, 552), (154, 561)])), DETAIL, W_FINE)     # quad tendon
        d(_open(t([(180, 536), (178, 550), (176, 561)])), DETAIL, W_FINE)
        svg.shape(smooth(t(patella)), fill=SKIN_SHADE, stroke=BONE, width=W_BONE,
                  layer="detail")                                             # kneecap
        d(_open(t([(158, 610), (160, 626), (162, 642)])), DETAIL, W_FINE)     # patellar lig.
        d(_open(t([(172, 610), (172, 626), (173, 642)])), DETAIL, W_FINE)
        d(_open(t([(156, 646), (166, 654), (177, 646)])), BONE, W_BONE)       # tuberosity
        d(_open(t([(126, 596), (132, 612), (142, 620)])), DETAIL, W_FINE)     # outer knee eye
        d(_open(t([(204, 598), (196, 614), (186, 620)])), DETAIL, W_FINE)     # inner knee eye
        d(_open(t([(121, 632), (127, 646), (121, 661)])), BONE, W_BONE)       # fibular head
        d(_open(t([(198, 640), (206, 660), (206, 690)])), DETAIL, W_FINE)     # inner condyle
        # Lower leg: the shin's ridge down and inward, tibialis anterior beside it, the
        # inner head of the calf behind the tibia.
        d(_open(t(crest)), BONE, W_DETAIL)
        d(_open(t([(132, 686), (136, 780), (146, 880), (160, 960), (176, 990)])),
          DETAIL, W_FINE)
        d(_open(t([(208, 690), (204, 760), (200, 840)])), DETAIL, W_FINE)
        # Ankle: the malleoli (inner higher and further forward), the front crease, tendons.
        d(_open(t([(143, 988), (138, 1002), (143, 1015)])), BONE, W_BONE)
        d(_open(t([(207, 981), (213, 994), (208, 1008)])), BONE, W_BONE)
        d(_open(t([(148, 1002), (162, 1006), (178, 1006), (194, 1002), (205, 996)])),
          DETAIL, W_DETAIL)                                                   # ankle crease
        d(_open(t([(186, 1012), (194, 1046), (201, 1080)])), DETAIL, W_FINE)   # big toe tendon
        d(_open(t([(166, 1014), (160, 1044), (155, 1070)])), DETAIL, W_FINE)   # toe extensors
        for cx, w, tip in FRONT_TOES:
            lean = 1.5 if w > 20 else 0.0
            svg.shape(smooth(t(_nail(cx, w, tip, lean))), fill=SKIN_SHADE, stroke=DETAIL,
                      width=W_FINE, layer="detail")
        xs = [(a[0] + a[1] / 2 + b[0] - b[1] / 2) / 2
              for a, b in itertools.pairwise(FRONT_TOES)]
        for x, y in zip(xs, FRONT_CLEFTS, strict=True):
            d(_open(t([(x, y), (x - 0.5, y - 7)])), DETAIL, W_FINE)        # toe clefts

    _both(details)
    pubic = (MID, 200.0)
    for suffix, t in (("R", lambda p: p), ("L", lambda p: (2 * MID - p[0], p[1]))):
        base, apex = (165.0, 562.0), (165.0, 610.0)
        lateral_malleolus, medial_malleolus = (140.0, 1003.0), (210.0, 994.0)
        ankle_front = lerp(lateral_malleolus, medial_malleolus, 0.5)
        svg.landmark(f"patella-base-{suffix}", t(base))
        svg.landmark(f"patella-apex-{suffix}", t(apex))
        svg.landmark(f"tibial-crest-{suffix}", t(_y_on(crest, 696)))
        svg.landmark(f"fibula-head-{suffix}", t((124, 646)))
        svg.landmark(f"lateral-malleolus-{suffix}", t(lateral_malleolus))
        svg.landmark(f"medial-malleolus-{suffix}", t(medial_malleolus))
        svg.landmark(f"ankle-front-{suffix}", t(ankle_front))
        # ST35: the hollow beside the patellar ligament; ST41: the ankle's front crease.
        st35, st41 = (143.0, apex[1] + 4), ankle_front
        svg.point(f"pt-ST36-{suffix}", t(lerp(st35, st41, 3 / 16)))
        svg.point(f"pt-ST34-{suffix}", t((141, base[1] - 2 / 18 * (base[1] - pubic[1]))))
        svg.point(f"pt-SP12-{suffix}", t((MID - 3.5 * (base[1] - pubic[1]) / 18, pubic[1])))
        svg.area(f"area-thigh-{suffix}", [t(p) for p in sample(
            [(95, 300), (130, 262), (190, 300), (197, 420), (190, 505), (150, 528),
             (114, 500), (98, 420)])])
        svg.area(f"area-shin-{suffix}", [t(p) for p in sample(
            [(146, 690), (190, 690), (198, 800), (190, 930), (160, 940), (140, 820)])])
    svg.landmark("pubic-symphysis", pubic)
    svg.scale = {"scale": "lm-pubic-symphysis lm-patella-base-R 18; "
                          "lm-patella-apex-R lm-medial-malleolus-R 15"}
    _labels(svg, "Their right", "Their left")
    return svg


# --------------------------------------------------------------------------- leg-back
# The viewer-left leg is their left leg. Gluteal fold y 309, popliteal crease 620,
# malleoli 992-1003, the heel's lowest point about 1102.
BACK_LATERAL: list[Pt] = [
    (150, 17), (110, 22), (93, 54), (75, 102), (62, 152), (57, 202), (58, 248), (63, 298),
    (70, 352), (79, 410), (90, 470), (101, 526), (109, 572), (112, 606), (112, 634),  # knee
    (110, 664), (108, 700), (111, 748), (119, 808), (129, 868), (137, 920),
    (141, 962), (141, 984), (137, 1002), (139, 1018),                            # malleolus
    (138, 1040), (136, 1060), (138, 1076),                                       # forefoot
    (147, 1091), (163, 1101), (182, 1101), (197, 1092),                          # heel pad
    (205, 1082), (212, 1073), (214, 1057), (211, 1036), (211, 1012),
    (215, 992),                                                                  # malleolus
    (209, 972), (204, 945), (203, 905), (206, 860), (212, 812), (217, 770), (218, 730),
    (215, 690), (212, 656), (214, 626), (214, 596), (211, 560), (207, 522), (205, 482),
    (206, 432), (209, 382), (214, 342), (219, 314), (226, 300),
]


def leg_back() -> Svg:
    svg = Svg("leg-back", "Legs, back view: their left leg on the left", 460, 1150,
              point_r=9)
    half = BACK_LATERAL
    outline = _silhouette(half)
    svg.shape(smooth(outline), stroke="none", width=0)

    def shading(t: Transform) -> None:
        _edge_shade(svg, outline, (62, 152), (109, 572),
                      [(120, 520), (102, 420), (88, 320), (84, 230)], t)         # outer thigh
        _edge_shade(svg, outline, (110, 664), (141, 984),
                      [(150, 930), (138, 840), (128, 760), (124, 690)], t)       # outer calf
        _edge_shade(svg, outline, (209, 972), (215, 690),
                      [(202, 720), (204, 800), (198, 880), (196, 940)], t)       # inner calf
        _edge_shade(svg, outline, (206, 432), (226, 300),
                      [(214, 320), (204, 370), (199, 420)], t)                   # inner thigh
        _shade(svg, t([(96, 284), (124, 284), (160, 290), (200, 294), (222, 298), (190, 307),
                       (152, 309), (118, 301)]))                                 # buttock
        _shade(svg, t([(150, 930), (160, 940), (162, 990), (158, 1030), (148, 1024),
                       (146, 980)]))                                             # beside the
        _shade(svg, t([(196, 926), (186, 940), (184, 990), (188, 1030), (200, 1020),
                       (202, 970)]))                                             # Achilles
        _shade(svg, t([(148, 594), (162, 582), (176, 594), (180, 608), (162, 614),
                       (144, 608)]))                                             # knee hollow

    _both(shading)
    _shorts(svg, outline, (57, 202), [(72, 214), (98, 226), (150, 244), (198, 268), (224, 286)])
    svg.line(_open([(108, 38), (230, 46), (352, 38)]), GARMENT_LINE, 1.2)
    svg.line(_open([(230, 60), (230, 268)]), GARMENT_LINE, 1.2, dash="4 4")
    svg.shape(smooth(outline), fill="none", width=W_OUTLINE)

    fold, crease = (152.0, 309.0), (162.0, 620.0)

    def details(t: Transform) -> None:
        d = svg.line
        d(_open(t([(222, 298), (190, 307), fold, (118, 301), (94, 286)])), DETAIL, W_CREASE)
        # Hamstrings: the groove between biceps femoris (outer) and semitendinosus (inner),
        # parting above the knee into the tendons that frame its hollow.
        d(_open(t([(150, 336), (154, 400), (157, 460), (159, 496)])), DETAIL, W_DETAIL)
        d(_open(t([(158, 492), (146, 526), (136, 562), (131, 596), (130, 614)])),
          DETAIL, W_DETAIL)                                                   # biceps femoris
        d(_open(t([(160, 492), (175, 526), (186, 562), (192, 596), (194, 614)])),
          DETAIL, W_DETAIL)                                                   # semitendinosus
        d(_open(t([(92, 360), (104, 450), (114, 540), (118, 600)])), DETAIL, W_FINE)  # IT band
        d(_open(t([(202, 356), (194, 440), (192, 520), (198, 580)])), DETAIL, W_FINE)  # gracilis
        d(_open(t([(126, 616), crease, (198, 616)])), DETAIL, W_CREASE)  # popliteal crease
        # Calf: the two heads of gastrocnemius (the inner one reaching lower), soleus beside
        # them, into the Achilles tendon.
        d(_open(t([(130, 630), (121, 680), (124, 740), (136, 800), (158, 852)])),
          DETAIL, W_DETAIL)
        d(_open(t([(194, 630), (207, 690), (208, 760), (198, 830), (182, 878)])),
          DETAIL, W_DETAIL)
        d(_open(t([(163, 640), (165, 720), (167, 790)])), DETAIL, W_FINE)  # between the heads
        d(_open(t([(121, 800), (134, 870), (150, 930)])), DETAIL, W_FINE)   # soleus
        d(_open(t([(210, 830), (200, 890), (190, 940)])), DETAIL, W_FINE)
        d(_open(t([(164, 866), (165, 950), (164, 1010), (161, 1046)])), DETAIL, W_DETAIL)
        d(_open(t([(182, 872), (181, 950), (182, 1010), (186, 1046)])), DETAIL, W_DETAIL)
        # Ankle and heel: malleoli (inner higher), the heel bone's sides and its pad.
        d(_open(t([(143, 988), (138, 1002), (143, 1016)])), BONE, W_BONE)
        d(_open(t([(208, 978), (214, 992), (209, 1006)])), BONE, W_BONE)
        d(_open(t([(141, 1066), (143, 1078), (148, 1088)])), DETAIL, W_FINE)   # sole edges
        d(_open(t([(208, 1064), (205, 1076), (200, 1086)])), DETAIL, W_FINE)
        d(_open(t([(154, 1077), (173, 1085), (193, 1077)])), DETAIL, W_FINE)   # heel pad

    _both(details)
    for suffix, t in (("L", lambda p: p), ("R", lambda p: (2 * MID - p[0], p[1]))):
        svg.landmark(f"gluteal-fold-{suffix}", t(fold))
        svg.landmark(f"popliteal-crease-{suffix}", t(crease))
        svg.landmark(f"achilles-{suffix}", t((173, 996)))
        svg.point(f"pt-BL40-{suffix}", t(crease))
        svg.point(f"pt-BL37-{suffix}", t(lerp(fold, crease, 6 / 14)))
        svg.area(f"area-calf-{suffix}", [t(p) for p in sample(
            [(118, 650), (160, 636), (204, 650), (210, 740), (196, 830), (162, 858),
             (130, 830), (114, 740)])])
    svg.scale = {"scale": "lm-gluteal-fold-R lm-popliteal-crease-R 14"}
    _labels(svg, "Their left", "Their right")
    return svg


VIEWS = [leg_front, leg_back]

