"""Both forearms and hands, palms towards the viewer.

The person faces the viewer, arms hanging at the sides, palms forward (the anatomical position):
the right arm is on the viewer's left and its thumb, on the radial side, points to the viewer's
left; the left arm is its mirror image. One arm is drawn in local coordinates and placed twice.

Local coordinates: ``v`` runs along the arm, 0 at the distal wrist crease, positive towards the
fingertips; ``u`` runs across it, negative on the radial (thumb) side. Units are the view's: the
forearm, elbow crease to wrist crease (12 B-cun), is 295 long, and the hand's proportions follow
the project's anatomy notes (palm 0.57 of the hand, middle finger 0.43; thumb base joint a third
of the way from the wrist crease to the finger bases).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from svgkit import (
    BONE,
    DETAIL,
    OUTLINE,
    SKIN_SHADE,
    Pt,
    Svg,
    sample,
    smooth,
)

ELBOW_R: Pt = (152.0, 50.0)   # elbow crease centre, right arm (viewer's left)
WRIST_R: Pt = (144.0, 345.0)  # wrist crease centre: the forearm slants out (carrying angle)
MID = 280.0                   # the left arm is the right one mirrored about x = MID
FOREARM = math.dist(ELBOW_R, WRIST_R)
TOP = -FOREARM - 38           # the upper arm is cut just above the elbow

# Forearm outline, (u, distance above the wrist crease), elbow first. Widest just below the
# elbow (brachioradialis on the radial side, the flexor mass on the ulnar side), tapering to the
# wrist, with the radial styloid's bump just above the crease.
RADIAL_EDGE = [(-48.5, 333), (-49.5, 313), (-52.5, 293), (-55, 264), (-55, 226), (-51.5, 176),
               (-45, 125), (-38.5, 76), (-35.5, 40), (-36, 17), (-34, 4)]
ULNAR_EDGE = [(46, 333), (45.5, 315), (49.5, 298), (53, 269), (52.5, 232), (48, 181), (40.5, 125),
              (34, 76), (31, 36), (30.5, 12), (31.5, 0)]

# Fingers: (base centre at the web level (u, v), angle towards the ulnar side in degrees, length
# from the base to the tip, width at the base). Middle the longest, index and ring nearly equal,
# the little finger's tip at about the ring finger's distal crease.
FINGERS = {
    "index": ((-35.0, 121.0), -5.0, 86.0, 21.5),
    "middle": ((-11.0, 126.0), -1.0, 96.0, 22.5),
    "ring": ((13.0, 123.0), 3.0, 89.0, 21.0),
    "little": ((35.0, 112.0), 8.0, 68.0, 18.5),
}
FINGER_AT = (0.0, 0.2, 0.39, 0.55, 0.70, 0.86)         # fractions of the length; tip end at 1
FINGER_HALF = (0.5, 0.48, 0.445, 0.45, 0.415, 0.415)     # half-widths / base width (pads bulge)
CREASES = (0.39, 0.70)                                  # palmar creases: middle and distal joints
# The thumb leaves the radial side of the wrist: metacarpal from the wrist to its base joint
# (MCP, a third of the way to the finger bases), then the two phalanges, pointing down and out.
THUMB_AXIS = [(-46.0, 42.0), (-54.0, 58.5), (-61.5, 75.5), (-66.5, 92.0), (-70.5, 110.0)]
THUMB_HALF = [14.0, 12.3, 11.6, 11.3]
THUMB_WEB: Pt = (-41.0, 69.0)
HYPOTHENAR = [(35.0, 12.0), (41.5, 28.0), (47.0, 52.0), (48.5, 78.0), (46.0, 102.0)]  # wrist down


# --------------------------------------------------------------------------- geometry
def _unit(a: Pt, b: Pt) -> Pt:
    n = math.dist(a, b)
    return ((b[0] - a[0]) / n, (b[1] - a[1]) / n)


def digit(axis: list[Pt], half: list[float]) -> tuple[list[Pt], list[Pt], list[Pt]]:
    """A finger's outline: (radial side base to tip, the rounded tip, ulnar side tip to base).

    ``axis`` runs from the base to the tip end; ``half`` is the half-width at each axis point but
    the tip end.
    """
    dirs = []
    for i in range(len(axis)):
        a, b = axis[max(i - 1, 0)], axis[min(i + 1, len(axis) - 1)]
        dirs.append(_unit(a, b))
    radial, ulnar = [], []
    for p, d, h in zip(axis, dirs, half, strict=False):
        radial.append((p[0] - d[1] * h, p[1] + d[0] * h))
        ulnar.append((p[0] + d[1] * h, p[1] - d[0] * h))
    d, r, end = dirs[-1], half[-1], axis[-1]
    c = (end[0] - d[0] * r * 1.1, end[1] - d[1] * r * 1.1)
    cap = []
    for k in (1, 2, 3):  # the tip, a little longer than round
        ang = math.pi * k / 4
        nx, ny = -d[1] * math.cos(ang), d[0] * math.cos(ang)
        s = math.sin(ang) * 1.1
        cap.append((c[0] + (nx + d[0] * s) * r, c[1] + (ny + d[1] * s) * r))
    return radial, cap, ulnar[::-1]


def finger(name: str, pad: float = 0.0) -> tuple[list[Pt], list[Pt], list[Pt]]:
    (u, v), angle, length, width = FINGERS[name]
    a = math.radians(angle)
    d = (math.sin(a), math.cos(a))
    axis = [(u + d[0] * length * f, v + d[1] * length * f) for f in (*FINGER_AT, 1.0)]
    axis[-1] = (axis[-1][0] + d[0] * pad, axis[-1][1] + d[1] * pad)
    return digit(axis, [width * h + pad for h in FINGER_HALF])


def thumb(pad: float = 0.0) -> tuple[list[Pt], list[Pt], list[Pt]]:
    axis = list(THUMB_AXIS)
    d = _unit(axis[-2], axis[-1])
    axis[-1] = (axis[-1][0] + d[0] * pad, axis[-1][1] + d[1] * pad)
    return digit(axis, [h + pad for h in THUMB_HALF])


def across(name: str, f: float, inset: float = 0.78) -> list[Pt]:
    """A crease across finger ``name`` at fraction ``f`` of its length, slightly bowed."""
    (u, v), angle, length, width = FINGERS[name]
    a = math.radians(angle)
    d, n = (math.sin(a), math.cos(a)), (math.cos(a), -math.sin(a))
    c = (u + d[0] * length * f, v + d[1] * length * f)
    h = width * 0.46 * inset
    return [(c[0] - n[0] * h, c[1] - n[1] * h), (c[0] + d[0] * 1.2, c[1] + d[1] * 1.2),
            (c[0] + n[0] * h, c[1] + n[1] * h)]


def silhouette() -> list[Pt]:
    """The whole arm's outline, clockwise on screen from the radial top corner."""
    pts: list[Pt] = [(u, -d) for u, d in RADIAL_EDGE]
    pts += [(-38.5, 10.0), (-46.5, 22.0)]                    # thenar, into the thumb
    radial, cap, ulnar = thumb()
    pts += radial + cap + [p for p in ulnar if p[1] > THUMB_WEB[1] + 9]
    pts += [THUMB_WEB, (-43.0, 86.0), (-45.5, 104.0)]        # web, index knuckle
    names = list(FINGERS)
    for i, name in enumerate(names):
        radial, cap, ulnar = finger(name)
        pts += radial + cap + ulnar
        if i + 1 < len(names):                               # the web to the next finger
            nxt = finger(names[i + 1])[0][0]
            pts.append(((ulnar[-1][0] + nxt[0]) / 2, min(ulnar[-1][1], nxt[1]) - 3))
    pts += HYPOTHENAR[::-1]
    pts += [(u, -d) for u, d in reversed(ULNAR_EDGE)]
    return pts


def ulnar_shade() -> list[Pt]:
    """Soft shading along the far (ulnar) side of the forearm and hand, in from the outline."""
    edge = [(u, -d) for u, d in ULNAR_EDGE[1:]] + HYPOTHENAR
    widths = (0, 4, 9, 10, 9, 7, 5, 4, 3, 2.5, 3, 4, 5, 4.5, 0)
    inner = [(u - w, v) for (u, v), w in zip(edge, widths, strict=True)]
    return edge + inner[::-1][1:-1]


def thumb_nail() -> list[Pt]:
    """The thumb's nail, seen edge-on along its outer side (its back faces out, not forward)."""
    a, b = THUMB_AXIS[2], THUMB_AXIS[-1]
    d = _unit(a, b)
    n = (-d[1], d[0])  # towards the radial side
    outer, inner = [], []
    for f, depth in ((0.22, 0.0), (0.4, 3.0), (0.58, 3.8), (0.72, 3.2), (0.8, 0.0)):
        c = (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f)
        h = THUMB_HALF[-1]
        outer.append((c[0] + n[0] * (h - 1.2), c[1] + n[1] * (h - 1.2)))
        inner.append((c[0] + n[0] * (h - 1.2 - depth), c[1] + n[1] * (h - 1.2 - depth)))
    return outer + inner[::-1][1:-1]


# --------------------------------------------------------------------------- drawing
def _paths(t: Callable[[Pt], Pt], lines: list[list[Pt]]) -> str:
    return " ".join(smooth([t(p) for p in pts], closed=False) for pts in lines)


def draw_arm(svg: Svg, t: Callable[[Pt], Pt]) -> None:
    f = -FOREARM  # v of the elbow crease
    body = smooth([t(p) for p in silhouette()], closed=False)
    svg.shape(body + " Z", stroke="none", width=0)
    svg.shape(smooth([t(p) for p in ulnar_shade()]), fill=SKIN_SHADE, stroke="none", width=0)
    svg.shape(smooth([t(p) for p in thumb_nail()]), fill=SKIN_SHADE, stroke=DETAIL, width=1.0)
    svg.shape(body, fill="none")
    svg.line(_paths(t, [[(RADIAL_EDGE[0][0], TOP), (ULNAR_EDGE[0][0], TOP)]]), OUTLINE, 2.2,
             dash="6 5")                                                  # the cut
    svg.line(_paths(t, [[(-36, f + 2), (-14, f - 1), (8, f), (34, f + 5)]]), DETAIL, 1.4)
    # The biceps narrowing to its tendon; the cubital fossa, a V between brachioradialis and
    # the flexor mass (pronator teres); the flexor tendons converging on the wrist.
    svg.line(_paths(t, [
        [(-25, TOP + 3), (-16, f - 16), (-4, f - 7)],                      # biceps
        [(20, TOP + 3), (12, f - 16), (3, f - 7)],
        [(-1, f - 5), (-3, f + 10), (-5, f + 26)],                         # its tendon
        [(-27, f - 14), (-30, f + 14), (-27, f + 50), (-17, f + 100), (-15, f + 145),
         (-18, f + 190)],                                                  # brachioradialis
        [(37, f + 5), (22, f + 30), (3, f + 64), (-17, f + 100)],          # pronator teres
        [(37, f + 40), (33, f + 100), (26, f + 170)],                      # flexor carpi ulnaris
        [(-8, -128), (-11, -66), (-13, -24)],                              # flexor carpi radialis
        [(4, -120), (2, -62), (0.5, -24)],                                 # palmaris longus
    ]), DETAIL, 1.0)
    # Wrist: three creases, the distal one the landmark; the radial styloid above it.
    svg.line(_paths(t, [[(-29, 1), (-10, 4), (10, 4), (27, 1)]]), DETAIL, 1.3)
    svg.line(_paths(t, [[(-27, -9), (-8, -7), (10, -7), (25, -9)],
                        [(-22, -18), (-4, -17), (14, -18)]]), DETAIL, 1.0)
    svg.line(_paths(t, [[(-34, -26), (-30.5, -16), (-30.5, -6)]]), BONE, 1.4)
    # Palm: thenar (life) line, proximal and distal transverse creases.
    svg.line(_paths(t, [
        [(-41, 79), (-27, 73), (-15, 60), (-9, 40), (-8, 22), (-10, 10)],
        [(-40, 81), (-18, 76), (6, 70), (30, 62)],
        [(45, 88), (26, 93), (6, 98), (-12, 106), (-20, 114)],
    ]), DETAIL, 1.2)
    # Fingers: two creases each; the thumb's: at its base, from the web, and at its joint.
    radial, _cap, ulnar = thumb()
    base = [(THUMB_WEB[0] - 3, THUMB_WEB[1] - 1), _towards(THUMB_AXIS[1], radial[1], 0.4),
            _towards(radial[1], ulnar[-2], 0.2)]
    joint = [_towards(radial[2], ulnar[-3], 0.2), (THUMB_AXIS[2][0] + 1, THUMB_AXIS[2][1] + 1.5),
             _towards(ulnar[-3], radial[2], 0.2)]
    svg.line(_paths(t, [across(n, f) for n in FINGERS for f in CREASES] + [base, joint]),
             DETAIL, 1.0)


def _towards(a: Pt, b: Pt, f: float) -> Pt:
    return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f)


def forearm_hand() -> Svg:
    svg = Svg("forearm-hand", "Forearms and hands, palms towards you", 560, 620)
    ev = _unit(ELBOW_R, WRIST_R)
    eu = (ev[1], -ev[0])  # across the arm, towards the ulnar side (viewer's right)

    def right(p: Pt) -> Pt:
        u, v = p
        return (WRIST_R[0] + eu[0] * u + ev[0] * v, WRIST_R[1] + eu[1] * u + ev[1] * v)

    def left(p: Pt) -> Pt:
        x, y = right(p)
        return (2 * MID - x, y)

    for suffix, side, t in (("R", "right", right), ("L", "left", left)):
        draw_arm(svg, t)
        svg.landmark(f"elbow-crease-{suffix}", t((0.0, -FOREARM)))
        svg.landmark(f"wrist-crease-{suffix}", t((0.0, 0.0)))
        styloid = (-30.0, -11.0)
        svg.landmark(f"radial-styloid-{suffix}", t(styloid))
        # LU7: 1.5 of the 12 cun from the wrist crease to the elbow crease, on the radial border
        # just above the styloid (in the groove of the abductor pollicis longus tendon).
        svg.point(f"pt-LU7-{suffix}", t((styloid[0] + 2.5, -FOREARM * 1.5 / 12)))
        for hold, (radial, cap, ulnar) in (("thumb", thumb(pad=4)),
                                            ("little-finger", finger("little", pad=4))):
            outline = radial + cap + ulnar
            svg.hold(f"hold-{side}-{hold}", [t(p) for p in sample(outline, per=2)])
    svg.scale = {"scale": "lm-wrist-crease-R lm-elbow-crease-R 12"}
    svg.label("Right hand", (right((0, 0))[0], 606), size=16)
    svg.label("Left hand", (left((0, 0))[0], 606), size=16)
    return svg


VIEWS = [forearm_hand]
