"""A strip of view thumbnails, rendered from the SVGs, to switch the diagram view.

One thumbnail per kind of view; the single-limb kinds show the side chosen with ``set_side``.
Each thumbnail's tooltip and accessible name is its view's full title ("Left foot, sole").
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from acuguide.diagrams import catalog
from acuguide.diagrams.palette import colour, themed
from acuguide.model.anatomy import VIEWS

THUMB = QSize(40, 56)
SHORT_TITLES = {
    "leg-front": "Front", "leg-back": "Back", "leg-outer": "Outer",
    "leg-inner": "Inner", "foot-sole": "Sole", "foot-top": "Foot",
    "head-neck": "Neck", "face": "Face", "forearm-hand": "Hands",
}


def thumbnail(name: str, theme: str, size: QSize = THUMB, ratio: float = 1.0) -> QPixmap:
    """A small picture of a view."""
    renderer = QSvgRenderer(themed(catalog.svg_bytes(name), theme))
    image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor(colour("paper", theme)))
    box = renderer.viewBoxF()
    scale = min(size.width() / box.width(), size.height() / box.height())
    w, h = box.width() * scale, box.height() * scale
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF((size.width() - w) / 2, (size.height() - h) / 2, w, h))
    painter.end()
    return QPixmap.fromImage(image)


class ViewSwitcher(QListWidget):
    """Thumbnails of every kind of view; choosing one emits ``view_chosen(kind)``.

    Signals:
        view_chosen(str): the user picked a kind of view (e.g. ``foot-sole``).
    """

    view_chosen = Signal(str)

    def __init__(self, theme: str, parent: QWidget | None = None, side: str = "left") -> None:
        super().__init__(parent)
        self._theme, self._side = theme, side
        self._drawn: dict[int, tuple[str, str]] = {}  # row -> (file, theme) of its icon
        self.setObjectName("views")
        self.setAccessibleName("Diagram views")
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListWidget.Movement.Static)
        self.setIconSize(THUMB)
        self.setFixedHeight(THUMB.height() + 40)
        self.setSpacing(0)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for kind in VIEWS:
            item = QListWidgetItem(SHORT_TITLES.get(kind, kind))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setSizeHint(QSize(THUMB.width() + 18, THUMB.height() + 28))
            self.addItem(item)
        self.set_theme(theme)
        self.currentItemChanged.connect(self._changed)

    def set_theme(self, theme: str) -> None:
        """Redraw the thumbnails in ``theme``."""
        self._theme = theme
        self._redraw()

    def set_side(self, side: str) -> None:
        """Show the ``side`` ("left" or "right") version of the single-limb views."""
        self._side = side
        self._redraw()

    def _redraw(self) -> None:
        ratio = self.devicePixelRatioF()
        for row in range(self.count()):
            item = self.item(row)
            name = catalog.variant(item.data(Qt.ItemDataRole.UserRole), self._side)
            if self._drawn.get(row) != (name, self._theme):
                item.setIcon(QIcon(thumbnail(name, self._theme, ratio=ratio)))
                self._drawn[row] = (name, self._theme)
            title = catalog.view(name).title
            item.setToolTip(title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)

    def set_current(self, kind: str) -> None:
        """Mark the thumbnail of ``kind`` as the current view without emitting."""
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == kind:
                self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)

    def _changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.view_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
