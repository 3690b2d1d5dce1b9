"""``acuguide diagram``: one body diagram as SVG, PNG or PDF, for handouts and for checking.

The view is drawn as the app draws it in a theme (its palette, on its paper), with chosen
points highlighted as the explorer highlights a selection, or numbered in a given order as
on the routine sheet. ``compose`` makes that one SVG (pure text work); ``export_diagram``
writes it, or renders it with ``QSvgRenderer`` onto an image or a PDF page, through a
temporary file that is renamed into place, so a failed export never leaves half a file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from acuguide.atomic_files import replaced_atomically
from acuguide.diagrams import catalog
from acuguide.diagrams.geometry import Hotspot
from acuguide.diagrams.palette import OPAQUE_THEMES, colour, opaque, theme_named, themed
from acuguide.model.anatomy import SINGLE_LIMB, VIEWS, kind_of, view_names
from acuguide.model.atlas import Atlas, UnknownPoint

FORMATS = (".svg", ".png", ".pdf")
PNG_HEIGHT = 1400  # pixels for the view's height, at least one per unit
PDF_HEIGHT = 760.0  # points for the view's height at most (fits A4 and Letter)


@dataclass(frozen=True)
class Mark:
    """One highlighted point: its hotspots on the view, and its number (0: none)."""

    code: str
    hotspots: tuple[Hotspot, ...]
    number: int = 0


class Refused(ValueError):
    """A request that cannot be drawn; the message (one line) says why."""


def choose_view(view: str | None, side: str | None) -> str:
    """The view file for a view (a kind or a file) and an optional side."""
    if not view:
        raise Refused("name a view to export (acuguide diagram --list shows them)")
    try:
        kind = kind_of(view)
    except KeyError:
        raise Refused(f"unknown view '{view}'; the views are {', '.join(VIEWS)}") from None
    if side not in (None, "left", "right"):
        raise Refused(f"unknown side '{side}'; use --side left or --side right")
    if kind in SINGLE_LIMB and side and view not in (kind, f"{kind}-{side}"):
        raise Refused(f"{view} shows the other side; use {kind} --side {side}")
    return catalog.variant(view, side)


def choose_theme(name: str) -> str:
    """The palette for a theme name as typed (high-contrast is the contrast palette)."""
    try:
        return theme_named(name)
    except KeyError:
        raise Refused(f"unknown theme '{name}'; use light, dark, high-contrast or print") \
            from None


def choose_output(output: str | None) -> Path:
    """The file to write, which must end in .svg, .png or .pdf."""
    if not output:
        raise Refused("give the file to write: -o FILE.svg, FILE.png or FILE.pdf")
    path = Path(output)
    if path.suffix.lower() not in FORMATS:
        raise Refused(f"cannot write '{path.name}': the file must end in .svg, .png or .pdf")
    return path


def marks_for(atlas: Atlas, name: str, spellings: Sequence[str], side: str | None,
              numbered: bool) -> list[Mark]:
    """The points to highlight on view ``name``, in the order given (only ``side``'s)."""
    view = catalog.view(name)
    marks = []
    for number, spelling in enumerate(spellings, start=1):
        try:
            code = atlas.resolve(spelling).point.code
        except UnknownPoint as err:
            raise Refused(str(err)) from None
        hotspots = tuple(h for h in view.for_target("point", code)
                         if not side or h.side in (side, ""))
        if not hotspots:
            where = ", ".join(atlas.points[code].views) or "no view"
            raise Refused(f"{code} is not drawn on {name}"
                          f"{f' on the {side} side' if side else ''}; it is on {where}")
        marks.append(Mark(code, hotspots, number if numbered else 0))
    return marks


def view_list() -> list[str]:
    """Every view as the arguments that choose it, with its title: the ``--list`` lines."""
    rows = []
    for kind in VIEWS:
        for name in view_names(kind):
            choose = f"{kind} --side {name.removeprefix(kind + '-')}" if kind in SINGLE_LIMB \
                else kind
            rows.append((choose, catalog.view(name).title))
    width = max(len(choose) for choose, _ in rows) + 3
    return [f"{choose:<{width}}{title}" for choose, title in rows]


def _number_size(height: float, radius: float) -> float:
    """A numbered marker's radius: big enough to read when the view fills a page."""
    return max(1.9 * radius, height / 55)


def _marks_svg(marks: Sequence[Mark], theme: str, height: float) -> str:
    """The highlight layer: a ring like the explorer's selection, or a numbered marker."""
    area, ink, paper = colour("area", theme), colour("text", theme), colour("paper", theme)
    out = ['<g id="layer-export-marks">']
    for mark in marks:
        for hotspot in mark.hotspots:
            x, y = hotspot.centre
            if mark.number:
                r = _number_size(height, hotspot.radius)
                out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{ink}" '
                           f'stroke="{paper}" stroke-width="{r * 0.15:.1f}"/>')
                out.append(f'<text x="{x:.1f}" y="{y + r * 0.4:.1f}" font-family="DejaVu Sans, '
                           f'sans-serif" font-size="{r * 1.1:.1f}" font-weight="bold" '
                           f'fill="{paper}" text-anchor="middle">{mark.number}</text>')
                continue
            r = hotspot.radius + 7
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{area}" '
                       f'fill-opacity="0.43" stroke="{area}" stroke-width="3"/>')
            if theme == "print":  # print hides the art's dots: draw this one in ink, on top
                out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{hotspot.radius:.1f}" '
                           f'fill="{ink}"/>')
    out.append("</g>")
    layer = "\n".join(out)
    # Print carries no transparency: the ring's tint is blended over the paper, opaque.
    return opaque(layer, paper) if theme in OPAQUE_THEMES else layer


def compose(name: str, theme: str, marks: Sequence[Mark] = ()) -> bytes:
    """View ``name`` in ``theme``, on its paper, with ``marks`` drawn over it, as SVG bytes."""
    x, y, w, h = catalog.view(name).box
    text = themed(catalog.svg_bytes(name), theme).decode("utf-8")
    opening = re.search(r"<svg\b[^>]*>", text)
    if opening is None or "</svg>" not in text:
        raise ValueError(f"{name}.svg is not an SVG document")
    paper = (f'\n<rect id="export-paper" x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" '
             f'fill="{colour("paper", theme)}"/>')
    at = opening.end()
    text = text[:at] + paper + text[at:]
    end = text.rindex("</svg>")
    text = text[:end] + _marks_svg(marks, theme, h) + "\n" + text[end:]
    return text.encode("utf-8")


def _render_png(svg: bytes, target: str) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(svg)
    box = renderer.viewBoxF()
    scale = max(1.0, PNG_HEIGHT / box.height())
    image = QImage(round(box.width() * scale), round(box.height() * scale),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    if not image.save(target):  # PNG, from the suffix
        raise OSError(f"could not write the PNG {target}")


def _render_pdf(svg: bytes, target: str, title: str) -> None:
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(svg)
    box = renderer.viewBoxF()
    scale = min(1.0, PDF_HEIGHT / box.height())
    writer = QPdfWriter(target)
    writer.setTitle(title)
    writer.setCreator("acuguide")
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QSizeF(box.width() * scale, box.height() * scale),
                                 QPageSize.Unit.Point))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    painter = QPainter(writer)
    try:
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        renderer.render(painter, QRectF(0, 0, page.width(), page.height()))
    finally:
        painter.end()
    del writer  # closes the file


def _write_svg(svg: bytes, target: str) -> None:
    Path(target).write_bytes(svg)


def export_diagram(svg: bytes, path: Path, title: str) -> None:
    """Write ``svg`` to ``path`` as SVG, PNG or PDF (by its suffix), never half a file."""
    suffix = path.suffix.lower()
    writers: dict[str, Callable[[bytes, str], None]] = {
        ".svg": _write_svg, ".png": _render_png,
        ".pdf": lambda data, target: _render_pdf(data, target, title)}
    if suffix not in writers:
        raise ValueError(f"cannot write {suffix or 'a file without a suffix'}")
    if suffix != ".svg":
        from acuguide.sheet.export import ensure_gui_application

        ensure_gui_application()
    with replaced_atomically(path, suffix) as temporary:
        writers[suffix](svg, temporary)
