"""Mirror a rendered diagram SVG left-to-right (used by make_diagrams.py only).

The right limb's drawing becomes the left limb's: every x coordinate is reflected about the
viewBox's vertical centre (path data, polygon points, circles, lines, text), while text keeps
reading left to right (its anchor flips, start <-> end; no mirroring transform is used). Ids that
end in ``-R`` end in ``-L``, ``hold-right-*`` becomes ``hold-left-*``, the cun scale's landmark
references follow, and the side words of the title and the labels swap ("Right foot, sole" ->
"Left foot, sole").
"""

from __future__ import annotations

import re

_VIEWBOX = re.compile(r'viewBox="([^"]+)"')
_TAG = re.compile(r"<([\w:]+)\b([^>]*?)(/?)>")
_ATTR = re.compile(r'([\w:-]+)="([^"]*)"')
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")
_PATH_TOKEN = re.compile(r"[A-Za-z]|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")
_SIDE_WORDS = {"Right": "Left", "Left": "Right", "right": "left", "left": "right",
               "RIGHT": "LEFT", "LEFT": "RIGHT"}
_SIDE_WORD = re.compile(r"\b(Right|Left|right|left|RIGHT|LEFT)\b")
# Elements that carry geometry; anything else with an x must not slip through unmirrored.
_SHAPES = {"path", "polygon", "polyline", "circle", "ellipse", "line", "text", "rect"}


class MirrorError(ValueError):
    """An SVG feature this mirror does not handle (it refuses rather than draw it wrong)."""


def fmt(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def axis_of(svg: str) -> float:
    """The vertical centre line of the SVG's viewBox."""
    match = _VIEWBOX.search(svg)
    if not match:
        raise MirrorError("the SVG has no viewBox")
    x, _y, width, _h = (float(v) for v in match[1].split())
    return x + width / 2


def mirror_path(d: str, axis: float) -> str:
    """Path data with only absolute M, L, C and Z commands, each x reflected about ``axis``."""
    out: list[str] = []
    command = ""
    index = 0  # position within the current command's coordinate list
    for token in _PATH_TOKEN.findall(d):
        if token.isalpha():
            if token not in "MLCZ":
                raise MirrorError(f"path command {token!r}: only absolute M, L, C and Z are "
                                  "mirrored")
            command, index = token, 0
            out.append(token)
            continue
        if not command or command == "Z":
            raise MirrorError(f"number {token} outside a command in path {d[:40]!r}")
        value = float(token)
        out.append(fmt(2 * axis - value) if index % 2 == 0 else token)
        index += 1
    # Re-join in the compact style of svgkit: "M1 2 C3 4 5 6 7 8 Z".
    text = ""
    for token in out:
        if token.isalpha():
            text += (" " if text else "") + token
        else:
            text += ("" if text.endswith(tuple("MLCZ")) else " ") + token
    return text


def mirror_points(points: str, axis: float) -> str:
    numbers = [float(v) for v in re.split(r"[\s,]+", points.strip()) if v]
    if len(numbers) % 2:
        raise MirrorError(f"odd number of coordinates in points {points[:40]!r}")
    pairs = zip(numbers[0::2], numbers[1::2], strict=True)
    return " ".join(f"{fmt(2 * axis - x)},{fmt(y)}" for x, y in pairs)


def swap_side_words(text: str) -> str:
    """'Right foot' -> 'Left foot' and back, whole words only."""
    return _SIDE_WORD.sub(lambda m: _SIDE_WORDS[m[1]], text)


def mirror_id(ident: str) -> str:
    """``pt-SP6-R`` -> ``pt-SP6-L`` (and back); ``hold-right-thumb`` -> ``hold-left-thumb``."""
    if ident.startswith("hold-"):
        return "hold-" + swap_side_words(ident.removeprefix("hold-"))
    if ident.endswith("-R"):
        return ident[:-2] + "-L"
    if ident.endswith("-L"):
        return ident[:-2] + "-R"
    return ident


def _mirror_scale(spec: str) -> str:
    return re.sub(r"lm-[\w-]+", lambda m: mirror_id(m[0]), spec)


def _mirror_coordinate(tag: str, name: str, value: str, attrs: dict[str, str],
                       axis: float) -> str | None:
    """The mirrored value of a geometric attribute, or None if ``name`` is not one."""
    if tag == "path" and name == "d":
        return mirror_path(value, axis)
    if tag in ("polygon", "polyline") and name == "points":
        return mirror_points(value, axis)
    if name in ("cx", "x1", "x2") or (name == "x" and tag == "text"):
        return fmt(2 * axis - float(value))
    if tag == "rect" and name == "x":
        return fmt(2 * axis - float(value) - float(attrs.get("width", "0")))
    if tag == "text" and name == "text-anchor":
        return {"start": "end", "end": "start"}.get(value, value)
    return None


def _mirror_attrs(tag: str, attrs: str, axis: float) -> str:
    values = dict(_ATTR.findall(attrs))
    if "transform" in values:
        raise MirrorError(f"<{tag}> has a transform: draw in absolute coordinates")
    is_view = tag.endswith("view")

    def new(name: str, value: str) -> str:
        if name == "id":
            return mirror_id(value)
        if is_view and name in ("scale", "name"):
            return _mirror_scale(value) if name == "scale" else swap_side_words(value)
        mirrored = _mirror_coordinate(tag, name, value, values, axis)
        return value if mirrored is None else mirrored

    result = _ATTR.sub(lambda m: f'{m[1]}="{new(m[1], m[2])}"', attrs)
    if tag == "text" and "text-anchor" not in values:  # the default anchor is start
        result += ' text-anchor="end"'
    return result


def mirror_svg(svg: str) -> str:
    """The whole document mirrored about its viewBox's vertical centre (see the module doc)."""
    axis = axis_of(svg)

    def tag(m: re.Match[str]) -> str:
        name, attrs, close = m[1], m[2], m[3]
        local = name.split(":")[-1]
        if local in _SHAPES or local == "view" or "id=" in attrs:
            attrs = _mirror_attrs(name, attrs, axis)
        return f"<{name}{attrs}{close}>"

    out = _TAG.sub(tag, svg)
    # Words shown to people: the title and the text labels.
    out = re.sub(r"(<title>)(.*?)(</title>)", lambda m: m[1] + swap_side_words(m[2]) + m[3], out)
    return re.sub(r"(<text\b[^>]*>)(.*?)(</text>)",
                  lambda m: m[1] + swap_side_words(m[2]) + m[3], out)
