"""Make the application icon's PNG sizes from its SVG (packaging/linux/icons/hicolor/).

Run: .venv/bin/python scripts/make_icons.py

Each size is rendered straight from the SVG with QtSvg (no window needed: the offscreen
platform), antialiased, on a transparent background. The PNGs are committed, so that desktops
and docks that do not read SVG icons still get a sharp one; re-run this after editing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_ID = "io.github.acuguide.acuguide"
SIZES = (16, 24, 32, 48, 64, 128, 256)
HICOLOR = Path(__file__).parents[1] / "packaging" / "linux" / "icons" / "hicolor"
SVG = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - kept alive
    renderer = QSvgRenderer(QByteArray(SVG.read_bytes()))
    if not renderer.isValid():
        print(f"make_icons: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        out = png_path(size)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(out), "PNG"):
            print(f"make_icons: cannot write {out}", file=sys.stderr)
            return 1
        print(out.relative_to(HICOLOR.parents[3]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
