"""'How to find it' on a diagram: the landmark ringed, a finger-width ruler and its labels.

``RulerItem`` draws one ruler (``acuguide.diagrams.finding.Ruler``) in scene units. Its labels
are ``LabelItem``s of constant screen size, kept whole and inside the view: ``Rulers.place``
puts each beside its anchor and, where that would cross the view's edge, slides it in (and
wraps it in a narrow view). ``Rulers`` is the set on show in one scene.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from acuguide.diagrams.finding import Ruler, landmark_words
from acuguide.diagrams.geometry import View
from acuguide.diagrams.palette import colour

EDGE_PX = 6  # labels keep this far from the view's edge
GAP_PX = 10  # and this far from their anchor
PAD_X, PAD_Y = 4, 2  # the label's box around its text


LABEL_PX = 14  # the labels' text height (at least 11 px, whatever the screen's dpi)


def label_font() -> QFont:
    """The labels' font: bold, ``LABEL_PX`` pixels."""
    font = QFont()
    font.setPixelSize(LABEL_PX)
    font.setBold(True)
    return font


def wrapped(text: str, font: QFont, width: float) -> str:
    """``text`` broken into lines at spaces so that each fits ``width`` pixels."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


class LabelItem(QGraphicsSimpleTextItem):
    """A text label of constant screen size, on an opaque box of the paper colour.

    ``anchor`` is the scene point it labels; ``side`` says where the label sits from it:
    ``right`` or ``left`` (centred on its height), ``above`` or ``below`` (centred on its
    width), until ``place_labels`` slides it inside the view.
    """

    def __init__(self, text: str, ink: QColor, paper: QColor, anchor: QPointF,
                 side: str = "right") -> None:
        super().__init__(text)
        self.text_whole = text
        self.anchor = anchor
        self.side = side
        self.paper = QColor(paper)
        self.ink = QColor(ink)
        self.setFont(label_font())
        self.setBrush(ink)
        self.setZValue(30)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return super().boundingRect().adjusted(-PAD_X, -PAD_Y, PAD_X, PAD_Y)

    def offset(self) -> QRectF:
        """Where it would like to be, in pixels around its anchor."""
        box = self.boundingRect()
        w, h = box.width(), box.height()
        x, y = {"left": (-GAP_PX - w, -h / 2), "above": (-w / 2, -GAP_PX - h),
                "below": (-w / 2, GAP_PX)}.get(self.side, (GAP_PX, -h / 2))
        return QRectF(x, y, w, h)

    def pin(self) -> None:
        """Stay beside the anchor wherever the view scrolls (for marks that never move)."""
        self.setPos(self.anchor)
        box = self.offset()
        self.setTransform(QTransform.fromTranslate(box.left() + PAD_X, box.top() + PAD_Y))

    def fit_width(self, width: float) -> None:
        """Wrap the text at spaces if it is wider than ``width`` pixels (unwrap if not)."""
        text = self.text_whole
        if QFontMetricsF(self.font()).horizontalAdvance(text) + 2 * PAD_X > width:
            text = wrapped(text, self.font(), width - 2 * PAD_X)
        if text != self.text():
            self.setText(text)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.paper)
        painter.drawRoundedRect(self.boundingRect(), 4, 4)
        super().paint(painter, option, widget)  # type: ignore[arg-type]  # Qt allows None


def place_labels(labels: list[LabelItem], view: QGraphicsView) -> None:
    """Put each label beside its anchor, slid inside ``view``'s viewport and clear of the others."""
    port = QRectF(view.viewport().rect()).adjusted(EDGE_PX, EDGE_PX, -EDGE_PX, -EDGE_PX)
    taken: list[QRectF] = []
    for label in labels:
        label.fit_width(port.width())
        at = QPointF(view.mapFromScene(label.anchor))
        rect = label.offset().translated(at)
        for other in taken:  # below a label it would cover
            if rect.intersects(other):
                rect.moveTop(other.bottom() + 2)
        rect.moveLeft(max(port.left(), min(rect.left(), port.right() - rect.width())))
        rect.moveTop(max(port.top(), min(rect.top(), port.bottom() - rect.height())))
        taken.append(rect)
        # The item's origin is its text's corner, inside the padded box.
        label.setPos(scene_point(view, rect.topLeft() + QPointF(PAD_X, PAD_Y)))


def scene_point(view: QGraphicsView, pixel: QPointF) -> QPointF:
    """The scene position under a viewport pixel position (fractions kept)."""
    inverse, _ = view.viewportTransform().inverted()
    return inverse.map(pixel)


class RulerItem(QGraphicsItem):
    """'How to find it': the landmark ringed, a ruler with its ticks (its labels are apart)."""

    def __init__(self, ruler: Ruler, colour: QColor, size: float) -> None:
        super().__init__()
        self.ruler = ruler
        self.colour = colour
        self.size = size  # the view's units per cun, so marks scale with the drawing
        self.setZValue(20)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        xs = [p[0] for p in (ruler.start, ruler.end, ruler.point)]
        ys = [p[1] for p in (ruler.start, ruler.end, ruler.point)]
        pad = size * 0.5
        self._rect = QRectF(min(xs) - pad, min(ys) - pad,
                            max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem,
              _widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ruler = self.ruler
        start, end = QPointF(*ruler.start), QPointF(*ruler.end)
        level = QPointF(*ruler.level)
        pen = QPen(self.colour, 2.5)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ring = self.size * 0.35
        painter.drawEllipse(start, ring, ring)
        if ruler.fraction is not None:  # part of the way to a second landmark, ringed too
            painter.drawEllipse(end, ring, ring)
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
        for x, y in ruler.ticks:
            tick = QPointF(x, y)
            painter.drawLine(tick - normal, tick + normal)


def label_spots(ruler: Ruler, size: float, middle_x: float, others: list[tuple[float, float]],
                ink: QColor, mark: QColor) -> list[tuple[str, QPointF, QColor, str]]:
    """(text, anchor, colour, side) of a ruler's labels: what it says, and its landmarks.

    Beside a ruler that runs along the limb, on the side with fewer ``others`` (the other
    points) near it, else away from the view's middle (the other limb); above and below a
    ruler that runs across.
    """
    (x0, y0), (x1, y1) = ruler.level, ruler.point
    across = abs(x1 - x0) > abs(y1 - y0)
    top, bottom = min(y0, y1) - size, max(y0, y1) + size

    def crowd(direction: int) -> int:
        return sum(1 for x, y in others if top <= y <= bottom
                   and 0 < (x - x1) * direction <= 6 * size)

    away = -1 if ruler.point[0] > middle_x else 1
    out = min((away, -away), key=crowd)
    beside = "left" if out < 0 else "right"
    if across:
        spots = [(ruler.label, QPointF((x0 + x1) / 2, (y0 + y1) / 2 - size * 0.3), ink,
                  "above"),
                 (ruler.words, QPointF(ruler.start[0], ruler.start[1] + size * 0.4), mark,
                  "below")]
    else:
        spots = [(ruler.label, QPointF((x0 + x1) / 2 + out * size * 0.5, (y0 + y1) / 2), ink,
                  beside),
                 (ruler.words, QPointF(ruler.start[0] + out * size * 0.45, ruler.start[1]),
                  mark, beside)]
    if ruler.towards:
        spots.append((landmark_words(ruler.towards),
                      QPointF(ruler.end[0] + out * size * 0.45, ruler.end[1]), mark, beside))
    return spots


class Rulers:
    """The rulers on show in one scene (none at first), and their labels."""

    def __init__(self) -> None:
        self.items: list[RulerItem] = []
        self.label_items: list[LabelItem] = []

    def remove(self, scene: QGraphicsScene) -> None:
        """Take the rulers and their labels off ``scene``."""
        for item in (*self.items, *self.label_items):
            scene.removeItem(item)
        self.forget()

    def forget(self) -> None:
        """The scene was cleared, and the rulers with it."""
        self.items = []
        self.label_items = []

    def draw(self, scene: QGraphicsScene, view: View, rulers: list[Ruler], theme: str) -> None:
        """Add ``rulers`` to ``scene`` in ``theme``'s colours, labelling the first only."""
        x, _, w, _ = view.box
        points = [h.centre for h in view.hotspots.values() if h.kind == "point"]
        mark = QColor(colour("landmark", theme))
        ink, paper = QColor(colour("text", theme)), QColor(colour("paper", theme))
        for n, ruler in enumerate(rulers):
            size = view.units_per_cun(ruler.point[1])
            item = RulerItem(ruler, mark, size)
            scene.addItem(item)
            self.items.append(item)
            if n:  # with both sides drawn, one set of labels is enough
                continue
            others = [p for p in points if p != ruler.point]
            for text, anchor, colour_, side in label_spots(ruler, size, x + w / 2, others, ink,
                                                           mark):
                label = LabelItem(text, colour_, paper, anchor, side)
                scene.addItem(label)
                self.label_items.append(label)

    def place(self, view: QGraphicsView) -> None:
        """Keep the labels whole and inside ``view`` at its current zoom and scroll."""
        place_labels(self.label_items, view)

    def rulers(self) -> list[Ruler]:
        """The rulers on show."""
        return [item.ruler for item in self.items]

    def area(self, view: View, scale: float, width: float | None = None) -> QRectF:
        """The rulers, with a margin, at zoom ``scale`` in scene units.

        With the viewport's ``width`` in pixels, their labels too (wrapped to fit it).
        """
        scale = max(scale, 1e-6)
        area = QRectF()
        for item in self.items:
            area = area.united(item.sceneBoundingRect())
        margin = max(1.5 * view.units_per_cun(area.center().y()), 16 / scale)
        area = area.adjusted(-margin, -margin, margin, margin)
        if width is None:
            return area
        for label in self.label_items:  # pixels around an anchor: scene units at this zoom
            label.fit_width(width - 2 * EDGE_PX)
            rect = label.offset()
            area = area.united(QRectF(label.anchor.x() + (rect.left() - 8) / scale,
                                      label.anchor.y() + (rect.top() - 8) / scale,
                                      (rect.width() + 16) / scale,
                                      (rect.height() + 16) / scale))
        return area
