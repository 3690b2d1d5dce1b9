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
    return dense[i:j + 1]


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
        out += [(cx - h * 0.95, tip - h * 0.85), (cx - h * 0.55, tip - h * 0.1),
                (cx + h * 0.55, tip - h * 0.1), (cx + h * 0.95, tip - h * 0.85)]
        if k < len(clefts):
            nx, nw, _ = spec[k + 1]
            out.append(((cx + h + nx - nw / 2) / 2, clefts[k]))
    return out


def _nail(cx: float, w: float, tip: float, lean: float = 0.0) -> list[Pt]:
    """A toenail on the top of a toe seen from the front: set back from the tip, narrower."""
    nw, nh = w * 0.56, w * 0.42
    bottom = tip - w * 0.16
    top = bottom - nh
    cx += lean
    return [(cx - nw / 2, top + nh * 0.25), (cx - nw * 0.4, bottom - nh * 0.12),
            (cx, bottom), (cx + nw * 0.4, bottom - nh * 0.12), (cx + nw / 2, top + nh * 0.25),
            (cx, top - nh * 0.08)]


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
FRONT_TOES = [(131.0, 14.0, 1095.0), (146.0, 15.0, 1101.0), (162.0, 16.5, 1105.0),
              (179.5, 17.5, 1108.0), (203.0, 27.0, 1111.0)]
FRONT_CLEFTS = [1086.0, 1090.0, 1093.0, 1094.0]

FRONT_LATERAL: list[Pt] = [
    (110, 22), (95, 52), (79, 96), (66, 142), (58, 190), (57, 236), (60, 288), (67, 345),
    (76, 402), (87, 458), (99, 508), (108, 546), (113, 578), (115, 605), (117, 627),  # knee
    (119, 643), (118, 660),                                              # fibular head
    (113, 690), (110, 725), (113, 770), (120, 825), (128, 880), (135, 930), (140, 964),
    (141, 985), (137, 1002), (138, 1016),                                # lateral malleolus
    (134, 1038), (128, 1062), (123, 1080),                               # foot, outer edge
]
FRONT_MEDIAL: list[Pt] = [
    (217, 1099), (219, 1083), (217, 1064), (213, 1044), (211, 1024), (213, 1008),
    (215, 994), (211, 978), (206, 956), (204, 920), (205, 872), (209, 822), (214, 776),
    (216, 736), (213, 698), (213, 670), (216, 644), (216, 618), (214, 592), (214, 560),
    (210, 525), (205, 490), (203, 450), (205, 400), (210, 346), (216, 306), (222, 280),
    (227, 267),
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
                      [(146, 960), (140, 880), (131, 790), (127, 720)], t)
        _edge_shade(svg, outline, (137, 1002), (123, 1080),
                      [(134, 1078), (142, 1040), (147, 1012)], t)
        _edge_shade(svg, outline, (203, 450), (227, 267),
                      [(214, 300), (200, 360), (194, 420)], t)
        _edge_shade(svg, outline, (214, 776), (211, 978),
                      [(204, 930), (203, 860), (206, 800)], t)

    _both(shading)
    # Shorts, cut high at the side so the groin crease and SP12 stay visible.
    brief_side = [(110, 22), (98, 48), (90, 70)]
    opening = [(120, 106), (152, 150), (180, 196), (204, 240), (222, 264)]
    brief = brief_side + opening + list(reversed(mirror(brief_side + opening, MID)))
    svg.shape(smooth(brief, tension=0.6), fill=GARMENT, stroke=GARMENT_LINE, width=1.8)
    svg.line(_open([(108, 38), (230, 43), (352, 38)]), GARMENT_LINE, 1.2)
    svg.shape(smooth(outline), fill="none", width=W_OUTLINE)

    crest = [(168, 650), (170, 700), (174, 780), (180, 860), (188, 930), (197, 976)]
    patella = [(144, 568), (152, 562), (165, 561), (178, 562), (186, 568), (185, 584),
               (176, 601), (165, 610), (154, 601), (145, 584)]

    def details(t: Transform) -> None:
        d = svg.line
        d(_open(t([(108, 110), (136, 158), (158, 200), (184, 238), (208, 262)])),
          DETAIL, W_CREASE)                                                   # groin crease
        # Thigh: sartorius across to the inner knee, rectus femoris between the vasti,
        # vastus medialis bulging above the inner knee, vastus lateralis on the outside.
        d(_open(t([(118, 128), (140, 210), (168, 320), (192, 420), (206, 500)])), DETAIL, W_FINE)
        d(_open(t([(94, 300), (110, 390), (128, 470), (141, 530), (146, 558)])), DETAIL, W_DETAIL)
        d(_open(t([(170, 300), (178, 400), (182, 480), (180, 530)])), DETAIL, W_FINE)
        d(_open(t([(203, 452), (194, 492), (186, 526), (182, 548), (186, 566)])),
          DETAIL, W_DETAIL)                                                   # vastus medialis
        d(_open(t([(150, 538), (152, 552), (154, 561)])), DETAIL, W_FINE)     # quad tendon
        d(_open(t([(180, 536), (178, 550), (176, 561)])), DETAIL, W_FINE)
        svg.shape(smooth(t(patella)), fill=SKIN_SHADE, stroke=BONE, width=W_BONE,
                  layer="detail")                                             # kneecap
        d(_open(t([(158, 610), (160, 626), (162, 642)])), DETAIL, W_FINE)     # patellar lig.
        d(_open(t([(172, 610), (172, 626), (173, 642)])), DETAIL, W_FINE)
        d(_open(t([(159, 652), (167, 644), (176, 651)])), BONE, W_BONE)       # tuberosity
        d(_open(t([(126, 596), (132, 612), (142, 620)])), DETAIL, W_FINE)     # outer knee eye
        d(_open(t([(204, 598), (196, 614), (186, 620)])), DETAIL, W_FINE)     # inner knee eye
        d(_open(t([(121, 636), (126, 646), (122, 657)])), BONE, W_BONE)       # fibular head
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
        d(_open(t([(150, 1004), (176, 1000), (203, 996)])), DETAIL, W_DETAIL)  # ankle crease
        d(_open(t([(192, 990), (198, 1010), (204, 1034)])), DETAIL, W_FINE)    # tib. anterior
        d(_open(t([(183, 1004), (192, 1040), (200, 1072)])), DETAIL, W_FINE)   # big toe tendon
        d(_open(t([(160, 1012), (156, 1040), (152, 1066)])), DETAIL, W_FINE)   # toe extensors
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
    (110, 22), (93, 54), (75, 102), (62, 152), (57, 202), (58, 248), (63, 298), (70, 352),
    (79, 410), (90, 470), (101, 526), (109, 572), (112, 606), (112, 634),        # knee
    (110, 664), (108, 700), (111, 748), (119, 808), (129, 868), (137, 920),
    (141, 962), (141, 984), (137, 1002), (139, 1018),                            # malleolus
    (137, 1040), (133, 1062), (137, 1078), (146, 1085),                          # forefoot
    (153, 1095), (166, 1102), (181, 1102), (194, 1095),                          # heel pad
    (201, 1086), (210, 1082), (216, 1070), (215, 1052), (210, 1034), (212, 1010),
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
        _shade(svg, t([(100, 284), (130, 272), (170, 276), (208, 290), (222, 298), (190, 306),
                       (152, 309), (118, 301)]))                                 # buttock
        _shade(svg, t([(140, 560), (162, 532), (184, 560), (192, 604), (162, 616),
                       (132, 604)]))                                             # knee hollow

    _both(shading)
    brief_side = [(110, 22), (94, 56), (80, 100), (70, 146), (66, 192)]
    brief_bottom = [(98, 220), (150, 242), (198, 266), (224, 284)]
    brief = brief_side + brief_bottom + list(reversed(mirror(brief_side + brief_bottom, MID)))
    svg.shape(smooth(brief, tension=0.6), fill=GARMENT, stroke=GARMENT_LINE, width=1.8)
    svg.line(_open([(108, 38), (230, 46), (352, 38)]), GARMENT_LINE, 1.2)
    svg.line(_open([(230, 60), (230, 268)]), GARMENT_LINE, 1.2, dash="4 4")
    svg.shape(smooth(outline), fill="none", width=W_OUTLINE)

    fold, crease = (152.0, 309.0), (162.0, 620.0)

    def details(t: Transform) -> None:
        d = svg.line
        d(_open(t([(222, 298), (190, 307), fold, (118, 301), (94, 286)])), DETAIL, W_CREASE)
        # Hamstrings: the groove between biceps femoris (outer) and semitendinosus (inner),
        # parting above the knee into the tendons that frame its hollow.
        d(_open(t([(150, 336), (154, 400), (157, 470), (158, 520)])), DETAIL, W_DETAIL)
        d(_open(t([(156, 505), (146, 545), (134, 585), (128, 612)])), DETAIL, W_DETAIL)
        d(_open(t([(160, 505), (174, 545), (188, 585), (196, 612)])), DETAIL, W_DETAIL)
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
        d(_open(t([(148, 1036), (143, 1062), (148, 1085)])), DETAIL, W_FINE)
        d(_open(t([(200, 1034), (205, 1060), (200, 1086)])), DETAIL, W_FINE)
        d(_open(t([(155, 1074), (173, 1082), (192, 1074)])), DETAIL, W_FINE)   # heel pad

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

