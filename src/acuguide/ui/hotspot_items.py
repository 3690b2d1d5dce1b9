"""The highlight drawn over each hotspot of a diagram (the rulers: ``ui.ruler_items``)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from acuguide.diagrams.geometry import Hotspot
from acuguide.ui.diagram_access import Diagram, HotspotAccess


class HotspotItem(QGraphicsObject):
    """The highlight of one hotspot: hidden at rest, a ring on hover, filled when selected."""

    def __init__(self, hotspot: Hotspot, accent: QColor, owner: Diagram | None = None) -> None:
        super().__init__()
        self.hotspot = hotspot
        self.owner = owner
        self.accent = accent
        self.hovered = self.selected = self.focused = False
        self.setZValue(10)
        self.setAcceptHoverEvents(False)  # the view hit-tests; items only paint
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        path = QPainterPath()
        if hotspot.polygon:
            path.addPolygon(QPolygonF([QPointF(x, y) for x, y in hotspot.polygon]))
            path.closeSubpath()
        else:
            x, y = hotspot.centre
            r = hotspot.radius + 7
            path.addEllipse(QPointF(x, y), r, r)
        self._path = path
        # What is filled: a polygon whole, but a point only around its dot, so the red dot
        # stays red when selected instead of turning a dull maroon under the tint.
        self._fill = QPainterPath(path)
        if not hotspot.polygon:
            dot = QPainterPath()
            dot.addEllipse(QPointF(*hotspot.centre), hotspot.radius, hotspot.radius)
            self._fill = path.subtracted(dot)

    def make_accessible(self) -> HotspotAccess | None:
        """The interface a screen reader reads this hotspot through (``qtkit.accessibility``)."""
        return HotspotAccess(self, self.owner) if self.owner is not None else None

    def set_state(self, *, hovered: bool, selected: bool, focused: bool) -> None:
        """Repaint only when the state changes."""
        if (hovered, selected, focused) != (self.hovered, self.selected, self.focused):
            self.hovered, self.selected, self.focused = hovered, selected, focused
            self.update()

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-6, -6, 6, 6)

    def shape(self) -> QPainterPath:
        return self._path

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        if not (self.hovered or self.selected or self.focused):
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(self.accent)
        fill.setAlpha(110 if self.selected else 50)
        pen = QPen(self.accent, 3 if self.selected else 2)
        pen.setCosmetic(True)
        if self.focused:
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidthF(2.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(fill))
        painter.drawPath(self._fill)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
