"""The back of the head and neck, and the face: line art built from the landmarks."""

from __future__ import annotations

import math
from collections.abc import Callable
from itertools import pairwise

from art.common import L, ellipse
from svgkit import (
    BONE,
    DETAIL,
    HAIR,
    LIPS,
    OUTLINE,
    SKIN_SHADE,
    Pt,
    Svg,
    fmt,
    lerp,
    mirror,
    sample,
    smooth,
)

Flip = Callable[[list[Pt]], list[Pt]]


def _sym(half: list[Pt], mid: float) -> list[Pt]:
    """A closed outline from its left half, drawn from the top of the midline to the bottom."""
    return half + list(reversed(mirror(half, mid)))[1:-1]


def _sides(mid: float) -> tuple[Flip, Flip]:
    return (lambda pts: pts), (lambda pts: mirror(pts, mid))


def _body(svg: Svg, outline: list[Pt], bottom: float, tension: float = 1.0) -> None:
    """A skin shape cut by the view's lower edge: filled, outlined everywhere but the cut."""
    edge = smooth(outline, closed=False, tension=tension)
    svg.shape(edge + f" L{outline[-1][0]:.1f} {bottom} L{outline[0][0]:.1f} {bottom} Z",
              stroke="none")
    svg.line(edge, OUTLINE, 2.2, layer="art")


def _shade(svg: Svg, pts: list[Pt], tension: float = 1.0) -> None:
    svg.shape(smooth(pts, tension=tension), fill=SKIN_SHADE, stroke="none")


def _then(path: str) -> str:
    """``path`` without its opening move, to continue another path from where it ends."""
    return " C" + path.split("C", 1)[1]


def _tufts(base: list[Pt], per: int, depth: float, lean: float) -> str:
    """Path segments (no leading M) along ``base``: small locks of hair ending in soft tips.

    The tips point ``depth`` to the right of the direction of travel, leaning ``lean`` of a
    lock's width along it.
    """
    pts = sample(base, closed=False, per=per)
    out = []
    for i, (a, b) in enumerate(pairwise(pts)):
        dx, dy = b[0] - a[0], b[1] - a[1]
        n = math.hypot(dx, dy) or 1.0
        vary = (1.0, 0.6, 1.3, 0.8, 1.1, 0.7)[i % 6]  # locks of uneven length
        nx, ny = -dy / n * vary, dx / n * vary
        tip = (a[0] + dx * (0.5 + lean) + nx * depth, a[1] + dy * (0.5 + lean) + ny * depth)
        c1 = (a[0] + dx * 0.3 + nx * depth, a[1] + dy * 0.3 + ny * depth)
        c2 = (a[0] + dx * 0.8 + nx * depth * 0.3, a[1] + dy * 0.8 + ny * depth * 0.3)
        out.append(f"Q{fmt(c1[0])} {fmt(c1[1])} {fmt(tip[0])} {fmt(tip[1])} "
                   f"Q{fmt(c2[0])} {fmt(c2[1])} {fmt(b[0])} {fmt(b[1])}")
    return " ".join(out)


# --------------------------------------------------------------------------- head and neck
def head_neck() -> Svg:
    mid = 260.0
    svg = Svg("head-neck", "Head, neck and shoulders, back view", 520, 540, point_r=7)
    sides = _sides(mid)
    # Key levels, about 10.5 units to the centimetre: the vertex, the ear (brow line to nose
    # base), the external occipital protuberance a little above the ear canal, the mastoid tips
    # level with the earlobes, the nape hairline about 3 cm (two finger-widths) below the skull's
    # edge, C7 at the neck's base.
    vertex, eop, c7 = (mid, 34.0), (mid, 161.0), (mid, 290.0)
    mastoid, apex, acromion = (200.0, 200.0), (176.0, 136.0), (74.0, 330.0)

    body_half = [(30, 540), (29, 505), (28, 465), (29, 425), (32, 392), (38, 366), (49, 346),
                 (64, 333), (82, 324), (104, 317), (128, 310), (152, 302), (173, 293),
                 (188, 281), (196, 268), (199, 251), (198, 234), (194, 217), (190, 205),
                 (188, 192), (183, 172), (179, 148), (178, 122), (180, 96), (188, 70),
                 (204, 49), (228, 37), (mid, 34)]
    body = body_half + list(reversed(mirror(body_half, mid)))[1:]
    _body(svg, body, 540)

    # soft shading: the neck's sides, the nape under the hair, the groove down the spine,
    # the arms' outer and inner sides
    for t in sides:
        _shade(svg, t([(191, 206), (196, 226), (199, 248), (196, 268), (204, 250), (204, 226),
                       (198, 208)]))
        _shade(svg, t([(29, 430), (31, 392), (38, 366), (49, 346), (58, 352), (50, 380),
                       (44, 420), (42, 470), (44, 540), (30, 540), (28, 480)]))
        _shade(svg, t([(100, 446), (107, 480), (111, 540), (124, 540), (118, 490), (110, 458)]))
    _shade(svg, [(226, 196), (244, 201), (260, 202), (276, 201), (294, 196), (290, 206),
                 (274, 212), (260, 213), (246, 212), (230, 206)])
    _shade(svg, [(255, 212), (256, 240), (258, 266), (260, 276), (262, 266), (264, 240),
                 (265, 212)])
    _shade(svg, [(256, 318), (257, 420), (258, 540), (262, 540), (263, 420), (264, 318)])

    # the hair: fuller than the skull, ending at the nape hairline below the skull's edge
    crown = [(170, 146), (168, 118), (171, 89), (181, 61), (199, 41), (224, 30), (mid, 27)]
    silhouette = crown + mirror(crown, mid)[-2::-1]
    nape = [(176, 160), (186, 173), (198, 183), (212, 192), (228, 197), (244, 199), (mid, 200)]
    nape = [(350, 146), *mirror(nape, mid), *nape[-2::-1], (170, 146)]
    svg.shape(smooth(silhouette, closed=False) + " L350 146 " + _tufts(nape, 1, -3.0, 0.1)
              + " Z", fill=HAIR, stroke="none")
    svg.line(smooth(silhouette, closed=False), OUTLINE, 2.2, layer="art")
    svg.line("M350 146 " + _tufts(nape, 1, -3.0, 0.1), OUTLINE, 1.0, layer="art")
    # strands flowing out of the whorl at the crown, then down over the back of the skull
    for pts in ([(256, 76), (240, 92), (230, 118), (226, 140)],
                [(252, 66), (232, 70), (212, 86), (200, 110)],
                [(262, 82), (258, 110), (256, 140)],
                [(270, 78), (284, 96), (294, 124), (298, 150)],
                [(274, 64), (294, 66), (314, 84), (326, 112)],
                [(262, 56), (244, 48), (222, 48), (202, 58), (188, 76)],
                [(270, 57), (292, 48), (316, 58), (332, 80)],
                [(214, 116), (205, 140), (201, 164)], [(312, 124), (318, 148), (316, 170)],
                [(241, 138), (239, 154)], [(282, 136), (284, 154)]):
        svg.line(L(pts), DETAIL, 1.1)
    svg.line(L([(258, 67), (262, 61), (270, 63), (271, 71), (263, 75), (255, 73)]), DETAIL,
             1.1)

    # the ears seen from behind: the back of each auricle standing off the skull
    for t in sides:
        rim = [(187, 143), apex, (166, 142), (162, 158), (163, 176), (168, 192), (176, 202),
               (184, 205), (190, 199)]
        svg.shape(smooth(t([*rim, (189, 170)]), tension=0.9), stroke="none")
        _shade(svg, t([(187, 147), (179, 151), (176, 172), (181, 192), (188, 196), (189, 170)]))
        svg.line(smooth(t(rim), closed=False, tension=0.9), OUTLINE, 2.2, layer="art")
        svg.line(L(t([(174, 142), (167, 157), (168, 178), (175, 194)])), DETAIL, 1.0)

    # skull base: the occipital ridge from the protuberance out to each mastoid
    for t in sides:
        svg.line(L(t([eop, (240, 162), (222, 165), (208, 174), (201, 190)])), SKIN_SHADE, 1.3,
                 dash="4 4")
    svg.line(L([(251, 165), (255, 160), (260, 158.5), (265, 160), (269, 165)]), SKIN_SHADE,
             1.6)

    # neck muscles: the trapezius and semispinalis columns beside the nuchal furrow, the
    # trapezius' front edge (sternocleidomastoid outside it); the mastoid behind the earlobe;
    # the shoulder blade's spine ending in the acromion; the deltoid and the arm's inner edge
    for t in sides:
        svg.line(L(t([(242, 212), (241, 236), (236, 258), (224, 276), (206, 289)])), DETAIL,
                 1.2)
        svg.line(L(t([(203, 214), (206, 236), (206, 256), (199, 272)])), DETAIL, 1.0)
        svg.line(L(t([(193, 192), (197, 200), (198, 209)])), BONE, 1.5)    # mastoid process
        svg.line(L(t([(178, 367), (146, 356), (112, 344), (86, 334), (73, 328), (66, 333)])),
                 BONE, 1.4)
        svg.line(L(t([(178, 372), (198, 430), (226, 490), (242, 540)])), DETAIL, 1.0)  # trap.
        svg.line(L(t([(180, 376), (186, 420), (184, 468), (170, 496)])), DETAIL,
                 1.0)                                                       # scapula border
        svg.line(L(t([(120, 350), (112, 382), (98, 418), (76, 450), (54, 468)])), DETAIL,
                 1.2)                                                       # deltoid
        svg.line(L(t([(96, 432), (104, 462), (109, 500), (112, 540)])), OUTLINE, 1.4)  # arm
    svg.line(L([(260, 216), (260, 268)]), DETAIL, 1.0)                      # nuchal furrow
    for (x, y), w, r in ((c7, 1.6, 8.0), ((mid, 310.0), 1.3, 5.5)):          # C7, T1
        svg.line(L([(x - r, y + 2), (x - r * 0.6, y - r * 0.45), (x, y - r * 0.6),
                    (x + r * 0.6, y - r * 0.45), (x + r, y + 2)]), BONE, w)
    svg.line(L([(260, 320), (260, 540)]), DETAIL, 1.0, dash="2 5")          # spine

    svg.landmark("occiput", eop)
    svg.landmark("c7", c7)
    for suffix, t in (("L", sides[0]), ("R", sides[1])):
        (m,), (a,), (ac,) = t([mastoid]), t([apex]), t([acromion])
        svg.landmark(f"mastoid-{suffix}", m)
        svg.landmark(f"ear-apex-{suffix}", a)
        svg.landmark(f"acromion-{suffix}", ac)
        # GB20: just below the occipital bone (GV16 level), midway from midline to mastoid
        svg.point(f"pt-GB20-{suffix}", ((mid + m[0]) / 2, eop[1] + 12))
        # GB21: halfway from C7 to the acromion's lateral end
        svg.point(f"pt-GB21-{suffix}", lerp(c7, ac, 0.5))
    svg.point("pt-GV20", (mid, vertex[1] + 14))  # the vertex, on the line over the ear apices
    svg.scale = {"scale": "lm-mastoid-L lm-mastoid-R 9"}
    svg.label("L", (52, 292))
    svg.label("R", (468, 292))
    return svg


def face() -> Svg:
    mid = 200.0
    svg = Svg("face", "Face, front view", 400, 480, point_r=5)
    sides = _sides(mid)
    # About 13.5 units to the centimetre: skull top 30, chin 340, the eyes halfway (186.5);
    # equal thirds from the hairline (80) to the brows (166), the nose base (252) and the chin;
    # ears from the brow line to the nose base; five eye-widths across at the eyes.
    subnasale, lip = (mid, 252.0), (mid, 272.0)
    glabella, hairline = (mid, 166.0), (mid, 80.0)

    torso_half = [(0, 440), (40, 430), (80, 418), (108, 405), (128, 390), (138, 370),
                  (139, 340), (137, 310), (133, 282)]
    torso = torso_half + list(reversed(mirror(torso_half, mid)))
    _body(svg, torso, 480)
    for t in sides:
        _shade(svg, t([(139, 330), (142, 372), (152, 398), (170, 420), (158, 424), (140, 404),
                       (132, 386), (136, 350)]))                           # side of the neck
        _shade(svg, t([(60, 440), (110, 432), (150, 434), (176, 438), (150, 442),
                       (100, 444)]))                                       # under the collarbone
    _shade(svg, [(128, 300), (160, 322), (200, 332), (240, 322), (272, 300), (266, 318),
                 (244, 340), (200, 356), (156, 340), (134, 318)])           # under the jaw

    for t in sides:
        rim = [(102, 170), (92, 161), (84, 166), (80, 183), (81, 205), (86, 227), (92, 244),
               (98, 255), (105, 252)]
        svg.shape(smooth(t([*rim, (104, 213)]), tension=0.9), stroke="none")
        _shade(svg, t([(96, 189), (91, 199), (92, 219), (98, 231), (101, 213)]))
        svg.line(smooth(t(rim), closed=False, tension=0.9), OUTLINE, 2.2, layer="art")
        svg.line(L(t([(96, 171), (88, 175), (86, 193), (89, 217), (95, 237)])), DETAIL, 1.1)

    head_half = [(mid, 30), (160, 35), (128, 52), (108, 80), (99, 114), (97, 150), (99, 186),
                 (101, 214), (104, 242), (108, 264), (115, 283), (128, 303), (148, 322),
                 (173, 335), (mid, 340)]
    svg.shape(smooth(_sym(head_half, mid)))
    for t in sides:  # the sides of the face turning away: temple, cheek, jaw
        _shade(svg, t([(100, 150), (101, 200), (106, 250), (116, 282), (132, 306), (124, 284),
                       (114, 250), (108, 200), (105, 160)]))

    # natural hair parted on the viewer's left and swept over to the right: more volume on
    # that side, short at the sides, thin sideburns in front of the ears, a soft hairline
    outer = [(104, 200), (99, 182), (94, 160), (91, 132), (93, 104), (101, 80), (114, 60),
             (130, 46), (146, 38), (162, 29), (186, 19), (214, 15), (248, 18), (278, 30),
             (300, 52), (312, 84), (314, 118), (310, 152), (303, 178), (297, 200)]
    right = [(297, 200), (295, 182), (294, 156), (290, 132), (282, 112)]
    fringe = [(282, 112), (268, 96), (248, 87), (224, 82), (mid, 80), (178, 81), (160, 84)]
    left = [(160, 84), (140, 90), (126, 99), (115, 114), (108, 136), (105, 160), (105, 184),
            (104, 200)]
    locks = _tufts(fringe, 1, -2.5, 0.15)
    edge = _then(smooth(right, closed=False)) + " " + locks + _then(smooth(left, closed=False))
    svg.shape(smooth(outer, closed=False) + edge + " Z", fill=HAIR, stroke="none")
    svg.line(smooth(outer, closed=False), OUTLINE, 2.2, layer="art")
    svg.line(f"M297 200{edge}", DETAIL, 0.9, layer="art")
    for pts in ([(150, 56), (176, 64), (210, 70), (242, 80), (266, 93)],
                [(152, 44), (190, 44), (236, 56), (274, 78), (298, 112)],
                [(164, 30), (210, 26), (256, 36), (290, 62)],
                [(146, 48), (128, 64), (112, 90), (104, 122)]):
        svg.line(L(pts), OUTLINE, 0.9)                                     # locks
    for pts in ([(149, 40), (148, 56), (146, 70)],                         # the part
                [(160, 54), (196, 58), (232, 70), (258, 86)],
                [(174, 38), (222, 42), (266, 60), (292, 92)],
                [(198, 24), (246, 28), (282, 48)],
                [(166, 70), (196, 72), (226, 76)],
                [(136, 64), (123, 82), (116, 100)],
                [(290, 120), (300, 144), (303, 170)]):
        svg.line(L(pts), DETAIL, 1.2)

    for t in sides:
        # brow: a tapered shape of hair, thicker at the inner end
        svg.shape(smooth(t([(186, 168), (168, 166), (150, 168), (135, 174), (150, 163),
                            (168, 160), (184, 162)]), tension=0.8), fill=HAIR, stroke=HAIR,
                  width=0.8, layer="detail")
        # eye: lids, iris and pupil; a lid crease above
        upper = [(140, 187), (146, 181), (157, 177), (170, 179), (180, 188)]
        lower = [(140, 187), (150, 193), (162, 195), (173, 193), (180, 188)]
        iris = [(x, max(y, 178.6 + 0.024 * (x - 158) ** 2))
                for x, y in ellipse((160, 186.5), 7.2, 7.2, 16)]
        svg.shape(smooth(t(iris), tension=0.6), fill=DETAIL, stroke=OUTLINE, width=0.9,
                  layer="detail")
        svg.shape(smooth(t(ellipse((160, 186.5), 3.1, 3.1, 8))), fill=OUTLINE, stroke="none",
                  layer="detail")
        svg.line(L(t(upper)), OUTLINE, 1.7)
        svg.line(L(t(lower)), DETAIL, 1.1)
        svg.line(L(t([(143, 179), (156, 172), (170, 173), (178, 180)])), DETAIL, 1.0)
        # nose: the wing of the nostril and the nostril; philtrum columns down to the lip's bow
        svg.line(L(t([(187, 234), (181, 238), (178, 244), (181, 249), (189, 250)])), DETAIL,
                 1.4)
        svg.shape(smooth(t([(189, 248.5), (194.5, 247), (197, 249), (193.5, 250.3)]),
                         tension=0.9), fill=OUTLINE, stroke="none", layer="detail")
        svg.line(L(t([(196, 253), (194, 261), (192, 268)])), DETAIL, 1.0)
    _shade(svg, [(187, 171), (190, 193), (190, 217), (188, 233), (185, 219), (184, 195)])
    svg.line(L([(185, 201), (186, 219), (185, 231)]), DETAIL, 1.0)              # bridge
    _shade(svg, [(196, 253), (204, 253), (207, 267), (200, 269), (193, 267)])  # philtrum

    upper_lip = [(166, 280), (174, 276.5), (185, 272), (192, 269), (200, 272.5), (208, 269),
                 (215, 272), (226, 276.5), (234, 280)]
    mouth = [(166, 280), (178, 281), (190, 282), (200, 281.5), (210, 282), (222, 281),
             (234, 280)]
    lower_lip = [(168, 282), (176, 288), (188, 293), (200, 294.5), (212, 293), (224, 288),
                 (232, 282)]
    svg.shape(smooth([*upper_lip, *reversed(mouth[1:-1])], tension=0.7), fill=LIPS,
              stroke=DETAIL, width=1.1, layer="detail")
    svg.shape(smooth([*mouth, *reversed(lower_lip)], tension=0.7), fill=LIPS, stroke="none",
              layer="detail")
    svg.line(L(lower_lip[1:-1]), DETAIL, 1.1)
    svg.line(L([(163, 279), *mouth, (237, 279)]), OUTLINE, 1.4)
    _shade(svg, [(186, 299), (200, 297), (214, 299), (200, 305)])               # under the lip
    svg.line(L([(188, 324), (200, 327), (212, 324)]), DETAIL, 1.0)              # chin
    for t in sides:
        # the sternocleidomastoids from behind the ears to the top of the breastbone, the
        # collarbones from the notch out to the shoulders
        svg.line(L(t([(134, 314), (150, 356), (172, 396), (190, 428)])), DETAIL, 1.3)
        svg.line(L(t([(150, 396), (162, 420), (170, 434)])), DETAIL, 1.0)
        svg.line(L(t([(190, 432), (166, 434), (132, 440), (96, 440), (60, 434), (24, 430)])),
                 BONE, 1.4)
    svg.line(L([(190, 430), (200, 436), (210, 430)]), DETAIL, 1.2)              # notch

    svg.landmark("subnasale", subnasale)
    svg.landmark("upper-lip", lip)
    svg.landmark("glabella", glabella)
    svg.landmark("hairline", hairline)
    svg.point("pt-GV26", lerp(subnasale, lip, 0.4))
    svg.scale = {"scale": "lm-glabella lm-hairline 3"}
    return svg


VIEWS = [head_neck, face]
