"""Graphics items drawn over a diagram: hotspot highlights and the 'how to find it' ruler."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from acuguide.diagrams.finding import Ruler
from acuguide.diagrams.geometry import Hotspot
from acuguide.model.anatomy import LANDMARK_WORDS


class HotspotItem(QGraphicsObject):
    """The highlight of one hotspot: hidden at rest, a ring on hover, filled when selected."""

    def __init__(self, hotspot: Hotspot, accent: QColor) -> None:
        super().__init__()
        self.hotspot = hotspot
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

    def set_state(self, *, hovered: bool, selected: bool, focused: bool) -> None:
        """Repaint only when the state changes."""
        if (hovered, selected, focused) != (self.hovered, self.selected, self.focused):
            self.hovered, self.selected, self.focused = hovered, selected, focused
            self.update()

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-6, -6, 6, 6)

    def shape(self) -> QPainterPath:
        return self._path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
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
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawPath(self._path)


class LabelItem(QGraphicsSimpleTextItem):
    """A text label of constant screen size, on a soft background so it reads over art."""

    def __init__(self, text: str, colour: QColor, paper: QColor, parent: QGraphicsItem) -> None:
        super().__init__(text, parent)
        self.paper = QColor(paper)
        self.paper.setAlpha(215)
        font = QFont()
        font.setPointSizeF(10.5)
        font.setBold(True)
        self.setFont(font)
        self.setBrush(colour)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)

    def boundingRect(self) -> QRectF:
        return super().boundingRect().adjusted(-4, -2, 4, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.paper)
        painter.drawRoundedRect(self.boundingRect(), 4, 4)
        super().paint(painter, option, widget)


class RulerItem(QGraphicsItem):
    """'How to find it': the landmark ringed, a ruler with a tick per cun, and its label."""

    def __init__(self, ruler: Ruler, colour: QColor, text_colour: QColor, paper: QColor,
                 size: float, labelled: bool = True, labels_left: bool = False) -> None:
        super().__init__()
        self.ruler = ruler
        self.colour = colour
        self.size = size  # the view's units per cun, so marks scale with the drawing
        self.setZValue(20)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        (x0, y0), (x1, y1) = ruler.start, ruler.end
        lx, ly = ruler.level
        pad = size * 0.5
        self._rect = QRectF(min(x0, x1) - pad, min(y0, y1) - pad,
                            abs(x1 - x0) + 2 * pad, abs(y1 - y0) + 2 * pad)
        if labelled:  # with both sides drawn, one set of labels is enough
            side = -1 if labels_left else 1
            middle = QPointF((lx + x1) / 2 + side * size * 0.5, (ly + y1) / 2)
            for text, pos, ink in ((ruler.label, middle, text_colour),
                                   (LANDMARK_WORDS.get(ruler.landmark, ruler.landmark),
                                    QPointF(x0 + side * size * 0.45, y0 + size * 0.1), colour)):
                label = LabelItem(text, ink, paper, self)
                label.setPos(pos)
                if labels_left:  # the label ends at ``pos`` (its own, unscaled, width)
                    label.setTransform(QTransform.fromTranslate(
                        -label.boundingRect().width(), 0))

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        start, end = QPointF(*self.ruler.start), QPointF(*self.ruler.end)
        level = QPointF(*self.ruler.level)
        pen = QPen(self.colour, 2.5)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(start, self.size * 0.35, self.size * 0.35)
        if level != start:  # the landmark's level, across to where the ruler starts
            dotted = QPen(pen)
            dotted.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(dotted)
            painter.drawLine(start, level)
            painter.setPen(pen)
            notch = QPointF(self.size * 0.3, 0)
            painter.drawLine(level - notch, level + notch)
        painter.drawLine(level, end)
        direction = end - level
        length = (direction.x() ** 2 + direction.y() ** 2) ** 0.5 or 1.0
        normal = QPointF(-direction.y() / length, direction.x() / length) * self.size * 0.25
        for x, y in self.ruler.ticks:
            tick = QPointF(x, y)
            painter.drawLine(tick - normal, tick + normal)
