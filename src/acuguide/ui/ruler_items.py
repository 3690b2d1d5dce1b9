"""'How to find it' on a diagram: the landmark ringed, a finger-width ruler and its labels.

``RulerItem`` draws one ruler (``acuguide.diagrams.finding.Ruler``) in scene units; its
labels keep their screen size. ``Rulers`` is the set on show in one scene: it makes them in
the theme's colours, removes them, and tells the view where they and their labels reach, so
that the view can bring them into sight.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from acuguide.diagrams.finding import Ruler
from acuguide.diagrams.geometry import View
from acuguide.diagrams.palette import colour
from acuguide.model.anatomy import LANDMARK_WORDS


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
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # Qt allows None


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

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
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


class Rulers:
    """The rulers on show in one scene (none at first)."""

    def __init__(self) -> None:
        self.items: list[RulerItem] = []

    def remove(self, scene: QGraphicsScene) -> None:
        """Take the rulers off ``scene``."""
        for item in self.items:
            scene.removeItem(item)
        self.items = []

    def forget(self) -> None:
        """The scene was cleared, and the rulers with it."""
        self.items = []

    def draw(self, scene: QGraphicsScene, view: View, rulers: list[Ruler], theme: str) -> None:
        """Add ``rulers`` to ``scene`` in ``theme``'s colours, labelling the first only."""
        x, _, w, _ = view.box
        for n, ruler in enumerate(rulers):
            size = view.units_per_cun(ruler.end[1])
            item = RulerItem(ruler, QColor(colour("landmark", theme)),
                             QColor(colour("text", theme)),
                             QColor(colour("paper", theme)), size, labelled=n == 0,
                             labels_left=ruler.end[0] > x + w * 0.55)
            scene.addItem(item)
            self.items.append(item)

    def rulers(self) -> list[Ruler]:
        """The rulers on show."""
        return [item.ruler for item in self.items]

    def labels(self) -> list[tuple[QPointF, QRectF]]:
        """Each label's anchor in the scene and its extent in pixels around it."""
        # (A label's scenePos() would add its own pixel shift as if it were scene units.)
        return [(item.mapToScene(label.pos()), label.transform().mapRect(label.boundingRect()))
                for item in self.items for label in item.childItems()]

    def area(self, view: View, scale: float) -> QRectF:
        """The rulers and their labels at zoom ``scale``, with a margin, in scene units."""
        scale = max(scale, 1e-6)
        area = QRectF()
        for item in self.items:
            area = area.united(item.sceneBoundingRect())
        margin = max(1.5 * view.units_per_cun(area.center().y()), 16 / scale)
        area = area.adjusted(-margin, -margin, margin, margin)
        for pos, rect in self.labels():  # pixels around an anchor: scene units at this zoom
            area = area.united(QRectF(pos.x() + (rect.left() - 8) / scale,
                                      pos.y() + (rect.top() - 8) / scale,
                                      (rect.width() + 16) / scale, (rect.height() + 16) / scale))
        return area
