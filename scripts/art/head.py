"""The back of the head and neck, and the face."""

from __future__ import annotations

from art.common import L, ellipse
from svgkit import (
    BONE,
    DETAIL,
    HAIR,
    LIPS,
    OUTLINE,
    Svg,
    lerp,
    mirror,
    smooth,
)


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


VIEWS = [head_neck, face]
