"""The diagram: one SVG view in a QGraphicsView with hotspots, zoom, pan and rulers.

The keyboard focus, the selection and what screen readers read are ``ui.diagram_focus``'s.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QToolTip, QWidget

from acuguide.diagrams import catalog
from acuguide.diagrams.describe import Words
from acuguide.diagrams.finding import Ruler
from acuguide.diagrams.geometry import Hotspot, View, hit_test, reading_order
from acuguide.diagrams.palette import colour, themed
from acuguide.ui.diagram_focus import FocusableHotspots
from acuguide.ui.hotspot_items import HotspotItem
from acuguide.ui.ruler_items import LabelItem, Rulers

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.5, 8.0  # relative to fit-to-window
CLICK_SLOP_PX = 6  # a click this close to a point's circle still hits it
class DiagramView(FocusableHotspots):
    """Shows one diagram view with interactive hotspots.

    Signals:
        hotspot_hovered(str): the id under the mouse ("" when none).
        hotspot_activated(str): a hotspot was clicked or chosen with Enter/Space.
        view_shown(str): another view is now shown.
    """

    hotspot_hovered = Signal(str)
    view_shown = Signal(str)  # hotspot_activated: FocusableHotspots's

    def __init__(self, describe: Callable[[Hotspot], Words], parent: QWidget | None = None,
                 theme: str = "light") -> None:
        super().__init__(describe, parent)
        self.setObjectName("diagram")
        self._theme = theme
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self._rulers = Rulers()
        self._codes: list[LabelItem] = []
        self._show_codes = False
        self._fit = True
        self._fit_scale = 1.0
        self._press: QPoint | None = None
        self._renderer: QSvgRenderer | None = None
        self.static = False  # set for views that are not zoomed by the user

    # ---------------------------------------------------------------- content
    @property
    def view_geometry(self) -> View | None:
        """The geometry (hotspots, landmarks, scale) of the diagram shown, None before any."""
        return self._geometry

    @property
    def view_name(self) -> str:
        """The view shown, or "" before any."""
        return self._geometry.name if self._geometry else ""

    def show_view(self, name: str) -> None:
        """Show diagram view ``name`` fitted to the window."""
        if name == self.view_name:
            return
        self._geometry = catalog.view(name)
        self._rebuild()
        self._fit = True
        self.fit()
        self._name_view()
        self.view_shown.emit(name)

    def set_theme(self, theme: str) -> None:
        """Redraw in ``theme`` (light, dark, contrast or print)."""
        if theme != self._theme:
            self._theme = theme
            if self._geometry:
                transform, centre = self.transform(), self.mapToScene(
                    self.viewport().rect().center())
                self._rebuild()
                self.setTransform(transform)
                self.centerOn(centre)

    def _rebuild(self) -> None:
        view = self._geometry
        assert view is not None
        scene = self.scene()
        scene.clear()
        self._rulers.forget()
        self._renderer = QSvgRenderer(themed(catalog.svg_bytes(view.name), self._theme), self)
        art = QGraphicsSvgItem()
        art.setSharedRenderer(self._renderer)
        # Re-rendered at every zoom so it stays crisp; a static view (the session screen)
        # caches it, so repainting a blinking point costs a blit, not an SVG render.
        art.setCacheMode(QGraphicsSvgItem.CacheMode.DeviceCoordinateCache if self.static
                         else QGraphicsSvgItem.CacheMode.NoCache)
        x, y, w, h = view.box
        art.setPos(x, y)
        scene.addItem(art)
        scene.setSceneRect(QRectF(x, y, w, h))
        self.setBackgroundBrush(QColor(colour("paper", self._theme)))
        accent = QColor(colour("area", self._theme))
        self._items = {}
        for hotspot in view.hotspots.values():
            item = HotspotItem(hotspot, accent, owner=self)
            scene.addItem(item)
            self._items[hotspot.id] = item
        self._order = [h.id for h in reading_order(view)]
        self._hovered = self._focused = ""
        self._selected &= set(self._items)
        self._codes = []
        if self._show_codes:
            self._draw_codes()
        self._refresh()
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.ObjectReorder))

    # ---------------------------------------------------------------- selection
    def select(self, ids: set[str]) -> None:
        """Mark these hotspots as selected (both sides of a bilateral point)."""
        before, self._selected = self._selected, set(ids) & set(self._items)
        self._refresh()
        for ident in before ^ self._selected:
            self._tell_state(ident, selected=True)

    def hotspot_at(self, viewport_pos: QPoint) -> Hotspot | None:
        """The hotspot under a viewport position (pure hit-test in scene units)."""
        if not self._geometry:
            return None
        scene = self.mapToScene(viewport_pos)
        slop = CLICK_SLOP_PX / max(self.transform().m11(), 1e-6)
        return hit_test(self._geometry, scene.x(), scene.y(), slop)

    def reveal(self, ids: set[str]) -> None:
        """Centre the given hotspots, zooming in on a tall, narrow view that leaves room.

        The zoom stops where the view would fill three quarters of the width or show less
        than three quarters of its height: a face stays whole, a foot keeps its toes and
        heel, a leg its knee and ankle in sight.
        """
        hotspots = [self._geometry.hotspots[i] for i in ids if self._geometry and
                    i in self._geometry.hotspots]
        if not hotspots or self._geometry is None:
            return
        if self._fit:
            width = self._geometry.box[2] * self._fit_scale
            factor = min(1 / 0.75, 0.75 * self.viewport().width() / max(width, 1.0))
            if factor > 1.05:
                self._fit = False
                self.scale(factor, factor)
                self._place_labels()
        xs = [h.centre[0] for h in hotspots]
        ys = [h.centre[1] for h in hotspots]
        self.centerOn(QPointF((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2))

    # ---------------------------------------------------------------- how to find it
    def show_rulers(self, rulers: list[Ruler]) -> None:
        """Draw these landmarks and finger-width rulers (an empty list removes them)."""
        self._rulers.remove(self.scene())
        view = self._geometry
        if not view:
            return
        box = QRectF(*view.box)
        self.scene().setSceneRect(box)
        self._rulers.draw(self.scene(), view, rulers, self._theme)
        if self._rulers.items:  # bring the landmark, the point and the labels into view
            if self._fit:
                for _ in range(2):  # the labels keep their screen size: fit, measure, refit
                    self.fitInView(self._ruler_area(view), Qt.AspectRatioMode.KeepAspectRatio)
                self._fit = False
            ruler = self._ruler_area(view, labels=False)
            port = self.viewport().rect()
            scale = self.transform().m11()
            if ruler.width() * scale > port.width() or ruler.height() * scale > port.height():
                self.fitInView(ruler, Qt.AspectRatioMode.KeepAspectRatio)  # zoomed in too far
            area = self._ruler_area(view)
            # A label may reach past the drawing's edge: let the view scroll that far.
            self.scene().setSceneRect(box.united(area))
            self.ensureVisible(area, 0, 0)
            self.ensureVisible(ruler, 0, 0)  # and the ruler itself first of all
        self._place_labels()

    def _place_labels(self) -> None:
        """Keep the ruler labels whole and inside the view (after a zoom, scroll or resize)."""
        self._rulers.place(self)

    def _ruler_area(self, view: View, labels: bool = True) -> QRectF:
        return self._rulers.area(view, self.transform().m11(),
                                 self.viewport().width() if labels else None)

    def ruler_labels(self) -> list[tuple[str, QRect]]:
        """The ruler labels' words (as drawn, maybe wrapped) and where, in viewport pixels."""
        return [(label.text(), self._label_rect(label)) for label in self._rulers.label_items]

    def _label_rect(self, label: LabelItem) -> QRect:
        # deviceTransform knows the label ignores the view's zoom (sceneTransform does not).
        to_viewport = label.deviceTransform(self.viewportTransform())
        return to_viewport.mapRect(label.boundingRect()).toAlignedRect()

    # ---------------------------------------------------------------- point codes
    def set_point_codes(self, on: bool) -> None:
        """Write each point's code beside it (View > Show point codes), or take them away."""
        if on == self._show_codes:
            return
        self._show_codes = on
        for label in self._codes:
            self.scene().removeItem(label)
        self._codes = []
        if on and self._geometry:
            self._draw_codes()

    def point_codes(self) -> list[tuple[str, QRect]]:
        """The codes written beside the points and where, in viewport pixels (for tests)."""
        return [(label.text(), self._label_rect(label)) for label in self._codes]

    def _draw_codes(self) -> None:
        view = self._geometry
        assert view is not None
        ink, paper = QColor(colour("text", self._theme)), QColor(colour("paper", self._theme))
        x, _, w, _ = view.box
        for hotspot in view.hotspots.values():
            if hotspot.kind != "point":
                continue
            cx, cy = hotspot.centre
            left = cx < x + w * 0.45  # on the outer side: the two legs' codes never meet
            anchor = QPointF(cx - hotspot.radius if left else cx + hotspot.radius, cy)
            label = LabelItem(hotspot.target, ink, paper, anchor, "left" if left else "right")
            label.setZValue(25)
            label.pin()
            self.scene().addItem(label)
            self._codes.append(label)

    def rulers(self) -> list[Ruler]:
        """The rulers on show."""
        return self._rulers.rulers()

    # ---------------------------------------------------------------- zoom
    def fit(self) -> None:
        """Show the whole view."""
        self._fit = True
        box = QRectF(*self._geometry.box) if self._geometry else self.scene().sceneRect()
        self.fitInView(box, Qt.AspectRatioMode.KeepAspectRatio)
        self._fit_scale = self.transform().m11() or 1.0
        self._place_labels()

    def zoom(self, factor: float) -> None:
        """Zoom by ``factor`` within sensible limits."""
        current = self.transform().m11() / self._fit_scale
        factor = max(MIN_ZOOM / current, min(MAX_ZOOM / current, factor))
        self._fit = False
        self.scale(factor, factor)
        self._place_labels()

    def zoom_in(self) -> None:
        """One step closer."""
        self.zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        """One step further."""
        self.zoom(1 / ZOOM_STEP)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP ** steps)
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if pinch is not None:
                self.zoom(pinch.scaleFactor())
                return True
        if event.type() == QEvent.Type.NativeGesture and \
                event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:  # type: ignore[attr-defined]
            self.zoom(1 + event.value())  # type: ignore[attr-defined]
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit and self._geometry:
            self.fit()
        self._place_labels()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._place_labels()

    # ---------------------------------------------------------------- mouse
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        hotspot = self.hotspot_at(event.position().toPoint())
        ident = hotspot.id if hotspot else ""
        if ident != self._hovered:
            self._hovered = ident
            self._refresh()
            self.hotspot_hovered.emit(ident)
            if hotspot:
                QToolTip.showText(event.globalPosition().toPoint(),
                                  self._describe(hotspot).tooltip, self)
            else:
                QToolTip.hideText()
        if self._press is None:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if hotspot
                                      else Qt.CursorShape.OpenHandCursor)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self._hovered:
            self._hovered = ""
            self._refresh()
            self.hotspot_hovered.emit("")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        pos = event.position().toPoint()
        if press is not None and (pos - press).manhattanLength() <= 4 and \
                event.button() == Qt.MouseButton.LeftButton:
            hotspot = self.hotspot_at(pos)
            if hotspot:
                self._set_focus_id(hotspot.id)
                self.hotspot_activated.emit(hotspot.id)
