"""acuguide's icon and desktop file name, so docks and task switchers show acuguide."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

from acuguide import resources

DESKTOP_FILE_NAME = "io.github.acuguide.acuguide"  # packaging/linux/<this>.desktop
HICOLOR = "packaging/linux/icons/hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256)  # the PNGs scripts/make_icons.py renders from the SVG


@cache
def icon() -> QIcon:
    """The application icon, from the packaged PNGs.

    Not drawn from the SVG at start-up: that needs QtSvg before the first paint and cost
    about 50 ms of it; the PNGs are that SVG, rendered once by scripts/make_icons.py.
    """
    result = QIcon()
    for size in SIZES:
        pixmap = QPixmap()
        pixmap.loadFromData(resources.read_bytes(
            f"{HICOLOR}/{size}x{size}/apps/{DESKTOP_FILE_NAME}.png"), "PNG")
        result.addPixmap(pixmap)
    return result


def install(app: QGuiApplication) -> None:
    """Give every window the icon, and tell the desktop which .desktop entry is ours."""
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(icon())
