"""acuguide's icon and desktop file name, so docks and task switchers show acuguide."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from acuguide import resources

DESKTOP_FILE_NAME = "io.github.acuguide.acuguide"  # packaging/linux/<this>.desktop
ICON = f"packaging/linux/icons/hicolor/scalable/apps/{DESKTOP_FILE_NAME}.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


@cache
def icon() -> QIcon:
    """The application icon, drawn from the packaged SVG's bytes at the usual sizes."""
    renderer = QSvgRenderer(QByteArray(resources.read_bytes(ICON)))
    result = QIcon()
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        result.addPixmap(QPixmap.fromImage(image))
    return result


def install(app: QGuiApplication) -> None:
    """Give every window the icon, and tell the desktop which .desktop entry is ours."""
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(icon())
