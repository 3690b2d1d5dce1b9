"""Paint a laid-out sheet with QPainter: onto a printer, a print preview or a PDF."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPolygonF,
    QTextOption,
)
from PySide6.QtSvg import QSvgRenderer

from acuguide.atomic_files import replaced_atomically
from acuguide.diagrams import catalog
from acuguide.diagrams.palette import themed
from acuguide.sheet.items import (
    BADGE_RADIUS,
    LEADING,
    STYLES,
    Box,
    Diagram,
    Rule,
    Sheet,
    Text,
    badge_at,
)

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
INK = QColor("#000000")
SOFT = QColor("#f2f2f2")
FAMILY = "DejaVu Sans"


def font(style: str, dpi: float = 72.0) -> QFont:
    """The font of a text style for a painter that draws in points on a ``dpi`` device.

    The painter is scaled from points to device pixels, and Qt also converts point sizes by
    the device's resolution, so the size is divided back by dpi/72.
    """
    size, bold = STYLES[style]
    result = QFont(FAMILY)
    result.setPointSizeF(size * 72.0 / dpi)
    result.setBold(bold)
    return result


_POINTS = QImage(8, 8, QImage.Format.Format_RGB32)  # a 72-dpi device: 1 pixel = 1 point
_POINTS.setDotsPerMeterX(round(72 / 0.0254))
_POINTS.setDotsPerMeterY(round(72 / 0.0254))


def qt_measure(text: str, style: str, width: float) -> float:
    """Exact height of wrapped text, from Qt's font metrics, in points."""
    metrics = QFontMetricsF(font(style), _POINTS)
    flags = int(Qt.TextFlag.TextWordWrap)
    bounds = metrics.boundingRect(QRectF(0, 0, width, 10_000), flags, text)
    lines = max(1, round(bounds.height() / metrics.lineSpacing()))
    return max(bounds.height(), lines * STYLES[style][0] * LEADING)


def _text(painter: QPainter, item: Text, dpi: float) -> None:
    painter.setFont(font(item.style, dpi))
    painter.setPen(INK)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    r = item.rect
    painter.drawText(QRectF(r.x, r.y, r.w, r.h + 2), item.text, option)


_FONT_SIZE = re.compile(rb'font-size="([\d.]+)"')


_SIDE_MARK = re.compile(rb"<text\b[^>]*>Their (?:right|left)</text>")


def larger_words(svg: bytes, factor: float) -> bytes:
    """``svg`` for a sheet's panel: every font size times ``factor`` (readable when small).

    Without the drawing's own 'Their right' / 'Their left': the sheet prints its own.
    """
    svg = _SIDE_MARK.sub(b"", svg)
    if factor <= 1.0:
        return svg
    return _FONT_SIZE.sub(lambda m: b'font-size="%.1f"' % (float(m[1]) * factor), svg)


def _diagram(painter: QPainter, item: Diagram, renderers: dict[str, QSvgRenderer],
             dpi: float) -> None:
    key = f"{item.view}@{item.label_scale:.2f}"
    renderer = renderers.get(key)
    if renderer is None:
        renderer = renderers[key] = QSvgRenderer(
            larger_words(themed(catalog.svg_bytes(item.view), "print"), item.label_scale))
    r = item.rect
    painter.save()
    painter.setFont(font("view", dpi))
    painter.setPen(INK)
    painter.drawText(QRectF(r.x - 20, r.y - 12, r.w + 40, 11), Qt.AlignmentFlag.AlignHCenter,
                     item.title)
    renderer.setViewBox(QRectF(*item.crop))
    painter.setClipRect(QRectF(r.x, r.y, r.w, r.h))
    renderer.render(painter, QRectF(r.x, r.y, r.w, r.h))
    hatch = QBrush(QColor("#555555"), Qt.BrushStyle.BDiagPattern)
    painter.setPen(QPen(QColor("#555555"), 0.6, Qt.PenStyle.DashLine))
    painter.setBrush(hatch)
    for polygon in item.shaded:
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in polygon]))
    painter.setClipping(False)
    painter.setPen(QPen(QColor("#ffffff"), 0.8))
    marker_font = QFont(FAMILY)
    marker_font.setPointSizeF(6.5 * 72.0 / dpi)
    marker_font.setBold(True)
    painter.setFont(marker_font)
    for marker in item.markers:
        # The badge sits beside its point, towards the panel's nearer side, joined to a dot
        # on the point: it never covers the point or the landmark it is measured from.
        point = QPointF(marker.x, marker.y)
        centre = QPointF(*badge_at(marker, r))
        painter.setPen(QPen(INK, 0.7))
        painter.drawLine(point, centre)
        painter.setBrush(INK)
        painter.drawEllipse(point, 1.6, 1.6)
        painter.setPen(QPen(QColor("#ffffff"), 0.8))
        painter.drawEllipse(centre, BADGE_RADIUS, BADGE_RADIUS)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(centre.x() - 6, centre.y() - 6, 12, 12),
                         Qt.AlignmentFlag.AlignCenter, str(marker.number))
    painter.setPen(QPen(QColor("#999999"), 0.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(r.x, r.y, r.w, r.h))
    painter.restore()


def paint_page(painter: QPainter, sheet: Sheet, index: int,
               renderers: dict[str, QSvgRenderer] | None = None, dpi: float = 72.0) -> None:
    """Paint page ``index`` in points (the caller scales the painter to the ``dpi`` device)."""
    renderers = {} if renderers is None else renderers
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    for item in sheet.pages[index].items:
        if isinstance(item, Box):
            painter.setPen(QPen(INK, 0.8))
            painter.setBrush(SOFT)
            painter.drawRoundedRect(QRectF(item.rect.x, item.rect.y, item.rect.w, item.rect.h),
                                    3, 3)
        elif isinstance(item, Rule):
            painter.setPen(QPen(QColor("#888888"), 0.5))
            r = item.rect  # a tall rule is drawn down, a wide one across
            end = QPointF(r.x, r.y + r.h) if r.h > r.w else QPointF(r.right, r.y)
            painter.drawLine(QPointF(r.x, r.y), end)
        elif isinstance(item, Text):
            _text(painter, item, dpi)
        elif isinstance(item, Diagram):
            _diagram(painter, item, renderers, dpi)


def paint(sheet: Sheet, device: QPagedPaintDevice, *, configure: bool = True) -> None:
    """Paint every page of ``sheet`` onto a printer or PDF writer.

    With ``configure`` the device is first set to the sheet's paper without margins (not
    for a print preview's printer, which is already set up and must not change mid-paint).
    """
    if configure:
        device.setPageSize(QPageSize(PAGE_SIZES[sheet.paper]))
        device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    painter = QPainter(device)
    try:
        # Points to device pixels.
        dpi = float(device.logicalDpiX())
        scale = dpi / 72.0
        renderers: dict[str, QSvgRenderer] = {}
        for index in range(len(sheet.pages)):
            if index:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            paint_page(painter, sheet, index, renderers, dpi)
            painter.restore()
    finally:
        painter.end()


def export_pdf(sheet: Sheet, path: Path, title: str) -> None:
    """Write the sheet as a PDF at ``path`` (never a half-written file: temp, then rename)."""
    with replaced_atomically(path, ".pdf") as temporary:
        writer = QPdfWriter(temporary)
        writer.setTitle(title)
        writer.setCreator("acuguide")
        writer.setResolution(300)
        writer.setPageSize(QPageSize(QSizeF(*sheet.size), QPageSize.Unit.Point))
        paint(sheet, writer)
        del writer  # closes the file
