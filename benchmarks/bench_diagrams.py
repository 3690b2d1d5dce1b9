"""Benchmark: render each diagram view at window size, and hover hit-testing per mouse move.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_diagrams.py
Reports ratios to a bare PySide6 window painted in the same run (these machines are noisy).
Goal (issue 3): hover hit-test under 0.5 ms per mouse move with all hotspots.
"""

from __future__ import annotations

import os
import random
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLabel

from acuguide.diagrams import catalog
from acuguide.diagrams.describe import describe
from acuguide.diagrams.geometry import hit_test
from acuguide.model.content import builtin_atlas
from acuguide.ui.diagram_view import DiagramView

SIZE = 800  # a diagram area at a typical window size, in pixels


def median_ms(fn, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def render_svg(name: str) -> None:
    renderer = QSvgRenderer(catalog.svg_bytes(name))
    box = renderer.viewBoxF()
    scale = SIZE / max(box.width(), box.height())
    image = QImage(int(box.width() * scale), int(box.height() * scale),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    bare = QLabel("bare window")
    bare.resize(SIZE, SIZE)
    bare.show()
    app.processEvents()
    bare_ms = median_ms(lambda: bare.grab())
    atlas = builtin_atlas()
    view = DiagramView(lambda h: describe(atlas, h))
    view.resize(SIZE, SIZE)
    view.show()
    app.processEvents()
    print(f"bare PySide6 window paint at {SIZE}x{SIZE}: {bare_ms:.2f} ms")
    print(f"{'view':<13} {'hotspots':>8} {'svg render':>11} {'window paint':>13} {'ratio':>6} "
          f"{'hit-test':>9} {'mouse move':>11}")
    rng = random.Random(1)
    worst_move = 0.0
    for geometry in catalog.views():
        name = geometry.name
        svg_ms = median_ms(lambda n=name: render_svg(n))
        view.show_view(name)
        app.processEvents()
        paint_ms = median_ms(lambda: view.grab())
        x0, y0, w, h = geometry.box
        spots = [(x0 + rng.random() * w, y0 + rng.random() * h) for _ in range(5000)]
        start = time.perf_counter()
        for x, y in spots:
            hit_test(geometry, x, y, 4.0)
        hit_us = (time.perf_counter() - start) / len(spots) * 1e6
        moves = []
        for x, y in spots[:300]:
            pos = view.mapFromScene(QPointF(x, y)).toPointF()
            event = QMouseEvent(QEvent.Type.MouseMove, pos, view.viewport().mapToGlobal(pos),
                                Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier)
            start = time.perf_counter()
            app.sendEvent(view.viewport(), event)
            moves.append(time.perf_counter() - start)
        move_ms = statistics.median(moves) * 1000
        worst_move = max(worst_move, sorted(moves)[int(len(moves) * 0.99)] * 1000)
        print(f"{name:<13} {len(geometry.hotspots):>8} {svg_ms:>9.2f}ms {paint_ms:>11.2f}ms "
              f"{paint_ms / bare_ms:>5.1f}x {hit_us:>7.1f}us {move_ms:>9.3f}ms")
    print(f"mouse move handling, p99 over all views: {worst_move:.3f} ms (goal < 0.5 ms)")
    view.close()
    bare.close()
    view.deleteLater()
    bare.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
