"""A strip of view thumbnails, rendered from the SVGs, to switch the diagram view."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from acuguide.diagrams import catalog
from acuguide.diagrams.palette import colour, themed

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
    """Thumbnails of every view; choosing one emits ``view_chosen(name)``.

    Signals:
        view_chosen(str): the user picked a view.
    """

    view_chosen = Signal(str)

    def __init__(self, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        for view in catalog.views():
            item = QListWidgetItem(SHORT_TITLES.get(view.name, view.name))
            item.setData(Qt.ItemDataRole.UserRole, view.name)
            item.setToolTip(view.title)
            item.setSizeHint(QSize(THUMB.width() + 18, THUMB.height() + 28))
            self.addItem(item)
        self.set_theme(theme)
        self.currentItemChanged.connect(self._changed)

    def set_theme(self, theme: str) -> None:
        """Redraw the thumbnails in ``theme``."""
        ratio = self.devicePixelRatioF()
        for row in range(self.count()):
            item = self.item(row)
            item.setIcon(QIcon(thumbnail(item.data(Qt.ItemDataRole.UserRole), theme,
                                         ratio=ratio)))

    def set_current(self, name: str) -> None:
        """Mark ``name`` as the current view without emitting."""
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.blockSignals(True)
                self.setCurrentRow(row)
                self.blockSignals(False)

    def _changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.view_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
