"""acuguide's icon and desktop file name, so docks and task switchers show acuguide."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

from acuguide import resources

DESKTOP_FILE_NAME = "io.github.acuguide.acuguide"  # packaging/linux/<this>.desktop
HICOLOR = "packaging/linux/icons/hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256)  # the PNGs scripts/make_icons.py renders from the SVG


@cache
def icon() -> QIcon:
    """The application icon, from the packaged PNGs.

    Not drawn from the SVG at start-up: that needs QtSvg before the first paint and cost
    about 50 ms of it; the PNGs are that SVG, rendered once by scripts/make_icons.py. Where
    they are files (a checkout, an unpacked wheel) Qt reads each size only when it is shown.
    """
    result = QIcon()
    for size in SIZES:
        node = resources.locate(f"{HICOLOR}/{size}x{size}/apps/{DESKTOP_FILE_NAME}.png")
        if isinstance(node, Path):
            result.addFile(str(node), QSize(size, size))
        else:  # inside an archive: decode the bytes now
            pixmap = QPixmap()
            pixmap.loadFromData(node.read_bytes(), "PNG")
            result.addPixmap(pixmap)
    return result


def install(app: QGuiApplication) -> None:
    """Give every window the icon, and tell the desktop which .desktop entry is ours."""
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(icon())
