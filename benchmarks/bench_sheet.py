"""Benchmark: time to export each routine's sheet as PDF, and the file size.

Run: .venv/bin/python benchmarks/bench_sheet.py
Goal (issue 6): the RLS sheet in under 0.5 s in-process, under 500 KB. The first export
includes loading fonts and the SVG renderers; the figure reported is the median of later
exports, with the first one shown too.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from acuguide.model.content import load_content
from acuguide.sheet.layout import layout
from acuguide.sheet.render import export_pdf, qt_measure


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])
    content = load_content(None)
    with tempfile.TemporaryDirectory() as tmp:
        for routine in content.routines.values():
            for paper in ("a4", "letter"):
                path = Path(tmp) / f"{routine.id}-{paper}.pdf"
                times = []
                for _ in range(6):
                    start = time.perf_counter()
                    sheet = layout(routine, content.atlas, paper, measure=qt_measure)
                    export_pdf(sheet, path, routine.title)
                    times.append(time.perf_counter() - start)
                print(f"{routine.id:<12} {paper:<6} {len(sheet.pages)} page(s)  "
                      f"{statistics.median(times[1:]) * 1000:6.1f} ms (first {times[0] * 1000:.0f}"
                      f" ms)  {path.stat().st_size / 1024:6.1f} KB")
    del app


if __name__ == "__main__":
    main()
